import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stackStatus, startStack, stopStack } from '@duban/stack';
import { buildReport, excerpt, renderMarkdown } from './report';
import { PLAN_LOADED_AT, SCENARIO_DEFAULTS, SIMULATION_END } from './scenario';
import { runSimulation } from './simulation';

/**
 * `npm run simulate [-- --seed N] [--enterprises N] [--end ISO] [--out DIR] [--keep-db]`: the seed
 * plan on its real 2009–2012 dates under time skipping, through real Kafka into the real
 * consumers, then the report as `reports/simulation-<seed>.json` and `.md`. Starts the local
 * stack if it is not running (and stops it again afterwards); exits 1 when the live scores
 * differ from the recompute.
 */
const repoRoot = path.resolve(__dirname, '../..');

async function main(): Promise<number> {
  const started = Date.now();
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, enterprises: { type: 'string' }, end: { type: 'string' }, out: { type: 'string' }, 'keep-db': { type: 'boolean' } },
    strict: true,
  });
  const seed = integer('--seed', values.seed, SCENARIO_DEFAULTS.seed);
  const enterprises = integer('--enterprises', values.enterprises, SCENARIO_DEFAULTS.enterprises);
  const end = values.end ?? SIMULATION_END;
  if (Number.isNaN(Date.parse(end))) throw new Error(`--end must be an ISO-8601 instant, got ${values.end}`);
  const outDir = path.resolve(repoRoot, values.out ?? 'reports');
  const log = (line: string) => console.log(`simulate [${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

  const before = await stackStatus();
  // Stop afterwards only what this command started: when nothing was running before.
  const startsStack = before.every((s) => s.state !== 'running');
  if (startsStack) log('starting the local stack (Temporal, Kafka, FerretDB)…');
  await startStack();
  try {
    const run = await runSimulation({ seed, enterprises, end, keepDatabase: values['keep-db'] === true, log });
    const elapsedMs = Date.now() - started;
    const report = buildReport({
      seed,
      plan: run.scenario.plan,
      period: { from: PLAN_LOADED_AT, to: end },
      events: run.events,
      publishCalls: run.publishCalls,
      scores: run.scores,
      elapsedMs,
      timings: { ...run.timings, wallClockMs: elapsedMs },
    });
    mkdirSync(outDir, { recursive: true });
    const json = path.join(outDir, `simulation-${seed}.json`);
    const md = path.join(outDir, `simulation-${seed}.md`);
    writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
    writeFileSync(md, renderMarkdown(report) + '\n');
    console.log(`\n${excerpt(report)}\n`);
    console.log(`report: ${path.relative(process.cwd(), json)}\n        ${path.relative(process.cwd(), md)}`);
    console.log(`app logs: ${run.logDir}${values['keep-db'] ? `; database kept: ${run.database}` : ''}`);
    console.log(`duban simulate: finished in ${(elapsedMs / 1000).toFixed(1)} s (simulation ${(run.timings.simulateMs / 1000).toFixed(1)} s, consumers caught up in ${(run.timings.catchUpMs / 1000).toFixed(1)} s)`);
    if (!report.recompute.equal) {
      console.error(`duban simulate: the live scores differ from the recompute:\n${report.recompute.differences.map((d) => `  ${d}`).join('\n')}`);
      return 1;
    }
    return 0;
  } finally {
    if (startsStack) {
      log('stopping the local stack it started');
      await stopStack();
    }
  }
}

function integer(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a non-negative integer, got ${value}`);
  return n;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`duban simulate: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
