import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import {
  EventType,
  acknowledgeEscalationUpdate,
  contributeUpdate,
  decideExtensionUpdate,
  issueDirectiveUpdate,
  requestExtensionUpdate,
  waiveContributionUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  reportProgressUpdate,
  taskViewQuery,
  type Actor,
  type DubanEvent,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { SHENZHEN_2009_98, expandAssignments, parsePlanDefinition } from '@duban/domain';
import { taskWorkflow } from './task.workflow';
import { bundleWorkflows, recordingActivities, refusalCode, timeSkippingEnv, writeHistory } from '@duban/testing';

const stiic: Actor = { sub: 'li.wei', unit: 'STIIC', roles: ['official'] };
const futian: Actor = { sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] };
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };
// T1 without its co-unit; each test gives it a deadline two months ahead of the skipped clock.
const seedT1 = { ...expandAssignments(parsePlanDefinition(SHENZHEN_2009_98))[0]!, coUnits: [] };
let t1 = seedT1;
beforeEach(async () => {
  t1 = { ...seedT1, due: new Date((await env.currentTimeMs()) + 60 * 86_400_000).toISOString().slice(0, 10) };
});

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

function start(taskQueue: string, id: string): Promise<WorkflowHandle<typeof taskWorkflow>> {
  const input: TaskWorkflowInput = { assignment: { ...t1, taskId: id } };
  return env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: `task/${id}`, args: [input] });
}

const waitForEvents = async (events: DubanEvent[], n: number) => {
  while (events.length < n) await env.sleep('1 second');
};

describe('taskWorkflow', () => {
  it('goes assigned → in progress → submitted → rejected → resubmitted → accepted, emitting each event once, in order', async () => {
    const taskQueue = 'task-lifecycle';
    const id = 'spec-plan.T1.STIIC';
    const { view, events, history } = await withWorker(taskQueue, async (events) => {
      const handle = await start(taskQueue, id);
      await handle.executeUpdate(reportProgressUpdate, { args: [{ actor: stiic, percent: 40, note: 'draft indicators' }] });
      await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: stiic, summary: 'index v1', deliverableRef: 'doc://index-v1' }] });
      await handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'reject', reason: 'energy weight missing' }] });
      await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: stiic, summary: 'index v2' }] });
      await handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
      const view = await handle.result();
      return { view, events, history: await handle.fetchHistory() };
    });

    expect(view.status).toBe('accepted');
    expect(view.submissions.map((s) => s.summary)).toEqual(['index v1', 'index v2']);
    expect(events.map((e) => e.type)).toEqual([
      EventType.TaskAssigned,
      EventType.TaskProgressReported,
      EventType.TaskSubmitted,
      EventType.TaskRejected,
      EventType.TaskSubmitted,
      EventType.TaskAccepted,
    ]);
    expect(events.map((e) => Number(e.sequence))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(events.map((e) => e.id)).size).toBe(6);
    expect(events.every((e) => e.subject === id && e.specversion === '1.0')).toBe(true);
    expect(events[3]?.data).toMatchObject({ reason: 'energy weight missing', actor: ducha });

    writeHistory('task-workflow.reject-resubmit-accept', history);
  });

  it('refuses out-of-turn and unauthorised updates before recording anything', async () => {
    const taskQueue = 'task-refusals';
    await withWorker(taskQueue, async (events) => {
      const handle = await start(taskQueue, 'spec-plan.T1.REFUSALS');
      expect(await refusalCode(handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] }))).toBe('TASK.OUT_OF_TURN');
      expect(await refusalCode(handle.executeUpdate(submitTaskUpdate, { args: [{ actor: futian, summary: 'not ours' }] }))).toBe('TASK.FORBIDDEN');
      await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: stiic, summary: 'index' }] });
      expect(await refusalCode(handle.executeUpdate(submitTaskUpdate, { args: [{ actor: stiic, summary: 'again' }] }))).toBe('TASK.OUT_OF_TURN');
      expect(await refusalCode(handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: stiic, decision: 'accept' }] }))).toBe('TASK.FORBIDDEN');

      await waitForEvents(events, 2);
      const view = await handle.query(taskViewQuery);
      expect(view.status).toBe('submitted');
      expect(view.history.map((h) => h.action)).toEqual(['assigned', 'submitted']);
      // Only the task's own steps: the ladder may fire while the skipped clock runs on.
      expect(events.filter((e) => e.type.startsWith('duban.task.')).map((e) => e.type)).toEqual([EventType.TaskAssigned, EventType.TaskSubmitted]);
      await handle.terminate('test done');
    });
  });

  it('refuses the other out-of-turn steps: co-units pending, no extension to decide, an official directing, an unknown escalation', async () => {
    const taskQueue = 'task-more-refusals';
    await withWorker(taskQueue, async () => {
      const input: TaskWorkflowInput = { assignment: { ...t1, taskId: 'spec-plan.T1.MORE', coUnits: ['STATS'] } };
      const handle = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: 'task/spec-plan.T1.MORE', args: [input] });
      expect(await refusalCode(handle.executeUpdate(submitTaskUpdate, { args: [{ actor: stiic, summary: 'alone' }] }))).toBe('TASK.CONTRIBUTIONS_PENDING');
      expect(await refusalCode(handle.executeUpdate(decideExtensionUpdate, { args: [{ actor: ducha, decision: 'approve' }] }))).toBe('TASK.NO_PENDING_EXTENSION');
      expect(await refusalCode(handle.executeUpdate(issueDirectiveUpdate, { args: [{ actor: stiic, committedDate: t1.due, instructions: 'x' }] }))).toBe('TASK.FORBIDDEN');
      expect(await refusalCode(handle.executeUpdate(acknowledgeEscalationUpdate, { args: [{ actor: ducha, escalationId: 'spec-plan.T1.MORE~0~red' }] }))).toBe('ESCALATION.NOT_FOUND');
      expect(await refusalCode(handle.executeUpdate(requestExtensionUpdate, { args: [{ actor: stiic, newDue: '2009-01-01', reason: 'x' }] }))).toBe('TASK.INVALID_DATE');
      expect(await refusalCode(handle.executeUpdate(contributeUpdate, { args: [{ actor: futian, summary: 'not a co-unit' }] }))).toBe('TASK.FORBIDDEN');

      // A supervisor's waiver lets the lead submit; a second request while one is pending is refused.
      await handle.executeUpdate(waiveContributionUpdate, { args: [{ actor: ducha, unit: 'STATS', reason: '数据已并入' }] });
      await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: stiic, summary: 'index' }] });
      const later = new Date(Date.parse(t1.due) + 30 * 86_400_000).toISOString().slice(0, 10);
      await handle.executeUpdate(requestExtensionUpdate, { args: [{ actor: stiic, newDue: later, reason: '评审意见' }] });
      expect(await refusalCode(handle.executeUpdate(requestExtensionUpdate, { args: [{ actor: stiic, newDue: later, reason: 'again' }] }))).toBe('TASK.EXTENSION_PENDING');
      const view = await handle.query(taskViewQuery);
      expect(view.history.map((h) => h.action)).toEqual(['assigned', 'contribution-waived', 'submitted', 'extension-requested']);
      await handle.terminate('test done');
    });
  });
});
