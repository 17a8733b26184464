import { z } from 'zod';
import { ConfigError, env, kafkaConnectionProblems, kafkaConnectionShape, kafkaTopicsShape, loadConfig, storeConnectionProblems, storeConnectionShape, temporalConnectionProblems, temporalConnectionShape } from '@duban/config';
import { egressAllowListVariable } from '@duban/domain/egress';
import { loggingConfigShape, tracingConfigShape } from '@duban/observability';
import { auditChainKeyShape, loadAuditChainKeyring } from '@duban/persistence';

const groupId = (fallback: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be 1–200 letters, digits, dots, underscores or dashes')
    .default(fallback);

/**
 * One Kafka consumer group per projection. A new group id replays its topics from the first
 * offset into the store; every consumer is idempotent, so that rebuilds rather than duplicates.
 */
export const consumerGroupsShape = {
  /** The audit log (hash-chained, append-only). */
  AUDIT_GROUP_ID: groupId('duban-audit'),
  /** The task inbox and the 督查室 escalation inbox. */
  TASKS_GROUP_ID: groupId('duban-tasks'),
  /** The enterprise list and its roll-ups. */
  ENTERPRISES_GROUP_ID: groupId('duban-enterprises'),
  /** Notifications per recipient unit. */
  NOTIFICATIONS_GROUP_ID: groupId('duban-notifications'),
  /** The units' live scores (ours; the assessment is led by 督查室 with LGO and PERF, 六(三)). */
  SCORES_GROUP_ID: groupId('duban-scores'),
  /** Webhook deliveries to subscribed integrations. */
  WEBHOOKS_GROUP_ID: groupId('duban-webhooks'),
  /** Hands a plan's evaluation index to the enterprise workflows waiting for it (not a projection: it signals workflows). */
  INDEX_DELIVERY_GROUP_ID: groupId('duban-index-delivery'),
};
export type ConsumerGroupVariable = keyof typeof consumerGroupsShape;
export const CONSUMER_GROUP_VARIABLES = Object.keys(consumerGroupsShape) as ConsumerGroupVariable[];

const ms = (fallback: number, min = 1) => z.coerce.number().int().min(min).max(86_400_000).default(fallback);

/** Webhook delivery: retries with exponential backoff and jitter, a request timeout, a lease per attempt. */
export const webhookDeliveryShape = {
  /** Delay after the first failed attempt (doubles each attempt, jittered in [d/2, d]). */
  WEBHOOK_RETRY_BASE_MS: ms(1000),
  /** Longest delay between attempts. */
  WEBHOOK_RETRY_MAX_MS: ms(3_600_000),
  /** Attempts in all, the first included; then the delivery is a dead letter. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** A receiver that has not answered within this is a failed attempt. */
  WEBHOOK_TIMEOUT_MS: ms(10_000, 100),
  /** How long a claimed attempt belongs to one process; must exceed the timeout. A sender that dies is retried after it. */
  WEBHOOK_LEASE_MS: ms(60_000, 200),
  /** How often the delivery loop looks for due deliveries. */
  WEBHOOK_POLL_MS: ms(1000, 10),
  /** Requests in flight per consumers process. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  /**
   * The egress policy's exceptions (issue 12, against SSRF): comma-separated host names
   * (`hooks.corp.internal`, `*.svc.cluster.local`), addresses and CIDR ranges (`10.1.2.0/24`)
   * that may receive webhooks although they are not public. Unset: public addresses only. The API
   * reads the same variable for its check at subscription time; set both alike.
   */
  WEBHOOK_EGRESS_ALLOW: egressAllowListVariable,
};

/**
 * A consumer group whose handler fails (the store down) retries the same events in place with
 * exponential back-off, reports `failing`, and never skips them. Shutdown does not wait for it.
 */
export const consumerResilienceShape = {
  /** Delay after a handler's first failure (doubles per failure, jittered in [d/2, d]). */
  CONSUMER_RETRY_BASE_MS: ms(200, 10),
  /** Longest delay between a failing handler's attempts; below the group session timeout (30 s). */
  CONSUMER_RETRY_MAX_MS: z.coerce.number().int().min(10).max(25_000).default(10_000),
  /** Optional: serve `GET /health` (200 ready, 503 not, each group's state) on this port. */
  CONSUMERS_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Listen address of the readiness endpoint; 0.0.0.0 in a container. */
  CONSUMERS_HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
  /** After SIGTERM, the longest wait for a clean stop before the process exits anyway (code 1). */
  SHUTDOWN_TIMEOUT_MS: ms(5000, 100),
};

/**
 * The index-delivery consumer signals enterprise workflows, so the consumers app reaches Temporal
 * (the same variables as the API's). Every signal has its own deadline; a signal that fails for a
 * reason other than a closed or missing workflow fails the event, which is retried with the back-off above.
 */
export const indexDeliveryShape = {
  /** TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and TLS/mTLS/API key (see `@duban/config` connections). */
  ...temporalConnectionShape,
  /** gRPC deadline of one signal (and of the lazy connect before it). */
  INDEX_DELIVERY_SIGNAL_TIMEOUT_MS: ms(5000, 100),
  /** Signals in flight at once while a plan's index is handed to its waiting enterprises. */
  INDEX_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(20),
};

/**
 * The audit writer signs records, heads and checkpoints with the chain key, and publishes each
 * chain's checkpoint to a file and a Kafka topic outside the store (ours; issue 12).
 */
export const auditAnchorShape = {
  ...auditChainKeyShape,
  /** The checkpoints' file (JSON Lines, appended); the API's `AUDIT_CHECKPOINT_FILE` must name the same file. Unset: no file. */
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** Publish a chain's checkpoint after this many records since its last one… */
  AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** …or this long after it advanced, whichever comes first. */
  AUDIT_CHECKPOINT_INTERVAL_MS: ms(10_000, 100),
  /** How often the audit chains are verified in the background for `duban_audit_chain_verified` (ours; 0 = never). */
  AUDIT_VERIFY_INTERVAL_MS: ms(600_000, 0),
};

export const consumersConfigShape = {
  /** KAFKA_BROKERS and TLS/SASL (see `@duban/config` connections). */
  ...kafkaConnectionShape,
  KAFKA_TOPIC_PREFIX: env.kafkaTopicPrefix,
  /** KAFKA_TOPIC_PARTITIONS, KAFKA_TOPIC_REPLICATION_FACTOR, KAFKA_TOPIC_CHECK: how topics are declared and checked at start. */
  ...kafkaTopicsShape,
  MONGODB_URI: env.mongodbUri,
  ...storeConnectionShape,
  ...consumerGroupsShape,
  ...webhookDeliveryShape,
  ...consumerResilienceShape,
  ...indexDeliveryShape,
  ...auditAnchorShape,
  /** OpenTelemetry traces: OTLP endpoint, trace file, sampler (see `@duban/observability` tracing.config). */
  ...tracingConfigShape,
  /** LOG_LEVEL and LOG_FORMAT (see `@duban/observability` logging). */
  ...loggingConfigShape,
};

export type ConsumersConfig = ReturnType<typeof loadConsumersConfig>;
export const loadConsumersConfig = (e: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(consumersConfigShape, e);
  // One group for two consumers would split the partitions between them: each would see only some events.
  const problems = storeConnectionProblems(config);
  problems.push(...kafkaConnectionProblems(config), ...temporalConnectionProblems(config));
  if (config.CONSUMER_RETRY_MAX_MS < config.CONSUMER_RETRY_BASE_MS) {
    problems.push({ variable: 'CONSUMER_RETRY_MAX_MS', rule: `must be at least CONSUMER_RETRY_BASE_MS (${config.CONSUMER_RETRY_BASE_MS})` });
  }
  CONSUMER_GROUP_VARIABLES.forEach((variable, i) => {
    const earlier = CONSUMER_GROUP_VARIABLES.slice(0, i).find((other) => config[other] === config[variable]);
    if (earlier !== undefined) problems.push({ variable, rule: `must differ from ${earlier} (${config[earlier]})` });
  });
  if (config.WEBHOOK_LEASE_MS <= config.WEBHOOK_TIMEOUT_MS) {
    problems.push({ variable: 'WEBHOOK_LEASE_MS', rule: `must exceed WEBHOOK_TIMEOUT_MS (${config.WEBHOOK_TIMEOUT_MS})` });
  }
  if (config.WEBHOOK_RETRY_MAX_MS < config.WEBHOOK_RETRY_BASE_MS) {
    problems.push({ variable: 'WEBHOOK_RETRY_MAX_MS', rule: `must be at least WEBHOOK_RETRY_BASE_MS (${config.WEBHOOK_RETRY_BASE_MS})` });
  }
  const audit = loadAuditChainKeyring(config);
  problems.push(...audit.problems);
  if (problems.length > 0 || audit.keyring === undefined) throw new ConfigError(problems);
  return { ...config, auditChainKeyring: audit.keyring };
};
export const CONSUMERS_CONFIG = Symbol('CONSUMERS_CONFIG');
