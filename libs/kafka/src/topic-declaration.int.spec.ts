import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { ALL_TOPICS, Topic } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { declareTopics, describeTopics, UnsafeTopicsError } from './topic-declaration';
import { configureTopicNamespace, physicalTopic } from './topic-namespace';

/**
 * Declaring and checking Duban's topics against the real broker the stack runs: each case in a
 * topic namespace of its own (the shared topics are every other test's).
 */
let admin: Admin;
const created: string[] = [];

beforeAll(async () => {
  admin = new Kafka({ brokers: stackConfig().appEnv.KAFKA_BROKERS.split(','), clientId: 'int-topic-declaration', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
});

afterAll(async () => {
  configureTopicNamespace('');
  if (created.length > 0) await admin.deleteTopics({ topics: created }).catch(() => undefined);
  await admin.disconnect();
});

function namespace(): string {
  const prefix = `int-topics-${randomBytes(3).toString('hex')}.`;
  configureTopicNamespace(prefix);
  created.push(...ALL_TOPICS.map((t) => prefix + t));
  return prefix;
}

describe('declareTopics', () => {
  it('creates the missing topics with the declared partitions and retention that keeps every event', async () => {
    namespace();
    const report = await declareTopics(admin, { partitions: 2, replicationFactor: 1, onUnsafe: 'refuse' });
    expect(report.created.sort()).toEqual(ALL_TOPICS.map(physicalTopic).sort());
    expect(report.problems).toEqual([]);
    const [tasks] = await describeTopics(admin, [physicalTopic(Topic.Tasks)]);
    expect(tasks).toEqual({ topic: physicalTopic(Topic.Tasks), partitions: 2, replicationFactor: 1, configs: { 'retention.ms': '-1', 'retention.bytes': '-1', 'cleanup.policy': 'delete' } });
    // A second start finds them as declared and creates nothing.
    expect(await declareTopics(admin, { partitions: 2, replicationFactor: 1, onUnsafe: 'refuse' })).toEqual({ created: [], problems: [] });
  });

  it('refuses an existing topic that deletes events after 7 days, or only reports it when told to warn', async () => {
    namespace();
    const topic = physicalTopic(Topic.Enterprises);
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '604800000' }] }], waitForLeaders: true });
    const refused = await declareTopics(admin, { partitions: 1, replicationFactor: -1, onUnsafe: 'refuse' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnsafeTopicsError);
    expect((refused as UnsafeTopicsError).problems).toEqual([expect.objectContaining({ topic, setting: 'retention.ms', found: '604800000', severity: 'unsafe' })]);
    expect((refused as Error).message).toMatch(/older than 7 days/);
    const warned = await declareTopics(admin, { partitions: 3, replicationFactor: -1, onUnsafe: 'warn' });
    expect(warned.created).toEqual([]);
    expect(warned.problems.map((p) => [p.topic, p.setting, p.severity])).toEqual(
      expect.arrayContaining([
        [topic, 'retention.ms', 'unsafe'],
        [topic, 'partitions', 'advice'],
      ]),
    );
  });
});
