import { freePort, waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { today } from './support/dates';

/**
 * Logs, metrics and probes of the three apps (issue 14), against the real servers: one plan is
 * loaded and one task action taken over HTTP, then each app's `/metrics` is scraped and the named
 * series are checked for values that follow from what was done; the worker's and the consumers'
 * probes answer; the API's request line is JSON with the request id, route, caller and workflow.
 */
let duban: DubanHarness;
let workerProbe: string;
let consumersProbe: string;
const RUN = Date.now().toString(36);
const planId = `e2e-metrics-${RUN}`;
const t1 = `${planId}.T1.STIIC`;
const requestId = `e2e-metrics-${RUN}-contribution`;
let attempts = 0;
let planAttempts = 0;
let answered = 0;

interface Sample {
  labels: Record<string, string>;
  value: number;
}

/** The samples of one series name in a Prometheus text exposition (no escaped quotes in our label values). */
function samples(text: string, name: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{([^}]*)\})? (\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"/g)].map((l) => [l[1] as string, l[2] as string]));
    out.push({ labels, value: Number(m[3]) });
  }
  return out;
}

const sum = (xs: Sample[]): number => xs.reduce((a, s) => a + s.value, 0);

/** Sends until the answer is not a 503 (which says to retry), within a minute; how many attempts it took. */
async function untilAnswered<R extends { status: number }>(send: () => Promise<R>): Promise<{ res: R; attempts: number }> {
  let n = 0;
  const res = await waitFor(
    'an answer other than 503',
    async () => {
      n += 1;
      const r = await send();
      return r.status === 503 ? undefined : r;
    },
    { timeoutMs: 60_000, intervalMs: 1_000 },
  );
  return { res, attempts: n };
}

async function scrape(url: string): Promise<{ status: number; contentType: string | null; text: string }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

