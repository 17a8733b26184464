import { z } from 'zod';
import { ConfigError, env, loadConfig } from '@duban/config';

const groupId = (fallback: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,200}$/, 'must be 1–200 letters, digits, dots, underscores or dashes')
    .default(fallback);

export const consumersConfigShape = {
  KAFKA_BROKERS: env.kafkaBrokers,
  MONGODB_URI: env.mongodbUri,
  /** Consumer group of the audit log; change it only to replay every topic into a fresh store. */
  AUDIT_GROUP_ID: groupId('duban-audit'),
  /** Consumer group of the task and escalation inboxes; a new group rebuilds them from the first offset. */
  TASKS_GROUP_ID: groupId('duban-tasks'),
};

export type ConsumersConfig = ReturnType<typeof loadConsumersConfig>;
export const loadConsumersConfig = (e: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(consumersConfigShape, e);
  if (config.AUDIT_GROUP_ID === config.TASKS_GROUP_ID) {
    // One group for two consumers would split the partitions between them: each would see only some events.
    throw new ConfigError([{ variable: 'TASKS_GROUP_ID', rule: `must differ from AUDIT_GROUP_ID (${config.AUDIT_GROUP_ID})` }]);
  }
  return config;
};
export const CONSUMERS_CONFIG = Symbol('CONSUMERS_CONFIG');
