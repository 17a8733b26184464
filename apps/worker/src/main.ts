import 'reflect-metadata';
import { getHeapStatistics } from 'node:v8';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { kafkaConnectionOptions, temporalConnectionOptions } from '@duban/config';
import { EventPublisher, configureKafkaLogging, configureTopicNamespace, configureTopics, createKafka, ensureTopics } from '@duban/kafka';
import { defaultMaxCachedWorkflows, workerWorkflowOptions } from '@duban/temporal';
import { createLogger, kafkaLogCreator, logFormatOf, startTracing, workerTracingOptions, workflowTracingModules } from '@duban/observability';
import { loadWorkerConfig } from './worker.config';
import { WorkerMetrics, freeLoopbackAddress } from './worker-metrics';
import { installWorkerRuntime, startWorkerProbe } from './worker-probe';
import { createCalendarActivities } from './calendar.activities';
import { createActivities } from './publish-event.activity';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const tracing = startTracing('duban-worker', config);
  const logger = createLogger({ app: 'worker', level: config.LOG_LEVEL, format: logFormatOf(config.LOG_FORMAT, process.env['NODE_ENV']) });
  const metrics = new WorkerMetrics();
  // Before any connection: the SDK's runtime is installed once per process, with our logger and metrics exporter.
  const coreMetricsAddress = config.TEMPORAL_METRICS_ADDRESS ?? (config.WORKER_PROBE_PORT === undefined ? undefined : await freeLoopbackAddress());
  installWorkerRuntime(logger, coreMetricsAddress);
  // kafkajs's own lines (the publisher's and the probe's clients) through the same logger.
  configureKafkaLogging(kafkaLogCreator(logger));
  configureTopicNamespace(config.KAFKA_TOPIC_PREFIX);
  configureTopics({ partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR, onUnsafe: config.KAFKA_TOPIC_CHECK });
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'duban-worker', ...kafkaConnectionOptions(config) });
  const started: { worker?: Worker } = {};
  const probeAdmin = kafka.admin();
  // Up from the start: live at once, ready only once the worker runs (bundling takes seconds).
  const probe = config.WORKER_PROBE_PORT === undefined ? undefined : await startWorkerProbe({ host: config.WORKER_PROBE_HOST, port: config.WORKER_PROBE_PORT, metrics, coreMetricsAddress, workerState: () => started.worker?.getState(), kafkaAdmin: probeAdmin, timeoutMs: 2000 });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin);
  await admin.disconnect();

  const publisher = new EventPublisher(kafka);
  await publisher.connect();
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  // The calendar activities query the calendar workflow and signal running workflows: a client's work.
  const clientConnection = await Connection.connect(temporalConnectionOptions(config));
  const client = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
  try {
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
      maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS ?? defaultMaxCachedWorkflows(getHeapStatistics().heap_size_limit / 2 ** 20),
      // Tracing: the SDK's workflow and activity interceptors and the sink of workflow spans (see `@duban/observability`).
      ...workerTracingOptions(tracing, workerWorkflowOptions(workflowTracingModules(tracing))),
      activities: createActivities({ publisher, onPublished: (event) => metrics.recordPublished(event), calendar: createCalendarActivities({ client, taskQueue: config.TEMPORAL_TASK_QUEUE }) }),
    });
    started.worker = worker;
    logger.info(`duban worker polling ${config.TEMPORAL_ADDRESS} namespace=${config.TEMPORAL_NAMESPACE} queue=${config.TEMPORAL_TASK_QUEUE} maxCachedWorkflows=${worker.options.maxCachedWorkflows}`);
    // The SDK's runtime shuts the worker down gracefully on SIGINT and SIGTERM.
    await worker.run();
  } finally {
    probe?.close();
    await probeAdmin.disconnect();
    await publisher.disconnect();
    await clientConnection.close();
    await connection.close();
    await tracing.shutdown();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
