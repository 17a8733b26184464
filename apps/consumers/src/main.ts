import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConsumersModule } from './consumers.module';
import { loadConsumersConfig } from './consumers.config';

async function main(): Promise<void> {
  const config = loadConsumersConfig();
  const app = await NestFactory.createApplicationContext(ConsumersModule.forConfig(config));
  app.enableShutdownHooks();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
