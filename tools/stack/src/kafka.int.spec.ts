import { randomUUID } from 'node:crypto';
import { stackConfig } from './index';
import { Kafka, logLevel, Partitioners, type Consumer, type EachMessagePayload } from 'kafkajs';

/**
 * Proves that kafkajs 2.2.4, the client the apps use, can do against the pinned broker what
 * the apps need: admin-created topics, keyed produce, consumer groups with manual commits,
 * and resuming a group from its committed offsets.
 */
describe('kafkajs against the local Kafka broker', () => {
  const { appEnv } = stackConfig();
  const runId = randomUUID().slice(0, 8);
  const topic = `stack-int-spec.${runId}`;
  const groupId = `stack-int-spec-${runId}`;
  const kafka = new Kafka({
    clientId: `stack-int-spec-${runId}`,
    brokers: appEnv.KAFKA_BROKERS.split(','),
    logLevel: logLevel.WARN,
  });
  const admin = kafka.admin();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    await admin.connect();
    await producer.connect();
  });

  afterAll(async () => {
    for (const consumer of consumers) await consumer.disconnect();
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  });

  it('describes a one-broker cluster with an active controller', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toHaveLength(1);
    expect(cluster.controller).toBe(cluster.brokers[0]?.nodeId);
  });

  it('creates a topic through the admin API', async () => {
    await expect(
      admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true }),
    ).resolves.toBe(true);
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0]?.partitions).toHaveLength(3);
  });

  it('does not create topics on first use (auto.create.topics.enable=false)', async () => {
    const stray = `stack-int-spec.stray.${runId}`;
    // A client of its own, silent: the broker's "does not host this topic" answers are the point.
    const quiet = new Kafka({
      clientId: `stack-int-spec-${runId}-quiet`,
      brokers: appEnv.KAFKA_BROKERS.split(','),
      logLevel: logLevel.NOTHING,
    });
    const strict = quiet.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      allowAutoTopicCreation: true,
      retry: { retries: 1, initialRetryTime: 100 },
    });
    await strict.connect();
    try {
      await expect(strict.send({ topic: stray, messages: [{ value: 'x' }] })).rejects.toThrow();
    } finally {
      await strict.disconnect();
    }
    expect(await admin.listTopics()).not.toContain(stray);
  });

  it('produces keyed messages, consumes them in a group and commits offsets', async () => {
    const messages = Array.from({ length: 6 }, (_, i) => ({ key: `subject-${i % 3}`, value: `event-${i}` }));
    await producer.send({ topic, messages });

    const received = await consumeExactly(groupId, messages.length);
    expect(received.map((payload) => payload.message.value?.toString()).sort()).toEqual(
      messages.map((message) => message.value).sort(),
    );
    // One key, one partition: a subject's events stay in order.
    for (const key of ['subject-0', 'subject-1', 'subject-2']) {
      const partitions = new Set(received.filter((p) => p.message.key?.toString() === key).map((p) => p.partition));
      expect(partitions.size).toBe(1);
    }

    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const total = committed[0]?.partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
    expect(total).toBe(messages.length);

    const [group] = (await admin.describeGroups([groupId])).groups;
    expect(group?.state).toBe('Stable');
    expect(group?.members).toHaveLength(1);
  });

  it('resumes a group from its committed offsets', async () => {
    await consumers.pop()?.disconnect();
    await producer.send({ topic, messages: [{ key: 'subject-0', value: 'after-restart' }] });

    const received = await consumeExactly(groupId, 1);
    expect(received.map((payload) => payload.message.value?.toString())).toEqual(['after-restart']);
  });

  /**
   * Joins `group` and resolves with the first `count` messages, each committed as it is
   * handled; rejects if they do not arrive within the deadline.
   */
  async function consumeExactly(group: string, count: number): Promise<EachMessagePayload[]> {
    // A short fetch wait keeps disconnect() quick: it waits for the fetch in flight (5 s by default).
    const consumer = kafka.consumer({ groupId: group, allowAutoTopicCreation: false, maxWaitTimeInMs: 100 });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const received: EachMessagePayload[] = [];
    let timer: NodeJS.Timeout | undefined;
    const done = new Promise<EachMessagePayload[]>((resolvePromise, reject) => {
      timer = setTimeout(() => reject(new Error(`received ${received.length} of ${count} messages in 30 s`)), 30_000);
      void consumer.run({
        autoCommit: false,
        eachMessage: async (payload) => {
          received.push(payload);
          await consumer.commitOffsets([
            { topic: payload.topic, partition: payload.partition, offset: String(Number(payload.message.offset) + 1) },
          ]);
          if (received.length === count) resolvePromise(received);
        },
      }).catch(reject);
    });
    try {
      return await done;
    } finally {
      clearTimeout(timer);
    }
  }
});
