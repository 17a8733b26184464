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
  expect(modules.filter((m) => /\.(http|dto)\.ts$|event-catalog\.ts$|event-data\.ts$|plan-definition\.ts$|\/index\.ts$/.test(m))).toEqual([]);
  expect(modules.length).toBeLessThan(40);
}, 120_000);
