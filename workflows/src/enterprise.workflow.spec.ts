import type { UpdateDefinition } from '@temporalio/common';
import { type temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  EventType,
  acknowledgeStepEscalationUpdate,
  awaitingIndexSignal,
  completeStepUpdate,
  contributeUpdate,
  enterpriseViewQuery,
  enterpriseWorkflowId,
  evaluationIndexSignal,
  issueStepDirectiveUpdate,
  reevaluateUpdate,
  reviewTaskUpdate,
  setEvaluationIndexUpdate,
  submitTaskUpdate,
  taskWorkflowId,
  type Actor,
  type DubanEvent,
  type EnterpriseStepState,
  type EnterpriseView,
} from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, SHENZHEN_2009_98, SZ_2009_INDEX_V1, parsePlanDefinition, type EnterpriseRegistration } from '@duban/domain';
import { bundleWorkflows, recordingActivities, refusalCode, timeSkippingEnv, untilWorkflowExists, waitFor, writeHistory } from '@duban/testing';
import { enterpriseWorkflow } from './enterprise.workflow';
import { planWorkflow } from './plan.workflow';

const official = (unit: string): Actor => ({ sub: `${unit.toLowerCase()}.official`, unit, roles: ['official'] });
const ducha: Actor = { sub: 'ducha.wang', unit: 'DUCHA', roles: ['supervisor'] };

/** A labour-intensive, low-margin toy maker in Bao'an: score 28, track C (see classifier.spec.ts). */
const toyMaker = (id: string): EnterpriseRegistration => ({
  id,
  name: '宝安某玩具厂',
  district: 'BAOAN',
  industry: 'toys',
  indicators: { technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
});

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  bundle = await bundleWorkflows();
});
// One time-skipping server per test: a test's workers and timers cannot hold up the next one's clock.
beforeEach(async () => {
  env = await timeSkippingEnv();
});
afterEach(async () => {
  await env?.teardown();
});

