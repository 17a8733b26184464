import { randomBytes } from 'node:crypto';
import type { Admin, Kafka } from 'kafkajs';
import { ALL_TOPICS } from '@duban/contracts';
import { describeTopics, logicalTopic, parseEvent, physicalTopic, topicProblems, type TopicProblem } from '@duban/kafka';
import type { SourcedEvent } from './rebuild-from-audit';

/** Why Kafka cannot be the source of a rebuild: a topic that may have lost events, or one whose start was deleted. */
export interface KafkaIncompleteness {
  topic: string;
  reason: string;
}

/**
 * Whether every Duban topic still holds every event ever published to it: retention that keeps
 * everything (no time or size limit, no compaction) and every partition starting at offset 0. Only
 * then is a rebuild from offset 0 the whole history; otherwise the audit log is the source.
 */
export async function kafkaCompleteness(admin: Admin): Promise<KafkaIncompleteness[]> {
  const topics = ALL_TOPICS.map(physicalTopic);
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t)).map((topic) => ({ topic, reason: 'does not exist' }));
  const present = topics.filter((t) => existing.has(t));
  const unsafe = (await describeTopics(admin, present))
    .flatMap((d) => topicProblems(d))
    .filter((p: TopicProblem) => p.severity === 'unsafe')
    .map((p) => ({ topic: p.topic, reason: `${p.setting}=${p.found}: ${p.why}` }));
  const truncated: KafkaIncompleteness[] = [];
  for (const topic of present) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (Number(p.low) > 0) truncated.push({ topic, reason: `partition ${p.partition} starts at offset ${p.low}: the events before it were deleted` });
    }
  }
  return [...missing, ...unsafe, ...truncated];
}

/**
 * Every event on Duban's topics from offset 0 up to each partition's end when the read began,
 * partition by partition in offset order (the chain is the topic-partition, as in the audit log).
 * Reads with a throwaway consumer group that commits nothing and is deleted after. A malformed
 * message is skipped, as the live consumers skip it; a message published twice (a retried publish)
 * is delivered twice, and the handlers drop the second by event id.
 */
export async function* eventsFromKafka(kafka: Kafka, admin: Admin, idleTimeoutMs = 30_000): AsyncGenerator<SourcedEvent> {
  const topics = ALL_TOPICS.map(physicalTopic);
  const ends = new Map<string, bigint>();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) if (BigInt(p.high) > 0n) ends.set(`${topic}/${p.partition}`, BigInt(p.high));
  }
  if (ends.size === 0) return;
  const groupId = `duban-rebuild-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  const queue: SourcedEvent[][] = [];
  let wake: (() => void) | undefined;
  let failed: unknown;
  const done = new Set<string>();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch }) => {
        const key = `${batch.topic}/${batch.partition}`;
        const end = ends.get(key);
        if (end === undefined || done.has(key)) return;
        const events: SourcedEvent[] = [];
        for (const message of batch.messages) {
          if (BigInt(message.offset) >= end) break;
          const parsed = parseEvent(message.value);
          if (parsed.ok) events.push({ event: parsed.value, topic: logicalTopic(batch.topic), chain: key });
          if (BigInt(message.offset) + 1n >= end) done.add(key);
        }
        queue.push(events);
        wake?.();
        // Back-pressure: hold the fetch loop while the rebuild is behind.
        while (queue.length > 4) await new Promise((r) => setTimeout(r, 20));
      },
    });
    consumer.on(consumer.events.CRASH, (e) => {
      failed = e.payload.error;
      wake?.();
    });
    let lastProgress = Date.now();
    while (done.size < ends.size || queue.length > 0) {
      const next = queue.shift();
      if (next) {
        lastProgress = Date.now();
        yield* next;
        continue;
      }
      if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
      if (Date.now() - lastProgress > idleTimeoutMs) throw new Error(`reading Kafka made no progress for ${idleTimeoutMs} ms (${done.size} of ${ends.size} partitions read to their end)`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 200);
      });
      wake = undefined;
    }
  } finally {
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
  }
}
