import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { apiDocument } from '@duban/contracts/openapi';
import type { ApiConfig } from './api.config';
import { AppModule } from './app.module';
import { Logger } from 'nestjs-pino';
import { ApiMetrics, installHttpMetrics } from './observability/http-metrics';
import { requestIdOfRequest } from './observability/request-logging';
import { installHttpTracing } from './common/http-tracing';
import { installJsonBodyParser } from './common/json-body.parser';
import { installEvidenceUploads } from './evidence/evidence-uploads';
import { installRateLimits } from './common/rate-limits';
import { installConsole } from './console/console-static';

/** Builds the API (not listening), so tests and `main.ts` share one set-up. */
export async function createApp(config: ApiConfig): Promise<NestFastifyApplication> {
  // maxParamLength: find-my-way's default (100) answered a longer path parameter with its own 414,
  // undocumented and not problem+json (found by the fuzzer). Node caps the request line with the
  // headers (16 KiB), so every parameter now reaches the operation's schema: a 400 naming it.
  // genReqId: the request id of the logs (a well-formed `x-request-id` from the caller, else a uuid; see request-logging.ts).
  const adapter = new FastifyAdapter({ bodyLimit: 1_048_576, maxParamLength: 16_384, genReqId: requestIdOfRequest });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forConfig(config), adapter, {
    // Our own JSON parser replaces Nest's, so malformed bodies get their own problem code.
    bodyParser: false,
    // Held until the pino logger takes over (below), so start-up lines come out in the same format.
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  installJsonBodyParser(app.getHttpAdapter().getInstance());
  // First of the hooks, so a request's span covers the others (none when tracing is off).
  const httpTracing = installHttpTracing(app.getHttpAdapter().getInstance());
  if (httpTracing) app.useGlobalInterceptors(httpTracing);
  // Before every route is registered, so each is timed under its pattern.
  installHttpMetrics(app.getHttpAdapter().getInstance(), app.get(ApiMetrics));
  // multipart/form-data on the evidence upload only (a stream, never parsed into memory).
  await installEvidenceUploads(app.getHttpAdapter().getInstance(), config.EVIDENCE_MAX_BYTES);
  // Before the document's routes (registered below) and Nest's (at init), so its hooks cover them.
  app.useGlobalInterceptors(await installRateLimits(app.getHttpAdapter().getInstance(), config));
  // Generated from the operations in @duban/contracts (the same ones that route the handlers), not
  // from decorators: Swagger UI at /docs only renders it. Nest's swagger types describe OpenAPI 3.0;
  // the document is 3.1, which the UI reads.
  const document = apiDocument() as unknown as OpenAPIObject;
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  await installConsole(app.getHttpAdapter().getInstance(), config.CONSOLE_DIR);
  app.enableShutdownHooks();
  return app;
}
