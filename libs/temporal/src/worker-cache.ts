/**
 * Heap budgeted per cached workflow, MiB (ours). An enterprise workflow waiting on its first step
 * holds about 0.45 MiB of heap in the SDK's reused V8 context (`tools/bench/r4-heap.ts`, issue 14),
 * and about 0.25 MiB more once it has validated a step payload or an index (the schemas it builds on
 * first use); the budget leaves room for a workflow's state growing over its life and its
 * activations' garbage. Before the workflow bundle left out the modules workflows do not use it
 * was 4.3 MiB, the budget 8, and the SDK's own default (about 1.7 MiB each) ran the worker out of
 * heap at about 1,000 open enterprise workflows.
 */
export const HEAP_MIB_PER_CACHED_WORKFLOW = 2;

/**
 * The worker's `maxCachedWorkflows` when `WORKER_MAX_CACHED_WORKFLOWS` is unset: the heap limit
 * less 200 MiB for the rest of the worker, at {@link HEAP_MIB_PER_CACHED_WORKFLOW} each (ours);
 * 1,972 on Node's default 4,144 MiB heap, never fewer than 10.
 */
export function defaultMaxCachedWorkflows(heapLimitMiB: number): number {
  return Math.max(Math.floor((heapLimitMiB - 200) / HEAP_MIB_PER_CACHED_WORKFLOW), 10);
}
