import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SpanKind, context, trace } from '@opentelemetry/api';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Resource } from '@opentelemetry/resources';
import { dubanEventSchema } from '@duban/contracts';
import { loadConfig } from '@duban/config';
import { contextOfCarrier, linkOfCarrier, traceCarrierOf } from './trace-context';
import { FileSpanExporter, samplerOf, startTracing, type SpanRecord } from './tracing';
import { tracingConfigShape } from './tracing.config';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duban-tracing-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('tracing off (no exporter configured)', () => {
  // Runs before anything in this file registers a provider: the API's global state is per process.
  it('registers nothing: spans are no-ops, no trace context is propagated, no file is written', () => {
    const tracing = startTracing('duban-test', loadConfig(tracingConfigShape, {}));
    expect(tracing).toMatchObject({ enabled: false, exporters: [] });
    const span = trace.getTracer('duban').startSpan('anything');
    expect(span.isRecording()).toBe(false);
    expect(trace.isSpanContextValid(span.spanContext())).toBe(false);
    expect(context.with(trace.setSpan(context.active(), span), () => traceCarrierOf())).toEqual({});
    span.end();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('tracing configuration', () => {
  it('validates the endpoint and the sampler ratio, naming the variable', () => {
    expect(() => loadConfig(tracingConfigShape, { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadConfig(tracingConfigShape, { OTEL_TRACES_SAMPLER_ARG: '1.5' })).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
    expect(() => loadConfig(tracingConfigShape, { OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/OTEL_TRACES_SAMPLER/);
    expect(loadConfig(tracingConfigShape, {})).toEqual({ OTEL_TRACES_SAMPLER: 'parentbased_always_on', OTEL_TRACES_SAMPLER_ARG: 1 });
  });

  it('builds the named sampler', () => {
    expect(samplerOf({ OTEL_TRACES_SAMPLER: 'always_off', OTEL_TRACES_SAMPLER_ARG: 1 }).toString()).toBe('AlwaysOffSampler');
    expect(samplerOf({ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: 0.25 }).toString()).toMatch(/ParentBased\{root=TraceIdRatioBased\{0\.25\}/);
  });
});

describe('FileSpanExporter', () => {
  it('writes one JSON line per finished span with its trace, parent, kind, service, times and attributes', () => {
    const file = path.join(dir, 'nested', 'spans.jsonl');
    const provider = new BasicTracerProvider({ resource: new Resource({ 'service.name': 'duban-test' }), spanProcessors: [new SimpleSpanProcessor(new FileSpanExporter(file))] });
    const tracer = provider.getTracer('test');
    const parent = tracer.startSpan('POST /tasks/:taskId/submit', { kind: SpanKind.SERVER, attributes: { 'http.response.status_code': 200 } });
    const child = tracer.startSpan('publish duban.tasks.v1', { kind: SpanKind.PRODUCER, links: [{ context: parent.spanContext() }] }, trace.setSpan(context.active(), parent));
    child.end();
    parent.end();

    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [c, p] = lines.map((l) => JSON.parse(l) as SpanRecord) as [SpanRecord, SpanRecord];
    expect(p).toMatchObject({ traceId: parent.spanContext().traceId, spanId: parent.spanContext().spanId, name: 'POST /tasks/:taskId/submit', kind: 'SERVER', service: 'duban-test', status: { code: 'UNSET' }, attributes: { 'http.response.status_code': 200 }, links: [] });
    expect(p).not.toHaveProperty('parentSpanId');
    expect(c).toMatchObject({ traceId: p.traceId, parentSpanId: p.spanId, kind: 'PRODUCER', links: [{ traceId: p.traceId, spanId: p.spanId }] });
    expect(p.end).toBeGreaterThanOrEqual(p.start);
    expect(Math.abs(p.start - Date.now())).toBeLessThan(60_000);
  });
});

describe('trace context on events (CloudEvents traceparent)', () => {
  const provider = new BasicTracerProvider();
  const span = provider.getTracer('test').startSpan('publish');
  const active = trace.setSpan(context.active(), span);

  it('carries the span of a context as traceparent, and back', () => {
    const carrier = traceCarrierOf(active);
    const { traceId, spanId } = span.spanContext();
    expect(carrier).toEqual({ traceparent: `00-${traceId}-${spanId}-01` });
    expect(trace.getSpanContext(contextOfCarrier(carrier))).toMatchObject({ traceId, spanId, isRemote: true });
    expect(linkOfCarrier(carrier)).toEqual([{ context: expect.objectContaining({ traceId, spanId }) }]);
  });

  it('treats a missing or malformed traceparent as no parent (a new trace), never an error', () => {
    for (const carrier of [{}, { traceparent: 'nonsense' }, { traceparent: `00-${'0'.repeat(32)}-${'1'.repeat(16)}-01` }]) {
      expect(trace.getSpanContext(contextOfCarrier(carrier))).toBeUndefined();
      expect(linkOfCarrier(carrier)).toEqual([]);
    }
  });

  const event = {
    specversion: '1.0',
    id: 'e-1',
    source: '/duban/workflows/taskWorkflow',
    type: 'duban.plan.completed.v1',
    subject: 'p1',
    time: '2026-12-02T10:00:00.000Z',
    datacontenttype: 'application/json',
    sequence: '00000000000000000001',
    data: { planId: 'p1' },
  };

  it('the envelope schema keeps a valid traceparent and tracestate, and drops a malformed one without refusing the event', () => {
    const traceparent = traceCarrierOf(active).traceparent as string;
    const kept = dubanEventSchema.safeParse({ ...event, traceparent, tracestate: 'vendor=1' });
    const dropped = dubanEventSchema.safeParse({ ...event, traceparent: 'not-a-traceparent' });
    const none = dubanEventSchema.safeParse(event);
    if (!kept.success || !dropped.success || !none.success) throw new Error(`refused: ${JSON.stringify([kept.error, dropped.error, none.error])}`);
    expect(kept.data).toMatchObject({ id: 'e-1', traceparent, tracestate: 'vendor=1' });
    expect(dropped.data.traceparent).toBeUndefined();
    expect(none.data).not.toHaveProperty('traceparent');
  });
});
