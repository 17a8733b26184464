import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { BaselineActivities } from './baseline.workflow';

/**
 * The baseline's worker, run as its own Node process by `startBaselineWorker` (baseline.ts), so its
 * CPU and RSS are measured as the system's worker process is (R1, R4). Reads TEMPORAL_ADDRESS,
 * TEMPORAL_NAMESPACE and BASELINE_TASK_QUEUE; prints `baseline worker polling` once it polls.
 * `maxCachedWorkflows` is the SDK's default, as in apps/worker (it follows the heap limit, so the
 * bench gives both workers the same `--max-old-space-size`).
 */
async function main(): Promise<void> {
  const address = process.env['TEMPORAL_ADDRESS'];
  const taskQueue = process.env['BASELINE_TASK_QUEUE'];
  if (!address || !taskQueue) throw new Error('TEMPORAL_ADDRESS and BASELINE_TASK_QUEUE are required');
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./baseline.workflow') });
  const connection = await NativeConnection.connect({ address });
  const activities: BaselineActivities = { noop: async () => undefined, noopLocal: async () => undefined };
  try {
    const worker = await Worker.create({ connection, namespace: process.env['TEMPORAL_NAMESPACE'] ?? 'default', taskQueue, workflowBundle: bundle, activities });
    console.log(`baseline worker polling ${address} queue=${taskQueue} maxCachedWorkflows=${worker.options.maxCachedWorkflows}`);
    await worker.run();
  } finally {
    await connection.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
