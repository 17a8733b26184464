import type { Admin, Kafka } from 'kafkajs';
import { waitFor } from './wait-for';

export interface TopicOffsets {
  topic: string;
  partitions: { partition: number; offset: string }[];
}

/**
 * Commits `offsets` for each of `groupIds` (new groups, no members yet), so the consumers that
 * later join a group start reading there. `admin.setOffsets` joins the group once per topic (a
 * rebalance of several seconds each); one member per group subscribed to every topic, all groups
 * at once, costs a single join.
 */
export async function commitOffsets(kafka: Kafka, groupIds: readonly string[], offsets: readonly TopicOffsets[]): Promise<void> {
  const topics = offsets.map((o) => o.topic);
  if (topics.length === 0) return;
  const flat = offsets.flatMap(({ topic, partitions }) => partitions.map((p) => ({ topic, partition: p.partition, offset: p.offset })));
  await Promise.all(
    groupIds.map(async (groupId) => {
      const consumer = kafka.consumer({ groupId });
      let joined = false;
      consumer.on(consumer.events.GROUP_JOIN, () => {
        joined = true;
      });
      await consumer.connect();
      try {
        await consumer.subscribe({ topics, fromBeginning: false });
        // Nothing is resolved or auto-committed: the batches it may fetch meanwhile are ignored.
        // (Right after the broker starts, the group coordinator may still be loading: the
        // consumer restarts itself, and joins once it is ready.)
        await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
        await waitFor(`consumer group ${groupId} to be joined`, () => (joined ? true : undefined), { timeoutMs: 60_000, intervalMs: 50 });
        consumer.pause(topics.map((topic) => ({ topic })));
        await consumer.commitOffsets(flat);
      } finally {
        await consumer.disconnect();
      }
    }),
  );
}

/**
 * Starts each new consumer group at the current end of every partition of `topics`, so it reads
 * only what is published from now on. The topics are shared with every other run; without this a
 * new group would replay all of them. Returns the ends it committed.
 */
export async function startGroupsAtEnd(kafka: Kafka, admin: Admin, groupIds: readonly string[], topics: readonly string[]): Promise<TopicOffsets[]> {
  const ends = await Promise.all(
    topics.map(async (topic) => ({ topic, partitions: (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high })) })),
  );
  await commitOffsets(kafka, groupIds, ends);
  return ends;
}
