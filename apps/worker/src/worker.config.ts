import { z } from 'zod';
import { ConfigError, env, kafkaConnectionProblems, kafkaConnectionShape, kafkaTopicsShape, loadConfig, temporalConnectionProblems, temporalConnectionShape } from '@duban/config';
import { loggingConfigShape, tracingConfigShape } from '@duban/observability';

export const workerConfigShape = {
  /** TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE and TLS/mTLS/API key (see `@duban/config` connections). */
  ...temporalConnectionShape,
  TEMPORAL_TASK_QUEUE: env.taskQueue,
  /** KAFKA_BROKERS and TLS/SASL (see `@duban/config` connections). */
  ...kafkaConnectionShape,
  KAFKA_TOPIC_PREFIX: env.kafkaTopicPrefix,
  /** KAFKA_TOPIC_PARTITIONS, KAFKA_TOPIC_REPLICATION_FACTOR, KAFKA_TOPIC_CHECK: how topics are declared and checked at start. */
  ...kafkaTopicsShape,
  /** LOG_LEVEL and LOG_FORMAT (see `@duban/observability` logging). */
  ...loggingConfigShape,
  /** Optional: serve `/health/live`, `/health/ready` and `/metrics` on this port (see `worker-probe.ts`). */
  WORKER_PROBE_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Listen address of the probe server; 0.0.0.0 in a container. */
  WORKER_PROBE_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * `host:port` where the Temporal SDK's own Prometheus exporter listens (its worker metrics, served
   * again through the probe's `/metrics`). Unset: a free loopback port when the probe server runs,
   * and no SDK metrics when it does not.
   */
  TEMPORAL_METRICS_ADDRESS: z.string().regex(/^[^:\s]+:\d{1,5}$/, 'must be host:port').optional(),
  /** OpenTelemetry traces: OTLP endpoint, trace file, sampler (see `@duban/observability` tracing.config). */
  ...tracingConfigShape,
};

export type WorkerConfig = ReturnType<typeof loadWorkerConfig>;
export const loadWorkerConfig = (e: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(workerConfigShape, e);
  const problems = [...temporalConnectionProblems(config), ...kafkaConnectionProblems(config)];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
