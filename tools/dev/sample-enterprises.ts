import { parseArgs } from 'node:util';
import { generateSampleEnterprises, sampleEnterprisesCsv } from '@duban/testing';

/**
 * `node -r @swc-node/register tools/dev/sample-enterprises.ts [--json|--csv] [--count N] [--seed N]`
 * prints the fictional sample enterprises (`libs/testing/src/sample-enterprises.ts`), JSON by default.
 */
function main(): void {
  const { values } = parseArgs({
    options: { csv: { type: 'boolean' }, json: { type: 'boolean' }, count: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  });
  if (values.csv && values.json) throw new Error('choose one of --csv and --json');
  const count = values.count === undefined ? undefined : Number(values.count);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (count !== undefined && !Number.isInteger(count)) throw new Error(`--count must be an integer, got ${values.count}`);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const enterprises = generateSampleEnterprises(seed, count);
  process.stdout.write(values.csv ? sampleEnterprisesCsv(enterprises) : JSON.stringify(enterprises, null, 2) + '\n');
}

if (require.main === module) {
  try {
    main();
  } catch (e: unknown) {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