beforeAll(async () => {
  const [workerPort, consumersPort] = [await freePort(), await freePort()];
  workerProbe = `http://127.0.0.1:${workerPort}`;
  consumersProbe = `http://127.0.0.1:${consumersPort}`;
  // A fresh database: the dead-letter gauge counts what the store holds.
  duban = await DubanHarness.startFresh('metrics', { WORKER_PROBE_PORT: String(workerPort), CONSUMERS_HEALTH_PORT: String(consumersPort), LOG_FORMAT: 'json' });
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  // Rebased six days back, T1 (due five days after the plan's start) was due yesterday: its yellow
  // card is decided at once, late by less than a day (reminders already past are left out).
  const rebaseTo = new Date(Date.parse(today()) - 6 * 86_400_000).toISOString().slice(0, 10);
  // 409 only when an earlier attempt's 503 (a busy shared machine) came after the plan had started.
  const loaded = await untilAnswered(() => duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo }, admin));
  planAttempts = loaded.attempts;
  expect(loaded.attempts > 1 ? [201, 409] : [201]).toContain(loaded.res.status);
  const stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
  const supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  await duban.auditOf(t1, supervisor, 1);
  // Retried on 503 as a client does (a busy shared machine can make the update slower than the budget).
  const contribution = await untilAnswered(() =>
    fetch(`${duban.api.baseUrl}/tasks/${t1}/contributions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stats}`, 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ summary: '统计指标口径' }),
    }),
  );
  attempts = contribution.attempts;
  const contributed = contribution.res;
  // 409 only when an earlier attempt's 503 came after the update was recorded.
  expect(attempts > 1 ? [200, 409] : [200]).toContain(contributed.status);
  expect(contributed.headers.get('x-request-id')).toBe(requestId);
  answered = contributed.status;
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('the API', () => {
  it('exposes the request histogram under the route pattern, requests in flight and process metrics', async () => {
    const { status, contentType, text } = await scrape(`${duban.api.baseUrl}/metrics`);
    expect(status).toBe(200);
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const counts = samples(text, 'duban_http_request_duration_seconds_count');
    // Every attempt is counted once, under the pattern, with the status it was answered.
    const contribution = counts.filter((s) => s.labels['route'] === '/tasks/:taskId/contributions' && s.labels['method'] === 'POST');
    expect(sum(contribution)).toBe(attempts);
    expect(contribution.map((s) => s.labels['status'])).toContain(String(answered));
    expect(sum(counts.filter((s) => s.labels['route'] === '/plans' && s.labels['method'] === 'POST'))).toBe(planAttempts);
    // The raw URL (with the task id) never becomes a label.
    expect(text).not.toContain(t1);
    // This scrape is in flight while it is collected.
    expect(samples(text, 'duban_http_requests_in_flight')[0]?.value).toBeGreaterThanOrEqual(1);
    expect(samples(text, 'process_resident_memory_bytes')[0]?.labels['app']).toBe('api');
  });

  it('logs the request as one JSON line with its id, route, caller, workflow and duration, and no token', () => {
    const lines = duban
      .app('api')
      .log.split('\n')
      .filter((l) => l.includes(requestId));
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => typeof l['msg'] === 'string' && l['msg'].startsWith(`POST /tasks/${t1}/contributions `));
    expect(records).toHaveLength(attempts);
    const line = records[records.length - 1];
    expect(line).toMatchObject({ app: 'api', req: { id: requestId, method: 'POST', path: `/tasks/${t1}/contributions` }, route: '/tasks/:taskId/contributions', sub: 'zhou.min', unit: 'STATS', workflowId: `task/${t1}` });
    expect(typeof line?.['responseTime']).toBe('number');
    expect(duban.app('api').log).not.toMatch(/Bearer ey/);
    expect(duban.app('api').log).toMatch(/"msg":"duban api listening on /);
    // Scrapes and probes (this file's included) are not logged per request.
    expect(duban.app('api').log).not.toMatch(/"msg":"GET \/(metrics|health\/live|health\/ready) /);
  });
});

describe('the worker', () => {
  it('answers its liveness and readiness probes', async () => {
    expect((await scrape(`${workerProbe}/health/live`)).status).toBe(200);
    const ready = await scrape(`${workerProbe}/health/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toEqual({ status: 'ready', worker: 'RUNNING', kafka: 'up' });
  });

  it('exposes its events published by type, the ladder lateness and the Temporal SDK’s worker metrics', async () => {
    // The workflow publishes after it answers (its outbox): wait for the three events to be counted.
    // T1's yellow card is timed (within a day of its instant) or, should the calendar have moved the
    // deadline further back, counted as caught up; published either way.
    const types = ['duban.plan.started.v1', 'duban.task.contribution-submitted.v1', 'duban.escalation.raised.v1'];
    const text = await waitFor(
      `the worker counting ${types.join(', ')}`,
      async () => {
        const { status, text: t } = await scrape(`${workerProbe}/metrics`);
        expect(status).toBe(200);
        const published = samples(t, 'duban_events_published_total');
        return types.every((type) => sum(published.filter((s) => s.labels['type'] === type)) >= 1) ? t : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const timed = sum(samples(text, 'duban_ladder_event_lateness_seconds_count'));
    const caughtUp = sum(samples(text, 'duban_ladder_events_caught_up_total'));
    expect(timed + caughtUp).toBeGreaterThanOrEqual(1);
    const lateness = sum(samples(text, 'duban_ladder_event_lateness_seconds_sum'));
    expect(lateness).toBeGreaterThanOrEqual(0);
    expect(lateness).toBeLessThanOrEqual(timed * 86_400);
    // The SDK's own (Core's exporter, durations in seconds), served through the same scrape.
    expect(samples(text, 'temporal_workflow_task_execution_latency_count').length).toBeGreaterThan(0);
    expect(sum(samples(text, 'temporal_activity_execution_latency_count'))).toBeGreaterThanOrEqual(1);
    expect(samples(text, 'temporal_worker_task_slots_available').length).toBeGreaterThan(0);
    expect(samples(text, 'temporal_request').length).toBeGreaterThan(0);
  });
});

describe('the consumers', () => {
  const groups = () => ['AUDIT_GROUP_ID', 'TASKS_GROUP_ID', 'ENTERPRISES_GROUP_ID', 'NOTIFICATIONS_GROUP_ID', 'SCORES_GROUP_ID', 'WEBHOOKS_GROUP_ID', 'INDEX_DELIVERY_GROUP_ID'].map((v) => duban.env[v] as string);

  it('answers /health as before, and /health/live and /health/ready', async () => {
    const health = await scrape(`${consumersProbe}/health`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ status: 'ok' });
    expect((await scrape(`${consumersProbe}/health/live`)).status).toBe(200);
    const ready = await scrape(`${consumersProbe}/health/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({ status: 'ready' });
  });

  it('shows each group’s lag per topic, 0 once caught up, and the events handled', async () => {
    await duban.caughtUp(groups());
    const text = await waitFor(
      'every lag series at 0',
      async () => {
        const t = (await scrape(`${consumersProbe}/metrics`)).text;
        const lag = samples(t, 'duban_consumer_lag_messages');
        return lag.length > 0 && lag.every((s) => s.value === 0) ? t : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const lag = samples(text, 'duban_consumer_lag_messages');
    expect(new Set(lag.map((s) => s.labels['group']))).toEqual(new Set(groups()));
    expect(lag.find((s) => s.labels['group'] === duban.env['AUDIT_GROUP_ID'] && s.labels['topic'] === 'duban.tasks.v1')).toBeDefined();
    const handled = samples(text, 'duban_consumer_events_total').filter((s) => s.labels['group'] === duban.env['AUDIT_GROUP_ID'] && s.labels['outcome'] === 'handled');
    expect(sum(handled)).toBeGreaterThanOrEqual(2);
  });

  it('shows no webhook dead letters and a verified audit chain', async () => {
    const text = await waitFor(
      'a first audit verification',
      async () => {
        const t = (await scrape(`${consumersProbe}/metrics`)).text;
        return samples(t, 'duban_audit_chain_verified').length > 0 ? t : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(samples(text, 'duban_webhook_dead_letters')).toEqual([{ labels: { app: 'consumers' }, value: 0 }]);
    expect(samples(text, 'duban_audit_chain_verified')[0]?.value).toBe(1);
    expect(samples(text, 'duban_audit_chain_problems')[0]?.value).toBe(0);
    const at = samples(text, 'duban_audit_chain_last_verification_timestamp_seconds')[0]?.value ?? 0;
    expect(Math.abs(at - Date.now() / 1000)).toBeLessThan(600);
  });
});
