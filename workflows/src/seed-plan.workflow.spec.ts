import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { UpdateDefinition } from '@temporalio/common';
import {
  EventType,
  acknowledgeEscalationUpdate,
  contributeUpdate,
  decideExtensionUpdate,
  escalationId,
  planViewQuery,
  requestExtensionUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  taskViewQuery,
  taskWorkflowId,
  type Actor,
} from '@duban/contracts';
import { SHENZHEN_2009_98, parsePlanDefinition } from '@duban/domain';
import { planWorkflow } from './plan.workflow';
import { bundleWorkflows, recordingActivities, timeSkippingEnv, untilWorkflowExists } from '@duban/testing';

/**
 * The seed plan on its real dates, 2009-08-26 to the end of 2012, under time skipping, with a
 * scripted mix of work: every expected time below was worked out by hand from the State
 * Council's holiday notices, independently of the code under test.
 */
const official = (unit: string): Actor => ({ sub: `${unit.toLowerCase()}.official`, unit, roles: ['official'] });
const ducha: Actor = { sub: 'ducha.wang', unit: 'DUCHA', roles: ['supervisor'] };
const DISTRICTS = ['FUTIAN', 'LUOHU', 'NANSHAN', 'YANTIAN', 'BAOAN', 'LONGGANG', 'GUANGMING', 'PINGSHAN'];
const PLAN = 'shenzhen-2009-98';
const id = (code: string, unit: string) => `${PLAN}.${code}.${unit}`;

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  env = await timeSkippingEnv();
  bundle = await bundleWorkflows();
});

afterAll(async () => {
  await env?.teardown();
});


