import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { configureConsumerBackoff, configureTopicNamespace, consumerHealth } from '@duban/kafka';
import { ConsumersModule } from './consumers.module';
import { loadConsumersConfig, type ConsumersConfig } from './consumers.config';

const logger = new Logger('Consumers');

/**
 * `GET /health`: 200 when every consumer group is ready, 503 while any is starting, failing (its
 * handler cannot write, e.g. the store is down) or stopped; the body names each group's state.
 */
function serveReadiness(config: ConsumersConfig, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    const { ready, groups } = consumerHealth.snapshot();
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ready ? 'ok' : 'degraded', groups }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.CONSUMERS_HEALTH_HOST, () => resolve(server));
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
  configureConsumerBackoff({ baseMs: config.CONSUMER_RETRY_BASE_MS, maxMs: config.CONSUMER_RETRY_MAX_MS });
  configureTopicNamespace(config.KAFKA_TOPIC_PREFIX);
  const started: { app?: INestApplicationContext } = {};
  boundShutdown(config.SHUTDOWN_TIMEOUT_MS, () => started.app);
  const health = config.CONSUMERS_HEALTH_PORT === undefined ? undefined : await serveReadiness(config, config.CONSUMERS_HEALTH_PORT);
  if (health) {
    health.unref();
    logger.log(`consumers readiness on http://${config.CONSUMERS_HEALTH_HOST}:${String(config.CONSUMERS_HEALTH_PORT)}/health`);
  }
  started.app = await NestFactory.createApplicationContext(ConsumersModule.forConfig(config));
  started.app.enableShutdownHooks();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