it('carries a C-track enterprise from registration to closed, through the parallel labour step and a late step that draws a yellow, then a red card', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'enterprise-c';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  const offset = Date.parse('2010-03-01T09:00:00+08:00') - (await env.currentTimeMs());
  const until = async (iso: string) => {
    const ms = Date.parse(iso) - ((await env.currentTimeMs()) + offset);
    if (ms > 0) await env.sleep(ms);
  };
  const id = 'ENT-BAOAN-0001';
  const handle = () => env.client.workflow.getHandle<typeof enterpriseWorkflow>(enterpriseWorkflowId(id));
  const complete = (step: string, actor: Actor, payload: Record<string, unknown>) =>
    handle().executeUpdate(completeStepUpdate as UpdateDefinition<unknown, [unknown]>, { args: [{ actor, step, payload }] });

  const { view, history } = await worker.runUntil(async () => {
    await env.client.workflow.start(enterpriseWorkflow, {
      taskQueue,
      workflowId: enterpriseWorkflowId(id),
      args: [{ registration: toyMaker(id), planId: 'shenzhen-2009-98', registeredBy: official('BAOAN'), escalation: DEFAULT_ESCALATION_POLICY, index: SZ_2009_INDEX_V1, clockOffsetMs: offset }],
    });
    await until('2010-03-02T10:00:00+08:00');
    expect((await handle().query(enterpriseViewQuery)).track).toBe('C');

    // Out of turn, the wrong unit, a bad payload: refused, nothing recorded.
    expect(await refusalCode(complete('relocation', official('BAOAN'), { relocatedOn: '2010-03-02' }))).toBe('ENTERPRISE.STEP_OUT_OF_TURN');
    expect(await refusalCode(complete('intention', official('FUTIAN'), { decision: 'transfer' }))).toBe('TASK.FORBIDDEN');
    expect(await refusalCode(complete('intention', official('BAOAN'), { decision: 'maybe' }))).toBe('ENTERPRISE.STEP_PAYLOAD_INVALID');

    await complete('intention', official('BAOAN'), { decision: 'transfer', note: '企业自愿转移' });
    // Destination (STIIC, 15 working days from 03-02: due 03-23) is done late, on 04-06.
    await until('2010-04-06T10:00:00+08:00');
    await complete('destination', official('STIIC'), { parkId: 'shanwei', parkName: '深圳（汕尾）产业转移工业园', region: 'east-wing', reasons: ['玩具属东翼重点产业'] });
    await until('2010-04-07T10:00:00+08:00');
    await complete('site-visit', official('BAOAN'), { visitedOn: '2010-04-07', participants: 6 });
    await until('2010-04-08T10:00:00+08:00');
    await complete('negotiation', official('BAOAN'), { summary: '租金与用工安排' });
    await until('2010-04-09T10:00:00+08:00');
    await complete('agreement', official('BAOAN'), { signedOn: '2010-04-09', agreementRef: 'SW-2010-017' });
    await until('2010-04-12T10:00:00+08:00');
    await complete('legacy-land', official('PLAN'), { resolution: 'revitalised' });
    // Relocation waits for the labour step, which runs beside the chain.
    expect((await handle().query(enterpriseViewQuery)).steps.map((s) => s.step)).not.toContain('relocation');
    await until('2010-04-12T11:00:00+08:00');
    await complete('labour', official('HRSS'), { disputesResolved: 3, workersRetrained: 120 });
    await until('2010-04-13T10:00:00+08:00');
    await complete('relocation', official('BAOAN'), { relocatedOn: '2010-04-13' });
    await until('2010-04-14T10:00:00+08:00');
    await complete('operating', official('STIIC'), { startedOn: '2010-04-14' });
    await until('2010-04-15T10:00:00+08:00');
    await complete('follow-up', official('STIIC'), { notes: '协调用电' });
    const view = await handle().result();
    return { view, history: await handle().fetchHistory() };
  });

  expect(view.status).toBe('closed');
  expect(view.park?.parkId).toBe('shanwei');
  expect(view.steps.find((s) => s.step === 'destination')).toMatchObject({ due: '2010-03-23', overdueWorkingDays: 9, unit: 'STIIC' });

  const minute = (iso: string) => new Date(iso).toISOString().slice(0, 16);
  const describe = (e: DubanEvent): string => {
    const d = e.data as { step?: string; level?: string; daysBefore?: number; resolution?: string; track?: string; taskId?: string };
    switch (e.type) {
      case EventType.EnterpriseStepOpened:
      case EventType.EnterpriseStepCompleted:
        return `${e.type.split('.')[2]} ${d.step}`;
      case EventType.DeadlineReminder:
        return `reminder ${d.daysBefore}d ${d.taskId} ${minute(e.time)}`;
      case EventType.EscalationRaised:
        return `${d.level} ${d.taskId} ${minute(e.time)}`;
      case EventType.EscalationResolved:
        return `resolved ${d.level} ${d.resolution}`;
      default:
        return e.type.split('.')[2] as string;
    }
  };
  const stepId = `${id}/destination`;
  expect(events.map(describe)).toEqual([
    'registered',
    'classified',
    'step-opened intention',
    'step-completed intention',
    'step-opened destination',
    'step-opened labour',
    // 03-23 is due: reminders 7 and 1 days before (Tue 03-16, Mon 03-22), the yellow card at the
    // deadline, the red card 5 working days later (03-24, 25, 26, 29, 30).
    `reminder 7d ${stepId} ${minute('2010-03-16T09:00+08:00')}`,
    `reminder 1d ${stepId} ${minute('2010-03-22T09:00+08:00')}`,
    `yellow ${stepId} ${minute('2010-03-23T23:59+08:00')}`,
    `red ${stepId} ${minute('2010-03-30T23:59+08:00')}`,
    'resolved yellow completed',
    'resolved red completed',
    'step-completed destination',
    'step-opened site-visit',
    'step-completed site-visit',
    'step-opened negotiation',
    'step-completed negotiation',
    'step-opened agreement',
    'step-completed agreement',
    'step-opened legacy-land',
    'step-completed legacy-land',
    'step-completed labour',
    'step-opened relocation',
    'step-completed relocation',
    'step-opened operating',
    'step-completed operating',
    'step-opened follow-up',
    'step-completed follow-up',
    'closed',
  ]);
  expect(events.map((e) => Number(e.sequence))).toEqual(events.map((_, i) => i + 1));

  writeHistory('enterprise-workflow.c-track-late-step', history);
});

