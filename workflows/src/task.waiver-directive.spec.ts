import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  EventType,
  contributeUpdate,
  escalationId,
  issueDirectiveUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  waiveContributionUpdate,
  type Actor,
  type DubanEvent,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { SHENZHEN_2009_98, expandAssignments, parsePlanDefinition } from '@duban/domain';
import { taskWorkflow } from './task.workflow';
import { bundleWorkflows, recordHistory, recordingActivities, timeSkippingEnv } from '@duban/testing';

/**
 * Two task paths the other workflow specs only touch in passing, run to the end so their
 * histories can be recorded for the replay test: a co-unit's contribution waived by 督查室, and a
 * 督办单 (directive) that moves a deadline already past its yellow card.
 */
const official = (unit: string): Actor => ({ sub: `${unit.toLowerCase()}.official`, unit, roles: ['official'] });
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };
const seedT1 = expandAssignments(parsePlanDefinition(SHENZHEN_2009_98))[0]!;

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  env = await timeSkippingEnv();
  bundle = await bundleWorkflows();
});
afterAll(async () => {
  await env?.teardown();
});

/** Runs `body` against a worker whose publishEvent records events in memory. */
async function withWorker<T>(taskQueue: string, body: (events: DubanEvent[]) => Promise<T>): Promise<T> {
  const { events, activities } = recordingActivities();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  return worker.runUntil(body(events));
}

it('lets the lead submit once one co-unit has contributed and 督查室 has waived the other', async () => {
  const taskQueue = 'task-waiver';
  const taskId = 'spec-plan.T1.WAIVER';
  const due = new Date((await env.currentTimeMs()) + 60 * 86_400_000).toISOString().slice(0, 10);
  const input: TaskWorkflowInput = { assignment: { ...seedT1, taskId, coUnits: ['STATS', 'HABITAT'], due } };

  const { view, events } = await withWorker(taskQueue, async (events) => {
    const handle = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: `task/${taskId}`, args: [input] });
    await handle.executeUpdate(contributeUpdate, { args: [{ actor: official('STATS'), summary: '统计口径' }] });
    await handle.executeUpdate(waiveContributionUpdate, { args: [{ actor: ducha, unit: 'HABITAT', reason: '环境指标已并入统计口径' }] });
    await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: official('STIIC'), summary: '工业企业综合评价指标体系' }] });
    await handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
    const view = await handle.result();
    await recordHistory('task-workflow.co-unit-waived-accept', handle);
    return { view, events };
  });

  expect(view.status).toBe('accepted');
  expect(view.contributions).toEqual([
    expect.objectContaining({ unit: 'STATS', status: 'contributed', summary: '统计口径' }),
    expect.objectContaining({ unit: 'HABITAT', status: 'waived', reason: '环境指标已并入统计口径', actor: ducha }),
  ]);
  expect(view.history.map((h) => h.action)).toEqual(['assigned', 'contributed', 'contribution-waived', 'submitted', 'accepted']);
  expect(events.map((e) => e.type)).toEqual([
    EventType.TaskAssigned,
    EventType.ContributionSubmitted,
    EventType.ContributionWaived,
    EventType.TaskSubmitted,
    EventType.TaskAccepted,
  ]);
  expect(events[2]?.data).toMatchObject({ taskId, unit: 'HABITAT', reason: '环境指标已并入统计口径', actor: ducha });
  // Number(): the counter, whether `sequence` is written as a number or as a zero-padded string.
  expect(events.map((e) => Number(e.sequence))).toEqual([1, 2, 3, 4, 5]);
});

