import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { BRIEF_ROUND_WORKFLOW_TYPE, briefScheduleId, type BriefRoundInput } from '@duban/contracts';
import { briefUnits, type PlanDefinition } from '@duban/domain';

/**
 * Creates the monthly schedule of a plan's information briefs (信息简报): on the 1st of every
 * month, 00:05 Asia/Shanghai, a brief round opens one brief per unit for that month, due by the
 * Nth working day of the next. The first round is opened at once. Creating it again is a no-op.
 */
export async function ensureBriefSchedule(client: Client, plan: PlanDefinition, taskQueue: string): Promise<'created' | 'existing'> {
  const args: [BriefRoundInput] = [
    {
      planId: plan.planId,
      planTitle: plan.title,
      units: briefUnits(plan),
      dueWorkingDayOfNextMonth: plan.briefs.dueWorkingDayOfNextMonth,
      escalation: plan.escalation,
    },
  ];
  const lastDue = plan.tasks.map((t) => t.due).sort().at(-1) ?? plan.issuedOn;
  try {
    const handle = await client.schedule.create({
      scheduleId: briefScheduleId(plan.planId),
      spec: {
        calendars: [{ dayOfMonth: 1, hour: 0, minute: 5 }],
        timezone: 'Asia/Shanghai',
        // Briefs run for the life of the plan: until its last deadline.
        endAt: new Date(`${lastDue}T23:59:59+08:00`),
      },
      action: { type: 'startWorkflow', workflowType: BRIEF_ROUND_WORKFLOW_TYPE, args, taskQueue, workflowId: briefScheduleId(plan.planId) },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      state: { note: `信息简报 of ${plan.planId}` },
    });
    await handle.trigger();
    return 'created';
  } catch (e) {
    if (e instanceof ScheduleAlreadyRunning) return 'existing';
    throw e;
  }
}
