import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { API_CONFIG, type ApiConfig } from '../api.config';

/** The API's Temporal client; one connection per process, closed on shutdown. */
@Injectable()
export class TemporalClient implements OnApplicationShutdown {
  private constructor(
    readonly client: Client,
    readonly namespace: string,
    readonly taskQueue: string,
  ) {}

  static async connect(config: ApiConfig): Promise<TemporalClient> {
    // lazy: the API starts (and reports Temporal as down on /health) even while Temporal is unreachable.
    const connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
    return new TemporalClient(new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), config.TEMPORAL_NAMESPACE, config.TEMPORAL_TASK_QUEUE);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

export const temporalClientProvider = {
  provide: TemporalClient,
  inject: [API_CONFIG],
  useFactory: (config: ApiConfig) => TemporalClient.connect(config),
};
