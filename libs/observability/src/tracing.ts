import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SpanKind, SpanStatusCode, context, propagation, trace, type Link, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { ExportResultCode, W3CTraceContextPropagator, hrTimeToMilliseconds, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NoopSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type ReadableSpan,
  type Sampler,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Context as OtelContext, Span } from '@opentelemetry/api';
import type { TracingConfig } from './tracing.config';

/** One finished span as {@link FileSpanExporter} writes it (one JSON object per line). */
export interface SpanRecord {
  traceId: string;
  spanId: string;
  /** Absent on a root span. */
  parentSpanId?: string;
  name: string;
  /** `SERVER`, `CLIENT`, `PRODUCER`, `CONSUMER` or `INTERNAL`. */
  kind: keyof typeof SpanKind;
  /** The resource's `service.name`: which app (or which app's workflows) recorded it. */
  service: string;
  /** Epoch milliseconds (fractional). */
  start: number;
  end: number;
  /** `UNSET`, `OK` or `ERROR`, with the message of an error. */
  status: { code: 'UNSET' | 'OK' | 'ERROR'; message?: string };
  attributes: Record<string, unknown>;
  /** Span links (e.g. a consumer's link to the producer), as trace and span ids. */
  links: { traceId: string; spanId: string }[];
}

const STATUS = ['UNSET', 'OK', 'ERROR'] as const;

/** A span as its {@link SpanRecord}. */
export function spanRecordOf(span: ReadableSpan): SpanRecord {
  const { traceId, spanId } = span.spanContext();
  return {
    traceId,
    spanId,
    ...(span.parentSpanId !== undefined && { parentSpanId: span.parentSpanId }),
    name: span.name,
    kind: SpanKind[span.kind] as keyof typeof SpanKind,
    service: String(span.resource.attributes[ATTR_SERVICE_NAME] ?? 'unknown'),
    start: hrTimeToMilliseconds(span.startTime),
    end: hrTimeToMilliseconds(span.endTime),
    status: { code: STATUS[span.status.code] ?? 'UNSET', ...(span.status.message !== undefined && { message: span.status.message }) },
    attributes: { ...span.attributes },
    links: span.links.map((l) => ({ traceId: l.context.traceId, spanId: l.context.spanId })),
  };
}

/**
 * Ours: appends each finished span to `file` as one JSON line ({@link SpanRecord}), synchronously,
 * so that a test reading the file after a condition sees every span ended before it. Meant for
 * tests and local debugging, not production volume: each span costs one `appendFileSync`. Lines are
 * under the pipe-atomic size in practice, and every process should have its own file anyway.
 */
