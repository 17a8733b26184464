import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { submitTaskUpdate, type TaskResponse } from '@duban/contracts';
import type { SpanRecord } from '@duban/observability';
import { waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';

/**
 * One task submission traced end to end, against the real Temporal, Kafka and FerretDB servers:
 * every app writes its spans to its own file (`DUBAN_TRACE_FILE` with `{service}`), and the spans
 * of the one trace that the request's `traceparent` started must reach from the HTTP request
 * through the Temporal update, the workflow, the publish activity and Kafka to the audit record.
 */
let duban: DubanHarness;
const dir = mkdtempSync(path.join(tmpdir(), 'duban-traces-'));
const fileOf = (service: string): string => path.join(dir, `${service}.jsonl`);

const run = Date.now().toString(36);
const planId = `e2e-trace-${run}`;
// T3 has no co-units, so its lead unit may submit at once.
const taskId = `${planId}.T3.STIIC`;
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const spansOf = (service: string): SpanRecord[] =>
  existsSync(fileOf(service))
    ? readFileSync(fileOf(service), 'utf8')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as SpanRecord)
    : [];
const allSpans = (): SpanRecord[] => ['duban-api', 'duban-worker', 'duban-consumers'].flatMap(spansOf);

beforeAll(async () => {
  duban = await DubanHarness.start('tracing', {
    DUBAN_TRACE_FILE: path.join(dir, '{service}.jsonl'),
    // Passed through when set: a local stack whose topics predate the declared settings needs `warn`.
    ...(process.env['KAFKA_TOPIC_CHECK'] !== undefined && { KAFKA_TOPIC_CHECK: process.env['KAFKA_TOPIC_CHECK'] }),
  });
  // The worker bundles its workflows at start: minutes on a busy shared machine (E2E_APP_READY_TIMEOUT_MS).
}, 360_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
  rmSync(dir, { recursive: true, force: true });
});

it('traces one task submission from the HTTP request to the audit record in one trace', async () => {
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  const supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  const official = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today }, admin);
  expect(started.status).toBe(201);
  await duban.auditOf(taskId, supervisor, 1);

  // The caller's own trace: the API's server span must continue it.
  const traceId = randomBytes(16).toString('hex');
  const callerSpanId = randomBytes(8).toString('hex');
  const res = await fetch(`${duban.api.baseUrl}/tasks/${taskId}/submit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${official}`, 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpanId}-01` },
    body: JSON.stringify({ summary: '园区建设跟踪报告' }),
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as TaskResponse).status).toBe('submitted');

  const audit = await waitFor(
    'the submission in the audit log',
    async () => (await duban.auditOf(taskId, supervisor, 1)).find((e) => e.type === 'duban.task.submitted.v1'),
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  // The stored record is the event without its trace context (not part of its identity or hash).
  expect(audit).not.toHaveProperty('traceparent');

  const orphansOf = (spans: SpanRecord[]): [string, string | undefined][] => {
    const ids = new Set(spans.map((s) => s.spanId));
    return spans.filter((s) => s.parentSpanId === undefined || !ids.has(s.parentSpanId)).map((s) => [s.name, s.parentSpanId]);
  };
  // A span is written when it ends, and a workflow's spans when its next task completes: wait for the
  // store write and for every parent (the workflow's StartActivity span ends after the activity).
  let last: SpanRecord[] = [];
  const trace = await waitFor(
    'the audit store write of the submission, and every parent, in the trace',
    () => {
      last = allSpans().filter((s) => s.traceId === traceId);
      const stored = last.some((s) => s.name === 'audit.append' && s.attributes['cloudevents.event_id'] === audit.id);
      return stored && orphansOf(last).length === 1 ? last : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  ).catch((e: unknown) => {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; spans of the trace: ${JSON.stringify(last.map((s) => [s.service, s.name, s.spanId, s.parentSpanId]))}`);
  });

  const byId = new Map(trace.map((s) => [s.spanId, s]));
  // Every span of the trace has its parent in it, except the API's, whose parent is the caller's.
  expect(orphansOf(trace)).toEqual([[`POST /tasks/:taskId/submit`, callerSpanId]]);

  const store = trace.find((s) => s.name === 'audit.append' && s.attributes['cloudevents.event_id'] === audit.id) as SpanRecord;
  const chain: SpanRecord[] = [];
  for (let s: SpanRecord | undefined = store; s; s = s.parentSpanId === undefined ? undefined : byId.get(s.parentSpanId)) chain.push(s);
  // From the store write back to the request, each span the child of the next (the Temporal SDK's spans are INTERNAL).
  expect(chain.map((s) => [s.service, s.kind, s.name.replace(/^(publish|process) .*$/, '$1 <topic>')])).toEqual([
    ['duban-consumers', 'INTERNAL', 'audit.append'],
    ['duban-consumers', 'CONSUMER', 'process <topic>'],
    ['duban-worker', 'PRODUCER', 'publish <topic>'],
    ['duban-worker', 'INTERNAL', 'RunActivity:publishEvent'],
    ['duban-worker', 'INTERNAL', 'StartActivity:publishEvent'],
    ['duban-worker', 'INTERNAL', `HandleUpdate:${submitTaskUpdate.name}`],
    ['duban-api', 'INTERNAL', `StartWorkflowUpdate:${submitTaskUpdate.name}`],
    ['duban-api', 'SERVER', 'POST /tasks/:taskId/submit'],
  ]);
  const [, consumer, producer, , , , , server] = chain as [SpanRecord, SpanRecord, SpanRecord, SpanRecord, SpanRecord, SpanRecord, SpanRecord, SpanRecord];
  expect(server.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/tasks/:taskId/submit', 'http.response.status_code': 200, 'enduser.id': 'li.wei', 'duban.unit': 'STIIC' });
  expect(producer.attributes).toMatchObject({ 'messaging.system': 'kafka', 'cloudevents.event_id': audit.id, 'cloudevents.event_type': 'duban.task.submitted.v1' });
  expect(consumer.attributes).toMatchObject({ 'messaging.consumer.group.name': duban.env['AUDIT_GROUP_ID'], 'cloudevents.event_id': audit.id, 'messaging.destination.name': producer.attributes['messaging.destination.name'] });
  expect(consumer.links).toEqual([{ traceId, spanId: producer.spanId }]);
  expect(typeof consumer.attributes['messaging.destination.partition.id']).toBe('string');
  expect(typeof consumer.attributes['messaging.kafka.offset']).toBe('number');
  expect(consumer.start).toBeGreaterThanOrEqual(producer.start);
});
