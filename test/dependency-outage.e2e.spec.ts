import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import type { ProblemDetails } from '@duban/contracts';
import { stackStatus, startStack, type ServerName } from '@duban/stack';
import { freePort, waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';

/**
 * What a client sees while a dependency is wedged or gone, against the real apps and the real
 * local servers of this stack: the store (FerretDB) stopped with SIGSTOP (it keeps its sockets
 * open and answers nothing: the realistic "wedged store") and killed with SIGKILL; Temporal
 * stopped with SIGSTOP. Every affected request answers 503 problem+json with Retry-After within
 * the request budget, `/health` says which dependency is down without waiting on it, the
 * consumers report a failing group and still stop within seconds, and everything recovers by
 * itself once the dependency is back. The store's limits are shortened so the test runs in seconds.
 */
/** The default budget: a plan load makes several Temporal calls, which take seconds on a loaded machine. */
const BUDGET_MS = 5000;
/** Slack for a loaded two-core machine between the server's answer and the test's clock. */
const SLACK_MS = 1500;
const RETRY_AFTER_S = 3;
/** The consumers' bound on a stop; a clean stop measured 2–5 s here under a load average of 20. */
const SHUTDOWN_MS = 4000;

let duban: DubanHarness;
let consumersHealthUrl: string;
const token = {} as Record<'admin' | 'supervisor' | 'stiic', string>;
const run = Date.now().toString(36);
const planId = `e2e-outage-${run}`;
const t1 = `${planId}.T1.STIIC`;
/** Servers this test has stopped with SIGSTOP: always continued, whatever happens. */
const stopped = new Set<number>();

async function pidOf(name: ServerName): Promise<number> {
  const status = (await stackStatus()).find((s) => s.name === name);
  if (status?.state !== 'running' || status.pid === undefined) throw new Error(`${name} is not running (${JSON.stringify(status)})`);
  return status.pid;
}

function wedge(pid: number): void {
  process.kill(pid, 'SIGSTOP');
  stopped.add(pid);
}

function resume(pid: number): void {
  process.kill(pid, 'SIGCONT');
  stopped.delete(pid);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

/** A 503 problem+json with Retry-After and a DEPENDENCY.* code, answered within the budget. */
function expectOutage(res: { status: number; headers: Headers; body: unknown }, ms: number): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status: 503, body: { status: 503, code: expect.stringMatching(/^DEPENDENCY\.(TIMEOUT|UNAVAILABLE)$/) } });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('retry-after')).toBe(String(RETRY_AFTER_S));
  expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS);
}

beforeAll(async () => {
  const healthPort = await freePort();
  consumersHealthUrl = `http://127.0.0.1:${healthPort}/health`;
  duban = await DubanHarness.start('dependency-outage', {
    REQUEST_TIMEOUT_MS: String(BUDGET_MS),
    MONGODB_MAX_TIME_MS: '1500',
    MONGODB_SERVER_SELECTION_TIMEOUT_MS: '2000',
    TEMPORAL_RPC_TIMEOUT_MS: '4000',
    HEALTH_CHECK_TIMEOUT_MS: '1000',
    RETRY_AFTER_SECONDS: String(RETRY_AFTER_S),
    CONSUMER_RETRY_BASE_MS: '100',
    CONSUMER_RETRY_MAX_MS: '1000',
    CONSUMERS_HEALTH_PORT: String(healthPort),
    SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_MS),
  });
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: new Date().toISOString().slice(0, 10) }, token.admin);
  expect(started.status).toBe(201);
  await duban.auditOf(t1, token.supervisor, 1);
}, 400_000);

afterEach(() => {
  for (const pid of [...stopped]) resume(pid);
});

afterAll(async () => {
  for (const pid of [...stopped]) resume(pid);
  await duban?.stop();
  await duban?.cleanUp();
});

async function consumersReadiness(): Promise<{ status: number; body: { status: string; groups: Record<string, { state: string; reason?: string }> } }> {
  const res = await fetch(consumersHealthUrl);
  return { status: res.status, body: (await res.json()) as { status: string; groups: Record<string, { state: string; reason?: string }> } };
}

