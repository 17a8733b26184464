import type { Server } from 'node:http';
import { Runtime, type State } from '@temporalio/worker';
import type { Admin } from 'kafkajs';
import type { Logger } from 'pino';
import { startProbeServer, temporalLogger } from '@duban/observability';
import { workerExposition, type WorkerMetrics } from './worker-metrics';

/**
 * Installs the Temporal runtime before any connection is made (the SDK allows it once per
 * process): the SDK's logs and Core's (forwarded, WARN and up) go through our pino logger, and
 * Core's worker metrics are exported for Prometheus at `metricsAddress` when one is given, with
 * durations in seconds as Prometheus expects.
 */
export function installWorkerRuntime(logger: Logger, metricsAddress: string | undefined): void {
  Runtime.install({
    logger: temporalLogger(logger.child({ context: 'temporal' })),
    telemetryOptions: {
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(metricsAddress !== undefined && { metrics: { prometheus: { bindAddress: metricsAddress, useSecondsForDurations: true } } }),
    },
  });
}

export interface WorkerProbeOptions {
  host: string;
  port: number;
  metrics: WorkerMetrics;
  /** Core's exporter, whose text `/metrics` joins to ours; undefined: ours only. */
  coreMetricsAddress: string | undefined;
  /** The worker's state once it exists (undefined while it bundles the workflows and connects). */
  workerState: () => State | undefined;
  /** An admin client of the same cluster the publisher writes to. */
  kafkaAdmin: Admin;
  /** Limit of one readiness check or scrape, in milliseconds. */
  timeoutMs: number;
}

/**
 * The worker's probe server: ready when the Temporal worker is `RUNNING` (polling its task queue)
 * and the Kafka cluster its publisher writes to answers (the publish activity would fail
 * otherwise). Liveness checks nothing: a Kafka outage delays events (the activity retries), it
 * needs no restart.
 */
export function startWorkerProbe(options: WorkerProbeOptions): Promise<Server> {
  return startProbeServer({
    host: options.host,
    port: options.port,
    timeoutMs: options.timeoutMs,
    ready: async () => {
      const worker = options.workerState() ?? 'STARTING';
      const kafka = await options.kafkaAdmin
        .connect()
        .then(() => options.kafkaAdmin.describeCluster())
        .then(
          () => 'up' as const,
          () => 'down' as const,
        );
      return { ready: worker === 'RUNNING' && kafka === 'up', detail: { worker, kafka } };
    },
    metrics: () => workerExposition(options.metrics, options.coreMetricsAddress, options.timeoutMs),
  });
}
