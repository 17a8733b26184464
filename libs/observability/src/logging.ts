import type { LoggerService } from '@nestjs/common';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import type { LogLevel as TemporalLogLevel, LogMetadata, Logger as TemporalLogger } from '@temporalio/common';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { z } from 'zod';

/** pino's levels, `silent` included (turns every line off). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

/**
 * The logging variables every app reads (spread into its config shape). `LOG_FORMAT` unset means
 * `json` under `NODE_ENV=production` and `pretty` otherwise (ours): a developer's terminal and the
 * e2e logs stay readable, a container's output is machine-readable without configuration.
 */
export const loggingConfigShape = {
  /** Lowest level written; default `info`. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** `json` (one object per line) or `pretty` (one human line); default by NODE_ENV, see above. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
};

/** The format in force: the variable if set, else `json` in production and `pretty` elsewhere. */
export function logFormatOf(format: LogFormat | undefined, nodeEnv: string | undefined): LogFormat {
  return format ?? (nodeEnv === 'production' ? 'json' : 'pretty');
}

/**
 * Fields never written, wherever they appear in a logged object (two levels deep: pino's redaction
 * takes explicit paths, not a recursive search). Request lines carry no headers at all (see
 * `requestSerializer`), so this is the second line of defence for a handler that logs an object.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'password',
  'token',
  'secret',
  'apiKey',
  '*.authorization',
  '*.cookie',
  '*.password',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
/** Fields a pretty line shows in its head, not as `key=value`. */
const HEAD_FIELDS = new Set(['level', 'time', 'msg', 'context', 'app', 'pid', 'hostname']);

/**
 * One JSON log line as a human line: `HH:MM:SS.mmm LEVEL [context] message key=value…`. A line that
 * is not a JSON object is returned unchanged (whatever wrote it, it stays visible).
 */
export function formatPrettyLine(line: string): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return line.endsWith('\n') ? line : `${line}\n`;
  const r = record as Record<string, unknown>;
  const time = typeof r['time'] === 'number' ? new Date(r['time']).toISOString().slice(11, 23) : '';
  const level = typeof r['level'] === 'number' ? (LEVEL_NAMES[r['level']] ?? String(r['level'])) : String(r['level'] ?? '');
  const context = typeof r['context'] === 'string' ? ` [${r['context']}]` : '';
  const rest = Object.entries(r)
    .filter(([k]) => !HEAD_FIELDS.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const msg = typeof r['msg'] === 'string' ? r['msg'] : '';
  return `${time} ${level.padEnd(5)}${context} ${msg}${rest.length > 0 ? ` ${rest.join(' ')}` : ''}\n`;
}

/** A pino destination that writes {@link formatPrettyLine} of every line to `out` (stdout by default). */
export function prettyDestination(out: { write(chunk: string): unknown } = process.stdout): DestinationStream {
  return { write: (line: string) => out.write(formatPrettyLine(line)) };
}

/** `traceId` and `spanId` of the active span, if any (OpenTelemetry's context; empty without one). */
export function traceFields(): Record<string, string> {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
}

/**
 * The app's root logger: JSON lines on stdout (synchronous, so the last lines before a crash are
 * not lost), or the same records as human lines. `app` (api, worker, consumers) is on every line.
 */
export function createLogger(options: { app: string; level: LogLevelName; format: LogFormat; destination?: DestinationStream }): Logger {
  const config: LoggerOptions = {
    level: options.level,
    base: { app: options.app },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.epochTime,
    formatters: { level: (_label, number) => ({ level: number }) },
    // The Temporal SDK hands failures over as `error`; pino serialises only `err` by default.
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    // A line written inside a traced span names it, so a log line leads to its trace (nothing when tracing is off).
    mixin: traceFields,
  };
  const destination = options.destination ?? (options.format === 'pretty' ? prettyDestination() : pino.destination({ dest: 1, sync: true }));
  return pino(config, destination);
}

/**
 * Nest's `LoggerService` over pino, for the apps that are not HTTP servers (the consumers' Nest
 * application context): Nest's last string argument is the context (the class that logs), an
 * `error` call's second one the stack.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, params: unknown[]): void {
    const last = params[params.length - 1];
    const context = params.length > 0 && typeof last === 'string' ? last : undefined;
    const rest = context === undefined ? params : params.slice(0, -1);
    const fields: Record<string, unknown> = context === undefined ? {} : { context };
    // Nest's `error(message, stack, context)`: the stack is a string of several lines.
    const stack = level === 'error' || level === 'fatal' ? rest.find((p): p is string => typeof p === 'string' && p.includes('\n    at ')) : undefined;
    if (stack !== undefined) fields['stack'] = stack;
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...fields, ...(message as Record<string, unknown>) });
    else this.logger[level](fields, String(message));
  }
}

const TEMPORAL_LEVELS: Record<TemporalLogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/**
 * The Temporal SDK's `Logger` over pino, for `Runtime.install({ logger })`: the SDK's metadata
 * (`workflowId`, `runId`, `activityType`, `sdkComponent`, …) become fields of the line.
 */
export function temporalLogger(logger: Logger): TemporalLogger {
  const log = (level: TemporalLogLevel, message: string, meta?: LogMetadata): void => {
    logger[TEMPORAL_LEVELS[level]]({ ...(meta ?? {}) }, message);
  };
  return {
    log,
    trace: (message, meta) => log('TRACE', message, meta),
    debug: (message, meta) => log('DEBUG', message, meta),
    info: (message, meta) => log('INFO', message, meta),
    warn: (message, meta) => log('WARN', message, meta),
    error: (message, meta) => log('ERROR', message, meta),
  };
}

/** kafkajs's levels (its `logLevel` enum: ERROR 1, WARN 2, INFO 4, DEBUG 5) as pino's. */
const KAFKAJS_LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = { 1: 'error', 2: 'warn', 4: 'info', 5: 'debug' };

/** One kafkajs log entry, as its `logCreator` hands it over (structurally: this library does not load kafkajs). */
export interface KafkaLogEntry {
  /** The kafkajs part that logs (`Connection`, `Consumer`, …); absent for the client's own notices. */
  namespace?: string;
  level: number;
  log: { message: string; timestamp?: string; logger?: string; [field: string]: unknown };
}

/**
 * A kafkajs `logCreator` over pino, for `configureKafkaLogging` of `@duban/kafka`: kafkajs's
 * namespace (`Connection`, `Consumer`, …) becomes the line's context, its fields (broker, groupId,
 * error, …) the line's fields; its own timestamp is dropped for the logger's.
 */
export function kafkaLogCreator(logger: Logger): (level: number) => (entry: KafkaLogEntry) => void {
  return () => ({ namespace, level, log }) => {
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = log;
    logger[KAFKAJS_LEVELS[level] ?? 'info']({ context: namespace ? `kafkajs.${namespace}` : 'kafkajs', ...fields }, message);
  };
}
