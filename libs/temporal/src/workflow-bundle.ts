import path from 'node:path';
import type { BundleOptions } from '@temporalio/worker';

const repoRoot = path.resolve(__dirname, '../../..');

/** The entry point of all workflow code. */
export const workflowsPath = path.join(repoRoot, 'workflows/src/index.ts');

/**
 * The workflow bundler resolves our path aliases to source: workflows may use only contracts
 * and domain, so those are the only aliases given (a forbidden import fails the bundle).
 */
export const workflowBundlerOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: {
        ...(config.resolve?.alias as Record<string, string> | undefined),
        '@duban/contracts': path.join(repoRoot, 'libs/contracts/src/index.ts'),
        '@duban/domain': path.join(repoRoot, 'libs/domain/src/index.ts'),
      },
    },
  }),
};
