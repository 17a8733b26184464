import { env, loadConfig } from '@duban/config';

export const workerConfigShape = {
  TEMPORAL_ADDRESS: env.temporalAddress,
  TEMPORAL_NAMESPACE: env.temporalNamespace,
  TEMPORAL_TASK_QUEUE: env.taskQueue,
  KAFKA_BROKERS: env.kafkaBrokers,
  KAFKA_TOPIC_PREFIX: env.kafkaTopicPrefix,
};

export type WorkerConfig = ReturnType<typeof loadWorkerConfig>;
export const loadWorkerConfig = (e: NodeJS.ProcessEnv = process.env) => loadConfig(workerConfigShape, e);
