import { existsSync } from 'node:fs';
import path from 'node:path';
// Types only: the API imports this library too, and must not load the worker's native runtime.
import type { BundleOptions, WorkerOptions } from '@temporalio/worker';

/**
 * The repository root when running from source (`libs/temporal/src` → three up), or `dist/server`
 * in the compiled build (`dist/server/libs/temporal/src` → three up), where `npm run build` puts the
 * workflow bundle.
 */
const root = path.resolve(__dirname, '../../..');
const compiled = __filename.endsWith('.js');

/** The entry point of all workflow code. */
export const workflowsPath = path.join(root, 'workflows/src/index.ts');

/** Where `npm run build` writes the workflow bundle, beside the compiled apps. */
export const prebuiltWorkflowBundlePath = path.join(root, 'workflow-bundle.js');

/** The libraries workflow code may import (aliased to source) and declares free of side effects. */
const WORKFLOW_LIBRARIES = /[\\/]libs[\\/](contracts|domain)[\\/]src[\\/]/;

/**
 * The workflow bundler resolves our path aliases to source: workflows may use only contracts
 * and domain, so those are the only aliases given (a forbidden import fails the bundle).
 *
 * It also keeps out of the bundle every module of those two libraries that workflow code does not
 * use (ours: `sideEffects: false` for them, with webpack's `sideEffects` and `usedExports`, which
 * its development mode leaves off). This is about memory, not size: with the SDK's reused V8
 * context each workflow in the worker's cache evaluates, and keeps, its own copy of every module
 * the bundle requires. Through the libraries' index files that was every zod schema of the HTTP
 * contracts and of the events' data, about 1,700 schema objects with 30 bound methods each:
 * 4.3 MiB of heap per cached workflow, against 0.7 MiB without them (`tools/bench/r4-heap.ts`,
 * issue 14), and 0.45 MiB once the schemas of the modules workflows do use were built on first use
 * (`onFirstUse` in `@duban/domain`). A module that workflow code reaches must therefore do nothing at
 * load but define its exports: a schema it needs is built on first use, one it does not lives in a
 * module of its own (`targets.schema.ts`, `event-catalog.ts`).
 */
export const workflowBundlerOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: {
        ...(config.resolve?.alias as Record<string, string> | undefined),
        '@duban/contracts': path.join(root, 'libs/contracts/src/index.ts'),
        '@duban/domain': path.join(root, 'libs/domain/src/index.ts'),
      },
    },
    module: { ...config.module, rules: [...(config.module?.rules ?? []), { test: WORKFLOW_LIBRARIES, sideEffects: false }] },
    optimization: { ...config.optimization, sideEffects: true, usedExports: true },
  }),
};

/**
 * The workflow options of `Worker.create`: the prebuilt bundle when there is one
 * (`WORKFLOW_BUNDLE_PATH`, else `workflow-bundle.js` of the compiled build), so the production worker
 * starts without webpack; from source, the workflows bundled at start as before. The compiled build
 * without its bundle is refused: it has no TypeScript to bundle from.
 *
 * `workflowInterceptorModules` are bundled at start only; a prebuilt bundle already holds the ones it
 * was built with (`npm run build` passes the same list).
 */
export function workerWorkflowOptions(workflowInterceptorModules: string[] = [], bundlePath = process.env['WORKFLOW_BUNDLE_PATH']): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions' | 'interceptors'> {
  const prebuilt = bundlePath ?? (existsSync(prebuiltWorkflowBundlePath) ? prebuiltWorkflowBundlePath : undefined);
  if (prebuilt) {
    if (!existsSync(prebuilt)) throw new Error(`the workflow bundle ${prebuilt} does not exist (WORKFLOW_BUNDLE_PATH); run npm run build`);
    return { workflowBundle: { codePath: prebuilt } };
  }
  if (compiled) throw new Error(`the compiled worker needs its workflow bundle at ${prebuiltWorkflowBundlePath}; run npm run build`);
  return { workflowsPath, bundlerOptions: workflowBundlerOptions, ...(workflowInterceptorModules.length > 0 && { interceptors: { workflowModules: workflowInterceptorModules } }) };
}
