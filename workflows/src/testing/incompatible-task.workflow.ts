import { sleep } from '@temporalio/workflow';
import type { TaskView, TaskWorkflowInput } from '@duban/contracts';
import { taskWorkflow as compatibleTaskWorkflow } from '../task.workflow';

/**
 * Test only, never registered by the worker: the task workflow with a deliberately incompatible
 * change. It waits one second before doing anything, so its first command is a timer where every
 * recorded task history starts by scheduling the publication of `TaskAssigned`. `replay-negative.spec.ts`
 * proves that replay refuses it.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskView> {
  await sleep(1_000);
  return compatibleTaskWorkflow(input);
}
