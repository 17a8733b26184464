/**
 * A value built the first time it is asked for, then kept.
 *
 * For module-level zod schemas that workflow code reaches: each workflow in the worker's cache
 * evaluates the workflow bundle's modules for itself (the SDK's reused V8 context), so a schema
 * built at load is built, and kept, once per cached workflow, whether or not that workflow ever
 * validates with it. A zod v3 schema binds about 25 of its methods when it is made (issue 14, R4:
 * `tools/bench/r4-heap.ts`).
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
