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
  /** Consumer group of the enterprise list; a new group rebuilds it from the first offset. */
  ENTERPRISES_GROUP_ID: groupId('duban-enterprises'),
};

export type ConsumersConfig = ReturnType<typeof loadConsumersConfig>;
export const loadConsumersConfig = (e: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(consumersConfigShape, e);
  // One group for two consumers would split the partitions between them: each would see only some events.
  const problems: { variable: string; rule: string }[] = [];
  if (config.TASKS_GROUP_ID === config.AUDIT_GROUP_ID) problems.push({ variable: 'TASKS_GROUP_ID', rule: `must differ from AUDIT_GROUP_ID (${config.AUDIT_GROUP_ID})` });
  if (config.ENTERPRISES_GROUP_ID === config.AUDIT_GROUP_ID) {
    problems.push({ variable: 'ENTERPRISES_GROUP_ID', rule: `must differ from AUDIT_GROUP_ID (${config.AUDIT_GROUP_ID})` });
  } else if (config.ENTERPRISES_GROUP_ID === config.TASKS_GROUP_ID) {
    problems.push({ variable: 'ENTERPRISES_GROUP_ID', rule: `must differ from TASKS_GROUP_ID (${config.TASKS_GROUP_ID})` });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
export const CONSUMERS_CONFIG = Symbol('CONSUMERS_CONFIG');
