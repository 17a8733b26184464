import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import type { TemporalConnectionOptions } from '@duban/config';
import { evaluationIndexSignal } from '@duban/contracts';
import type { EvaluationIndexDefinition } from '@duban/domain';

/** What became of one index signal: delivered, or the workflow is closed or was never started. */
export type SignalOutcome = 'signalled' | 'gone';

/** Hands an evaluation index to one enterprise workflow. */
export interface IndexSignaller {
  signal(workflowId: string, index: EvaluationIndexDefinition): Promise<SignalOutcome>;
}

/** The frontend `address` and its TLS/API key (`temporalConnectionOptions()` of `@duban/config`), plus: */
export interface TemporalIndexSignallerOptions extends TemporalConnectionOptions {
  namespace: string;
  /** Deadline of each signal, and of the lazy connect, in milliseconds. */
  timeoutMs: number;
}

/**
 * Signals `evaluationIndexSignal` through a Temporal client (one lazy connection per process, so
 * the consumers start while Temporal is down and the group reports `failing` until it is back).
 * A closed or missing workflow is `gone`: nothing will ever classify it, so retrying is pointless.
 * Any other failure (Temporal down, the deadline passed) is thrown for the consumer to retry.
 */
export class TemporalIndexSignaller implements IndexSignaller {
  private readonly client: Client;

  constructor(private readonly options: TemporalIndexSignallerOptions) {
    const { namespace: _namespace, timeoutMs, ...connectionOptions } = options;
    const connection = Connection.lazy({ ...connectionOptions, connectTimeout: timeoutMs });
    this.client = new Client({ connection, namespace: options.namespace });
  }

  async signal(workflowId: string, index: EvaluationIndexDefinition): Promise<SignalOutcome> {
    try {
      await this.client.withDeadline(Date.now() + this.options.timeoutMs, () => this.client.workflow.getHandle(workflowId).signal(evaluationIndexSignal, index));
      return 'signalled';
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return 'gone';
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.client.connection.close();
  }
}
