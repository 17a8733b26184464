import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFile, type Options } from '@swc/core';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowTracingInterceptorsPath } from '@duban/observability';
import { workflowBundlerOptions, workflowsPath } from '@duban/temporal';

/**
 * `npm run build`: the production build of the three server apps, what the Docker image runs with
 * `node` alone (no TypeScript, no swc, no webpack at start):
 *
 * - every server source file (apps/api, apps/worker, apps/consumers, libs/*, workflows/; not the
 *   console, tests, tools or test helpers) compiled by swc to CommonJS under `dist/server/`, in the
 *   same folders, with the `@duban/*` path aliases rewritten to relative paths;
 * - the workflow bundle (`dist/server/workflow-bundle.js`), made once here by the Temporal SDK's
 *   bundler; the compiled worker finds it and passes it as `workflowBundle` (see
 *   `libs/temporal/src/workflow-bundle.ts`), so a worker starts without webpack.
 *
 * The web console is built by its own target (`npx nx run console:build`, into dist/apps/console),
 * which the image build runs before this.
 */
const root = path.resolve(__dirname, '../..');
export const SERVER_OUT = path.join(root, 'dist/server');

/** The folders whose sources the apps run, relative to the repository root. */
const SOURCE_ROOTS = ['apps/api/src', 'apps/worker/src', 'apps/consumers/src', 'libs', 'workflows/src'];
/** Files and folders that are never part of a running app (tests, test helpers, the stack tool). */
const EXCLUDED = [/\.spec\.ts$/, /\.d\.ts$/, /^libs\/testing\//, /^workflows\/src\/testing\//, /\/node_modules\//];

function sources(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) sources(rel, found);
    else if (rel.endsWith('.ts') && !EXCLUDED.some((x) => x.test(rel))) found.push(rel);
  }
  return found;
}

/** The aliases of tsconfig.base.json, less the ones only tools and tests use. */
function aliases(): Record<string, string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- JSON with comments is not used here; the file is plain JSON.
  const base = require(path.join(root, 'tsconfig.base.json')) as { compilerOptions: { paths: Record<string, string[]> } };
  return Object.fromEntries(Object.entries(base.compilerOptions.paths).filter(([name]) => !['@duban/testing', '@duban/stack'].includes(name)));
}

function swcOptions(): Options {
  return {
    swcrc: false,
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      // Nest's dependency injection reads the constructor parameter types that decorator metadata records.
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      baseUrl: root,
      paths: aliases(),
      keepClassNames: true,
    },
    module: { type: 'commonjs', strict: true },
  };
}

/**
 * The workflow interceptor modules bundled in: the tracing interceptors (`@duban/observability`),
 * always, since a bundle is built before anyone knows whether tracing will be on; with tracing off
 * the worker registers a sink that drops what they record (see `workerTracingOptions`).
 */
const WORKFLOW_INTERCEPTOR_MODULES: string[] = [workflowTracingInterceptorsPath];

export interface BuildSummary {
  files: number;
  serverBytes: number;
  workflowBundleBytes: number;
  elapsedMs: number;
}

export async function buildServer(): Promise<BuildSummary> {
  const started = Date.now();
  rmSync(SERVER_OUT, { recursive: true, force: true });
  const files = SOURCE_ROOTS.flatMap((dir) => sources(dir));
  const options = swcOptions();
  let serverBytes = 0;
  // A few at a time: swc's transform runs on its own threads, and the machine may be small.
  for (let i = 0; i < files.length; i += 16) {
    await Promise.all(
      files.slice(i, i + 16).map(async (rel) => {
        const out = path.join(SERVER_OUT, rel.replace(/\.ts$/, '.js'));
        const { code, map } = await transformFile(path.join(root, rel), { ...options, filename: path.join(root, rel), outputPath: out });
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
        if (map) writeFileSync(`${out}.map`, map);
        serverBytes += Buffer.byteLength(code);
      }),
    );
  }
  // The interceptor modules that run inside the workflow sandbox go into the bundle here: a worker
  // given a prebuilt bundle cannot add any.
  const bundle = await bundleWorkflowCode({ workflowsPath, workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES, ...workflowBundlerOptions });
  const bundlePath = path.join(SERVER_OUT, 'workflow-bundle.js');
  writeFileSync(bundlePath, bundle.code);
  return { files: files.length, serverBytes, workflowBundleBytes: statSync(bundlePath).size, elapsedMs: Date.now() - started };
}

if (require.main === module) {
  buildServer()
    .then((s) => {
      console.log(
        `duban: built ${s.files} files into ${path.relative(root, SERVER_OUT)}/ (${(s.serverBytes / 1024).toFixed(0)} KiB of JS) and the workflow bundle (${(s.workflowBundleBytes / 1024).toFixed(0)} KiB) in ${(s.elapsedMs / 1000).toFixed(1)} s`,
      );
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
