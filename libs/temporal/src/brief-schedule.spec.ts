import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { briefScheduleId, taskViewQuery, taskWorkflowId, type DubanActivities } from '@duban/contracts';
import { SHENZHEN_2009_98, parsePlanDefinition, rebasePlan } from '@duban/domain';
import { temporalCliPath } from '@duban/stack';
import { fixedCalendarActivities, waitFor } from '@duban/testing';
import { ensureBriefSchedule } from './brief-schedule';
import { workflowBundlerOptions, workflowsPath } from './workflow-bundle';

/** The brief schedule on the real Temporal dev server (the time-skipping server has no schedules). */
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: temporalCliPath() } } });
});
afterAll(async () => {
  await env?.teardown();
});

it('creates the monthly schedule once and opens this month’s briefs for every unit that leads a task', async () => {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const plan = rebasePlan(parsePlanDefinition(SHENZHEN_2009_98), today, 'brief-plan');
  const activities: DubanActivities = { async publishEvent() {}, ...fixedCalendarActivities() };
  const taskQueue = 'brief-schedule';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath, bundlerOptions: workflowBundlerOptions, activities });

  await worker.runUntil(async () => {
    expect(await ensureBriefSchedule(env.client, plan, taskQueue)).toBe('created');
    expect(await ensureBriefSchedule(env.client, plan, taskQueue)).toBe('existing');
    const description = await env.client.schedule.getHandle(briefScheduleId('brief-plan')).describe();
    expect(description.spec.calendars?.[0]).toMatchObject({ dayOfMonth: [{ start: 1, end: 1, step: 1 }], hour: [{ start: 0, end: 0, step: 1 }] });

    const period = today.slice(0, 7).replace('-', '_');
    const futian = env.client.workflow.getHandle(taskWorkflowId(`brief-plan.BRIEF_${period}.FUTIAN`));
    const brief = await waitFor('the triggered round to open FUTIAN’s brief', async () => futian.query(taskViewQuery), { timeoutMs: 30_000, intervalMs: 200 });
    expect(brief).toMatchObject({ kind: 'brief', unit: 'FUTIAN', status: 'assigned' });
    // STIIC, PLAN and the eight districts lead tasks: ten briefs.
    const ids = ['STIIC', 'PLAN', 'FUTIAN', 'LUOHU', 'NANSHAN', 'YANTIAN', 'BAOAN', 'LONGGANG', 'GUANGMING', 'PINGSHAN'].map((u) => `brief-plan.BRIEF_${period}.${u}`);
    for (const id of ids) await waitFor(`brief ${id}`, async () => env.client.workflow.getHandle(taskWorkflowId(id)).describe(), { timeoutMs: 30_000 });
  });
});
