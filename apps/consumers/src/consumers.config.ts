import { z } from 'zod';
import { env, loadConfig } from '@duban/config';

export const consumersConfigShape = {
  KAFKA_BROKERS: env.kafkaBrokers,
  MONGODB_URI: env.mongodbUri,
  /** Consumer group of the audit log; change it only to replay every topic into a fresh store. */
  AUDIT_GROUP_ID: z.string().min(1).default('duban-audit'),
};

export type ConsumersConfig = ReturnType<typeof loadConsumersConfig>;
export const loadConsumersConfig = (e: NodeJS.ProcessEnv = process.env) => loadConfig(consumersConfigShape, e);
export const CONSUMERS_CONFIG = Symbol('CONSUMERS_CONFIG');
