import { z } from 'zod';
import { ConfigError, env, kafkaConnectionProblems, kafkaConnectionShape, loadConfig, storeConnectionProblems, storeConnectionShape, temporalConnectionProblems, temporalConnectionShape } from '@duban/config';
import { egressAllowListVariable } from '@duban/domain/egress';
import { loggingConfigShape, tracingConfigShape } from '@duban/observability';
import { auditChainKeyShape, loadAuditChainKeyring } from '@duban/persistence';
import { authConfigProblems, authConfigShape } from './common/auth.config';
import { rateLimitConfigShape } from './common/rate-limit.config';
import { devConfigProblems, devConfigShape } from './dev/dev.config';
import { liveConfigShape } from './live/live.config';

export const apiConfigShape = {
  PORT: env.port(3000),
  /** Listen address; 0.0.0.0 in a container. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and TLS/mTLS/API key (see `@duban/config` connections). */
  ...temporalConnectionShape,
  TEMPORAL_TASK_QUEUE: env.taskQueue,
  /** KAFKA_BROKERS and TLS/SASL (see `@duban/config` connections). */
  ...kafkaConnectionShape,
  MONGODB_URI: env.mongodbUri,
  /** The local HS256 secret; optional when OIDC_ISSUER is set (then unset refuses local tokens). */
  JWT_SECRET: env.jwtSecret.optional(),
  ...authConfigShape,
  ...storeConnectionShape,
  /**
   * The budget of one HTTP request: past it the API answers 503 DEPENDENCY.TIMEOUT with
   * Retry-After, whatever it was waiting on. Must exceed the store's and Temporal's own limits, so
   * a slow dependency is normally named by its own error first.
   */
  REQUEST_TIMEOUT_MS: env.ms(5000, 100),
  /** gRPC deadline of each Temporal call (a query, an update, a start), within the request budget. */
  TEMPORAL_RPC_TIMEOUT_MS: env.ms(4000, 100),
  /** Per-dependency limit of `/health`, so it answers fast even when a dependency hangs. */
  HEALTH_CHECK_TIMEOUT_MS: env.ms(1000, 50),
  /** The `Retry-After` (seconds) of a 503 when a dependency is down or slow. */
  RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  /** Rate limits per subject, per address, of failed authentications and of the health routes (0 = off). */
  ...rateLimitConfigShape,
  /**
   * `maxTimeMS` of the audit export's query, in place of MONGODB_MAX_TIME_MS: an export reads the
   * whole matching log. Must be below MONGODB_SOCKET_TIMEOUT_MS, which would cut it first.
   */
  AUDIT_EXPORT_MAX_TIME_MS: env.ms(8000, 1),
  /** How long a plan's view is reused for enterprise registrations and reads (0 turns the cache off). */
  PLAN_VIEW_CACHE_TTL_MS: env.ms(2000, 0, 60_000),
  /** Past the TTL, how long a reader waits for a new view before it is answered with the last one (see `PlanViewCache`). */
  PLAN_VIEW_STALE_GRACE_MS: env.ms(250, 0, 10_000),
  /** The oldest view answered while a new one is slow or fails; older, a reader waits for the new view (or its error). */
  PLAN_VIEW_MAX_STALE_MS: env.ms(60_000, 0, 3_600_000),
  /** The Temporal deadline of one plan-view query: its own, past the request's, so that a slow one still refreshes the cache. */
  PLAN_VIEW_LOAD_TIMEOUT_MS: env.ms(30_000, 1, 120_000),
  /**
   * A folder of holiday notices (one JSON file each, the body of `POST /calendar/years`) loaded at
   * start and whenever a file changes; unset: notices are loaded through the API only.
   */
  CALENDAR_NOTICES_DIR: z.string().min(1).optional(),
  /** The webhook egress policy's exceptions, as the consumers read them (see `consumers.config.ts`); checked at `POST /subscriptions`. */
  WEBHOOK_EGRESS_ALLOW: egressAllowListVariable,
  /** Deadline of the DNS look-up that checks a subscription's host; within the request budget. */
  WEBHOOK_DNS_TIMEOUT_MS: env.ms(2000, 50, 30_000),
  /** The audit chain's key (or key file) and whether unkeyed records are still accepted: see `audit-chain-key.ts`. */
  ...auditChainKeyShape,
  /** The audit checkpoints' file that `/audit/verify` checks the chains against (written by the consumers); unset: none. */
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** The built web console served at `/console/` (`nx run console:build` writes it); relative paths from the working directory. */
  CONSOLE_DIR: z.string().min(1).default('dist/apps/console'),
  /** `GET /live`: poll interval, heartbeat, streams per caller, replay bound (see `live/live.config.ts`). */
  ...liveConfigShape,
  /** The local dev sign-in routes, off unless `on` (see `dev/dev.config.ts`). */
  ...devConfigShape,
  /** The largest evidence file (佐证材料) an official may upload, in bytes (ours; default 20 MiB): past it 413 EVIDENCE.TOO_LARGE. */
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1).max(1_073_741_824).default(20 * 1024 * 1024),
  /**
   * How long one evidence upload may take, from the request to the last byte stored: past it the
   * upload is discarded and the answer is 503 DEPENDENCY.TIMEOUT. Below the upload route's own
   * request budget (120 s), so the upload is stopped before the budget answers for it.
   */
  EVIDENCE_UPLOAD_TIMEOUT_MS: env.ms(60_000, 1_000, 110_000),
  /** OpenTelemetry traces: OTLP endpoint, trace file, sampler (see `@duban/observability` tracing.config). */
  ...tracingConfigShape,
  /** LOG_LEVEL and LOG_FORMAT (see `@duban/observability` logging). */
  ...loggingConfigShape,
};

export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const loadApiConfig = (e: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(apiConfigShape, e);
  const problems = storeConnectionProblems(config);
  problems.push(...temporalConnectionProblems(config), ...kafkaConnectionProblems(config));
  problems.push(...authConfigProblems(config));
  problems.push(...devConfigProblems(config));
  for (const variable of ['MONGODB_MAX_TIME_MS', 'TEMPORAL_RPC_TIMEOUT_MS'] as const) {
    if (config[variable] >= config.REQUEST_TIMEOUT_MS) {
      problems.push({ variable, rule: `must be below REQUEST_TIMEOUT_MS (${config.REQUEST_TIMEOUT_MS}), so the dependency's own timeout names it before the request budget runs out` });
    }
  }
  if (config.PLAN_VIEW_STALE_GRACE_MS >= config.REQUEST_TIMEOUT_MS) {
    problems.push({ variable: 'PLAN_VIEW_STALE_GRACE_MS', rule: `must be below REQUEST_TIMEOUT_MS (${config.REQUEST_TIMEOUT_MS}), or a plan read waiting for a slow view would be cut off before the last one is answered` });
  }
  if (config.AUDIT_EXPORT_MAX_TIME_MS >= config.MONGODB_SOCKET_TIMEOUT_MS) {
    problems.push({ variable: 'AUDIT_EXPORT_MAX_TIME_MS', rule: `must be below MONGODB_SOCKET_TIMEOUT_MS (${config.MONGODB_SOCKET_TIMEOUT_MS})` });
  }
  const audit = loadAuditChainKeyring(config);
  problems.push(...audit.problems);
  if (problems.length > 0 || audit.keyring === undefined) throw new ConfigError(problems);
  return { ...config, auditChainKeyring: audit.keyring };
};
export const API_CONFIG = Symbol('API_CONFIG');
