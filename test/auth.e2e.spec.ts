import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import type { ProblemDetails } from '@duban/contracts';
import type { PlanDefinitionInput } from '@duban/domain';
import type { ApiResponse } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { expectProblem } from './support/expect-problem';

/**
 * Token rules end to end, against the real API (and the real Temporal, Kafka and FerretDB behind
 * it): local HS256 tokens breaking each rule are 401 problem+json naming the rule; an OpenID
 * Connect issuer served by this test on 127.0.0.1 (discovery document and JWKS of a generated
 * RS256 key pair) signs tokens the API accepts, and refuses them for a wrong `iss`/`aud` or when
 * expired; its key set down or hanging is a 503 with Retry-After, never a 401 or a wait; units of a
 * plan loaded at run time become known, also to an API process started after the load.
 */
let duban: DubanHarness;
let issuerServer: http.Server;
let issuer: string;
let privateKey: KeyLike;
let jwk: JWK;
/** What the issuer's key set endpoint does: answer, fail with 500, or never answer. */
let jwksMode: 'up' | 'error' | 'hang' = 'error';
const hanging: http.ServerResponse[] = [];
let jwksFetches = 0;
const AUDIENCE = 'duban-api';
const FETCH_TIMEOUT_MS = 1000;

/** {@link expectProblem}, then the problem details, for their `detail`. */
const problem = (res: ApiResponse, status: number, code: string): ProblemDetails => {
  expectProblem(res, status, code);
  return res.body as ProblemDetails;
};
const now = () => Math.floor(Date.now() / 1000);
/** A local token with exactly these claims, signed with the API's own secret. */
const local = (claims: Record<string, unknown>) =>
  new SignJWT({ iss: 'duban', sub: 'li.wei', unit: 'STIIC', roles: ['official'], ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(duban.env['JWT_SECRET'] as string));
/** A token of the test's issuer, as a Keycloak realm would write it. */
const oidc = (claims: Record<string, unknown> = {}) =>
  new SignJWT({ iss: issuer, aud: AUDIENCE, sub: 'wang.fang', unit: 'DUCHA', realm_access: { roles: ['duban-supervisor', 'offline_access'] }, iat: now(), exp: now() + 300, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .sign(privateKey);

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  issuerServer = http.createServer((req, res) => {
    if (req.url === '/realms/duban/.well-known/openid-configuration') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }));
    } else if (req.url === '/realms/duban/protocol/openid-connect/certs') {
      jwksFetches++;
      if (jwksMode === 'hang') hanging.push(res);
      else if (jwksMode === 'error') res.writeHead(500).end('down');
      else {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [jwk] }));
      }
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => issuerServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(issuerServer.address() as AddressInfo).port}/realms/duban`;
  // Both kinds of token: the harness sets JWT_SECRET, and the issuer is configured beside it.
  duban = await DubanHarness.start('auth', {
    OIDC_ISSUER: issuer,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_ROLES_CLAIM: 'realm_access.roles',
    OIDC_ROLE_MAP: 'duban-official=official,duban-supervisor=supervisor,duban-performance=performance,duban-admin=admin',
    OIDC_FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS),
  });
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => issuerServer?.close(resolve));
  await duban?.stop();
  await duban?.cleanUp();
});

describe('local tokens: every rule is a 401 naming it', () => {
  it('no exp', async () => {
    const res = await duban.api.get('/me', await local({ iat: now() }));
    expect(problem(res, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token has no exp');
  });

  it('an exp 100 years out', async () => {
    const res = await duban.api.get('/me', await local({ iat: now(), exp: now() + 100 * 365 * 86400 }));
    expect(problem(res, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token lifetime 100 y exceeds the 12 h limit');
  });

  it('an iat in the future beyond the skew', async () => {
    const res = await duban.api.get('/me', await local({ iat: now() + 3600, exp: now() + 7200 }));
    expect(problem(res, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token iat is 1 h in the future, beyond the 1 min allowed for clock skew');
  });

  it('expired', async () => {
    const res = await duban.api.get('/me', await local({ iat: now() - 120, exp: now() - 60 }));
    expect(problem(res, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token has expired');
  });

  it('an unknown unit', async () => {
    const res = await duban.api.get('/me', await duban.token({ sub: 'mallory', unit: 'ZZZ', roles: ['official'] }));
    expect(problem(res, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token unit "ZZZ" is not a known unit');
  });

  it('the supervisor role on a district unit, and performance outside 绩效办', async () => {
    const supervisor = await duban.api.get('/audit/events?subject=x', await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official', 'supervisor'] }));
    expect(problem(supervisor, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token role supervisor is not valid for unit FUTIAN: supervisor belongs to DUCHA, LGO');
    const performance = await duban.api.get('/scores?year=2026', await duban.token({ sub: 'x', unit: 'STIIC', roles: ['performance'] }));
    expect(problem(performance, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token role performance is not valid for unit STIIC: performance belongs to PERF');
  });

  it('a valid token still passes, for each office', async () => {
    for (const principal of [
      { sub: 'li.wei', unit: 'STIIC', roles: ['official' as const] },
      { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor' as const] },
      { sub: 'liu.yang', unit: 'PERF', roles: ['performance' as const] },
      { sub: 'root', unit: 'LGO', roles: ['admin' as const, 'supervisor' as const] },
    ]) {
      const res = await duban.api.get('/me', await duban.token(principal));
      expect(res.status).toBe(200);
      // `/me` also names the unit and the person for the console (issue 13): the name is the subject unless it is a dev user's id.
      expect(res.body).toEqual({ ...principal, unitName: expect.any(String), name: expect.any(String) });
    }
  });
});

describe('an OpenID Connect issuer', () => {
  // First, while the issuer's key set is down: the API has never fetched it, so it must ask.
  it('its key set down → 503 with Retry-After, then hanging → 503 within the fetch timeout', async () => {
    jwksMode = 'error';
    const fetchesBefore = jwksFetches;
    const down = await duban.api.get('/me', await oidc());
    expect(problem(down, 503, 'DEPENDENCY.UNAVAILABLE').detail).toMatch(/identity provider/);
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(jwksFetches).toBeGreaterThan(fetchesBefore);

    jwksMode = 'hang';
    const started = Date.now();
    const slow = await duban.api.get('/me', await oidc());
    expectProblem(slow, 503, 'DEPENDENCY.UNAVAILABLE');
    expect(slow.headers.get('retry-after')).not.toBeNull();
    // It did wait for the key set (so this is the hang, not a failure answered at once), and no longer than the limit allows.
    expect(Date.now() - started).toBeGreaterThanOrEqual(FETCH_TIMEOUT_MS * 0.9);
    expect(Date.now() - started).toBeLessThan(FETCH_TIMEOUT_MS + 3000);
  });

  it('a token it signs → 200, its realm roles mapped to Duban roles', async () => {
    jwksMode = 'up';
    const me = await duban.api.get('/me', await oidc());
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'], unitName: expect.any(String), name: 'wang.fang' });
    // A route that reads the store, as that supervisor.
    const audit = await duban.api.get('/audit/events?subject=nothing-here', await oidc());
    expect(audit.status).toBe(200);
  });

  it('a wrong aud or iss, an expired token, a foreign key, an unmapped role → 401', async () => {
    jwksMode = 'up';
    const wrongAud = await duban.api.get('/me', await oidc({ aud: 'another-api' }));
    expect(problem(wrongAud, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token aud is invalid: unexpected "aud" claim value');
    const wrongIss = await duban.api.get('/me', await oidc({ iss: 'http://127.0.0.1:1/realms/evil' }));
    expect(problem(wrongIss, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token iss is invalid: unexpected "iss" claim value');
    const expired = await duban.api.get('/me', await oidc({ iat: now() - 600, exp: now() - 300 }));
    expect(problem(expired, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token has expired');
    const tooLong = await duban.api.get('/me', await oidc({ exp: now() + 7 * 86400 }));
    expect(problem(tooLong, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token lifetime 7 d exceeds the 12 h limit');
    const other = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ iss: issuer, aud: AUDIENCE, sub: 'm', unit: 'DUCHA', realm_access: { roles: ['duban-supervisor'] }, iat: now(), exp: now() + 60 })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .sign(other.privateKey);
    expectProblem(await duban.api.get('/me', foreign), 401, 'AUTH.UNAUTHENTICATED');
    const unmapped = await duban.api.get('/me', await oidc({ realm_access: { roles: ['offline_access'] } }));
    expect(problem(unmapped, 401, 'AUTH.UNAUTHENTICATED').detail).toMatch(/^token claim realm_access.roles names no Duban role/);
    const district = await duban.api.get('/me', await oidc({ unit: 'FUTIAN' }));
    expect(problem(district, 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token role supervisor is not valid for unit FUTIAN: supervisor belongs to DUCHA, LGO');
  });
});

describe('units of a plan loaded at run time', () => {
  const planId = `e2e-auth-${Date.now().toString(36)}`;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const due = new Date(Date.now() + 8 * 3_600_000 + 60 * 86_400_000).toISOString().slice(0, 10);
  const plan: PlanDefinitionInput = {
    planId,
    title: '单位令牌测试计划',
    titleEn: 'Token units (test)',
    issuedOn: today,
    timeZone: 'Asia/Shanghai',
    units: [{ code: 'QIANHAI', name: '前海管理局', nameEn: 'Qianhai Authority (an example of ours)' }],
    tasks: [{ code: 'T1', title: '测试任务', titleEn: 'A test task', lead: 'QIANHAI', deliverable: '报告', due }],
  };

  it('are known once the plan is loaded, here at once and to an API started afterwards (found in Temporal)', async () => {
    const official = await duban.token({ sub: 'zhou.min', unit: 'QIANHAI', roles: ['official'] });
    expect(problem(await duban.api.get('/me', official), 401, 'AUTH.UNAUTHENTICATED').detail).toBe('token unit "QIANHAI" is not a known unit');

    const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
    const loaded = await duban.api.post('/plans', plan, admin);
    expect(loaded.status).toBe(201);
    const me = await duban.api.get('/me', official);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ sub: 'zhou.min', unit: 'QIANHAI', roles: ['official'], unitName: '前海管理局', name: 'zhou.min' });

    // A fresh API process has not seen the load: it finds the plan's units in Temporal on the first miss.
    await duban.app('api').stop();
    await duban.startApp('api');
    const again = await duban.api.get('/me', official);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ unit: 'QIANHAI', unitName: '前海管理局' });
    // Still refused: a unit no plan names.
    expectProblem(await duban.api.get('/me', await duban.token({ sub: 'm', unit: 'ZZZ', roles: ['official'] })), 401, 'AUTH.UNAUTHENTICATED');
  });
});