describe('the store wedged (FerretDB stopped with SIGSTOP)', () => {
  it('answers reads 503 + Retry-After within the budget, /health 503 fast, and recovers when the store does', async () => {
    expect((await duban.api.get('/tasks?limit=20', token.supervisor)).status).toBe(200);
    const ferretdb = await pidOf('ferretdb');
    wedge(ferretdb);

    for (const path of ['/tasks?limit=20', '/escalations?limit=20', `/audit/events?subject=${encodeURIComponent(t1)}`]) {
      const { value: res, ms } = await timed(() => duban.api.get(path, token.supervisor));
      expectOutage(res, ms);
    }
    const { value: health, ms: healthMs } = await timed(() => duban.api.get<{ status: string; dependencies: Record<string, { status: string; error?: string }> }>('/health'));
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe(String(RETRY_AFTER_S));
    expect(health.body).toMatchObject({ status: 'degraded', dependencies: { store: { status: 'down' }, temporal: { status: 'up' } } });
    // The public route names no host, port or driver message: only unreachable or the time limit.
    expect(health.body.dependencies['store']?.error).toMatch(/^(unreachable|no answer within \d+ ms)$/);
    expect(healthMs).toBeLessThan(1000 + SLACK_MS);
    expect(duban.app('api').log).toMatch(/store (timeout|unavailable)|waiting on store/);

    resume(ferretdb);
    await waitFor('the task inbox to answer again', async () => ((await duban.api.get('/tasks?limit=20', token.supervisor)).status === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
  });

  it('makes the consumers report a failing group, stop within their shutdown bound on SIGTERM, and catch up afterwards', async () => {
    await waitFor('consumers ready', async () => ((await consumersReadiness()).status === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
    const before = (await duban.auditOf(t1, token.supervisor, 1)).length;
    const ferretdb = await pidOf('ferretdb');
    wedge(ferretdb);
    // Temporal is up: the update is recorded and its event published; the consumers cannot store it.
    const progress = await duban.api.post(`/tasks/${t1}/progress`, { percent: 10, note: 'outage drill' }, token.stiic);
    expect(progress.status).toBe(200);
    const failing = await waitFor(
      'a consumer group to report failing',
      async () => {
        const r = await consumersReadiness();
        return r.status === 503 && Object.values(r.body.groups).some((g) => g.state === 'failing') ? r.body : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    // The reason is the driver's: a Mongo* error, or (when the driver's monitor noticed first) a
    // pool cleared on the store's address.
    const storeAddress = new URL(duban.env['MONGODB_URI'] as string).host;
    expect(Object.values(failing.groups).find((g) => g.state === 'failing')?.reason).toMatch(new RegExp(`Mongo|PoolCleared|${storeAddress.replace(/\./g, '\\.')}`));
    expect(duban.app('consumers').log).toMatch(/consumer group \S+ failing \(not ready\)/);

    // Before this change it took over 10 s; the test's own SIGKILL comes only after 30 s.
    const { ms: stopMs } = await timed(() => duban.app('consumers').stop('SIGTERM', 30_000));
    expect(stopMs).toBeLessThan(SHUTDOWN_MS + SLACK_MS);
    expect(duban.app('consumers').log).toMatch(/destroying the store connection so calls waiting on it end/);

    resume(ferretdb);
    await duban.startApp('consumers');
    // The event the stopped consumers could not store is redelivered and stored once.
    const after = await duban.auditOf(t1, token.supervisor, before + 1);
    expect(after.filter((e) => e.type === 'duban.task.progress-reported.v1')).toHaveLength(1);
    await waitFor('consumers ready again', async () => ((await consumersReadiness()).status === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
  });
});

describe('the store killed (SIGKILL) and started again', () => {
  it('answers 503 + Retry-After while it is gone and serves again once `stack start` has restarted it', async () => {
    const ferretdb = await pidOf('ferretdb');
    process.kill(ferretdb, 'SIGKILL');
    await waitFor('FerretDB to be gone', async () => ((await stackStatus()).find((s) => s.name === 'ferretdb')?.state !== 'running' ? true : undefined), { timeoutMs: 10_000, intervalMs: 100 });
    const { value: res, ms } = await timed(() => duban.api.get('/tasks?limit=20', token.supervisor));
    expectOutage(res, ms);

    await startStack();
    await waitFor('the task inbox to answer again', async () => ((await duban.api.get('/tasks?limit=20', token.supervisor)).status === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 250 });
  });
});

describe('Temporal wedged (its server stopped with SIGSTOP)', () => {
  it('answers task actions and plan reads 503 + Retry-After within the budget, not 500 or a hang, and recovers by itself', async () => {
    const temporal = await pidOf('temporal');
    wedge(temporal);
    const { value: action, ms: actionMs } = await timed(() => duban.api.post(`/tasks/${t1}/progress`, { percent: 20, note: 'during the outage' }, token.stiic));
    expectOutage(action, actionMs);
    expect((action.body as ProblemDetails).detail).toMatch(/Temporal/);
    const { value: plan, ms: planMs } = await timed(() => duban.api.get(`/plans/${planId}`, token.admin));
    expectOutage(plan, planMs);
    const health = await duban.api.get<{ dependencies: Record<string, { status: string }> }>('/health');
    expect(health.status).toBe(503);
    expect(health.body.dependencies['temporal']?.status).toBe('down');
    // A store read does not depend on Temporal.
    expect((await duban.api.get('/tasks?limit=5', token.supervisor)).status).toBe(200);

    resume(temporal);
    await waitFor(
      'a task action to succeed again',
      async () => ((await duban.api.post(`/tasks/${t1}/progress`, { percent: 30, note: 'after the outage' }, token.stiic)).status === 200 ? true : undefined),
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect((await duban.api.get(`/plans/${planId}`, token.admin)).status).toBe(200);
  });
});

describe('the audit export when the client goes away', () => {
  const subject = `e2e-export-${run}`;
  const total = 4000;

  beforeAll(async () => {
    const client = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
    try {
      const events = client.db().collection('audit_events');
      // ~8 MB in all: more than the loopback socket buffers hold, so the export cannot finish unread.
      const data = { note: 'x'.repeat(2000) };
      const at = new Date();
      for (let start = 0; start < total; start += 500) {
        await events.insertMany(
          Array.from({ length: 500 }, (_, i) => {
            const seq = start + i + 1;
            return {
              _id: `${subject}-${seq}` as unknown as never,
              specversion: '1.0',
              source: 'e2e',
              type: 'duban.task.progress-reported.v1',
              subject,
              time: at,
              datacontenttype: 'application/json',
              sequence: seq,
              data,
              kafka: { topic: 'e2e', partition: 0, offset: String(seq) },
              recordedAt: at,
              chain: `${subject}/0`,
              seq,
              prevHash: randomBytes(32).toString('hex'),
              prevEventId: null,
              hash: randomBytes(32).toString('hex'),
            };
          }),
        );
      }
    } finally {
      await client.close();
    }
  });

  it('stops reading and releases its cursor once the client disconnects', async () => {
    const abort = new AbortController();
    const res = await fetch(`${duban.api.baseUrl}/audit/events/export?subject=${encodeURIComponent(subject)}`, { headers: { authorization: `Bearer ${token.supervisor}` }, signal: abort.signal });
    expect(res.status).toBe(200);
    const reader = res.body?.getReader();
    const first = await reader?.read();
    expect(first?.value?.length).toBeGreaterThan(0);
    abort.abort();

    const api = duban.app('api');
    await api.waitForOutput(/audit export stopped after \d+ events; its store cursor is closed/, 15_000);
    const sent = Number(/audit export stopped after (\d+) events/.exec(api.log)?.[1]);
    expect(sent).toBeLessThan(total);
    // The store still serves this app: nothing was left holding its connections.
    expect((await duban.api.get('/tasks?limit=5', token.supervisor)).status).toBe(200);
  });
});
