import { TokenError, signToken, verifyToken } from './token';

const secret = 's'.repeat(40);

describe('tokens', () => {
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
});
