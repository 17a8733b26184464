import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkChromiumVersion, chromiumComponent, ensureInstalled, install, reportToStderr, stackConfig, startStack, stopStack } from '@duban/stack';
import { CONSOLE_BUDGET_REPORT, ensureConsoleBuilt } from '@duban/testing';
import { lint } from './lint';
import { bin, repoRoot, run } from './run';

/**
 * `npm test`: installs what is missing (the servers, and Debian's chromium for the browser
 * tests), then lint, type-check, unit tests (pure code, workflows under time skipping, replay of
 * recorded histories), builds the console (Vite, then its initial-JS budget; skipped when the
 * build is newer than its sources), then starts the real stack and runs the integration,
 * end-to-end and browser tests (`test/console/*.e2e.spec.ts`) against it, then fuzzes the live
 * API with schemathesis (`npm run fuzz`: every role, no 5xx, every answer as documented), and
 * stops the stack. Prints the fuzzer's counts, the console's budget figure and one closing line
 * `duban: N passed, N failed, N skipped; N suite(s) failed; N step(s) failed`: the tests of this
 * run only (each jest report is deleted before its run), a suite that failed to load, and every
 * step (lint, type-check, a jest project) that failed.
 */
interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  /** Suites with a failed test or that failed to run at all (a load error counts here, not in the tests). */
  numFailedTestSuites: number;
}

async function main(): Promise<number> {
  const config = stackConfig();
  const reports = path.join(config.dataDir, 'test-reports');
  mkdirSync(reports, { recursive: true });
  const totals = { passed: 0, failed: 0, skipped: 0, failedSuites: 0 };
  const failures: string[] = [];

  const step = async (name: string, command: string, args: string[]): Promise<boolean> => {
    console.log(`\n▶ ${name}`);
    const code = await run(command, args, { ...process.env, NX_DAEMON: 'false' });
    if (code !== 0) failures.push(name);
    return code === 0;
  };
  const jest = async (project: string, extra: string[] = []): Promise<void> => {
    const output = path.join(reports, `${project}.json`);
    // A report left by an earlier run must never be counted as this one's (jest may die before writing).
    rmSync(output, { force: true });
    await step(`jest (${project})`, bin('jest'), ['--selectProjects', project, '--json', `--outputFile=${output}`, ...extra]);
    try {
      const summary = JSON.parse(readFileSync(output, 'utf8')) as JestSummary;
      totals.passed += summary.numPassedTests;
      totals.failed += summary.numFailedTests;
      totals.skipped += summary.numPendingTests;
      totals.failedSuites += summary.numFailedTestSuites;
    } catch {
      // jest died before writing its report: nothing of it is counted, and the step is already a failure.
      console.log(`jest (${project}) wrote no report: its tests are not counted`);
    }
  };

  console.log('▶ install: the local servers (cached, pinned versions)');
  await install();
  console.log('\n▶ install: chromium for the browser tests (Debian\'s package, apt-get when missing)');
  await ensureInstalled(chromiumComponent(config), config, reportToStderr);
  console.log(await checkChromiumVersion(config, reportToStderr));
  console.log('\n▶ lint (eslint, with Nx module boundaries from a fresh project graph)');
  if ((await lint()) !== 0) failures.push('lint');
  await step('type-check (tsc --noEmit, strict)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  await jest('unit');
  console.log('\n▶ console build (nx run console:build: Vite, then the initial-JS budget)');
  try {
    if ((await ensureConsoleBuilt()) === 'fresh') console.log('the console build is newer than its sources: not rebuilt');
  } catch (e) {
    // The browser tests then meet the API's "console not built" answer and fail on their own.
    console.error(e instanceof Error ? e.message : String(e));
    failures.push('console build');
  }

  console.log('\n▶ starting the real stack for the integration and end-to-end tests (with the secure Kafka and Temporal endpoints)');
  // The secure servers (SASL_SSL Kafka, mTLS Temporal) for test/secure-clusters.e2e.spec.ts; stopStack stops them too.
  await startStack({ secure: true });
  let fuzzLine = 'schemathesis: did not report';
  try {
    await jest('integration', ['--runInBand']);
    // After the other tests (its writes go to the same servers), while the stack is still up.
    const fuzzReport = path.join(reports, 'fuzz.json');
    rmSync(fuzzReport, { force: true });
    await step('fuzz (schemathesis)', process.execPath, ['-r', '@swc-node/register', path.join(repoRoot, 'tools/fuzz/src/main.ts'), '--output', fuzzReport]);
    try {
      fuzzLine = (JSON.parse(readFileSync(fuzzReport, 'utf8')) as { line: string }).line;
    } catch {
      // The step died before writing its counts; it is already a failed step.
    }
  } finally {
    await stopStack();
  }

  if (failures.length > 0) console.log(`\nfailed steps: ${failures.join(', ')}`);
  console.log(`\n${fuzzLine}`);
  console.log(failures.includes('console build') ? 'console initial JS: not measured (the console build failed)' : consoleBudgetLine());
  console.log(`\nduban: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped; ${totals.failedSuites} suite(s) failed; ${failures.length} step(s) failed`);
  return failures.length > 0 || totals.failed > 0 || totals.failedSuites > 0 ? 1 : 0;
}

/** The console's budget figure from its last passing build (the line `tools/console/budget.ts` prints). */
function consoleBudgetLine(): string {
  try {
    return (JSON.parse(readFileSync(CONSOLE_BUDGET_REPORT, 'utf8')) as { line: string }).line;
  } catch {
    return 'console initial JS: not measured (no passing console build)';
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
