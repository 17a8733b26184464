import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { MongoClient } from 'mongodb';
import { AuditRebuilder, REBUILT_COLLECTIONS, RebuildModule } from './rebuild-from-audit';

const USAGE = 'usage: npm run projections:rebuild -- --source <mongodb-uri> --target <mongodb-uri> [--replace]';

/**
 * `npm run projections:rebuild -- --source URI --target URI`: rebuilds the task, escalation,
 * enterprise, notification and score projections into the database of `--target` from the
 * `audit_events` of the database of `--source`, through the consumers' own handlers. The target
 * must not hold any of those collections (so a rebuild never mixes with what was there), unless
 * `--replace` drops them first; it must differ from the source. Prints a JSON summary on stdout.
 * Exit codes: 0 done, 1 refused (bad arguments, a non-empty target), 2 failed.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, target: { type: 'string' }, replace: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { source, target } = values;
  if (source === undefined || target === undefined) {
    console.error(USAGE);
    return 1;
  }
  const sourceClient = await MongoClient.connect(source, { serverSelectionTimeoutMS: 10_000, socketTimeoutMS: 120_000 });
  try {
    const targetClient = await MongoClient.connect(target, { serverSelectionTimeoutMS: 10_000 });
    try {
      const targetDb = targetClient.db();
      if (sourceClient.db().databaseName === targetDb.databaseName && sameServer(source, target)) {
        console.error(`--target must be another database than --source (${targetDb.databaseName})`);
        return 1;
      }
      const present = (await targetDb.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((n) => (REBUILT_COLLECTIONS as readonly string[]).includes(n));
      if (present.length > 0) {
        if (!values.replace) {
          console.error(`the target already holds ${present.join(', ')}: pass --replace to drop them first`);
          return 1;
        }
        for (const name of present) await targetDb.dropCollection(name);
      }
    } finally {
      await targetClient.close();
    }

    const app = await NestFactory.createApplicationContext(RebuildModule.forTarget(target), { logger: ['error', 'warn', 'log'] });
    try {
      const summary = await app.get(AuditRebuilder).rebuild(sourceClient.db());
      console.log(JSON.stringify(summary));
    } finally {
      await app.close();
    }
    return 0;
  } finally {
    await sourceClient.close();
  }
}

/** Host lists compared as written: enough to refuse the obvious mistake of rebuilding into the source. */
function sameServer(a: string, b: string): boolean {
  const hosts = (uri: string) => uri.replace(/^mongodb(\+srv)?:\/\/([^@/]*@)?/, '').split('/')[0];
  return hosts(a) === hosts(b);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(2);
  },
);
