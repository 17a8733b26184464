import { proxySinks, type Sinks, type WorkflowInterceptorsFactory } from '@temporalio/workflow';

/**
 * Test-only workflow interceptor: tells the host every activity the workflow schedules, with its
 * arguments, replay included. `replay-events.spec.ts` compares them with the inputs recorded in a
 * history, which replay itself does not check (it compares command types, not their arguments).
 */
export interface ActivityRecorderSinks extends Sinks {
  activityRecorder: { scheduled(activityType: string, args: unknown[]): void };
}

const { activityRecorder } = proxySinks<ActivityRecorderSinks>();

export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [
    {
      scheduleActivity(input, next) {
        activityRecorder.scheduled(input.activityType, input.args);
        return next(input);
      },
    },
  ],
});
