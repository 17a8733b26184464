import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Topic } from '@duban/contracts';
import { kafkaConnectionFromEnv } from '@duban/config';
import { submitFirstTask } from './support/client-retry';
import { DubanHarness, groupIdsOf } from './support/duban-harness';
import { compareProjections, databaseUri, rebuildProjections, withMongo } from './support/projection-check';

/**
 * Rebuilding the projections states where it reads from and works either way (issue 14): from
 * Kafka at offset 0 while the topics hold every event, from the audit log otherwise. The apps run
 * in their own topic namespace, so offset 0 is this test's first event (the shared topics hold
 * every other test's history).
 */
let duban: DubanHarness;
const prefix = `e2e-rebuild-${randomBytes(3).toString('hex')}.`;
const planId = `e2e-rebuild-${Date.now().toString(36)}`;
let liveUri: string;

beforeAll(async () => {
  duban = await DubanHarness.start('rebuild-sources', { KAFKA_TOPIC_PREFIX: prefix });
  liveUri = duban.env['MONGODB_URI'] as string;
  const supervisor = await submitFirstTask(duban, planId);
  // The plan workflow starts its other tasks and the month's brief round on its own: wait for all of
  // them in the projection, then for every group to be at the end of its topics.
  const period = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  await duban.eventually<{ total?: number }, true>('the 11 tasks', `/tasks?planId=${planId}&limit=1&count=true`, supervisor, (b) => (b.total === 11 ? true : undefined));
  await duban.eventually<{ total?: number }, true>('the 10 briefs', `/briefs?planId=${planId}&period=${period}&limit=1&count=true`, supervisor, (b) => (b.total === 10 ? true : undefined));
  await duban.caughtUp(groupIdsOf(duban.env));
}, 300_000);

afterAll(async () => {
  await duban?.stop();
  for (const suffix of ['_from_kafka', '_from_audit', '_from_auto']) await withMongo(databaseUri(liveUri, `${new URL(liveUri).pathname.slice(1)}${suffix}`), (db) => db.dropDatabase()).catch(() => undefined);
  await duban?.cleanUp();
});

const target = (suffix: string) => databaseUri(liveUri, `${new URL(liveUri).pathname.slice(1)}${suffix}`);
const kafkaEnv = () => ({ ...duban.env, KAFKA_TOPIC_PREFIX: prefix });

async function expectEqualToLive(targetUri: string): Promise<void> {
  const { differences, counts } = await withMongo(liveUri, (live) => withMongo(targetUri, (rebuilt) => compareProjections(live, rebuilt)));
  expect(differences).toEqual([]);
  // The plan's 11 tasks and its brief round: the rebuild had something to rebuild.
  expect(counts.tasks).toBeGreaterThanOrEqual(11);
}

describe('rebuilding the projections', () => {
  it('reads Kafka from offset 0 while the topics hold every event, and equals the live projections', async () => {
    const summary = await rebuildProjections(liveUri, target('_from_kafka'), 180_000, { from: 'kafka', env: kafkaEnv() });
    expect(summary.from).toBe('kafka');
    expect(summary.events).toBeGreaterThan(0);
    await expectEqualToLive(target('_from_kafka'));
  });

  it('reads the audit log when asked, and equals the live projections', async () => {
    const summary = await rebuildProjections(liveUri, target('_from_audit'), 180_000, { from: 'audit' });
    expect(summary.from).toBe('audit');
    await expectEqualToLive(target('_from_audit'));
  });

  it('refuses Kafka once a partition lost its first events, and `auto` falls back to the audit log, saying why', async () => {
    const kafka = new Kafka({ ...kafkaConnectionFromEnv(duban.env), clientId: 'e2e-rebuild-truncate', logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const topic = `${prefix}${Topic.Tasks}`;
    try {
      const [first] = (await admin.fetchTopicOffsets(topic)).filter((p) => Number(p.high) > 0);
      if (!first) throw new Error(`no events on ${topic}`);
      // What a retention limit would have done: the partition's first event deleted.
      await admin.deleteTopicRecords({ topic, partitions: [{ partition: first.partition, offset: '1' }] });
    } finally {
      await admin.disconnect();
    }
    await expect(rebuildProjections(liveUri, target('_from_kafka'), 180_000, { from: 'kafka', env: kafkaEnv() })).rejects.toThrow(/exited 1[\s\S]*does not hold every event[\s\S]*starts at offset 1/);
    const summary = await rebuildProjections(liveUri, target('_from_auto'), 180_000, { from: 'auto', env: kafkaEnv() });
    expect(summary.from).toBe('audit');
    expect(summary.why?.join('\n')).toMatch(new RegExp(`${topic.replace(/\./g, '\\.')}: partition \\d+ starts at offset 1`));
    await expectEqualToLive(target('_from_auto'));
  });
});
