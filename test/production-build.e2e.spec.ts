import { readFileSync } from 'node:fs';
import { buildServer, SERVER_OUT } from '../tools/build/build';
import { submitFirstTask } from './support/client-retry';
import { DubanHarness, type AuditItem } from './support/duban-harness';

/**
 * The production build (issue 14): `npm run build`'s compiled output, run with `node` alone (no
 * swc, no TypeScript, no webpack at start; the worker given the prebuilt workflow bundle), against
 * the real servers, does the first slice: load a plan, a co-unit contributes, the lead unit submits,
 * and the events reach the audit trail.
 */
let duban: DubanHarness;
const planId = `e2e-prod-${Date.now().toString(36)}`;
const t1 = `${planId}.T1.STIIC`;

/** The command line a process runs, from /proc (Linux): what was really started. */
function commandLine(pid: number | undefined): string[] {
  if (pid === undefined) throw new Error('the app has no pid');
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

beforeAll(async () => {
  const built = await buildServer();
  console.log(`production build: ${built.files} files, ${(built.serverBytes / 1024).toFixed(0)} KiB of JS, workflow bundle ${(built.workflowBundleBytes / 1024).toFixed(0)} KiB`);
  duban = await DubanHarness.start('prod-build', { DUBAN_APP_BUILD: 'compiled' });
}, 300_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('the production build', () => {
  it('runs each app as `node <compiled main.js>`, with no loader, and the worker on the prebuilt bundle', () => {
    for (const name of ['api', 'worker', 'consumers'] as const) {
      const args = commandLine(duban.app(name).pid);
      expect(args.slice(1)).toEqual([`${SERVER_OUT}/apps/${name}/src/main.js`]);
    }
    // The SDK's bundler logs "Workflow bundle created" when it bundles at start; given a bundle, it does not run.
    expect(duban.app('worker').log).not.toMatch(/Workflow bundle created|webpack/i);
  });

  it('loads a plan, takes a contribution and a submission, and stores their events in the audit trail', async () => {
    const supervisor = await submitFirstTask(duban, planId);
    const events = await duban.auditOf(t1, supervisor, 3);
    expect(events.map((e: AuditItem) => e.type)).toEqual(['duban.task.assigned.v1', 'duban.task.contribution-submitted.v1', 'duban.task.submitted.v1']);
  });
});
