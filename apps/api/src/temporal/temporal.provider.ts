import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
// The client module alone: the package's index also loads the worker-side plugin.
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import { temporalConnectionOptions } from '@duban/config';
import { tracingEnabled } from '@duban/observability';
import { deadlineBoundedGrpcRetry } from '@duban/temporal';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { DependencyTracker } from '../common/dependency-tracker';

/** The API's Temporal client; one connection per process, closed on shutdown. */
@Injectable()
export class TemporalClient implements OnApplicationShutdown {
  private constructor(
    readonly client: Client,
    readonly namespace: string,
    readonly taskQueue: string,
  ) {}

  /**
   * Every call is bounded: inside a request by the deadline the request budget sets (see
   * RequestBudgetInterceptor), and the lazy connect by `connectTimeout`, which would otherwise
   * replace the request's deadline with its own 10 s default while the server is down.
   */
  static async connect(config: ApiConfig, tracker?: DependencyTracker): Promise<TemporalClient> {
    // lazy: the API starts (and reports Temporal as down on /health) even while Temporal is unreachable.
    // Retries stop at the call's deadline, so a Temporal that refuses connections is a prompt 503
    // UNAVAILABLE rather than a wait for the whole request budget (see deadlineBoundedGrpcRetry).
    const connection = Connection.lazy({ ...temporalConnectionOptions(config), connectTimeout: config.TEMPORAL_RPC_TIMEOUT_MS, interceptors: [deadlineBoundedGrpcRetry()] });
    // With tracing on, starts, updates, signals and queries carry the request's trace context in their headers.
    const workflowInterceptors = [...(tracker ? [tracker.temporalInterceptor()] : []), ...(tracingEnabled() ? [new OpenTelemetryWorkflowClientInterceptor()] : [])];
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, ...(workflowInterceptors.length > 0 && { interceptors: { workflow: workflowInterceptors } }) });
    return new TemporalClient(client, config.TEMPORAL_NAMESPACE, config.TEMPORAL_TASK_QUEUE);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

export const temporalClientProvider = {
  provide: TemporalClient,
  inject: [API_CONFIG, DependencyTracker],
  useFactory: (config: ApiConfig, tracker: DependencyTracker) => TemporalClient.connect(config, tracker),
};
