import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startTracing } from '@duban/observability';
import { loadApiConfig } from './api.config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadApiConfig();
  // Before the app is built: its HTTP hooks and Temporal interceptors are installed only when tracing is on.
  startTracing('duban-api', config);
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  // Through the app's logger (JSON or human, LOG_FORMAT); the e2e harness waits for this text.
  new Logger('Api').log(`duban api listening on ${await app.getUrl()}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