/** The names of the signals a workflow's history records receiving (`received`) and sending (`sent`, external). */
function signalsIn(history: temporal.api.history.v1.IHistory): { received: string[]; sent: string[] } {
  const events = history.events ?? [];
  return {
    received: events.flatMap((e) => (e.workflowExecutionSignaledEventAttributes?.signalName ? [e.workflowExecutionSignaledEventAttributes.signalName] : [])),
    sent: events.flatMap((e) => (e.signalExternalWorkflowExecutionInitiatedEventAttributes?.signalName ? [e.signalExternalWorkflowExecutionInitiatedEventAttributes.signalName] : [])),
  };
}

it('waits for the evaluation index when registered before T1 is accepted without telling the plan; the plan announces the index; the first index signalled classifies it, a second changes nothing', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'enterprise-awaits-index';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  const seed = parsePlanDefinition(SHENZHEN_2009_98);
  const plan = { ...seed, planId: 'index-plan', tasks: seed.tasks.filter((t) => t.code === 'T1').map((t) => ({ ...t, due: '2099-12-31' })) };
  const id = 'ENT-FUTIAN-0042';

  const { enterpriseHistory, planHistory } = await worker.runUntil(async () => {
    const planHandle = await env.client.workflow.start(planWorkflow, { taskQueue, workflowId: 'plan/index-plan', args: [{ plan, actor: { sub: 'admin', unit: 'LGO', roles: ['admin'] } }] });
    // As the API starts it while the plan has no index: with the plan's workflow id.
    const enterprise = await env.client.workflow.start(enterpriseWorkflow, {
      taskQueue,
      workflowId: enterpriseWorkflowId(id),
      args: [{ registration: { ...toyMaker(id), district: 'FUTIAN' }, planId: 'index-plan', registeredBy: official('FUTIAN'), escalation: DEFAULT_ESCALATION_POLICY, planWorkflowId: 'plan/index-plan' }],
    });
    const waiting = await enterprise.query(enterpriseViewQuery);
    expect(waiting.status).toBe('awaiting-index');
    expect(waiting.track).toBeUndefined();
    await waitFor('the awaiting-index event', async () => (events.some((e) => e.type === EventType.EnterpriseAwaitingIndex && e.subject === id) ? true : undefined), { timeoutMs: 30_000 });

    const t1 = env.client.workflow.getHandle(taskWorkflowId('index-plan.T1.STIIC'));
    // The plan starts T1 as a child; wait until it exists.
    await untilWorkflowExists(env, t1);
    await t1.executeUpdate(contributeUpdate, { args: [{ actor: official('STATS'), summary: '统计口径' }] });
    await t1.executeUpdate(submitTaskUpdate, { args: [{ actor: official('STIIC'), summary: '指标体系' }] });
    await t1.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
    // Not `planHandle.result()`: waiting on a result lets the test server skip time, and with nothing
    // else scheduled it skips to the idle enterprise's execution timeout (10 years).
    await waitFor('the plan to complete', async () => ((await planHandle.describe()).status.name === 'COMPLETED' ? true : undefined), { timeoutMs: 30_000, intervalMs: 100 });

    // The plan announced the index; nothing reached the enterprise from the plan.
    const announced = events.filter((e) => e.type === EventType.EvaluationIndexSet);
    expect(announced.map((e) => e.data)).toEqual([{ planId: 'index-plan', index: SZ_2009_INDEX_V1 }]);
    expect((await enterprise.query(enterpriseViewQuery)).status).toBe('awaiting-index');

    // What the index-delivery consumer does with that event (twice: a redelivery).
    const index = (announced[0] as DubanEvent<typeof EventType.EvaluationIndexSet>).data.index;
    await enterprise.signal(evaluationIndexSignal, index);
    const classified = await waitFor('the enterprise to be classified', async () => {
      const view = await enterprise.query(enterpriseViewQuery);
      return view.status === 'awaiting-index' ? undefined : view;
    }, { timeoutMs: 30_000, intervalMs: 100 });
    expect(classified).toMatchObject({ status: 'active', track: 'C', classification: { indexVersion: 'sz-2009-v1', score: 28 } });
    expect(classified.steps.map((s: { step: string }) => s.step)).toEqual(['intention']);
    await enterprise.signal(evaluationIndexSignal, index);
    await enterprise.signal(evaluationIndexSignal, { ...index, version: 'sz-2009-v9', thresholds: { supportAtLeast: 10, hqStaysAtLeast: 5 } });
    await waitFor('the three signals to be handled', async () => (signalsIn(await enterprise.fetchHistory()).received.length === 3 ? true : undefined), { timeoutMs: 30_000, intervalMs: 100 });
    expect(await enterprise.query(enterpriseViewQuery)).toEqual(classified);

    const enterpriseHistory = await enterprise.fetchHistory();
    await enterprise.terminate('test done');
    return { enterpriseHistory, planHistory: await planHandle.fetchHistory() };
  });

  expect(signalsIn(planHistory).received.filter((name) => name === awaitingIndexSignal.name)).toEqual([]);
  expect(signalsIn(enterpriseHistory).sent).toEqual([]);
  expect(events.filter((e) => e.subject === id).map((e) => e.type)).toEqual([
    EventType.EnterpriseRegistered,
    EventType.EnterpriseAwaitingIndex,
    EventType.EnterpriseClassified,
    EventType.EnterpriseStepOpened,
  ]);

  writeHistory('enterprise-workflow.awaiting-index-delivered-by-signal', enterpriseHistory);
  writeHistory('plan-workflow.t1-accepted-announces-index', planHistory);
});

