import { SignJWT } from 'jose';
import { KnownUnits } from './known-units';
import { BUILT_IN_UNITS, TokenError, signToken, verifyToken } from './token';

const secret = 's'.repeat(40);
const key = new TextEncoder().encode(secret);
const now = () => Math.floor(Date.now() / 1000);

/** A local token with exactly the claims given (no defaults): what a forger with the secret could send. */
const raw = (claims: Record<string, unknown>) => new SignJWT({ sub: 'li.wei', iss: 'duban', unit: 'STIIC', roles: ['official'], ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(key);

describe('local tokens', () => {
  it('round-trips sub, unit and roles', async () => {
    const token = await signToken({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] }, secret);
    await expect(verifyToken(token, secret)).resolves.toEqual({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  });

  it('refuses another secret, an expired token and bad claims, saying why', async () => {
    const token = await signToken({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] }, secret);
    await expect(verifyToken(token, 'o'.repeat(40))).rejects.toThrow(new TokenError('token is invalid: ERR_JWS_SIGNATURE_VERIFICATION_FAILED'));
    const expired = await signToken({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] }, secret, -10);
    await expect(verifyToken(expired, secret)).rejects.toThrow('token has expired');
    await expect(signToken({ sub: 'x', unit: 'lower', roles: ['official'] }, secret)).rejects.toThrow();
  });

  it('signToken refuses a TTL over the cap (12 h by default, or the one given)', async () => {
    const p = { sub: 'li.wei', unit: 'STIIC', roles: ['official' as const] };
    await expect(signToken(p, secret, 12 * 3600 + 1)).rejects.toThrow(new TokenError('a token lifetime of 43201 s (12 h) exceeds the 12 h limit'));
    await expect(signToken(p, secret, 1_000_000)).rejects.toThrow('a token lifetime of 1000000 s (12 d) exceeds the 12 h limit');
    await expect(signToken(p, secret, 3600, 1800)).rejects.toThrow('exceeds the 30 min limit');
    await expect(signToken(p, secret, 12 * 3600)).resolves.toEqual(expect.any(String));
  });

  it('requires exp and iat, refuses an iat in the future and a lifetime over the cap, each by name', async () => {
    await expect(verifyToken(await raw({ iat: now() }), secret)).rejects.toThrow(new TokenError('token has no exp'));
    await expect(verifyToken(await raw({ exp: now() + 60 }), secret)).rejects.toThrow(new TokenError('token has no iat'));
    await expect(verifyToken(await raw({ iat: now(), exp: now() + 100 * 365 * 86400 }), secret)).rejects.toThrow(new TokenError('token lifetime 100 y exceeds the 12 h limit'));
    await expect(verifyToken(await raw({ iat: now() + 3600, exp: now() + 7200 }), secret)).rejects.toThrow(new TokenError('token iat is 1 h in the future, beyond the 1 min allowed for clock skew'));
    // Within the skew: an issuer whose clock is 30 s ahead.
    await expect(verifyToken(await raw({ iat: now() + 30, exp: now() + 3600 }), secret)).resolves.toMatchObject({ unit: 'STIIC' });
  });

  it('the rules are configurable', async () => {
    const token = await raw({ iat: now(), exp: now() + 7200 });
    await expect(verifyToken(token, secret, { rules: { maxLifetimeSeconds: 3600, clockSkewSeconds: 0, roleUnits: {} } })).rejects.toThrow('token lifetime 2 h exceeds the 1 h limit');
    const ahead = await raw({ iat: now() + 30, exp: now() + 600 });
    await expect(verifyToken(ahead, secret, { rules: { maxLifetimeSeconds: 3600, clockSkewSeconds: 10, roleUnits: {} } })).rejects.toThrow('token iat is 30 s in the future, beyond the 10 s allowed for clock skew');
  });

  it('the unit must be known: the built-in plans’ units and offices, plus those a registry adds', async () => {
    expect(BUILT_IN_UNITS).toEqual(expect.arrayContaining(['STIIC', 'FUTIAN', 'PINGSHAN', 'DUCHA', 'LGO', 'PERF']));
    const zzz = await signToken({ sub: 'x', unit: 'ZZZ', roles: ['official'] }, secret);
    await expect(verifyToken(zzz, secret)).rejects.toThrow(new TokenError('token unit "ZZZ" is not a known unit'));
    const units = new KnownUnits(BUILT_IN_UNITS);
    units.add(['ZZZ']);
    await expect(verifyToken(zzz, secret, { units })).resolves.toMatchObject({ unit: 'ZZZ' });
  });

  it('binds supervisor and performance to their offices’ units', async () => {
    const sign = (unit: string, roles: ('official' | 'supervisor' | 'performance' | 'admin')[]) => signToken({ sub: 'x', unit, roles }, secret);
    await expect(verifyToken(await sign('FUTIAN', ['official', 'supervisor']), secret)).rejects.toThrow(new TokenError('token role supervisor is not valid for unit FUTIAN: supervisor belongs to DUCHA, LGO'));
    await expect(verifyToken(await sign('DUCHA', ['performance']), secret)).rejects.toThrow('token role performance is not valid for unit DUCHA: performance belongs to PERF');
    await expect(verifyToken(await sign('DUCHA', ['supervisor']), secret)).resolves.toMatchObject({ roles: ['supervisor'] });
    await expect(verifyToken(await sign('LGO', ['admin', 'supervisor']), secret)).resolves.toMatchObject({ roles: ['admin', 'supervisor'] });
    await expect(verifyToken(await sign('PERF', ['performance']), secret)).resolves.toMatchObject({ unit: 'PERF' });
    // Configured otherwise: supervision by FUTIAN only.
    const rules = { maxLifetimeSeconds: 3600 * 12, clockSkewSeconds: 60, roleUnits: { supervisor: ['FUTIAN'] } };
    await expect(verifyToken(await sign('FUTIAN', ['supervisor']), secret, { rules })).resolves.toMatchObject({ unit: 'FUTIAN' });
    await expect(verifyToken(await sign('DUCHA', ['supervisor']), secret, { rules })).rejects.toThrow('supervisor belongs to FUTIAN');
  });

  it('refuses alg none and another algorithm than HS256', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'none' })}.${b64({ sub: 'm', unit: 'STIIC', roles: ['official'], iss: 'duban', iat: now(), exp: now() + 60 })}.`;
    await expect(verifyToken(unsigned, secret)).rejects.toThrow(TokenError);
  });
});
