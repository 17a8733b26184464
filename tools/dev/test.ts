import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { install, stackConfig, startStack, stopStack } from '@duban/stack';
import { bin, run } from './run';

/**
 * `npm test`: installs what is missing, then lint, type-check, unit tests (pure code, workflows
 * under time skipping, replay of recorded histories), then starts the real stack and runs the
 * integration and end-to-end tests against it, and stops the stack. Prints one closing line
 * `duban: N passed, N failed` counting every test.
 */
interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

async function main(): Promise<number> {
  const config = stackConfig();
  const reports = path.join(config.dataDir, 'test-reports');
  mkdirSync(reports, { recursive: true });
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const failures: string[] = [];

  const step = async (name: string, command: string, args: string[]): Promise<boolean> => {
    console.log(`\n▶ ${name}`);
    const code = await run(command, args, { ...process.env, NX_DAEMON: 'false' });
    if (code !== 0) failures.push(name);
    return code === 0;
  };
  const jest = async (project: string, extra: string[] = []): Promise<void> => {
    const output = path.join(reports, `${project}.json`);
    await step(`jest (${project})`, bin('jest'), ['--selectProjects', project, '--json', `--outputFile=${output}`, ...extra]);
    try {
      const summary = JSON.parse(readFileSync(output, 'utf8')) as JestSummary;
      totals.passed += summary.numPassedTests;
      totals.failed += summary.numFailedTests;
      totals.skipped += summary.numPendingTests;
    } catch {
      // jest failed before writing its report (a config error): the step is already counted as failed.
    }
  };

  console.log('▶ install: the local servers (cached, pinned versions)');
  await install();
  await step('lint (eslint, with Nx module boundaries)', bin('eslint'), ['.', '--max-warnings=0']);
  await step('type-check (tsc --noEmit, strict)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  await jest('unit');

  console.log('\n▶ starting the real stack for the integration and end-to-end tests');
  await startStack();
  try {
    await jest('integration', ['--runInBand']);
  } finally {
    await stopStack();
  }

  if (failures.length > 0) console.log(`\nfailed steps: ${failures.join(', ')}`);
  console.log(`\nduban: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return failures.length > 0 || totals.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
