import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { KeySourceUnavailableError, OidcVerifier, claimAt, parseRoleMap, type OidcSettings } from './oidc';
import { TokenError } from './token';
import { TokenVerifier } from './token-verifier';

/**
 * A real issuer on 127.0.0.1 (discovery document and JWKS from a generated RS256 key pair); its
 * `mode` makes the key set answer, fail (500) or hang.
 */
let server: http.Server;
let issuer: string;
let privateKey: KeyLike;
let jwk: JWK;
let mode: 'up' | 'error' | 'hang' = 'up';
let jwksFetches = 0;
const hanging: http.ServerResponse[] = [];

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = http.createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
      return;
    }
    if (req.url === '/jwks') {
      jwksFetches++;
      if (mode === 'hang') return void hanging.push(res);
      if (mode === 'error') return void res.writeHead(500).end('down');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const settings = (over: Partial<OidcSettings> = {}): OidcSettings => ({ issuer, audience: 'duban-api', rolesClaim: 'realm_access.roles', unitClaim: 'unit', algorithms: ['RS256'], fetchTimeoutMs: 500, roleMap: parseRoleMap('duban-official=official,duban-supervisor=supervisor'), ...over });

const now = () => Math.floor(Date.now() / 1000);
const idToken = (claims: Record<string, unknown> = {}, kid = 'k1') =>
  new SignJWT({ iss: issuer, aud: 'duban-api', sub: 'li.wei', unit: 'STIIC', realm_access: { roles: ['duban-official', 'offline_access'] }, iat: now(), exp: now() + 300, ...claims }).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);

describe('OIDC tokens', () => {
  beforeEach(() => {
    mode = 'up';
  });

  it('verifies against the discovered key set and maps the roles claim', async () => {
    const verifier = new OidcVerifier(settings());
    await expect(verifier.verify(await idToken())).resolves.toEqual({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  });

  it('refuses a wrong iss or aud, an expired token and the same time rules as local tokens', async () => {
    const verifier = new OidcVerifier(settings());
    await expect(verifier.verify(await idToken({ aud: 'someone-else' }))).rejects.toThrow(new TokenError('token aud is invalid: unexpected "aud" claim value'));
    await expect(verifier.verify(await idToken({ iss: 'https://evil.example' }))).rejects.toThrow(new TokenError('token iss is invalid: unexpected "iss" claim value'));
    await expect(verifier.verify(await idToken({ exp: now() - 1 }))).rejects.toThrow(new TokenError('token has expired'));
    await expect(verifier.verify(await idToken({ exp: undefined }))).rejects.toThrow(new TokenError('token has no exp'));
    await expect(verifier.verify(await idToken({ exp: now() + 86400 }))).rejects.toThrow(new TokenError('token lifetime 1 d exceeds the 12 h limit'));
    await expect(verifier.verify(await idToken({ unit: 'ZZZ' }))).rejects.toThrow(new TokenError('token unit "ZZZ" is not a known unit'));
    await expect(verifier.verify(await idToken({ realm_access: { roles: ['duban-supervisor'] } }))).rejects.toThrow('token role supervisor is not valid for unit STIIC');
    await expect(verifier.verify(await idToken({ realm_access: { roles: ['offline_access'] } }))).rejects.toThrow('token claim realm_access.roles names no Duban role');
    await expect(verifier.verify(await idToken({}, 'unknown-kid'))).rejects.toThrow(new TokenError('token is invalid: ERR_JWKS_NO_MATCHING_KEY'));
  });

  it('a key set that fails or hangs is a KeySourceUnavailableError within the timeout, and the next token fetches again', async () => {
    mode = 'error';
    // 1 s: long enough for a local answer while parallel test workers load the machine.
    const verifier = new OidcVerifier(settings({ jwksUrl: `${issuer}/jwks`, fetchTimeoutMs: 1000 }));
    await expect(verifier.verify(await idToken())).rejects.toThrow(KeySourceUnavailableError);
    mode = 'hang';
    const started = Date.now();
    await expect(verifier.verify(await idToken())).rejects.toThrow(/could not be fetched: no answer in time/);
    expect(Date.now() - started).toBeLessThan(3000);
    // Right after the timeout, the hung fetch is still open: the next token must not join it.
    mode = 'up';
    const before = jwksFetches;
    await expect(verifier.verify(await idToken())).resolves.toMatchObject({ sub: 'li.wei' });
    expect(jwksFetches).toBeGreaterThan(before);
  });

  it('an unreachable discovery document is a KeySourceUnavailableError', async () => {
    const verifier = new OidcVerifier(settings({ issuer: 'http://127.0.0.1:1' }));
    await expect(verifier.verify(await idToken({ iss: 'http://127.0.0.1:1' }))).rejects.toThrow(KeySourceUnavailableError);
  });
});

describe('the token verifier', () => {
  const secret = 's'.repeat(40);

  it('with an issuer and no secret refuses local HS256 tokens; any algorithm but HS256 goes to the issuer', async () => {
    const local = await new SignJWT({ unit: 'STIIC', roles: ['official'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('duban').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(secret));
    const oidcOnly = new TokenVerifier({ oidc: new OidcVerifier(settings()) });
    await expect(oidcOnly.verify(local)).rejects.toThrow(`local (HS256) tokens are not accepted; sign in through ${issuer}`);
    await expect(oidcOnly.verify(await idToken())).resolves.toMatchObject({ unit: 'STIIC' });
    const both = new TokenVerifier({ secret, oidc: new OidcVerifier(settings()) });
    await expect(both.verify(local)).resolves.toMatchObject({ sub: 'x' });
    const localOnly = new TokenVerifier({ secret });
    await expect(localOnly.verify(await idToken())).rejects.toThrow('token algorithm RS256 is not accepted');
    await expect(localOnly.verify('not-a-token')).rejects.toThrow('token is invalid');
  });
});

describe('claim paths and role maps', () => {
  it('reads dotted paths and parses OIDC_ROLE_MAP, naming a bad pair', () => {
    expect(claimAt({ realm_access: { roles: ['a'] } }, 'realm_access.roles')).toEqual(['a']);
    expect(claimAt({ roles: 'x' }, 'roles.deeper')).toBeUndefined();
    expect(parseRoleMap(' a=official , b=admin ')).toEqual({ a: 'official', b: 'admin' });
    expect(() => parseRoleMap('a=root')).toThrow('"a=root": root is not one of official, supervisor, performance, admin');
    expect(() => parseRoleMap('a')).toThrow('"a" is not issuer-role=duban-role');
  });
});
