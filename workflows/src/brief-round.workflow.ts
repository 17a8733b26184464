import { ParentClosePolicy, patched, startChild } from '@temporalio/workflow';
import { BRIEF_ROUND_WORKFLOW_TYPE, EventType, briefTaskCode, taskWorkflowId, type BriefRoundInput, type BriefRoundResult } from '@duban/contracts';
import type { TaskAssignment } from '@duban/domain';
import { CALENDAR_PATCH, calendarInForce } from './lib/calendar-activity';
import { workingDayCalendar } from './lib/calendar-in-force';
import { EventOutbox } from './lib/event-outbox';
import { PlanClock } from './lib/plan-clock';
import { taskWorkflow } from './task.workflow';

/**
 * One month's information briefs (信息简报, 六(二)): one brief task per unit, due by the Nth
 * working day of the next month, on the same ladder as the plan's tasks. Run monthly by a
 * Temporal Schedule; running it twice for a period starts nothing twice (brief ids derive from
 * the period).
 */
export async function briefRoundWorkflow(input: BriefRoundInput): Promise<BriefRoundResult> {
  const clock = new PlanClock(input.clockOffsetMs);
  const period = input.period ?? clock.today().slice(0, 7);
  const [year, month] = period.split('-').map(Number) as [number, number];
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  // Since CALENDAR_PATCH the due day is counted on the calendar in force (a provisional year's
  // statutory holidays included); rounds recorded before it counted weekends only past the built-in notices.
  const calendar = patched(CALENDAR_PATCH) ? await calendarInForce() : undefined;
  const due = workingDayCalendar(calendar).nthWorkingDayOfMonth(next.year, next.month, input.dueWorkingDayOfNextMonth);
  const code = briefTaskCode(period);
  const outbox = new EventOutbox(BRIEF_ROUND_WORKFLOW_TYPE, `${input.planId}/briefs/${period}`, 0, clock);

  const started: string[] = [];
  const existing: string[] = [];
  for (const unit of input.units) {
    const assignment: TaskAssignment = {
      taskId: `${input.planId}.${code}.${unit}`,
      planId: input.planId,
      taskCode: code,
      unit,
      coUnits: [],
      title: `${period} 信息简报`,
      titleEn: `Information brief for ${period}`,
      deliverable: `${period} 工作信息简报`,
      due,
      escalation: input.escalation,
      kind: 'brief',
    };
    try {
      await startChild(taskWorkflow, {
        workflowId: taskWorkflowId(assignment.taskId),
        args: [{ assignment, clockOffsetMs: input.clockOffsetMs ?? 0 }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
      started.push(assignment.taskId);
    } catch (e) {
      // WorkflowExecutionAlreadyStartedError lives in @temporalio/common, which workflow code does not import.
      if (!(e instanceof Error && e.name === 'WorkflowExecutionAlreadyStartedError')) throw e;
      existing.push(assignment.taskId);
    }
  }
  if (started.length > 0) outbox.emit(EventType.BriefRoundOpened, { planId: input.planId, period, due, tasks: started });
  await outbox.flush();
  return { period, due, started, existing };
}