it('runs the seed plan 2009–2012: on-time, rejected, extended and missing work escalate exactly as the calendar says', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'seed-plan';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  const issued = Date.parse('2009-08-26T09:00:00+08:00');
  const offset = issued - (await env.currentTimeMs());
  const planNow = async () => (await env.currentTimeMs()) + offset;
  /** Advances the skipped clock to a plan-time instant. */
  const until = async (iso: string) => {
    const ms = Date.parse(iso) - (await planNow());
    if (ms > 0) await env.sleep(ms);
  };
  const task = (taskId: string) => env.client.workflow.getHandle(taskWorkflowId(taskId));
  const update = <A extends object>(taskId: string, def: UpdateDefinition<unknown, [A]>, arg: A) => task(taskId).executeUpdate(def, { args: [arg] });

  await worker.runUntil(async () => {
    const plan = await env.client.workflow.start(planWorkflow, {
      taskQueue,
      workflowId: `plan/${PLAN}`,
      args: [{ plan: parsePlanDefinition(SHENZHEN_2009_98), actor: { sub: 'admin', unit: 'LGO', roles: ['admin'] }, clockOffsetMs: offset }],
    });
    await untilStarted(id('T4', 'PINGSHAN'));

    // T1 on time: STATS contributes, STIIC submits, 督查室 accepts before the 1-day reminder.
    await until('2009-08-27T10:00:00+08:00');
    await update(id('T1', 'STIIC'), contributeUpdate, { actor: official('STATS'), summary: '统计口径' });
    await update(id('T1', 'STIIC'), submitTaskUpdate, { actor: official('STIIC'), summary: '工业企业综合评价指标体系', deliverableRef: 'doc://t1/index-v1' });
    await update(id('T1', 'STIIC'), reviewTaskUpdate, { actor: ducha, decision: 'accept' });

    // T2 rejected once, resubmitted and accepted; co-units contribute first.
    await until('2010-10-20T10:00:00+08:00');
    await update(id('T2', 'PLAN'), contributeUpdate, { actor: official('STIIC'), summary: '产业导向' });
    await update(id('T2', 'PLAN'), contributeUpdate, { actor: official('HABITAT'), summary: '环境准入' });
    await update(id('T2', 'PLAN'), submitTaskUpdate, { actor: official('PLAN'), summary: '园区规划 v1' });
    await update(id('T2', 'PLAN'), reviewTaskUpdate, { actor: ducha, decision: 'reject', reason: '缺少产业准入标准' });
    await until('2010-11-15T10:00:00+08:00');
    await update(id('T2', 'PLAN'), submitTaskUpdate, { actor: official('PLAN'), summary: '园区规划 v2' });
    await update(id('T2', 'PLAN'), reviewTaskUpdate, { actor: ducha, decision: 'accept' });

    // Seven districts finish T4 early; FUTIAN never submits.
    await until('2011-06-01T10:00:00+08:00');
    for (const d of DISTRICTS.filter((x) => x !== 'FUTIAN')) {
      await update(id('T4', d), submitTaskUpdate, { actor: official(d), summary: `${d} 转移方案` });
      await update(id('T4', d), reviewTaskUpdate, { actor: ducha, decision: 'accept' });
    }

    // T3: the 30-day reminder fires, then an extension to 2012-03-31 is approved.
    await until('2011-12-20T10:00:00+08:00');
    await update(id('T3', 'STIIC'), requestExtensionUpdate, { actor: official('STIIC'), newDue: '2012-03-31', reason: '园区二期未完工' });
    await until('2011-12-21T10:00:00+08:00');
    await update(id('T3', 'STIIC'), decideExtensionUpdate, { actor: ducha, decision: 'approve', comment: '同意延期' });

    // FUTIAN's leading-group report is acknowledged after its first repeat.
    await until('2012-02-06T10:00:00+08:00');
    await update(id('T4', 'FUTIAN'), acknowledgeEscalationUpdate, { actor: ducha, escalationId: escalationId(id('T4', 'FUTIAN'), 0, 'leading-group') });

    // T3 is finished late against its new date: after its red card, before its report.
    await until('2012-04-20T10:00:00+08:00');
    await update(id('T3', 'STIIC'), submitTaskUpdate, { actor: official('STIIC'), summary: '建设跟踪报告' });
    await update(id('T3', 'STIIC'), reviewTaskUpdate, { actor: ducha, decision: 'accept' });

    await until('2012-12-31T23:00:00+08:00');
    const view = await plan.query(planViewQuery);
    expect(view.tasks.filter((t) => t.status === 'accepted').map((t) => t.taskId)).toHaveLength(10);
    expect(view.deliverables['T1']?.[0]).toMatchObject({ taskId: id('T1', 'STIIC'), deliverableRef: 'doc://t1/index-v1' });
    const futian = await task(id('T4', 'FUTIAN')).query(taskViewQuery);
    expect(futian.status).toBe('assigned');
    expect(futian.ladder.map((s) => [s.kind, s.at, s.fired])).toEqual([
      ['reminder', '2011-12-01T09:00:00.000+08:00', true],
      ['reminder', '2011-12-23T09:00:00.000+08:00', true],
      ['reminder', '2011-12-30T09:00:00.000+08:00', true],
      ['yellow', '2011-12-31T23:59:59.999+08:00', true],
      ['red', '2012-01-10T23:59:59.999+08:00', true],
      ['leading-group', '2012-01-29T23:59:59.999+08:00', true],
      ['red', '2012-01-17T23:59:59.999+08:00', true],
      ['leading-group', '2012-02-03T23:59:59.999+08:00', true],
    ]);
    await plan.terminate('end of the simulated period');
    await task(id('T4', 'FUTIAN')).terminate('end of the simulated period');
    if (process.env['RECORD_HISTORIES']) {
      const dir = path.join(__dirname, '../histories');
      writeFileSync(path.join(dir, 'task-workflow.ladder-repeats-acknowledged.history.pb'), encode(await task(id('T4', 'FUTIAN')).fetchHistory()));
      writeFileSync(path.join(dir, 'task-workflow.extension-late-accept.history.pb'), encode(await task(id('T3', 'STIIC')).fetchHistory()));
      writeFileSync(path.join(dir, 'task-workflow.co-units-reject-resubmit.history.pb'), encode(await task(id('T2', 'PLAN')).fetchHistory()));
    }
  });

  const of = (taskId: string) => events.filter((e) => e.subject === taskId);
  const minute = (iso: string) => new Date(iso).toISOString().slice(0, 16);
  const escalationTimes = (taskId: string) =>
    of(taskId)
      .filter((e) => e.type === EventType.DeadlineReminder || e.type === EventType.EscalationRaised)
      .map((e) => [e.type === EventType.DeadlineReminder ? 'reminder' : (e.data as { level: string }).level, minute(e.time), (e.data as { repeat?: number }).repeat ?? 0]);

  // T1 on time: no reminder fired before acceptance, and no card.
  expect(of(id('T1', 'STIIC')).map((e) => e.type)).toEqual([
    EventType.TaskAssigned,
    EventType.ContributionSubmitted,
    EventType.TaskSubmitted,
    EventType.TaskAccepted,
  ]);

  // T2: rejected once, resubmitted, accepted; no escalation.
  expect(of(id('T2', 'PLAN')).map((e) => e.type)).toEqual([
    EventType.TaskAssigned,
    EventType.ContributionSubmitted,
    EventType.ContributionSubmitted,
    EventType.TaskSubmitted,
    EventType.TaskRejected,
    EventType.TaskSubmitted,
    EventType.TaskAccepted,
  ]);

  // FUTIAN never submits T4 (due 2011-12-31): reminders, yellow, red, repeat, report, repeat, then acknowledged.
  expect(escalationTimes(id('T4', 'FUTIAN'))).toEqual([
    ['reminder', minute('2011-12-01T09:00+08:00'), 0],
    ['reminder', minute('2011-12-23T09:00+08:00'), 0], // 12-24 is a Saturday
    ['reminder', minute('2011-12-30T09:00+08:00'), 0],
    ['yellow', minute('2011-12-31T23:59+08:00'), 0],
    ['red', minute('2012-01-10T23:59+08:00'), 0], // 元旦 Jan 1–3 off: Jan 4, 5, 6, 9, 10
    ['red', minute('2012-01-17T23:59+08:00'), 1],
    ['leading-group', minute('2012-01-29T23:59+08:00'), 0], // … Sat Jan 21 and Sun Jan 29 worked (春节 调休)
    ['leading-group', minute('2012-02-03T23:59+08:00'), 1],
  ]);
  expect(of(id('T4', 'FUTIAN')).at(-1)?.type).toBe(EventType.EscalationAcknowledged);

  // T3: the 30-day reminder of the old deadline, then the ladder of 2012-03-31 only.
  expect(escalationTimes(id('T3', 'STIIC'))).toEqual([
    ['reminder', minute('2011-12-01T09:00+08:00'), 0],
    ['reminder', minute('2012-03-01T09:00+08:00'), 0],
    ['reminder', minute('2012-03-23T09:00+08:00'), 0], // 03-24 is a Saturday
    ['reminder', minute('2012-03-30T09:00+08:00'), 0],
    ['yellow', minute('2012-03-31T23:59+08:00'), 0],
    ['red', minute('2012-04-10T23:59+08:00'), 0], // 清明: Sun Apr 1 worked, Apr 2–4 off; Apr 5, 6, 9, 10
    ['red', minute('2012-04-17T23:59+08:00'), 1],
  ]);
  const t3 = of(id('T3', 'STIIC'));
  expect(t3.filter((e) => e.type === EventType.EscalationResolved).map((e) => (e.data as { resolution: string }).resolution)).toEqual(['completed', 'completed']);
  expect(t3.find((e) => e.type === EventType.ExtensionDecided)?.data).toMatchObject({ decision: 'approve', previousDue: '2011-12-31', due: '2012-03-31' });

  // Every subject's events are numbered 1, 2, 3… with unique ids.
  for (const subject of new Set(events.map((e) => e.subject))) {
    expect(of(subject).map((e) => Number(e.sequence))).toEqual(of(subject).map((_, i) => i + 1));
  }
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
});

const encode = (history: temporal.api.history.v1.IHistory): Uint8Array => temporal.api.history.v1.History.encode(history).finish();

function untilStarted(taskId: string): Promise<void> {
  return untilWorkflowExists(env, env.client.workflow.getHandle(taskWorkflowId(taskId)));
}