it('moves a deadline past its yellow card with a directive: the yellow card is resolved and the ladder restarts from the committed date', async () => {
  const taskQueue = 'task-directive';
  const taskId = 'spec-plan.T1.DIRECTIVE';
  // Plan time starts on Tue 2011-11-01 09:00 Shanghai, so every ladder time below is a real date
  // worked out by hand from the State Council's 2011 and 2012 holiday notices.
  const offset = Date.parse('2011-11-01T09:00:00+08:00') - (await env.currentTimeMs());
  const until = async (iso: string) => {
    const ms = Date.parse(iso) - ((await env.currentTimeMs()) + offset);
    if (ms > 0) await env.sleep(ms);
  };
  const input: TaskWorkflowInput = { assignment: { ...seedT1, taskId, coUnits: [], due: '2011-12-30' }, clockOffsetMs: offset };

  const { view, events } = await withWorker(taskQueue, async (events) => {
    const handle = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: `task/${taskId}`, args: [input] });
    // After the yellow card of Fri 2011-12-30, before the red card of 2012-01-09.
    await until('2012-01-04T10:00:00+08:00');
    await handle.executeUpdate(issueDirectiveUpdate, { args: [{ actor: ducha, committedDate: '2012-01-20', instructions: '限期于1月20日前报送' }] });
    // After the new ladder's 7-day reminder (Fri 2012-01-13), before its 1-day one.
    await until('2012-01-16T10:00:00+08:00');
    await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: official('STIIC'), summary: '工业企业综合评价指标体系' }] });
    await handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
    const view = await handle.result();
    await recordHistory('task-workflow.directive-after-yellow-accept', handle);
    return { view, events };
  });

  expect(view).toMatchObject({ status: 'accepted', originalDue: '2011-12-30', due: '2012-01-20', deadline: '2012-01-20T23:59:59.999+08:00' });
  expect(view.directives).toEqual([expect.objectContaining({ id: `${taskId}~directive~1`, previousDue: '2011-12-30', committedDate: '2012-01-20', issuedBy: ducha })]);
  expect(view.ladder.map((s) => [s.epoch, s.kind, s.at, s.fired])).toEqual([
    [0, 'reminder', '2011-11-30T09:00:00.000+08:00', true], // 30 days before: Wed 11-30
    [0, 'reminder', '2011-12-23T09:00:00.000+08:00', true], // 7 days before: Fri 12-23
    [0, 'reminder', '2011-12-29T09:00:00.000+08:00', true], // 1 day before: Thu 12-29
    [0, 'yellow', '2011-12-30T23:59:59.999+08:00', true],
    // The directive on 2012-01-04 drops epoch 0's red card and report. Epoch 1 from 2012-01-20:
    // its 30-day reminder (Wed 2011-12-21) was already past and is left out.
    [1, 'reminder', '2012-01-13T09:00:00.000+08:00', true], // 7 days before: Fri 01-13
    [1, 'reminder', '2012-01-19T09:00:00.000+08:00', false], // 1 day before: Thu 01-19
    [1, 'yellow', '2012-01-20T23:59:59.999+08:00', false],
    // 春节 2012: Sat 01-21 worked, 01-22…28 off, Sun 01-29 worked: 01-21, 29, 30, 31, 02-01.
    [1, 'red', '2012-02-01T23:59:59.999+08:00', false],
    // … then 02-02, 03, 06…10, 13, 14, 15: fifteen working days after the deadline.
    [1, 'leading-group', '2012-02-15T23:59:59.999+08:00', false],
  ]);
  expect(view.escalations).toEqual([
    expect.objectContaining({ id: escalationId(taskId, 0, 'yellow'), level: 'yellow', due: '2011-12-30', resolution: 'deadline-moved' }),
  ]);

  const minute = (iso: string) => new Date(iso).toISOString().slice(0, 16);
  expect(events.map((e) => [e.type, minute(e.time)])).toEqual([
    [EventType.TaskAssigned, minute('2011-11-01T09:00+08:00')],
    [EventType.DeadlineReminder, minute('2011-11-30T09:00+08:00')],
    [EventType.DeadlineReminder, minute('2011-12-23T09:00+08:00')],
    [EventType.DeadlineReminder, minute('2011-12-29T09:00+08:00')],
    [EventType.EscalationRaised, minute('2011-12-30T23:59+08:00')],
    [EventType.EscalationResolved, minute('2012-01-04T10:00+08:00')],
    [EventType.DirectiveIssued, minute('2012-01-04T10:00+08:00')],
    [EventType.DeadlineReminder, minute('2012-01-13T09:00+08:00')],
    [EventType.TaskSubmitted, minute('2012-01-16T10:00+08:00')],
    [EventType.TaskAccepted, minute('2012-01-16T10:00+08:00')],
  ]);
  expect(events.find((e) => e.type === EventType.DirectiveIssued)?.data).toMatchObject({ taskId, previousDue: '2011-12-30', committedDate: '2012-01-20', actor: ducha });
  expect(events.find((e) => e.type === EventType.DeadlineReminder && minute(e.time) === minute('2012-01-13T09:00+08:00'))?.data).toMatchObject({ due: '2012-01-20', daysBefore: 7 });
  expect(events.map((e) => Number(e.sequence))).toEqual(events.map((_, i) => i + 1));
});
