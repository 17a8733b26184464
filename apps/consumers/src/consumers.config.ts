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

export const consumersConfigShape = {
  KAFKA_BROKERS: env.kafkaBrokers,
  MONGODB_URI: env.mongodbUri,
  ...consumerGroupsShape,
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
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
export const CONSUMERS_CONFIG = Symbol('CONSUMERS_CONFIG');
