import { signToken } from '@duban/auth';
import type { ProblemDetails } from '@duban/contracts';
import { DubanHarness } from './support/duban-harness';

/**
 * The API's rate limits against the real apps (issue 12: "100 bad tokens in 0.4 s all answered
 * 401"). The limits are set small here: the per-subject one to 30 a minute, failed authentications
 * to 20 (the production default). The per-address and health buckets stay far above what this
 * test sends (they have unit tests in `apps/api/src/common/rate-limits.spec.ts`), because every
 * request of a test comes from 127.0.0.1.
 */
const AUTH_FAILURES = 20;
const PER_SUBJECT = 30;
const BURST = 200;

let duban: DubanHarness;
const token = {} as Record<'busy' | 'quiet' | 'admin', string>;

beforeAll(async () => {
  duban = await DubanHarness.start('rate-limit', {
    AUTH_FAILURE_LIMIT_PER_MINUTE: String(AUTH_FAILURES),
    RATE_LIMIT_PER_MINUTE: String(PER_SUBJECT),
  });
  token.busy = await duban.token({ sub: 'busy.integration', unit: 'STIIC', roles: ['official'] });
  token.quiet = await duban.token({ sub: 'quiet.official', unit: 'FUTIAN', roles: ['official'] });
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  // Each signs in once before the attack below: a token verified within the window is not held
  // back by its address's spent failure budget.
  for (const t of Object.values(token)) expect((await duban.api.get('/me', t)).status).toBe(200);
}, 400_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

/** A 429 problem+json naming the rule, with Retry-After and the RateLimit fields. */
function expectRateLimited(res: { status: number; headers: Headers; body: unknown }, limit: number, what: RegExp): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status: 429, body: { type: 'urn:duban:problem:request.rate_limited', title: 'Too Many Requests', status: 429, code: 'REQUEST.RATE_LIMITED', detail: expect.stringMatching(what) } });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.headers.get('ratelimit-limit')).toBe(String(limit));
  expect(res.headers.get('ratelimit-remaining')).toBe('0');
}

describe('failed authentication', () => {
  it(`answers a burst of ${BURST} bad tokens 401 for the first ${AUTH_FAILURES}, then 429 with Retry-After`, async () => {
    // Well-formed tokens signed with a key the API does not hold, each different (a guesser's),
    // sent 50 at a time so many are in flight together.
    const forged = await Promise.all(Array.from({ length: BURST }, (_, i) => signToken({ sub: `guess-${i}`, unit: 'STIIC', roles: ['admin'] }, `not-the-secret-${'x'.repeat(32)}`)));
    const answers: { status: number; headers: Headers; body: unknown }[] = [];
    for (let i = 0; i < BURST; i += 50) answers.push(...(await Promise.all(forged.slice(i, i + 50).map((t) => duban.api.get('/tasks?limit=5', t)))));
    const counts = answers.reduce<Record<number, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 401: AUTH_FAILURES, 429: BURST - AUTH_FAILURES });
    for (const refused of answers.filter((r) => r.status === 429)) expectRateLimited(refused, AUTH_FAILURES, /failed authentications from this address/);
    // No token at all and a garbage header count the same.
    expectRateLimited(await duban.api.get('/tasks?limit=5'), AUTH_FAILURES, /failed authentications/);
    expectRateLimited(await duban.api.get('/me', 'garbage'), AUTH_FAILURES, /failed authentications/);
  });

  it('still serves the callers who had signed in, and the public health routes', async () => {
    expect((await duban.api.get('/me', token.quiet)).status).toBe(200);
    expect((await duban.api.get('/tasks?limit=5', token.admin)).status).toBe(200);
    expect((await duban.api.get('/health/live')).status).toBe(200);
    expect([200, 503]).toContain((await duban.api.get('/health/ready')).status);
  });
});

describe('per token subject', () => {
  it(`refuses one subject past ${PER_SUBJECT} requests a minute while another subject is still served`, async () => {
    // busy.integration made one request in beforeAll; these 40 take it past the limit.
    const answers = await Promise.all(Array.from({ length: 40 }, () => duban.api.get('/me', token.busy)));
    const ok = answers.filter((r) => r.status === 200).length;
    expect(ok).toBe(PER_SUBJECT - 1);
    const refused = answers.filter((r) => r.status === 429);
    expect(refused).toHaveLength(40 - ok);
    for (const r of refused) expectRateLimited(r, PER_SUBJECT, new RegExp(`requests for this token subject: the limit is ${PER_SUBJECT} per minute`));
    expect((refused[0]?.body as ProblemDetails).instance).toBe('/me');

    // Another person, from the same address, is not affected.
    const quiet = await duban.api.get<{ sub: string }>('/me', token.quiet);
    expect(quiet.status).toBe(200);
    expect(quiet.body.sub).toBe('quiet.official');
    // The refused subject stays refused for the rest of its window, whatever the route.
    expectRateLimited(await duban.api.get('/tasks?limit=5', token.busy), PER_SUBJECT, /token subject/);
  });
});
