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
  return {
    /**
     * The calendar workflow's notices and version; before the first notice is loaded there is no
     * calendar workflow, and the built-in calendar (version 0) is in force.
     */
    async calendarInForce(): Promise<CalendarInForce> {
      try {
        return calendarInForceOf(await client.workflow.getHandle(calendarWorkflowId(taskQueue)).query(calendarStateQuery));
      } catch (e) {
        if (e instanceof WorkflowNotFoundError) return { version: 0, notices: [] };
        throw e;
      }
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
