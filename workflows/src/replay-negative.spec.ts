import { readFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { workflowBundlerOptions } from '@duban/temporal';
import { bundleWorkflows } from '@duban/testing';

/**
 * The replay suite (`replay.spec.ts`) is worth something only if replay refuses an incompatible
 * change. One recorded task history is replayed twice: against today's workflows, where it must
 * pass (so a failure below cannot come from the history or the set-up), and against a bundle whose
 * task workflow starts with a timer (`testing/incompatible-task.workflow.ts`), where it must fail
 * with a determinism violation, not any other error.
 */
const history = temporal.api.history.v1.History.decode(readFileSync(path.join(__dirname, '../histories/task-workflow.reject-resubmit-accept.history.pb')));
const quietLogger = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never;

let compatible: WorkflowBundleWithSourceMap;
let incompatible: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  compatible = await bundleWorkflows();
  incompatible = await bundleWorkflowCode({ workflowsPath: require.resolve('./testing/incompatible-workflows'), ...workflowBundlerOptions, logger: quietLogger });
});

it('replays the recorded history against today’s task workflow', async () => {
  await expect(Worker.runReplayHistory({ workflowBundle: compatible, replayName: 'negative-control' }, history)).resolves.toBeUndefined();
});

it('refuses the same history against a task workflow that issues a timer first', async () => {
  const replay = Worker.runReplayHistory({ workflowBundle: incompatible, replayName: 'negative-incompatible' }, history);
  await expect(replay).rejects.toBeInstanceOf(DeterminismViolationError);
  await expect(replay).rejects.toThrow(/nondeterminism/i);
});
