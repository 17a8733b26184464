import { defaultPayloadConverter } from '@temporalio/common';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { completeStepUpdate, enterpriseViewQuery, enterpriseWorkflowId, issueStepDirectiveUpdate, type Actor, type EnterpriseWorkflowInput } from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, SZ_2009_INDEX_V1, type EnterpriseRegistration } from '@duban/domain';
import { bundleWorkflows, localEnv, recordHistory, recordingActivities, waitFor } from '@duban/testing';
import { enterpriseWorkflow } from './enterprise.workflow';

/**
 * Continue-as-new keeps an enterprise's case: its steps, the ladder of the open step (a directive
 * moved it before the new run), and the subject's event numbering. Run on the real Temporal dev
 * server (the Java time-skipping server does not report history length to workflows).
 */
const official = (unit: string): Actor => ({ sub: `${unit.toLowerCase()}.official`, unit, roles: ['official'] });
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await localEnv();
});
afterAll(async () => {
  await env?.teardown();
});

it('continues as new with its steps, the open step’s moved deadline and its event numbering intact', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'enterprise-continue-as-new';
  const workflowBundle = await bundleWorkflows();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  const id = 'ENT-CAN-0001';
  const registration: EnterpriseRegistration = {
    id,
    name: '坪山某五金厂',
    district: 'PINGSHAN',
    industry: 'hardware-stainless',
    indicators: { technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 },
    flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
    redLines: [],
  };
  const input: EnterpriseWorkflowInput = { registration, planId: 'spec', registeredBy: official('PINGSHAN'), escalation: DEFAULT_ESCALATION_POLICY, index: SZ_2009_INDEX_V1, historyLimit: 20 };
  const committedDate = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
  const pingshan = official('PINGSHAN');

  const view = await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(enterpriseWorkflow, { taskQueue, workflowId: enterpriseWorkflowId(id), args: [input] });
    const complete = (step: string, actor: Actor, payload: Record<string, unknown>) => handle.executeUpdate(completeStepUpdate, { args: [{ actor, step: step as never, payload }] });
    // An update sent before the workflow has opened its first step is refused (not open): on a busy
    // machine the start and the update reached the worker in one task (fresh-clone CI).
    await waitFor('the intention step open', async () => ((await handle.query(enterpriseViewQuery)).steps.some((s) => s.step === 'intention' && s.status === 'open') ? true : undefined), { timeoutMs: 30_000 });
    await complete('intention', pingshan, { decision: 'transfer' });
    await complete('destination', official('STIIC'), { parkId: 'sz-chaozhou-park', parkName: '深圳（潮州）产业转移工业园', region: 'east-wing', reasons: ['五金'] });
    await complete('site-visit', pingshan, { visitedOn: '2010-01-01', participants: 3 });
    await handle.executeUpdate(issueStepDirectiveUpdate, { args: [{ actor: ducha, step: 'negotiation', committedDate, instructions: '按期洽谈' }] });
    const firstRun = env.client.workflow.getHandle(enterpriseWorkflowId(id), handle.firstExecutionRunId);
    await waitFor('the first run to continue as new', async () => ((await firstRun.describe()).status.name === 'CONTINUED_AS_NEW' ? true : undefined), { timeoutMs: 30_000 });
    // The new run carries the tracks the case started with (the seed's), not whatever a new case would get.
    const started = (await handle.fetchHistory()).events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    expect(started && (defaultPayloadConverter.fromPayload(started) as EnterpriseWorkflowInput).carried?.trackRules).toBe('by-seed');
    await complete('negotiation', pingshan, { summary: '租金' });
    await complete('agreement', pingshan, { signedOn: '2010-01-02', agreementRef: 'CZ-1' });
    await complete('legacy-land', official('PLAN'), { resolution: 'returned' });
    await complete('labour', official('HRSS'), { disputesResolved: 0, workersRetrained: 10 });
    await complete('relocation', pingshan, { relocatedOn: '2010-01-03' });
    await complete('operating', official('STIIC'), { startedOn: '2010-01-04' });
    await complete('follow-up', official('STIIC'), { notes: '回访' });
    const view = await handle.result();
    // The run that decided to continue as new (after the directive), and the run that picked its state up.
    await recordHistory('enterprise-workflow.continued-as-new.first-run', firstRun);
    await recordHistory('enterprise-workflow.continued-as-new.last-run', handle);
    return view;
  });

  expect(view.status).toBe('closed');
  expect(view.steps.map((s) => [s.step, s.status])).toEqual(
    ['intention', 'destination', 'labour', 'site-visit', 'negotiation', 'agreement', 'legacy-land', 'relocation', 'operating', 'follow-up'].map((s) => [s, 'done']),
  );
  expect(view.steps.find((s) => s.step === 'negotiation')).toMatchObject({ due: committedDate, directives: [{ committedDate }] });
  expect(view.park?.parkId).toBe('sz-chaozhou-park');
  expect(events.map((e) => Number(e.sequence))).toEqual(events.map((_, i) => i + 1));
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  expect(events.filter((e) => e.type === 'duban.enterprise.registered.v1')).toHaveLength(1);
  expect(events.at(-1)?.type).toBe('duban.enterprise.closed.v1');
});
