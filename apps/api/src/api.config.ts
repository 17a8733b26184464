import { z } from 'zod';
import { env, loadConfig } from '@duban/config';

export const apiConfigShape = {
  PORT: env.port(3000),
  /** Listen address; 0.0.0.0 in a container. */
  HOST: z.string().min(1).default('127.0.0.1'),
  TEMPORAL_ADDRESS: env.temporalAddress,
  TEMPORAL_NAMESPACE: env.temporalNamespace,
  TEMPORAL_TASK_QUEUE: env.taskQueue,
  KAFKA_BROKERS: env.kafkaBrokers,
  MONGODB_URI: env.mongodbUri,
  JWT_SECRET: env.jwtSecret,
};

export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const loadApiConfig = (e: NodeJS.ProcessEnv = process.env) => loadConfig(apiConfigShape, e);
export const API_CONFIG = Symbol('API_CONFIG');
