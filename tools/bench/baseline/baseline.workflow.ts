import { allHandlersFinished, ApplicationFailure, condition, defineUpdate, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';

/**
 * The bare-Temporal baseline of R1 and R4: a case with the shape of an enterprise case and none of
 * its work. Only `@temporalio/workflow` is imported, so what it costs is Temporal's and the SDK's
 * alone. Not product code: it lives in tools/bench with its own bundle and task queue.
 */

/** The activities of the baseline: each does nothing and returns at once. */
export interface BaselineActivities {
  /** Stands in for `publishEvent` (one Kafka publish in the system). */
  noop(): Promise<void>;
  /** Stands in for the `calendarInForce` local activity the system asks at a case's start. */
  noopLocal(): Promise<void>;
}

/**
 * How a case is shaped, as read from one system case's history (see `shapeOfHistory`): the
 * activities and local activities run before the first update, then, per update in order, the
 * activities it causes. `timerMs` is how far away each wait's timer is, when the system's waits
 * had one (its next ladder instant is days away, so such a timer is cancelled by the next update).
 */
export interface BaselineCaseInput {
  startActivities: number;
  startLocalActivities: number;
  activitiesPerUpdate: number[];
  /** Absent: the waits have no timer (the system's case started none: its steps' next ladder instant was not planned as a timer). */
  timerMs?: number;
}

export const BASELINE_CASE_WORKFLOW_TYPE = 'baselineCaseWorkflow';

/** Completes the next step: the argument is the step's index, refused (validator) when out of turn, as the system refuses a step not open. */
export const baselineStepUpdate = defineUpdate<number, [number]>('baseline.step');

const { noop } = proxyActivities<BaselineActivities>({
  // The same options as the system's publish activity (lib/event-outbox.ts).
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
const { noopLocal } = proxyLocalActivities<BaselineActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/**
 * Runs the start's activities, then waits for each update in turn (a condition with a timer, as the
 * system's WorkflowLoop waits for its next ladder instant), running the activities each update
 * causes one at a time after the update has answered (as the system's outbox publishes after the
 * update's handler returned). Completes when every update is taken and every activity has run.
 * Returns the number of updates taken.
 */
export async function baselineCaseWorkflow(input: BaselineCaseInput): Promise<number> {
  let taken = 0;
  let pending = input.startActivities;
  let changes = 0;
  const inTurn = (step: number) => {
    if (step !== taken || taken >= input.activitiesPerUpdate.length) throw ApplicationFailure.nonRetryable(`step ${step} is not open (next is ${taken})`, 'OutOfTurn');
  };
  setHandler(
    baselineStepUpdate,
    (step) => {
      inTurn(step);
      pending += input.activitiesPerUpdate[taken] ?? 0;
      taken++;
      changes++;
      return taken;
    },
    { validator: inTurn },
  );
  for (let i = 0; i < input.startLocalActivities; i++) await noopLocal();
  for (;;) {
    while (pending > 0) {
      await noop();
      pending--;
    }
    if (taken >= input.activitiesPerUpdate.length) break;
    const seen = changes;
    const woken = () => changes !== seen || pending > 0;
    if (input.timerMs === undefined) await condition(woken);
    else await condition(woken, input.timerMs);
  }
  await condition(allHandlersFinished);
  return taken;
}