it('announces an index an admin sets on a plan without T1, once; enterprises that told the plan they wait (started before the index delivery moved to the consumer) still get it from the plan', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'enterprise-admin-index';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  const seed = parsePlanDefinition(SHENZHEN_2009_98);
  const plan = { ...seed, planId: 'no-t1-plan', tasks: seed.tasks.filter((t) => t.code === 'T3').map((t) => ({ ...t, due: '2099-12-31' })) };
  const id = 'ENT-LUOHU-0007';
  const admin: Actor = { sub: 'admin', unit: 'LGO', roles: ['admin'] };

  await worker.runUntil(async () => {
    const planHandle = await env.client.workflow.start(planWorkflow, { taskQueue, workflowId: 'plan/no-t1-plan', args: [{ plan, actor: admin }] });
    const enterprise = await env.client.workflow.start(enterpriseWorkflow, {
      taskQueue,
      workflowId: enterpriseWorkflowId(id),
      args: [{ registration: { ...toyMaker(id), district: 'LUOHU' }, planId: 'no-t1-plan', registeredBy: official('LUOHU'), escalation: DEFAULT_ESCALATION_POLICY, planWorkflowId: 'plan/no-t1-plan' }],
    });
    expect((await enterprise.query(enterpriseViewQuery)).status).toBe('awaiting-index');
    // What an enterprise started by the code before the patch sent the plan.
    await planHandle.signal(awaitingIndexSignal, { workflowId: enterpriseWorkflowId(id) });

    expect(await refusalCode(planHandle.executeUpdate(setEvaluationIndexUpdate, { args: [{ actor: official('STIIC'), index: SZ_2009_INDEX_V1 }] }))).toBe('PLAN.FORBIDDEN');
    await planHandle.executeUpdate(setEvaluationIndexUpdate, { args: [{ actor: admin, index: SZ_2009_INDEX_V1 }] });
    expect(await refusalCode(planHandle.executeUpdate(setEvaluationIndexUpdate, { args: [{ actor: admin, index: SZ_2009_INDEX_V1 }] }))).toBe('PLAN.INDEX_ALREADY_SET');

    const view = await waitFor('the plan to hand the index to the enterprise that told it', async () => {
      const v = await enterprise.query(enterpriseViewQuery);
      return v.status === 'awaiting-index' ? undefined : v;
    }, { timeoutMs: 30_000, intervalMs: 100 });
    expect(view).toMatchObject({ status: 'active', track: 'C' });
    await waitFor('the index-set event to be published', async () => (events.some((e) => e.type === EventType.EvaluationIndexSet) ? true : undefined), { timeoutMs: 30_000 });
    await enterprise.terminate('test done');
    await planHandle.terminate('test done');
  });
  expect(events.filter((e) => e.type === EventType.EvaluationIndexSet).map((e) => ({ subject: e.subject, data: e.data }))).toEqual([{ subject: 'no-t1-plan', data: { planId: 'no-t1-plan', index: SZ_2009_INDEX_V1 } }]);
});

