import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  TASK_WORKFLOW_TYPE,
  calendarChangedSignal,
  calendarInForceOf,
  calendarStateQuery,
  calendarWorkflowId,
  type CalendarChange,
  type CalendarInForce,
} from '@duban/contracts';

/** The worker's calendar activities: reading the deployment's calendar, and announcing a new one. */
export function createCalendarActivities(deps: { client: Client; taskQueue: string }) {
  const { client, taskQueue } = deps;
  const ask = async (): Promise<CalendarInForce> => {
    try {
      return calendarInForceOf(await client.workflow.getHandle(calendarWorkflowId(taskQueue)).query(calendarStateQuery));
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return { version: 0, notices: [] };
      throw e;
    }
  };
  // Every task and enterprise workflow asks once when it starts: an import of hundreds of
  // enterprises would put as many queries on the one calendar workflow at once, each waiting for a
  // workflow task of its own while the starting workflows wait on them. Callers that ask while a
  // query is in flight share its answer instead. Nothing goes stale: a notice loaded after that
  // query began reaches them as the re-plan signal every running workflow gets; only a workflow
  // that starts after that signal's listing yet joins a query answered before the notice (a window
  // of one query's round trip, milliseconds) would keep the older calendar.
  let inFlight: Promise<CalendarInForce> | undefined;
  return {
    /**
     * The calendar workflow's notices and version; before the first notice is loaded there is no
     * calendar workflow, and the built-in calendar (version 0) is in force.
     */
    calendarInForce(): Promise<CalendarInForce> {
      inFlight ??= ask().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },

    /**
     * Signals `change` to every running task and enterprise workflow on this deployment's task
     * queue. A workflow that finishes between the listing and its signal is skipped; anything else
     * fails the activity, which is retried whole (a workflow ignores a version it has seen).
     */
    async announceCalendar(change: CalendarChange): Promise<number> {
      const query = `TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running' AND WorkflowType IN ('${TASK_WORKFLOW_TYPE}', '${ENTERPRISE_WORKFLOW_TYPE}')`;
      let signalled = 0;
      for await (const workflow of client.workflow.list({ query })) {
        try {
          await client.workflow.getHandle(workflow.workflowId).signal(calendarChangedSignal, change);
          signalled += 1;
        } catch (e) {
          if (!(e instanceof WorkflowNotFoundError)) throw e;
        }
      }
      return signalled;
    },
  };
}
