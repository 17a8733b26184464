import { Kafka, logLevel, type Admin, type ITopicConfig } from 'kafkajs';
import { ALL_TOPICS } from '@duban/contracts';
import { physicalTopic } from './topic-namespace';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
}

export function createKafka({ brokers, clientId }: KafkaSettings): Kafka {
  // kafkajs logs every transient reconnect at ERROR; WARN keeps real failures visible without the noise.
  return new Kafka({ brokers, clientId, logLevel: logLevel.WARN, retry: { retries: 8, initialRetryTime: 200 } });
}

/**
 * Creates Duban's topics (in this process's namespace) when they are missing; existing topics are left as they are. Safe to
 * call from every process at start-up. Partition and replica counts come from the broker's
 * defaults unless given.
 */
export async function ensureTopics(admin: Admin, options: { numPartitions?: number; replicationFactor?: number } = {}): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = ALL_TOPICS.map(physicalTopic).filter((t) => !existing.has(t)).map((topic) => ({
    topic,
    numPartitions: options.numPartitions ?? -1,
    replicationFactor: options.replicationFactor ?? -1,
  }));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({ topics: missing, waitForLeaders: true });
  } catch (e) {
    // Another process may have created the same topics between our list and create: that is success.
    const now = new Set(await admin.listTopics());
    if (missing.some((m) => !now.has(m.topic))) throw e;
  }
}