it('re-evaluates before any step is recorded: a red line moves it to track D, cancelling the open step (its acknowledged yellow card resolved as cancelled); a directive moves the new step’s deadline; once a step is done, re-evaluation is refused; D goes on to the closure decision, no rectification', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'enterprise-reevaluate';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  const offset = Date.parse('2010-03-01T09:00:00+08:00') - (await env.currentTimeMs());
  const until = async (iso: string) => {
    const ms = Date.parse(iso) - ((await env.currentTimeMs()) + offset);
    if (ms > 0) await env.sleep(ms);
  };
  const id = 'ENT-BAOAN-0002';
  const handle = () => env.client.workflow.getHandle<typeof enterpriseWorkflow>(enterpriseWorkflowId(id));
  const update = (def: unknown, arg: Record<string, unknown>) => handle().executeUpdate(def as UpdateDefinition<EnterpriseView, [unknown]>, { args: [arg] });
  const stiic = official('STIIC');
  const registration = toyMaker(id);
  const withRedLine = { indicators: registration.indicators, flags: registration.flags, redLines: ['unlicensed'] };

  const { view, history } = await worker.runUntil(async () => {
    await env.client.workflow.start(enterpriseWorkflow, {
      taskQueue,
      workflowId: enterpriseWorkflowId(id),
      args: [{ registration, planId: 'shenzhen-2009-98', registeredBy: official('BAOAN'), escalation: DEFAULT_ESCALATION_POLICY, index: SZ_2009_INDEX_V1, clockOffsetMs: offset }],
    });
    const first = await handle().query(enterpriseViewQuery);
    expect(first.track).toBe('C');
    const intention = first.steps[0] as EnterpriseStepState;
    // The day after the intention's deadline: its yellow card is out.
    await until(`${intention.due}T23:59:59.999+08:00`);
    await until(new Date(Date.parse(`${intention.due}T10:00:00+08:00`) + 86_400_000).toISOString());
    const yellow = `${id}/intention~0~yellow`;
    expect((await handle().query(enterpriseViewQuery)).steps[0]?.escalations.map((e) => e.id)).toEqual([yellow]);

    expect(await refusalCode(update(acknowledgeStepEscalationUpdate, { actor: stiic, escalationId: yellow }))).toBe('TASK.FORBIDDEN');
    expect(await refusalCode(update(acknowledgeStepEscalationUpdate, { actor: ducha, escalationId: `${id}/intention~0~red` }))).toBe('ESCALATION.NOT_FOUND');
    await update(acknowledgeStepEscalationUpdate, { actor: ducha, escalationId: yellow, note: '已督促区政府' });
    expect(await refusalCode(update(acknowledgeStepEscalationUpdate, { actor: ducha, escalationId: yellow }))).toBe('ESCALATION.ALREADY_ACKNOWLEDGED');

    // Only STIIC officials (or supervisors, admins) re-evaluate; bad values are refused.
    expect(await refusalCode(update(reevaluateUpdate, { actor: official('BAOAN'), ...withRedLine }))).toBe('TASK.FORBIDDEN');
    expect(await refusalCode(update(reevaluateUpdate, { actor: stiic, ...withRedLine, redLines: ['arson'] }))).toBe('ENTERPRISE.STEP_PAYLOAD_INVALID');
    // The same track: nothing is cancelled, the intention keeps its deadline and its case.
    const same = await update(reevaluateUpdate, { actor: stiic, ...withRedLine, redLines: [] });
    expect(same).toMatchObject({ track: 'C', revision: 1 });
    expect(same.steps.map((s) => [s.step, s.status])).toEqual([['intention', 'open']]);

    const d = await update(reevaluateUpdate, { actor: stiic, ...withRedLine });
    expect(d).toMatchObject({ track: 'D', revision: 2, registration: { redLines: ['unlicensed'] } });
    expect(d.steps.map((s) => [s.step, s.status])).toEqual([
      ['intention', 'cancelled'],
      ['notice', 'open'],
    ]);
    expect(d.steps[0]?.escalations[0]).toMatchObject({ resolution: 'cancelled' });

    // A directive on the open notice step: its committed date becomes the deadline.
    const committedDate = '2010-05-04';
    expect(await refusalCode(update(issueStepDirectiveUpdate, { actor: ducha, step: 'intention', committedDate, instructions: '限期' }))).toBe('ENTERPRISE.STEP_OUT_OF_TURN');
    expect(await refusalCode(update(issueStepDirectiveUpdate, { actor: ducha, step: 'notice', committedDate: '2010-01-04', instructions: '限期' }))).toBe('TASK.INVALID_DATE');
    const directed = await update(issueStepDirectiveUpdate, { actor: ducha, step: 'notice', committedDate, instructions: '五月四日前送达淘汰通知' });
    expect(directed.steps[1]).toMatchObject({ step: 'notice', due: committedDate, directives: [{ id: `${id}/notice~directive~1`, committedDate }] });

    await update(completeStepUpdate, { actor: official('BAOAN'), step: 'notice', payload: { noticeRef: '宝安淘汰〔2010〕1号' } });
    expect(await refusalCode(update(reevaluateUpdate, { actor: stiic, ...withRedLine, redLines: [] }))).toBe('ENTERPRISE.EVALUATION_OUT_OF_TURN');
    // The update answers before its events are published: wait for the last one before stopping.
    await waitFor('the closure decision step opened', async () => (events.some((e) => e.type === EventType.EnterpriseStepOpened && (e.data as { step: string }).step === 'closure-decision') ? true : undefined), { timeoutMs: 30_000 });
    const view = await handle().query(enterpriseViewQuery);
    const history = await handle().fetchHistory();
    await handle().terminate('test done');
    return { view, history };
  });

  expect(view).toMatchObject({ track: 'D', revision: 2 });
  const describe = (e: DubanEvent): string => {
    const d = e.data as { step?: string; level?: string; resolution?: string; track?: string; revision?: number; taskId?: string; committedDate?: string };
    switch (e.type) {
      case EventType.EnterpriseStepOpened:
      case EventType.EnterpriseStepCompleted:
      case EventType.EnterpriseStepCancelled:
        return `${e.type.split('.')[2]} ${d.step}`;
      case EventType.EnterpriseClassified:
        return `classified ${d.track}${d.revision ? ` revision ${d.revision}` : ''}`;
      case EventType.DeadlineReminder:
        return `reminder ${d.taskId}`;
      case EventType.EscalationRaised:
        return `${d.level} ${d.taskId}`;
      case EventType.EscalationAcknowledged:
        return `acknowledged ${d.level} ${d.taskId}`;
      case EventType.EscalationResolved:
        return `resolved ${d.level} ${d.resolution}`;
      case EventType.DirectiveIssued:
        return `directive ${d.taskId} ${d.committedDate}`;
      default:
        return e.type.split('.')[2] as string;
    }
  };
  expect(events.map(describe)).toEqual([
    'registered',
    'classified C',
    'step-opened intention',
    `reminder ${id}/intention`,
    `reminder ${id}/intention`,
    `yellow ${id}/intention`,
    `acknowledged yellow ${id}/intention`,
    'classified C revision 1',
    'classified D revision 2',
    'resolved yellow cancelled',
    'step-cancelled intention',
    'step-opened notice',
    `directive ${id}/notice 2010-05-04`,
    'step-completed notice',
    'step-opened closure-decision',
  ]);
  expect(events.map((e) => Number(e.sequence))).toEqual(events.map((_, i) => i + 1));
  expect(events.find((e) => e.type === EventType.EnterpriseStepCancelled)?.data).toMatchObject({ reason: 'reclassified', track: 'D', actor: { unit: 'STIIC' } });

  // Not `enterprise-workflow.reevaluate-directive`: that history was recorded under the score bands
  // (D with a rectify-or-close order) and stays as it is, so the replay keeps covering old cases.
  writeHistory('enterprise-workflow.tracks-by-seed.reevaluate-to-d', history);
});

