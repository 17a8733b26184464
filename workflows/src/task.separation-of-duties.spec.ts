import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  EventType,
  decideExtensionUpdate,
  requestExtensionUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  taskViewQuery,
  type Actor,
  type DubanEvent,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { SHENZHEN_2009_98, expandAssignments, parsePlanDefinition } from '@duban/domain';
import { taskWorkflow } from './task.workflow';
import { bundleWorkflows, recordHistory, recordingActivities, refusalCode, timeSkippingEnv } from '@duban/testing';

/**
 * Separation of duties (issue 12, patch `review-not-by-submitter`): one principal holding both
 * `official` and `supervisor` submits a task and then tries to accept it, and asks for an
 * extension and then tries to approve it. Both are refused (TASK.SEPARATION_OF_DUTIES) before
 * anything is recorded; another supervisor then decides. The run is recorded for the replay test.
 */
const both: Actor = { sub: 'li.wei', unit: 'STIIC', roles: ['official', 'supervisor'] };
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

async function withWorker<T>(taskQueue: string, body: (events: DubanEvent[]) => Promise<T>): Promise<T> {
  const { events, activities } = recordingActivities();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  return worker.runUntil(body(events));
}

/** The refusal's message, to check that it names the rule. */
async function refusalMessage(update: Promise<unknown>): Promise<string> {
  try {
    await update;
  } catch (e) {
    if (e instanceof WorkflowUpdateFailedError) return e.cause?.message ?? '';
    throw e;
  }
  throw new Error('the update was accepted');
}

it('refuses the submitter as reviewer and the requester as decider (same sub, both roles), records nothing of it, and lets another supervisor decide', async () => {
  const taskQueue = 'task-separation-of-duties';
  const taskId = 'spec-plan.T1.SOD';
  const due = new Date((await env.currentTimeMs()) + 60 * 86_400_000).toISOString().slice(0, 10);
  const later = new Date((await env.currentTimeMs()) + 90 * 86_400_000).toISOString().slice(0, 10);
  const input: TaskWorkflowInput = { assignment: { ...seedT1, taskId, coUnits: [], due } };

  const { view, events } = await withWorker(taskQueue, async (events) => {
    const handle = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: `task/${taskId}`, args: [input] });
    await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: both, summary: '工业企业综合评价指标体系' }] });
    await handle.executeUpdate(requestExtensionUpdate, { args: [{ actor: both, newDue: later, reason: '专家评审' }] });

    const before = await handle.query(taskViewQuery);
    expect(await refusalCode(handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: both, decision: 'accept' }] }))).toBe('TASK.SEPARATION_OF_DUTIES');
    expect(await refusalMessage(handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: both, decision: 'reject', reason: 'x' }] }))).toContain('review-not-by-submitter');
    expect(await refusalCode(handle.executeUpdate(decideExtensionUpdate, { args: [{ actor: both, decision: 'approve' }] }))).toBe('TASK.SEPARATION_OF_DUTIES');
    expect(await refusalMessage(handle.executeUpdate(decideExtensionUpdate, { args: [{ actor: both, decision: 'approve' }] }))).toContain('decision-not-by-requester');
    expect(await handle.query(taskViewQuery)).toEqual(before);

    // Another principal of the same roles and unit is not the submitter: the rule is about the person.
    await handle.executeUpdate(decideExtensionUpdate, { args: [{ actor: ducha, decision: 'approve', comment: '同意' }] });
    await handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: { ...both, sub: 'zhang.san' }, decision: 'accept' }] });
    const view = await handle.result();
    await recordHistory('task-workflow.review-not-by-submitter', handle);
    return { view, events };
  });

  expect(view.status).toBe('accepted');
  expect(view.history.map((h) => [h.action, h.actor?.sub])).toEqual([
    ['assigned', undefined],
    ['submitted', 'li.wei'],
    ['extension-requested', 'li.wei'],
    ['extension-approved', 'wang.fang'],
    ['accepted', 'zhang.san'],
  ]);
  expect(events.filter((e) => e.type.startsWith('duban.task.')).map((e) => e.type)).toEqual([
    EventType.TaskAssigned,
    EventType.TaskSubmitted,
    EventType.ExtensionRequested,
    EventType.ExtensionDecided,
    EventType.TaskAccepted,
  ]);
});
