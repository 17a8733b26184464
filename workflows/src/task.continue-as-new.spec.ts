import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { reportProgressUpdate, reviewTaskUpdate, submitTaskUpdate, type Actor, type TaskWorkflowInput } from '@duban/contracts';
import { SHENZHEN_2009_98, expandAssignments, parsePlanDefinition } from '@duban/domain';
import { taskWorkflow } from './task.workflow';
import { bundleWorkflows, localEnv, recordHistory, recordingActivities, waitFor } from '@duban/testing';

/**
 * Continue-as-new keeps a task's state, ladder and event numbering. Run on the real Temporal dev
 * server (the Java time-skipping server does not report history length to workflows).
 */
const stiic: Actor = { sub: 'li.wei', unit: 'STIIC', roles: ['official'] };
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await localEnv();
});
afterAll(async () => {
  await env?.teardown();
});

it('continues as new with its state, ladder and event numbering intact', async () => {
  const { events, activities } = recordingActivities();
  const taskQueue = 'task-continue-as-new';
  const workflowBundle = await bundleWorkflows();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const assignment = { ...expandAssignments(parsePlanDefinition(SHENZHEN_2009_98))[0]!, taskId: 'spec.T1.CAN', coUnits: [], due };
  const input: TaskWorkflowInput = { assignment, historyLimit: 20 };

  const { view } = await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: 'task/spec.T1.CAN', args: [input] });
    for (let i = 1; i <= 6; i++) await handle.executeUpdate(reportProgressUpdate, { args: [{ actor: stiic, percent: i * 10, note: `step ${i}` }] });
    // Back-to-back updates keep the task busy; it continues as new at its first quiet moment.
    const firstRun = env.client.workflow.getHandle('task/spec.T1.CAN', handle.firstExecutionRunId);
    await waitFor('the first run to continue as new', async () => ((await firstRun.describe()).status.name === 'CONTINUED_AS_NEW' ? true : undefined), { timeoutMs: 30_000 });
    await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: stiic, summary: 'index' }] });
    await handle.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
    const view = await handle.result();
    // The run that decided to continue as new, and the run that picked its state up.
    await recordHistory('task-workflow.continued-as-new.first-run', firstRun);
    await recordHistory('task-workflow.continued-as-new.last-run', handle);
    return { view };
  });

  expect(view.history.map((h) => h.action)).toEqual(['assigned', 'progress', 'progress', 'progress', 'progress', 'progress', 'progress', 'submitted', 'accepted']);
  expect(view.progressPercent).toBe(60);
  expect(view.ladder.filter((s) => !s.fired).map((s) => s.kind)).toEqual(['reminder', 'reminder', 'reminder', 'yellow', 'red', 'leading-group']);
  expect(events.map((e) => Number(e.sequence))).toEqual(events.map((_, i) => i + 1));
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
});
