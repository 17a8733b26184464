import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  EventType,
  planViewQuery,
  reviewTaskUpdate,
  submitTaskUpdate,
  taskWorkflowId,
  type Actor,
} from '@duban/contracts';
import { parsePlanDefinition, rebasePlan, SHENZHEN_2009_98, SZ_2009_INDEX_V1 } from '@duban/domain';
import { planWorkflow } from './plan.workflow';
import { bundleWorkflows, recordingActivities, timeSkippingEnv, writeHistory } from '@duban/testing';

const admin: Actor = { sub: 'admin', unit: 'LGO', roles: ['admin'] };
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  env = await timeSkippingEnv();
  bundle = await bundleWorkflows();
});

afterAll(async () => {
  await env?.teardown();
});

describe('planWorkflow', () => {
  it('starts one task per responsible unit, follows their states and completes when all are accepted', async () => {
    // Rebased to today: the test server's clock starts at today.
    const seed = rebasePlan(parsePlanDefinition(SHENZHEN_2009_98), new Date().toISOString().slice(0, 10));
    // Two tasks keep the recorded history small: T1 (STIIC) and T3 (STIIC).
    const plan = { ...seed, planId: 'spec-plan', tasks: seed.tasks.filter((t) => t.code === 'T1' || t.code === 'T3').map((t) => ({ ...t, coUnits: [] })) };
    const { events, activities } = recordingActivities();
    const taskQueue = 'plan-lifecycle';
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
    const official: Actor = { sub: 'li.wei', unit: 'STIIC', roles: ['official'] };

    const { view, history } = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(planWorkflow, { taskQueue, workflowId: 'plan/spec-plan', args: [{ plan, actor: admin }] });
      const taskIds = ['spec-plan.T1.STIIC', 'spec-plan.T3.STIIC'];
      for (const id of taskIds) {
        const task = env.client.workflow.getHandle(taskWorkflowId(id));
        // Children start asynchronously; the update waits for the task workflow to exist.
        await waitUntilStarted(task.workflowId);
        await task.executeUpdate(submitTaskUpdate, { args: [{ actor: official, summary: `deliverable of ${id}` }] });
      }
      await waitUntil(async () => (await handle.query(planViewQuery)).tasks.every((t) => t.status === 'submitted'));
      for (const id of taskIds) {
        await env.client.workflow.getHandle(taskWorkflowId(id)).executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
      }
      return { view: await handle.result(), history: await handle.fetchHistory() };
    });

    expect(view.status).toBe('completed');
    expect(view.tasks.map((t) => [t.taskId, t.status])).toEqual([
      ['spec-plan.T1.STIIC', 'accepted'],
      ['spec-plan.T3.STIIC', 'accepted'],
    ]);
    const planEvents = events.filter((e) => e.subject === 'spec-plan');
    // T1's acceptance puts the evaluation index in force and announces it (for the index-delivery consumer), right after T1's deliverable.
    const named = planEvents.map((e) => (e.type === EventType.DeliverableAvailable ? `${e.type} ${(e.data as { taskCode: string }).taskCode}` : e.type));
    expect(named.indexOf(EventType.EvaluationIndexSet)).toBe(named.indexOf(`${EventType.DeliverableAvailable} T1`) + 1);
    expect([...named].sort()).toEqual(
      [EventType.PlanStarted, `${EventType.DeliverableAvailable} T1`, EventType.EvaluationIndexSet, `${EventType.DeliverableAvailable} T3`, EventType.PlanCompleted].sort(),
    );
    expect(planEvents.find((e) => e.type === EventType.EvaluationIndexSet)?.data).toEqual({ planId: 'spec-plan', index: SZ_2009_INDEX_V1 });
    expect(view.evaluationIndex).toEqual(SZ_2009_INDEX_V1);
    expect(view.deliverables['T1']?.[0]).toMatchObject({ taskId: 'spec-plan.T1.STIIC', summary: 'deliverable of spec-plan.T1.STIIC' });
    expect(planEvents[0]?.data).toMatchObject({ tasks: ['spec-plan.T1.STIIC', 'spec-plan.T3.STIIC'], actor: admin });

    writeHistory('plan-workflow.two-tasks-accepted', history);
  });
});

async function waitUntil(predicate: () => Promise<boolean>): Promise<void> {
  while (!(await predicate())) await env.sleep('1 second');
}

async function waitUntilStarted(workflowId: string): Promise<void> {
  await waitUntil(async () => {
    try {
      await env.client.workflow.getHandle(workflowId).describe();
      return true;
    } catch {
      return false;
    }
  });
}
