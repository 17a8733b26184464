import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startStack, stackConfig, stackStatus, stopStack } from '@duban/stack';
import { fuzzOptionsFromEnv, runFuzz } from './fuzz-run';

/**
 * `npm run fuzz [-- --role NAME ... --output FILE -- <st run options>]`: schemathesis against the
 * live API, once per role (see `docs/testing.md`). Uses the local stack, starting what is not
 * running (and stopping it again afterwards; a stack that was already up is left up). Exits 1 on
 * any server error, schema violation or other failed check, or on a run that did not complete.
 * `--output` writes the counts as JSON, for `npm test`'s closing line.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { role: { type: 'string', multiple: true }, output: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const log = (line: string) => console.log(`[fuzz] ${line}`);
  const options = fuzzOptionsFromEnv();
  const config = stackConfig();
  const wasUp = (await stackStatus({ config })).every((s) => s.state === 'running');
  if (!wasUp) await startStack({ config });
  try {
    const outcome = await runFuzz(
      config,
      { ...options, roles: values.role ?? options.roles, extraArgs: positionals },
      log,
    );
    log(`reports: ${outcome.reportDir}`);
    if (outcome.incomplete.length > 0) log(`incomplete runs: ${outcome.incomplete.join(', ')}`);
    console.log(outcome.line);
    if (values.output) writeFileSync(values.output, `${JSON.stringify({ totals: outcome.totals, incomplete: outcome.incomplete, line: outcome.line }, null, 2)}\n`);
    const t = outcome.totals;
    return t.serverErrors + t.schemaViolations + t.otherFailures + t.errors + outcome.incomplete.length > 0 ? 1 : 0;
  } finally {
    if (!wasUp) await stopStack({ config });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
