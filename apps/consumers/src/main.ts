import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { configureConsumerBackoff, configureKafkaLogging, configureTopicNamespace, configureTopics, consumerHealth, createKafka } from '@duban/kafka';
import { kafkaConnectionOptions } from '@duban/config';
import { PinoNestLogger, createLogger, kafkaLogCreator, logFormatOf, startProbeServer, startTracing } from '@duban/observability';
import { WebhookDeliveryRepository } from '@duban/persistence';
import { ConsumersModule } from './consumers.module';
import { CONSUMER_GROUPS, type ConsumerGroup } from './consumer-group';
import { loadConsumersConfig, type ConsumersConfig } from './consumers.config';
import { consumersMetrics } from './consumers-metrics';

const logger = new Logger('Consumers');

/**
 * The probe server: `GET /health` (kept as it was: 200 when every consumer group is ready, 503
 * while any is starting, failing — its handler cannot write, e.g. the store is down — or stopped;
 * the body names each group's state), `/health/ready` (the same readiness), `/health/live` (the
 * process runs; checks nothing) and `/metrics` (Prometheus).
 */
function serveReadiness(config: ConsumersConfig, port: number): Promise<Server> {
  return startProbeServer({
    host: config.CONSUMERS_HEALTH_HOST,
    port,
    ready: () => {
      const { ready, groups } = consumerHealth.snapshot();
      return Promise.resolve({ ready, detail: { groups } });
    },
    metrics: () => consumersMetrics.registry.metrics(),
    extra: {
      '/health': (_req, res) => {
        const { ready, groups } = consumerHealth.snapshot();
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ready ? 'ok' : 'degraded', groups }));
      },
    },
  });
}

/**
 * A clean stop (leave the groups, close the store connection) normally takes well under a second:
 * consumers abandon handler calls waiting on the store at once. But other parts of the app (the
 * webhook delivery loop) wait for their store calls to end, and with a wedged store those end only
 * at the driver's socket timeout. So if the stop has not finished after a short grace, the store
 * connection is destroyed, which fails every call still waiting on it; past SHUTDOWN_TIMEOUT_MS
 * the process exits anyway (code 1). Uncommitted events are redelivered, which every handler
 * tolerates.
 */
function boundShutdown(timeoutMs: number, app: () => INestApplicationContext | undefined): void {
  const graceMs = Math.min(1000, Math.floor(timeoutMs / 2));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        const connection = app()?.get<Connection>(getConnectionToken(), { strict: false });
        if (!connection) return;
        logger.warn(`shutdown still waiting after ${graceMs} ms; destroying the store connection so calls waiting on it end`);
        connection.destroy(true).catch((e: unknown) => logger.error(`destroying the store connection failed: ${e instanceof Error ? e.message : String(e)}`));
      }, graceMs).unref();
      setTimeout(() => {
        logger.error(`shutdown did not finish within ${timeoutMs} ms after ${signal}; exiting`);
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}

async function main(): Promise<void> {
  const config = loadConsumersConfig();
  // JSON or human lines (LOG_FORMAT) for every Nest logger of the app, those created before it included.
  const pinoLogger = createLogger({ app: 'consumers', level: config.LOG_LEVEL, format: logFormatOf(config.LOG_FORMAT, process.env['NODE_ENV']) });
  const nestLogger = new PinoNestLogger(pinoLogger);
  Logger.overrideLogger(nestLogger);
  // kafkajs's own lines (every consumer group's client) through the same logger.
  configureKafkaLogging(kafkaLogCreator(pinoLogger));
  startTracing('duban-consumers', config);
  configureConsumerBackoff({ baseMs: config.CONSUMER_RETRY_BASE_MS, maxMs: config.CONSUMER_RETRY_MAX_MS });
  configureTopicNamespace(config.KAFKA_TOPIC_PREFIX);
  configureTopics({ partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR, onUnsafe: config.KAFKA_TOPIC_CHECK });
  const started: { app?: INestApplicationContext } = {};
  boundShutdown(config.SHUTDOWN_TIMEOUT_MS, () => started.app);
  const health = config.CONSUMERS_HEALTH_PORT === undefined ? undefined : await serveReadiness(config, config.CONSUMERS_HEALTH_PORT);
  if (health) {
    health.unref();
    logger.log(`consumers readiness on http://${config.CONSUMERS_HEALTH_HOST}:${String(config.CONSUMERS_HEALTH_PORT)}/health`);
  }
  started.app = await NestFactory.createApplicationContext(ConsumersModule.forConfig(config), { logger: nestLogger });
  const app = started.app;
  consumersMetrics.attach({
    groups: () => app.get<readonly ConsumerGroup[]>(CONSUMER_GROUPS).map(({ spec }) => ({ groupId: spec.groupId, topics: spec.topics })),
    admin: createKafka({ brokers: config.KAFKA_BROKERS, ...kafkaConnectionOptions(config), clientId: 'duban-consumers-metrics' }).admin(),
    deadLetters: () => app.get(WebhookDeliveryRepository).countDead(),
  });
  started.app.enableShutdownHooks();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