it('by the seed’s tracks (五(一)): a labour-intensive processing plant is put on C, chooses assisted exit (协助退出, 企业自愿), and is closed as exited once the exit plan, the legacy land (PLAN) and labour (HRSS) are done', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'enterprise-c-exit';
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  const offset = Date.parse('2010-03-01T09:00:00+08:00') - (await env.currentTimeMs());
  const until = async (iso: string) => {
    const ms = Date.parse(iso) - ((await env.currentTimeMs()) + offset);
    if (ms > 0) await env.sleep(ms);
  };
  const id = 'ENT-BAOAN-0003';
  const handle = () => env.client.workflow.getHandle<typeof enterpriseWorkflow>(enterpriseWorkflowId(id));
  const complete = (step: string, actor: Actor, payload: Record<string, unknown>) =>
    handle().executeUpdate(completeStepUpdate as UpdateDefinition<EnterpriseView, [unknown]>, { args: [{ actor, step, payload }] });
  const registration: EnterpriseRegistration = { ...toyMaker(id), productionCategory: 'labour-intensive' };

  const { view, history } = await worker.runUntil(async () => {
    await env.client.workflow.start(enterpriseWorkflow, {
      taskQueue,
      workflowId: enterpriseWorkflowId(id),
      args: [{ registration, planId: 'shenzhen-2009-98', registeredBy: official('BAOAN'), escalation: DEFAULT_ESCALATION_POLICY, index: SZ_2009_INDEX_V1, clockOffsetMs: offset }],
    });
    const classified = await handle().query(enterpriseViewQuery);
    expect(classified.classification).toMatchObject({ track: 'C', rule: { id: 'c-production-category' } });
    expect(await refusalCode(complete('exit-plan', official('BAOAN'), { plan: '有序停产', exitBy: '2010-06-30' }))).toBe('ENTERPRISE.STEP_OUT_OF_TURN');
    await until('2010-03-03T10:00:00+08:00');
    const chose = await complete('intention', official('BAOAN'), { decision: 'exit', note: '企业自愿退出' });
    expect(chose.intention).toBe('exit');
    expect(chose.steps.filter((s) => s.status === 'open').map((s) => s.step)).toEqual(['exit-plan', 'labour']);
    await until('2010-03-10T10:00:00+08:00');
    await complete('exit-plan', official('BAOAN'), { plan: '有序停产、设备处置与员工安置', exitBy: '2010-06-30' });
    await until('2010-03-17T10:00:00+08:00');
    await complete('legacy-land', official('PLAN'), { resolution: 'revitalised', notes: '原厂房纳入存量盘活' });
    await until('2010-03-18T10:00:00+08:00');
    await complete('labour', official('HRSS'), { disputesResolved: 4, workersRetrained: 60 });
    await until('2010-03-24T10:00:00+08:00');
    await complete('exit-verified', official('BAOAN'), { verifiedOn: '2010-03-24' });
    const view = await handle().result();
    return { view, history: await handle().fetchHistory() };
  });

  expect(view).toMatchObject({ status: 'closed', track: 'C', intention: 'exit' });
  const subject = events.filter((e) => e.subject === id);
  expect(subject.map((e) => (e.type === EventType.EnterpriseStepOpened || e.type === EventType.EnterpriseStepCompleted ? `${e.type.split('.')[2]} ${(e.data as { step: string }).step}` : (e.type.split('.')[2] as string)))).toEqual([
    'registered',
    'classified',
    'step-opened intention',
    'step-completed intention',
    'step-opened exit-plan',
    'step-opened labour',
    'step-completed exit-plan',
    'step-opened legacy-land',
    'step-completed legacy-land',
    'step-completed labour',
    'step-opened exit-verified',
    'step-completed exit-verified',
    'closed',
  ]);
  expect(subject.find((e) => e.type === EventType.EnterpriseStepCompleted)?.data).toMatchObject({ step: 'intention', payload: { decision: 'exit', note: '企业自愿退出' } });
  expect(subject.at(-1)?.data).toEqual({ enterpriseId: id, track: 'C', outcome: 'exited' });
  expect(subject.map((e) => Number(e.sequence))).toEqual(subject.map((_, i) => i + 1));

  writeHistory('enterprise-workflow.tracks-by-seed.c-exit', history);
});
