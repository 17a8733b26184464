import { z } from 'zod';

/** The OpenTelemetry sampler names of the specification's environment variable (`OTEL_TRACES_SAMPLER`). */
export const TRACE_SAMPLERS = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'] as const;

const url = z.string().url('must be an http(s) URL').refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');

/**
 * Tracing's variables, spread into each app's configuration shape. None is required: with neither
 * an OTLP endpoint nor a trace file set, tracing is off (no provider, no exporter, no interceptor).
 * The names are the OpenTelemetry specification's where one exists, so an operator's usual
 * settings work; the OTLP exporter itself also reads `OTEL_EXPORTER_OTLP_HEADERS` (e.g. an API key).
 */
export const tracingConfigShape = {
  /** OTLP/HTTP collector base URL (`…/v1/traces` is appended), e.g. `http://127.0.0.1:4318`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: url.optional(),
  /** OTLP/HTTP traces URL, used as it is; wins over `OTEL_EXPORTER_OTLP_ENDPOINT`. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: url.optional(),
  /** Ours: a file that gets one JSON line per finished span, written synchronously (tests, local debugging); `{service}` in it is replaced by the app's service name. */
  DUBAN_TRACE_FILE: z.string().min(1).optional(),
  /** Which traces are kept; default `parentbased_always_on` (the specification's default). */
  OTEL_TRACES_SAMPLER: z.enum(TRACE_SAMPLERS).default('parentbased_always_on'),
  /** The ratio of the `…traceidratio` samplers, in [0, 1]; default 1. */
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
};

export type TracingConfig = z.infer<z.ZodObject<typeof tracingConfigShape>>;
