/**
 * Workflow interceptors for tracing (bundled into the workflow sandbox; not a workflow): the SDK's
 * OpenTelemetry workflow interceptors, with three changes of ours.
 *
 * 1. Determinism. The SDK's `handleUpdate` awaits around the handler, so an update completes a few
 *    microtasks later than without it; in a workflow whose loop schedules an activity in the same
 *    activation, the completion and the activity's command then come out in the other order, and a
 *    history recorded without tracing fails to replay with it (measured: the calendar workflow's
 *    recorded `notice-loaded` history; temporalio/sdk-typescript#1677 describes the same for
 *    signals). Ours returns the handler's own promise and ends the span beside it. And the SDK opens
 *    spans in `validateUpdate` and `handleQuery`, which draw span ids from the workflow's seeded
 *    random numbers although neither is replayed, so every `uuid4()` after a query (our event ids)
 *    differs on replay (temporalio/sdk-typescript#2023): ours opens no span there.
 * 2. Publishes decided by an update. An update handler only *decides* events (they enter the
 *    outbox); the workflow's loop publishes them later, in the run's context. So the context of the
 *    last accepted update is remembered, and `publishEvent` activities scheduled after it start in
 *    that context until the workflow next starts a timer (the loop waiting for its next wake-up:
 *    every event the update decided is out by then, as the loop publishes before it waits). A
 *    publish with no such update (a deadline that fired) stays in the run's trace. Heuristic in one
 *    case: events the loop decides in the same pass as an update are attributed to that update too.
 *
 * Nothing here reads or changes what the workflow decides; span ids are not part of history.
 */
import * as otel from '@opentelemetry/api';
import { extractContextFromHeaders, UPDATE_ID_ATTR_KEY } from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import { OpenTelemetryInboundInterceptor } from '@temporalio/interceptors-opentelemetry/lib/workflow';
import { interceptors as sdkInterceptors } from '@temporalio/interceptors-opentelemetry/lib/workflow-interceptors';
import type {
  ActivityInput,
  ContinueAsNewInput,
  Next,
  QueryInput,
  TimerInput,
  UpdateInput,
  WorkflowInboundCallsInterceptor,
  WorkflowInterceptors,
  WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import type { DubanActivities } from '@duban/contracts';

const PUBLISH_ACTIVITY: keyof DubanActivities = 'publishEvent';

/** Per workflow run: the context publishes are attributed to (see the module's comment). */
interface PublishAttribution {
  context?: otel.Context;
}

class TracingInbound extends OpenTelemetryInboundInterceptor {
  constructor(private readonly attribution: PublishAttribution) {
    super();
  }

  override handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    const parent = extractContextFromHeaders(input.headers) ?? otel.context.active();
    const span = this.tracer.startSpan(`HandleUpdate:${input.name}`, { attributes: { [UPDATE_ID_ATTR_KEY]: input.updateId } }, parent);
    const active = otel.trace.setSpan(parent, span);
    const before = this.attribution.context;
    // Set before the handler runs: ours decide synchronously, and the loop may schedule the publish
    // in the same activation.
    this.attribution.context = active;
    const handled = otel.context.with(active, () => next(input));
    // Not awaited: the handler's own promise is returned, so the update completes when it would without tracing.
    handled.then(
      () => {
        span.setStatus({ code: otel.SpanStatusCode.OK });
        span.end();
      },
      (e: unknown) => {
        span.setStatus({ code: otel.SpanStatusCode.ERROR, message: e instanceof Error ? e.message : String(e) });
        span.end();
        if (this.attribution.context === active) this.attribution.context = before;
      },
    );
    return handled;
  }

  override validateUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    next(input);
  }

  override handleQuery(input: QueryInput, next: Next<WorkflowInboundCallsInterceptor, 'handleQuery'>): Promise<unknown> {
    return next(input);
  }
}

class PublishInUpdateContext implements WorkflowOutboundCallsInterceptor {
  constructor(private readonly attribution: PublishAttribution) {}

  scheduleActivity(input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>): Promise<unknown> {
    const ctx = this.attribution.context;
    return input.activityType === PUBLISH_ACTIVITY && ctx ? otel.context.with(ctx, () => next(input)) : next(input);
  }

  startTimer(input: TimerInput, next: Next<WorkflowOutboundCallsInterceptor, 'startTimer'>): Promise<void> {
    this.attribution.context = undefined;
    return next(input);
  }

  continueAsNew(input: ContinueAsNewInput, next: Next<WorkflowOutboundCallsInterceptor, 'continueAsNew'>): Promise<never> {
    this.attribution.context = undefined;
    return next(input);
  }
}

/**
 * Ours replaces the SDK's inbound interceptor; the outbound one of ours runs before the SDK's, so
 * the context it sets is the parent of the SDK's `StartActivity` span.
 */
export const interceptors = (): WorkflowInterceptors => {
  const sdk = sdkInterceptors();
  const attribution: PublishAttribution = {};
  return {
    ...sdk,
    inbound: [new TracingInbound(attribution)],
    outbound: [new PublishInUpdateContext(attribution), ...(sdk.outbound ?? [])],
  };
};
