import { z } from 'zod';
import { ConfigError, env, loadConfig } from '@duban/config';

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
  /** The Performance Office's live scores. */
  SCORES_GROUP_ID: groupId('duban-scores'),
  /** Webhook deliveries to subscribed integrations. */
  WEBHOOKS_GROUP_ID: groupId('duban-webhooks'),
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
};

export const consumersConfigShape = {
  KAFKA_BROKERS: env.kafkaBrokers,
  MONGODB_URI: env.mongodbUri,
  ...consumerGroupsShape,
  ...webhookDeliveryShape,
};

export type ConsumersConfig = ReturnType<typeof loadConsumersConfig>;
export const loadConsumersConfig = (e: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(consumersConfigShape, e);
  // One group for two consumers would split the partitions between them: each would see only some events.
  const problems: { variable: string; rule: string }[] = [];
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
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
export const CONSUMERS_CONFIG = Symbol('CONSUMERS_CONFIG');
