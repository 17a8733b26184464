import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { MongoClient } from 'mongodb';
import { env, kafkaConnectionFromEnv, loadConfig } from '@duban/config';
import { configureTopicNamespace, createKafka } from '@duban/kafka';
import { AuditRebuilder, REBUILT_COLLECTIONS, RebuildModule, type RebuildSummary } from './rebuild-from-audit';
import { eventsFromKafka, kafkaCompleteness } from './rebuild-from-kafka';

const USAGE = 'usage: npm run projections:rebuild -- --source <mongodb-uri> --target <mongodb-uri> [--from auto|kafka|audit] [--replace]';

type From = 'auto' | 'kafka' | 'audit';

/**
 * `npm run projections:rebuild -- --source URI --target URI`: rebuilds the task, escalation,
 * enterprise, notification and score projections into the database of `--target` from the
 * `audit_events` of the database of `--source`, through the consumers' own handlers. The target
 * must not hold any of those collections (so a rebuild never mixes with what was there), unless
 * `--replace` drops them first; it must differ from the source. Prints a JSON summary on stdout.
 * Exit codes: 0 done, 1 refused (bad arguments, a non-empty target), 2 failed.
 *
 * Where it reads from (issue 14), `--from`:
 * - `kafka`: Duban's topics from offset 0 (the brokers of `KAFKA_BROKERS` and the connection and
 *   namespace variables the apps read), refused unless every topic still holds every event
 *   (retention that keeps everything, no partition whose start was deleted);
 * - `audit`: the source database's `audit_events`;
 * - `auto` (default): Kafka when it is complete, else the audit log, saying which and why.
 * The summary's `from` names the source used.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, target: { type: 'string' }, from: { type: 'string', default: 'auto' }, replace: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { source, target } = values;
  const from = values.from as From;
  if (source === undefined || target === undefined || !['auto', 'kafka', 'audit'].includes(from)) {
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
      const rebuilder = app.get(AuditRebuilder);
      let summary: RebuildSummary & { from: 'kafka' | 'audit'; why?: string[] };
      if (from === 'audit') {
        summary = { from: 'audit', ...(await rebuilder.rebuild(sourceClient.db())) };
      } else if (from === 'auto' && !process.env['KAFKA_BROKERS']) {
        console.error('reading the audit log: KAFKA_BROKERS is not set');
        summary = { from: 'audit', why: ['KAFKA_BROKERS is not set'], ...(await rebuilder.rebuild(sourceClient.db())) };
      } else {
        const config = loadConfig({ KAFKA_TOPIC_PREFIX: env.kafkaTopicPrefix });
        configureTopicNamespace(config.KAFKA_TOPIC_PREFIX);
        const kafka = createKafka({ ...kafkaConnectionFromEnv(process.env), clientId: 'duban-rebuild' });
        const admin = kafka.admin();
        await admin.connect();
        try {
          const incomplete = await kafkaCompleteness(admin);
          const why = incomplete.map((i) => `${i.topic}: ${i.reason}`);
          if (incomplete.length > 0 && from === 'kafka') {
            console.error(`Kafka does not hold every event, so it cannot be the source (use --from audit):\n  ${why.join('\n  ')}`);
            return 1;
          }
          if (incomplete.length > 0) {
            console.error(`reading the audit log: Kafka does not hold every event:\n  ${why.join('\n  ')}`);
            summary = { from: 'audit', why, ...(await rebuilder.rebuild(sourceClient.db())) };
          } else {
            summary = { from: 'kafka', ...(await rebuilder.rebuildFrom(eventsFromKafka(kafka, admin))) };
          }
        } finally {
          await admin.disconnect();
        }
      }
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
