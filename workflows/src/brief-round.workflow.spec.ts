import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { EventType, taskViewQuery, taskWorkflowId } from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY } from '@duban/domain';
import { briefRoundWorkflow } from './brief-round.workflow';
import { bundleWorkflows, recordHistory, recordingActivities, timeSkippingEnv } from '@duban/testing';


let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await timeSkippingEnv();
});
afterAll(async () => {
  await env?.teardown();
});

it("opens December 2011's briefs, due on the 5th working day of January 2012, once, on the ladder", async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'briefs';
  const workflowBundle = await bundleWorkflows();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  // The round runs at 00:05 on 2011-12-01, Shanghai time.
  const offset = Date.parse('2011-12-01T00:05:00+08:00') - (await env.currentTimeMs());
  const input = { planId: 'shenzhen-2009-98', planTitle: '行动方案', units: ['STIIC', 'FUTIAN'], dueWorkingDayOfNextMonth: 5, escalation: DEFAULT_ESCALATION_POLICY, clockOffsetMs: offset };

  await worker.runUntil(async () => {
    const first = await env.client.workflow.execute(briefRoundWorkflow, { taskQueue, workflowId: 'briefs/run-1', args: [input] });
    // 元旦 2012: Jan 1–3 off; the 5th working day is Tuesday Jan 10.
    expect(first).toEqual({
      period: '2011-12',
      due: '2012-01-10',
      started: ['shenzhen-2009-98.BRIEF_2011_12.STIIC', 'shenzhen-2009-98.BRIEF_2011_12.FUTIAN'],
      existing: [],
    });
    const again = await env.client.workflow.execute(briefRoundWorkflow, { taskQueue, workflowId: 'briefs/run-2', args: [input] });
    expect(again.started).toEqual([]);
    expect(again.existing).toHaveLength(2);

    const brief = await env.client.workflow.getHandle(taskWorkflowId('shenzhen-2009-98.BRIEF_2011_12.FUTIAN')).query(taskViewQuery);
    expect(brief).toMatchObject({ kind: 'brief', unit: 'FUTIAN', due: '2012-01-10', deadline: '2012-01-10T23:59:59.999+08:00', status: 'assigned' });
    expect(brief.ladder.map((s) => [s.kind, s.at])).toEqual([
      ['reminder', '2011-12-09T09:00:00.000+08:00'], // 30 days before is Sun 12-11: moved to Fri 12-09
      ['reminder', '2011-12-31T09:00:00.000+08:00'], // 7 days before is 01-03 (元旦): back to Sat 12-31, a 调休 working day
      ['reminder', '2012-01-09T09:00:00.000+08:00'],
      ['yellow', '2012-01-10T23:59:59.999+08:00'],
      ['red', '2012-01-17T23:59:59.999+08:00'],
      // Jan 11–13, 16–20, Sat 21 (调休), Sun 29 (调休), Jan 30, 31, Feb 1, 2, 3.
      ['leading-group', '2012-02-03T23:59:59.999+08:00'],
    ]);
    // Both paths of the round: the children started, and every child found already running.
    await recordHistory('brief-round-workflow.opens-briefs', env.client.workflow.getHandle('briefs/run-1'));
    await recordHistory('brief-round-workflow.briefs-already-open', env.client.workflow.getHandle('briefs/run-2'));
  });
  expect(events.filter((e) => e.type === EventType.BriefRoundOpened)).toHaveLength(1);
});
