import { SignJWT, jwtVerify, errors, type JWTPayload } from 'jose';
import { z } from 'zod';

import { ROLES, type Role } from '@duban/contracts';
import { PLAN_TEMPLATES } from '@duban/domain';
import { KnownUnits } from './known-units';
import { DEFAULT_TOKEN_RULES, formatDuration, roleUnitViolation, timeRuleViolation, type TokenRules } from './token-rules';

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
/** The `iss` of local tokens; an OIDC issuer is a URL, so the two never collide. */
export const LOCAL_ISSUER = 'duban';

/** A token refused: the message says which rule, and becomes the 401's detail. */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/**
 * The units of the built-in plan templates (the seed plan's, which list the offices DUCHA, LGO
 * and PERF among them): known to every process without asking anyone.
 */
export const BUILT_IN_UNITS: readonly string[] = [...new Set(Object.values(PLAN_TEMPLATES).flatMap((plan) => plan.units.map((u) => u.code)))];

/** How a verified payload is checked and read; the defaults are those of a local token. */
export interface ClaimChecks {
  rules?: TokenRules;
  /** Units the `unit` claim may name; default {@link BUILT_IN_UNITS} only. */
  units?: KnownUnits;
  /** Clock, in ms since the epoch (tests). */
  now?: () => number;
}

const builtInUnits = new KnownUnits(BUILT_IN_UNITS);

/**
 * Signs a local token (HS256) carrying `sub`, `unit` and `roles`, issued now and valid for
 * `ttlSeconds` (default 12 h). Refuses a `ttlSeconds` over `maxLifetimeSeconds` (default 12 h),
 * which verification would refuse anyway. A negative TTL makes an already expired token (tests).
 */
export async function signToken(principal: Principal, secret: string, ttlSeconds = DEFAULT_TOKEN_RULES.maxLifetimeSeconds, maxLifetimeSeconds = DEFAULT_TOKEN_RULES.maxLifetimeSeconds): Promise<string> {
  if (!Number.isInteger(ttlSeconds)) throw new TokenError(`the token lifetime must be a whole number of seconds, not ${ttlSeconds}`);
  if (ttlSeconds > maxLifetimeSeconds) {
    throw new TokenError(`a token lifetime of ${ttlSeconds} s (${formatDuration(ttlSeconds)}) exceeds the ${formatDuration(maxLifetimeSeconds)} limit`);
  }
  const p = principalSchema.parse(principal);
  return new SignJWT({ unit: p.unit, roles: p.roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(p.sub)
    .setIssuer(LOCAL_ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(new TextEncoder().encode(secret));
}

/**
 * Verifies a local token: signature (HS256 with `secret`), issuer and expiry, then
 * {@link checkClaims}. Throws {@link TokenError} saying which rule failed; anything else it
 * throws (a unit lookup's outage) is not the token's fault.
 */
export async function verifyToken(token: string, secret: string, checks: ClaimChecks = {}): Promise<Principal> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: [ALGORITHM], issuer: LOCAL_ISSUER, ...(checks.now && { currentDate: new Date(checks.now()) }) }));
  } catch (e) {
    throw asTokenError(e);
  }
  return checkClaims({ sub: payload.sub, unit: payload['unit'], roles: payload['roles'], exp: payload.exp, iat: payload.iat }, checks);
}

/**
 * The rules every verified token must pass, whoever signed it, in this order: `exp` and `iat`
 * present, `iat` not in the future beyond the skew, the lifetime within its cap; the claims'
 * shape; the unit known; each role allowed for the unit.
 */
export async function checkClaims(claims: { sub: unknown; unit: unknown; roles: unknown; exp: unknown; iat: unknown }, checks: ClaimChecks = {}): Promise<Principal> {
  const rules = checks.rules ?? DEFAULT_TOKEN_RULES;
  const now = (checks.now ?? Date.now)();
  const timing = timeRuleViolation(claims, rules, Math.floor(now / 1000));
  if (timing) throw new TokenError(timing);
  const parsed = principalSchema.safeParse({ sub: claims.sub, unit: claims.unit, roles: claims.roles });
  if (!parsed.success) {
    throw new TokenError(`token claims are invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  const principal = parsed.data;
  if (!(await (checks.units ?? builtInUnits).has(principal.unit))) throw new TokenError(`token unit "${principal.unit}" is not a known unit`);
  const binding = roleUnitViolation(principal, rules.roleUnits);
  if (binding) throw new TokenError(binding);
  return principal;
}

/** jose's refusals as {@link TokenError}s; anything else is returned unchanged. */
export function asTokenError(e: unknown): unknown {
  if (e instanceof TokenError) return e;
  if (e instanceof errors.JWTExpired) return new TokenError('token has expired');
  if (e instanceof errors.JWTClaimValidationFailed) return new TokenError(`token ${e.claim} is invalid: ${e.message}`);
  if (e instanceof errors.JOSEError) return new TokenError(`token is invalid: ${e.code}`);
  return e;
}
