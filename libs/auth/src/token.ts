import { SignJWT, jwtVerify, errors } from 'jose';
import { z } from 'zod';

import { ROLES, type Role } from '@duban/contracts';

// The roles are part of the HTTP contract (each operation names those it allows).
export { ROLES, type Role };

/** The authenticated caller, from a verified token's claims. */
export const principalSchema = z.object({
  sub: z.string().min(1).max(200),
  unit: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'must be a unit code'),
  roles: z.array(z.enum(ROLES)).min(1),
});
export type Principal = z.infer<typeof principalSchema>;

const ALGORITHM = 'HS256';
const ISSUER = 'duban';

export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/** Signs a token (HS256) carrying `sub`, `unit` and `roles`; `ttlSeconds` defaults to 12 hours. */
export async function signToken(principal: Principal, secret: string, ttlSeconds = 12 * 3600): Promise<string> {
  const p = principalSchema.parse(principal);
  return new SignJWT({ unit: p.unit, roles: p.roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(p.sub)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(new TextEncoder().encode(secret));
}

/** Verifies signature, algorithm, issuer and expiry, then the claims' shape. Throws {@link TokenError} saying why. */
export async function verifyToken(token: string, secret: string): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: [ALGORITHM], issuer: ISSUER });
    const claims = principalSchema.safeParse({ sub: payload.sub, unit: payload['unit'], roles: payload['roles'] });
    if (!claims.success) {
      throw new TokenError(`token claims are invalid: ${claims.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    return claims.data;
  } catch (e) {
    if (e instanceof TokenError) throw e;
    if (e instanceof errors.JWTExpired) throw new TokenError('token has expired');
    if (e instanceof errors.JOSEError) throw new TokenError(`token is invalid: ${e.code}`);
    throw e;
  }
}
