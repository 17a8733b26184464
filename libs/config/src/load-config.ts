import { z } from 'zod';
import { loadDotEnv } from './dot-env';

/** A configuration problem found at boot: names every missing or bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; rule: string }[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.rule}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates an app's configuration from the environment, once, at boot. Throws
 * {@link ConfigError} naming every bad variable, not just the first. Reading the process's own
 * environment, it first loads a `.env` file if there is one (see {@link loadDotEnv}).
 */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  if (env === process.env) loadDotEnv();
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => ({
        variable: String(i.path[0] ?? '(environment)'),
        rule: i.code === 'invalid_type' && i.received === 'undefined' ? 'is required but not set' : i.message,
      })),
    );
  }
  return result.data;
}

/** The variables a config shape requires (no default, not optional): what a deployment must set. */
export function requiredVariables(shape: z.ZodRawShape): string[] {
  return Object.entries(shape)
    .filter(([, schema]) => !schema.isOptional())
    .map(([name]) => name);
}

const hostPort = /^[^\s:,]+:\d{1,5}$/;

/** Shared variable schemas, so every app validates the same variable the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  temporalAddress: z.string().regex(hostPort, 'must be host:port'),
  temporalNamespace: z.string().min(1).default('default'),
  taskQueue: z.string().min(1).default('duban'),
  kafkaBrokers: z
    .string()
    .min(1)
    .transform((s) => s.split(',').map((b) => b.trim()))
    .refine((bs) => bs.every((b) => hostPort.test(b)), 'must be a comma-separated list of host:port'),
  /** Prefix of every Kafka topic name (see `@duban/kafka` topic-namespace); empty: the documented names. */
  kafkaTopicPrefix: z
    .string()
    .regex(/^(?:[A-Za-z0-9._-]{0,100}[._-])?$/, 'must be empty, or up to 100 letters, digits, dots, underscores or dashes ending in one of . _ -')
    .default(''),
  mongodbUri: z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// URI'),
  jwtSecret: z.string().min(32, 'must be at least 32 characters'),
  /** A duration in milliseconds, an integer in [min, max], with a default. */
  ms: (fallback: number, min = 1, max = 600_000) => z.coerce.number().int().min(min).max(max).default(fallback),
};

/**
 * How an app talks to the store (shared by every app that uses `MONGODB_URI`). Every limit is small
 * on purpose: a store that does not answer within a few seconds is treated as down (a 503 at the
 * HTTP edge, a back-off in a consumer), never waited on. Defaults are ours, not the driver's (the
 * driver's are 30 s server selection and no socket timeout at all, which is how requests hung).
 */
export const storeConnectionShape = {
  /** Longest wait for a usable server before an operation fails (driver `serverSelectionTimeoutMS`). */
  MONGODB_SERVER_SELECTION_TIMEOUT_MS: env.ms(3000, 100),
  /** Longest TCP connect + handshake (driver `connectTimeoutMS`). */
  MONGODB_CONNECT_TIMEOUT_MS: env.ms(3000, 100),
  /**
   * Longest silence on a socket with an operation in flight (driver `socketTimeoutMS`); the last
   * resort when the server is wedged and ignores `maxTimeMS`. Must exceed `MONGODB_MAX_TIME_MS`.
   */
  MONGODB_SOCKET_TIMEOUT_MS: env.ms(10_000, 100),
  /** Connections per app process (driver `maxPoolSize`); the store's own pool must cover every process's. */
  MONGODB_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  /** Server-side time limit put on every query, count, update, delete and aggregate (`maxTimeMS`). */
  MONGODB_MAX_TIME_MS: env.ms(3000, 1),
};

export type StoreConnectionConfig = z.infer<z.ZodObject<typeof storeConnectionShape>>;

/** Cross-variable rules of {@link storeConnectionShape}, as ConfigError problems (empty when fine). */
export function storeConnectionProblems(config: StoreConnectionConfig): { variable: string; rule: string }[] {
  return config.MONGODB_SOCKET_TIMEOUT_MS > config.MONGODB_MAX_TIME_MS
    ? []
    : [{ variable: 'MONGODB_SOCKET_TIMEOUT_MS', rule: `must exceed MONGODB_MAX_TIME_MS (${config.MONGODB_MAX_TIME_MS}), or a slow query is cut as a network error instead of timing out` }];
}