export class FileSpanExporter implements SpanExporter {
  constructor(private readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
  }

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    try {
      appendFileSync(this.file, spans.map((s) => `${JSON.stringify(spanRecordOf(s))}\n`).join(''));
      resultCallback({ code: ExportResultCode.SUCCESS });
    } catch (e) {
      resultCallback({ code: ExportResultCode.FAILED, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** Hands every span to each of several processors (the workflow sink takes only one). */
class FanOutSpanProcessor implements SpanProcessor {
  constructor(private readonly processors: SpanProcessor[]) {}
  onStart(span: Parameters<SpanProcessor['onStart']>[0], parent: OtelContext): void {
    for (const p of this.processors) p.onStart(span, parent);
  }
  onEnd(span: ReadableSpan): void {
    for (const p of this.processors) p.onEnd(span);
  }
  async forceFlush(): Promise<void> {
    await Promise.all(this.processors.map((p) => p.forceFlush()));
  }
  async shutdown(): Promise<void> {
    await Promise.all(this.processors.map((p) => p.shutdown()));
  }
}

/** The configured sampler; explicit, so the SDK's own reading of the environment never decides. */
export function samplerOf(config: Pick<TracingConfig, 'OTEL_TRACES_SAMPLER' | 'OTEL_TRACES_SAMPLER_ARG'>): Sampler {
  const ratio = new TraceIdRatioBasedSampler(config.OTEL_TRACES_SAMPLER_ARG);
  switch (config.OTEL_TRACES_SAMPLER) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
  }
}

/** What {@link startTracing} set up for one process. */
export interface Tracing {
  /** False when no exporter is configured: nothing was registered and every span is a no-op. */
  readonly enabled: boolean;
  /** The exporters' names, for the start-up line (`otlp http://…`, `file /…`). */
  readonly exporters: string[];
  /** The resource (service name) of this process's spans; workflow spans get `<service>` too. */
  readonly resource: Resource;
  /**
   * Where the worker's workflow span sink sends the spans recorded inside the workflow sandbox (the
   * same exporters as the process's own spans); a no-op processor when tracing is off.
   */
  readonly spanProcessor: SpanProcessor;
  /** Flushes and stops the exporters (a batch exporter may hold up to 5 s of spans). */
  shutdown(): Promise<void>;
}

let current: Tracing | undefined;

/** Whether {@link startTracing} turned tracing on in this process. */
export function tracingEnabled(): boolean {
  return current?.enabled === true;
}

/**
 * Starts tracing for one app, first thing in its `main.ts`: a `NodeTracerProvider` registered
 * globally with the AsyncLocalStorage context manager and the W3C trace-context propagator, and
 * one span processor per configured exporter: OTLP/HTTP (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, else
 * `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`) through a batch processor, and our file exporter
 * (`DUBAN_TRACE_FILE`) through a simple, synchronous one. With neither set nothing is registered:
 * `@opentelemetry/api` stays the no-op it is by default, and the apps install no interceptor or hook.
 * Call once per process; a second call returns the first one's result.
 */
export function startTracing(serviceName: string, config: TracingConfig): Tracing {
  if (current) return current;
  const resource = new Resource({ [ATTR_SERVICE_NAME]: serviceName });
  const processors: SpanProcessor[] = [];
  const exporters: string[] = [];
  const otlpUrl = config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (config.OTEL_EXPORTER_OTLP_ENDPOINT && `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`);
  if (otlpUrl) {
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpUrl })));
    exporters.push(`otlp ${otlpUrl}`);
  }
  if (config.DUBAN_TRACE_FILE) {
    // `{service}` in the path (ours) gives each app its own file when the apps share one environment.
    const file = config.DUBAN_TRACE_FILE.replaceAll('{service}', serviceName);
    processors.push(new SimpleSpanProcessor(new FileSpanExporter(file)));
    exporters.push(`file ${file}`);
  }
  if (processors.length === 0) {
    current = { enabled: false, exporters, resource, spanProcessor: new NoopSpanProcessor(), shutdown: () => Promise.resolve() };
    return current;
  }
  const spanProcessor = processors.length === 1 ? (processors[0] as SpanProcessor) : new FanOutSpanProcessor(processors);
  const provider = new NodeTracerProvider({ resource, sampler: samplerOf(config), spanProcessors: [spanProcessor] });
  provider.register({ contextManager: new AsyncLocalStorageContextManager(), propagator: new W3CTraceContextPropagator() });
  current = { enabled: true, exporters, resource, spanProcessor, shutdown: () => provider.shutdown() };
  return current;
}

/**
 * Flushes and stops this process's exporters, if {@link startTracing} started any: the last spans
 * of a stopping app (a batch exporter holds up to 5 s of them) are sent, not dropped.
 */
export function shutdownTracing(): Promise<void> {
  return current?.shutdown() ?? Promise.resolve();
}

/** Duban's own tracer (HTTP, Kafka, store spans); a no-op tracer while tracing is off. */
export function dubanTracer(): Tracer {
  return trace.getTracer('duban');
}

/**
 * Runs `fn` in a new active span `name` of `kind`, child of `parent` (default: the active context),
 * recording a thrown error on the span and ending it when `fn` settles. With tracing off it costs a
 * no-op span.
 */
export async function inSpan<T>(
  name: string,
  options: { kind: SpanKind; attributes?: Record<string, string | number | boolean>; parent?: OtelContext; links?: Link[] },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = options.parent ?? context.active();
  return dubanTracer().startActiveSpan(name, { kind: options.kind, ...(options.attributes && { attributes: options.attributes }), ...(options.links && { links: options.links }) }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      span.recordException(e instanceof Error ? e : String(e));
      span.setStatus({ code: SpanStatusCode.ERROR, message: e instanceof Error ? e.message : String(e) });
      throw e;
    } finally {
      span.end();
    }
  });
}

/**
 * The absolute path of the workflow interceptors module (the SDK's OpenTelemetry workflow
 * interceptors plus ours, see `tracing.workflow-interceptors.ts`), for `Worker.create`'s
 * `interceptors.workflowModules` and `bundleWorkflowCode`'s `workflowInterceptorModules`.
 */
export const workflowTracingInterceptorsPath: string = require.resolve('./tracing.workflow-interceptors');

/** Re-exported so the apps need not depend on `@opentelemetry/api` for these. */
export { SpanKind, propagation };
