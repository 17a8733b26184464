import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, isGrpcServiceError } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { ErrorCode, actorSchema, type Actor, type WorkflowHistoryEventView, type WorkflowHistoryView } from '@duban/contracts';
import { ApiError } from '../common/api-error';
import { TemporalClient } from '../temporal/temporal.provider';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** Runs followed back through continue-as-new before stopping. */
const MAX_RUNS = 20;


/**
 * Temporal's own history of one workflow, across its continue-as-new runs: who started, signalled
 * and updated it and with what. Temporal records the client's `identity` (a process, not a
 * person); the person is the `actor` that Duban puts in every update's and signal's payload.
 */
@Injectable()
export class WorkflowHistoryService {
  constructor(private readonly temporal: TemporalClient) {}

  async history(workflowId: string): Promise<WorkflowHistoryView> {
    const client = this.temporal.client;
    let latestRunId: string;
    try {
      latestRunId = (await client.workflow.getHandle(workflowId).describe()).runId;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError || (isGrpcServiceError(e) && e.code === 5)) {
        throw new ApiError(ErrorCode.WorkflowNotFound, `no workflow ${workflowId} in namespace ${this.temporal.namespace}`);
      }
      throw e;
    }
    const runs: { runId: string; events: HistoryEvent[] }[] = [];
    let runId: string | undefined = latestRunId;
    while (runId && runs.length < MAX_RUNS) {
      const events: HistoryEvent[] = (await client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
      runs.unshift({ runId, events });
      runId = events[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
    }
    const views: WorkflowHistoryEventView[] = [];
    for (const run of runs) for (const event of run.events) views.push(await this.view(run.runId, event));
    return { workflowId, runs: runs.map((r) => r.runId), truncated: runId !== undefined, events: views };
  }

  private async view(runId: string, e: HistoryEvent): Promise<WorkflowHistoryEventView> {
    const view: WorkflowHistoryEventView = {
      runId,
      eventId: Number(e.eventId?.toString() ?? 0),
      time: new Date(Number(e.eventTime?.seconds?.toString() ?? 0) * 1000 + Math.floor((e.eventTime?.nanos ?? 0) / 1e6)).toISOString(),
      type: typeName(e.eventType),
    };
    const withInput = async (payloads: Payload[] | null | undefined) => {
      const input = await this.decode(payloads);
      const actor = actorIn(input);
      return { input, ...(actor && { actor }) };
    };
    const started = e.workflowExecutionStartedEventAttributes;
    const signaled = e.workflowExecutionSignaledEventAttributes;
    const accepted = e.workflowExecutionUpdateAcceptedEventAttributes;
    const admitted = e.workflowExecutionUpdateAdmittedEventAttributes;
    const completed = e.workflowExecutionUpdateCompletedEventAttributes;
    if (started) {
      Object.assign(view, { name: started.workflowType?.name ?? undefined, identity: started.identity || undefined }, await withInput(started.input?.payloads));
    } else if (signaled) {
      Object.assign(view, { name: signaled.signalName ?? undefined, identity: signaled.identity || undefined }, await withInput(signaled.input?.payloads));
    } else if (accepted?.acceptedRequest) {
      const request = accepted.acceptedRequest;
      Object.assign(view, { name: request.input?.name ?? undefined, identity: request.meta?.identity || undefined, updateId: request.meta?.updateId ?? undefined }, await withInput(request.input?.args?.payloads));
    } else if (admitted?.request) {
      const request = admitted.request;
      Object.assign(view, { name: request.input?.name ?? undefined, identity: request.meta?.identity || undefined, updateId: request.meta?.updateId ?? undefined }, await withInput(request.input?.args?.payloads));
    } else if (completed) {
      Object.assign(view, { updateId: completed.meta?.updateId ?? undefined, outcome: completed.outcome?.failure ? 'failure' : 'success', ...(completed.outcome?.failure?.message && { detail: completed.outcome.failure.message }) });
    } else if (e.workflowExecutionTerminatedEventAttributes) {
      const t = e.workflowExecutionTerminatedEventAttributes;
      Object.assign(view, { identity: t.identity || undefined, detail: t.reason || undefined });
    } else if (e.workflowExecutionCancelRequestedEventAttributes) {
      const c = e.workflowExecutionCancelRequestedEventAttributes;
      Object.assign(view, { identity: c.identity || undefined, detail: c.cause || undefined });
    } else if (e.workflowExecutionContinuedAsNewEventAttributes) {
      view.detail = `continued as new run ${e.workflowExecutionContinuedAsNewEventAttributes.newExecutionRunId ?? ''}`;
    } else if (e.activityTaskScheduledEventAttributes) {
      view.name = e.activityTaskScheduledEventAttributes.activityType?.name ?? undefined;
    } else if (e.activityTaskFailedEventAttributes?.failure?.message) {
      view.detail = e.activityTaskFailedEventAttributes.failure.message;
    } else if (e.timerStartedEventAttributes) {
      view.name = e.timerStartedEventAttributes.timerId ?? undefined;
    } else if (e.workflowExecutionFailedEventAttributes?.failure?.message) {
      view.detail = e.workflowExecutionFailedEventAttributes.failure.message;
    }
    return stripUndefined(view);
  }

  /** Payloads through the client's codecs and payload converter; one that cannot be decoded is described, not thrown. */
  private async decode(payloads: Payload[] | null | undefined): Promise<unknown[]> {
    if (!payloads?.length) return [];
    const { payloadCodecs, payloadConverter } = this.temporal.client.options.loadedDataConverter;
    let decoded = payloads;
    for (const codec of [...payloadCodecs].reverse()) decoded = await codec.decode(decoded);
    return decoded.map((p) => {
      try {
        return payloadConverter.fromPayload(p);
      } catch {
        return { undecodable: Buffer.from(p.metadata?.['encoding'] ?? new Uint8Array()).toString('utf8') };
      }
    });
  }
}

/** `EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED` → `WorkflowExecutionSignaled`. */
function typeName(type: temporal.api.enums.v1.EventType | null | undefined): string {
  const raw = temporal.api.enums.v1.EventType[type ?? 0] ?? `EVENT_TYPE_${String(type)}`;
  return raw
    .replace(/^EVENT_TYPE_/, '')
    .toLowerCase()
    .replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** The `actor` of the first argument, when it has the shape Duban's payloads give it. */
function actorIn(input: unknown[]): Actor | undefined {
  const first = input[0];
  if (typeof first !== 'object' || first === null || !('actor' in first)) return undefined;
  const actor = actorSchema.safeParse(first.actor);
  return actor.success ? actor.data : undefined;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
