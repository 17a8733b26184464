import { parseArgs } from 'node:util';
import { MongoClient } from 'mongodb';
import { recomputeScores, type RecomputeResult } from '@duban/scoring';
import { stackConfig } from '@duban/stack';

const USAGE = 'usage: npm run scores:recompute -- [--mongodb-uri URI] [--check] [--year YYYY] [--json]';

/**
 * `npm run scores:recompute -- [--mongodb-uri URI] [--check]`: recomputes every score from the
 * audit log alone, prints the table, and with `--check` compares it with the live `scores`
 * collection, exiting 1 and naming each difference. The URI defaults to `MONGODB_URI`, then to
 * the local stack's.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'mongodb-uri': { type: 'string' }, check: { type: 'boolean', default: false }, year: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new Error(`--year must be a year such as 2011\n${USAGE}`);
  const uri = values['mongodb-uri'] ?? process.env['MONGODB_URI'] ?? stackConfig().appEnv.MONGODB_URI;
  const client = await MongoClient.connect(uri);
  let result: RecomputeResult;
  try {
    result = await recomputeScores(client.db());
  } finally {
    await client.close();
  }
  const scores = values.year === undefined ? result.scores : result.scores.filter((s) => s.year === Number(values.year));
  if (values.json) console.log(JSON.stringify({ scores, differences: result.differences }, null, 2));
  else printTable(scores, result.eventsRead);
  if (!values.check) return 0;
  if (result.differences.length === 0) {
    console.log(`check: the live scores equal the recomputation (${result.scores.length} unit-years)`);
    return 0;
  }
  for (const d of result.differences) {
    const show = (s?: { score: number; excellent: boolean; items: number }) => (s ? `${s.score}${s.excellent ? ' 优秀' : ''} (${s.items} items)` : '—');
    console.error(`check: ${d.key} ${d.kind}: recomputed ${show(d.recomputed)}, live ${show(d.live)}`);
  }
  console.error(`check: ${result.differences.length} difference(s) between the live scores and the recomputation`);
  return 1;
}

function printTable(scores: RecomputeResult['scores'], eventsRead: number): void {
  console.log(`${eventsRead} audit events read; ${scores.length} unit-year score(s)`);
  console.log(['plan', 'year', 'unit', 'score', 'excellent', 'items'].join('\t'));
  for (const s of scores) console.log([s.planId, s.year, s.unit, s.score, s.excellent ? 'yes' : 'no', s.items.length].join('\t'));
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
