import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { shutdownTracing } from './tracing';

/**
 * A provider of the API's and the consumers' Nest apps: when the app shuts down (SIGTERM, SIGINT,
 * `app.close()`), after every other provider has stopped, the spans still held by the exporters
 * are sent. The worker, which is not a Nest app, calls `Tracing.shutdown` itself.
 */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return shutdownTracing();
  }
}
