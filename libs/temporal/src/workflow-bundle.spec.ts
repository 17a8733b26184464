import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsPath } from './workflow-bundle';

const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never;

/** The modules of our libraries in a bundle, by path from the repository root. */
function libraryModules(code: string): string[] {
  return [...new Set([...code.matchAll(/"\.\/(libs\/[^"]+\.ts)"/g)].map((m) => m[1] as string))].sort();
}

// Each cached workflow evaluates its own copy of every module in the bundle (the SDK's reused V8
// context), so a schema module that slips in costs memory per workflow, not once (issue 14, R4).
it("bundles only the library modules workflow code uses: no HTTP contracts, no event catalogue, no events' data schemas", async () => {
  const bundle = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions, logger: quiet });
  const modules = libraryModules(bundle.code);

  expect(modules).toEqual(expect.arrayContaining(['libs/contracts/src/enterprises/enterprise.workflow-api.ts', 'libs/contracts/src/events.ts', 'libs/domain/src/escalation/ladder.ts']));
  expect(modules.filter((m) => /\.(http|dto)\.ts$|event-catalog\.ts$|event-data\.ts$|plan-definition\.ts$|targets\.schema\.ts$|\/index\.ts$/.test(m))).toEqual([]);
  expect(modules.length).toBeLessThan(40);
}, 120_000);

// The modules the bundle does hold are evaluated once per cached workflow too: any zod schema one of
// them builds at load is built, and kept, by every workflow in the cache (0.7 → 0.44 MiB of heap per
// enterprise workflow when they were moved to `onFirstUse`). Counts the zod builders (`z.object`,
// `z.string`…) that those modules call while they load, outside the bundle.
it('holds no library module that builds a zod schema at load', async () => {
  const bundle = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions, logger: quiet });
  const root = path.resolve(__dirname, '../../..');
  const inBundle = new Set(libraryModules(bundle.code).map((m) => path.join(root, m)));
  const builtBy = new Map<string, number>();
  // Builders called from any module body: if jest's stack stopped showing module bodies, nothing would
  // be attributed and the test below could not fail.
  let attributed = 0;
  jest.isolateModules(() => {
    jest.doMock('zod', () => {
      const actual = jest.requireActual<typeof import('zod')>('zod');
      const counting = new Proxy(actual.z, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver) as unknown;
          if (typeof value !== 'function' || /^Zod|^[A-Z]/.test(String(key))) return value;
          return (...args: unknown[]) => {
            // The module loading: the innermost module body on the stack (the frame jest's
            // `_execModule` called), not the function it called, so that a schema built on first use
            // by a module outside the bundle (here the libraries' index files load every module) is
            // not blamed on the bundle's module that defines it.
            const frames = (new Error().stack ?? '').split('\n');
            const body = frames.findIndex((line, i) => frames[i + 1]?.includes('Runtime._execModule') === true);
            const loading = body < 0 ? undefined : /(\/[^\s:()]+\.ts):\d+:\d+/.exec(frames[body] ?? '')?.[1];
            if (loading) attributed += 1;
            if (loading && inBundle.has(loading)) builtBy.set(path.relative(root, loading), (builtBy.get(path.relative(root, loading)) ?? 0) + 1);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      });
      return { ...actual, z: counting, default: counting };
    });
    for (const file of inBundle) jest.requireActual(file);
  });
  expect(attributed).toBeGreaterThan(0);
  expect(Object.fromEntries(builtBy)).toEqual({});
}, 120_000);
