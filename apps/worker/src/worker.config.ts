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
   * {@link defaultMaxCachedWorkflows} of the heap. The SDK's own default assumes about 1.7 MiB per
   * cached workflow (600 per GiB of heap); an enterprise workflow holds more, and with that default
   * (2,310 on a 4 GiB heap) the worker's workflow thread ran out of heap at about 1,000 open
   * enterprise workflows and the worker failed (`npm run bench -- --only r4 --quick`, issue 14). A
   * workflow beyond the cache is evicted and replayed from its history at its next task.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2).max(100_000).optional(),
  /** OpenTelemetry traces: OTLP endpoint, trace file, sampler (see `@duban/observability` tracing.config). */
  ...tracingConfigShape,
};

/** Heap budgeted per cached workflow (ours): the enterprise workflow's measured cost, about 3 MiB, with room for its activations' garbage. */
export const HEAP_MIB_PER_CACHED_WORKFLOW = 8;

/**
 * The cache size when `WORKER_MAX_CACHED_WORKFLOWS` is unset: the heap limit less 200 MiB for the
 * rest of the worker, at {@link HEAP_MIB_PER_CACHED_WORKFLOW} each (ours); 493 on a 4,144 MiB heap.
 */
export function defaultMaxCachedWorkflows(heapLimitMiB: number): number {
  return Math.max(Math.floor((heapLimitMiB - 200) / HEAP_MIB_PER_CACHED_WORKFLOW), 10);
}

export type WorkerConfig = ReturnType<typeof loadWorkerConfig>;
export const loadWorkerConfig = (e: NodeJS.ProcessEnv = process.env) => {
  const config = loadConfig(workerConfigShape, e);
  const problems = [...temporalConnectionProblems(config), ...kafkaConnectionProblems(config)];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
