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
  /**
   * How many workflow tasks the worker holds at once (the SDK's `maxConcurrentWorkflowTaskExecutions`,
   * whose default is 40). Ours, 10 by default: the TypeScript SDK runs every workflow activation on
   * one thread, so a task held beyond the few being completed only waits in the worker, and its
   * wait counts against the server's workflow task timeout (10 s). With 40 held on a loaded
   * two-core machine the last ones waited up to 14 s and timed out (retried up to 5 times); in CI
   * the plan workflow's then stayed failed and its queries were refused (the soak's plan route,
   * issue 14). With 10, in the same soak under the same load, no task took over 5 s. Tasks not
   * held wait in the server's queue instead, where no timeout runs. See docs/configuration.md.
   */
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).max(1000).default(10),
  /**
   * How many workflows the worker keeps in its cache (the SDK's `maxCachedWorkflows`). Unset: ours,
   * `defaultMaxCachedWorkflows` of `@duban/temporal` (2 MiB of heap per workflow; 1,972 on a 4 GiB
   * heap). A workflow beyond the cache is evicted and replayed from its history at its next task.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2).max(100_000).optional(),
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
