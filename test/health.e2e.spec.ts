import type { ProblemDetails } from '@duban/contracts';
import { GiveUp, waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { killServer, restoreStack, serverPid } from './support/stack-faults';

/**
 * The liveness and readiness probes, and Temporal gone (issue 12: "a Temporal UNAVAILABLE becomes a
 * 500"), against the real apps and this stack's real servers: Temporal's server is killed
 * (SIGKILL of its process group: connections refused, the gRPC status UNAVAILABLE) while the API
 * runs, and the API is started while it is gone. A task read and a task write must answer 503
 * problem+json `DEPENDENCY.UNAVAILABLE` with Retry-After, promptly (the retries stop at the call's
 * deadline), never a 500 or a hang, and everything recovers once Temporal is back, with no restart.
 */
const RETRY_AFTER_S = 3;
const TEMPORAL_RPC_TIMEOUT_MS = 4000;
/** Slack for a loaded two-core machine between the server's answer and the test's clock. */
const SLACK_MS = 1500;

let duban: DubanHarness;
const token = {} as Record<'admin' | 'supervisor' | 'stiic', string>;
const run = Date.now().toString(36);
const planId = `e2e-health-${run}`;
const t1 = `${planId}.T1.STIIC`;
/** Whether this test has taken Temporal down (and must bring it back whatever happens). */
let temporalDown = false;

async function stopTemporal(): Promise<void> {
  temporalDown = true;
  await killServer('temporal', 'SIGKILL');
}

async function startTemporal(): Promise<void> {
  await restoreStack();
  temporalDown = false;
}

/**
 * Waits until `call` answers 200; any 500 on the way fails at once (after Temporal came back, its
 * workflows' tasks may still be failing for a while, and that must be a 503, not a 500).
 */
async function untilOk(what: string, call: () => Promise<{ status: number; body: unknown }>): Promise<void> {
  await waitFor(
    what,
    async () => {
      const res = await call();
      if (res.status >= 500 && res.status !== 503) throw new GiveUp(`${what}: answered ${res.status} ${JSON.stringify(res.body)}`);
      return res.status === 200 ? true : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 500 },
  );
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

/** 503 problem+json DEPENDENCY.UNAVAILABLE naming Temporal, with Retry-After, before the call's deadline ran out. */
function expectTemporalUnavailable(res: { status: number; headers: Headers; body: unknown }, ms: number): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status: 503, body: { status: 503, code: 'DEPENDENCY.UNAVAILABLE', detail: expect.stringMatching(/Temporal is unavailable/) } });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('retry-after')).toBe(String(RETRY_AFTER_S));
  expect(ms).toBeLessThan(TEMPORAL_RPC_TIMEOUT_MS + SLACK_MS);
}

beforeAll(async () => {
  duban = await DubanHarness.start('health', {
    RETRY_AFTER_SECONDS: String(RETRY_AFTER_S),
    REQUEST_TIMEOUT_MS: '6000',
    TEMPORAL_RPC_TIMEOUT_MS: String(TEMPORAL_RPC_TIMEOUT_MS),
    HEALTH_CHECK_TIMEOUT_MS: '1000',
  });
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: new Date().toISOString().slice(0, 10) }, token.admin);
  expect(started.status).toBe(201);
  await duban.auditOf(t1, token.supervisor, 1);
}, 400_000);

afterEach(async () => {
  if (temporalDown) await startTemporal();
}, 120_000);

afterAll(async () => {
  if (temporalDown) await startTemporal();
  await duban?.stop();
  await duban?.cleanUp();
}, 120_000);

describe('the probes with every dependency up', () => {
  it('/health/live is 200 {status: up}; /health/ready is 200 with only up/down per dependency; /health is as before', async () => {
    const live = await duban.api.get('/health/live');
    expect({ status: live.status, body: live.body }).toEqual({ status: 200, body: { status: 'up' } });
    const ready = await waitFor('the API to report ready', async () => {
      const r = await duban.api.get('/health/ready');
      return r.status === 200 ? r : undefined;
    });
    // Nothing but up/down: no latency, no error text for an unauthenticated caller.
    expect(ready.body).toEqual({ status: 'ready', dependencies: { temporal: 'up', kafka: 'up', store: 'up' } });
    const health = await duban.api.get<{ status: string; dependencies: Record<string, { status: string; latencyMs?: number }> }>('/health');
    expect(health.status).toBe(200);
    expect(health.body.dependencies['temporal']).toMatchObject({ status: 'up', latencyMs: expect.any(Number) });
  });
});

describe('Temporal killed while the API runs', () => {
  it('answers a task read and a task write 503 DEPENDENCY.UNAVAILABLE with Retry-After, readiness 503, liveness 200, and recovers by itself', async () => {
    // The task's worker answers queries (it may still be warming up on a loaded machine).
    await waitFor('a task read to succeed', async () => ((await duban.api.get(`/tasks/${t1}`, token.stiic)).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 500 });
    await serverPid('temporal');
    await stopTemporal();

    const { value: read, ms: readMs } = await timed(() => duban.api.get(`/tasks/${t1}`, token.stiic));
    expectTemporalUnavailable(read, readMs);
    const { value: write, ms: writeMs } = await timed(() => duban.api.post(`/tasks/${t1}/progress`, { percent: 10, note: 'while Temporal is down' }, token.stiic));
    expectTemporalUnavailable(write, writeMs);
    expect(duban.app('api').log).toMatch(/temporal unavailable/);
    expect(duban.app('api').log).not.toMatch(/ERROR.*ProblemDetailsFilter/);

    const { value: ready, ms: readyMs } = await timed(() => duban.api.get('/health/ready'));
    expect({ status: ready.status, body: ready.body }).toEqual({ status: 503, body: { status: 'not-ready', dependencies: { temporal: 'down', kafka: 'up', store: 'up' } } });
    expect(ready.headers.get('retry-after')).toBe(String(RETRY_AFTER_S));
    expect(readyMs).toBeLessThan(1000 + SLACK_MS);
    const { value: live, ms: liveMs } = await timed(() => duban.api.get('/health/live'));
    expect(live.status).toBe(200);
    expect(liveMs).toBeLessThan(SLACK_MS);

    await startTemporal();
    await untilOk('a task read to succeed again', () => duban.api.get(`/tasks/${t1}`, token.stiic));
    await untilOk('a task write to succeed again', () => duban.api.post(`/tasks/${t1}/progress`, { percent: 20, note: 'after the outage' }, token.stiic));
    expect((await duban.api.get('/health/ready')).status).toBe(200);
  }, 300_000);
});

describe('the API started while Temporal is down', () => {
  it('starts, is live but not ready, answers 503 instead of 500, and serves once Temporal is back without a restart', async () => {
    await duban.app('api').stop();
    await stopTemporal();
    await duban.startApp('api');

    expect((await duban.api.get('/health/live')).status).toBe(200);
    const ready = await duban.api.get<{ dependencies: Record<string, string> }>('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.dependencies['temporal']).toBe('down');
    const { value: read, ms } = await timed(() => duban.api.get(`/tasks/${t1}`, token.stiic));
    expectTemporalUnavailable(read, ms);
    expect((read.body as ProblemDetails).instance).toBe(`/tasks/${t1}`);
    // What does not need Temporal still works.
    expect((await duban.api.get('/tasks?limit=5', token.supervisor)).status).toBe(200);

    await startTemporal();
    await waitFor('readiness once Temporal is back', async () => ((await duban.api.get('/health/ready')).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 500 });
    await untilOk('a task read to succeed', () => duban.api.get(`/tasks/${t1}`, token.stiic));
  }, 300_000);
});
