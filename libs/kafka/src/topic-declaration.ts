import { ConfigResourceTypes, type Admin, type ITopicConfig } from 'kafkajs';
import { ALL_TOPICS } from '@duban/contracts';
import { physicalTopic } from './topic-namespace';

/**
 * How Duban's topics are declared (issue 14). The topics are the system of record: the audit log,
 * every projection and every rebuild are derived from them, and a projection rebuilt with a new
 * consumer group reads them from offset 0. So they keep every event (no time or size retention) and
 * are never compacted (the key is the subject, and compaction would keep only a subject's last
 * event). These settings are ours, not the seed plan's.
 */
export const SYSTEM_OF_RECORD_CONFIG = { 'retention.ms': '-1', 'retention.bytes': '-1', 'cleanup.policy': 'delete' } as const;

export interface TopicPolicy {
  /** Partitions of a topic Duban creates; the most consumers of one group that can share the work. */
  partitions: number;
  /** Replicas of a topic Duban creates; -1 takes the broker's `default.replication.factor`. */
  replicationFactor: number;
  /** What an existing topic with unsafe settings does at start: refuse to start, or only warn. */
  onUnsafe: 'refuse' | 'warn';
}

let policy: TopicPolicy = { partitions: 3, replicationFactor: -1, onUnsafe: 'warn' };


/** Sets the topic policy of this process (once, at boot, from `KAFKA_TOPIC_*`). */
export function configureTopics(next: Partial<TopicPolicy>): void {
  policy = { ...policy, ...next };
}

export function topicPolicy(): TopicPolicy {
  return policy;
}

/** What the broker says about one topic. */
export interface DescribedTopic {
  topic: string;
  partitions: number;
  /** The fewest replicas of any partition. */
  replicationFactor: number;
  configs: Partial<Record<keyof typeof SYSTEM_OF_RECORD_CONFIG, string>>;
}

export interface TopicProblem {
  topic: string;
  setting: string;
  found: string;
  expected: string;
  /** `unsafe`: events can be lost (refused at start unless KAFKA_TOPIC_CHECK=warn); `advice`: works, but not as declared. */
  severity: 'unsafe' | 'advice';
  why: string;
}

/** The problems of one existing topic under `declared` (pure: the unit tests feed it descriptions). */
export function topicProblems(described: DescribedTopic, declared: TopicPolicy = policy): TopicProblem[] {
  const problems: TopicProblem[] = [];
  const { topic, configs } = described;
  const retention = configs['retention.ms'];
  if (retention !== undefined && retention !== '-1') {
    const days = Number(retention) / 86_400_000;
    problems.push({ topic, setting: 'retention.ms', found: retention, expected: '-1', severity: 'unsafe', why: `events older than ${days >= 1 ? `${days.toFixed(days % 1 ? 1 : 0)} days` : `${retention} ms`} are deleted, so a projection rebuilt from offset 0 silently misses them` });
  }
  const bytes = configs['retention.bytes'];
  if (bytes !== undefined && bytes !== '-1') {
    problems.push({ topic, setting: 'retention.bytes', found: bytes, expected: '-1', severity: 'unsafe', why: 'the oldest events are deleted once a partition holds this many bytes' });
  }
  const cleanup = configs['cleanup.policy'];
  if (cleanup !== undefined && cleanup.split(',').map((s) => s.trim()).includes('compact')) {
    problems.push({ topic, setting: 'cleanup.policy', found: cleanup, expected: 'delete', severity: 'unsafe', why: "compaction keeps only each subject's last event; every earlier event of a task or enterprise would be lost" });
  }
  if (described.partitions < declared.partitions) {
    problems.push({ topic, setting: 'partitions', found: String(described.partitions), expected: `≥ ${declared.partitions}`, severity: 'advice', why: `at most ${described.partitions} consumer(s) of a group share this topic's work (kafka-topics.sh --alter --partitions raises it; keys move to other partitions only for new events)` });
  }
  if (declared.replicationFactor > 0 && described.replicationFactor < declared.replicationFactor) {
    problems.push({ topic, setting: 'replication.factor', found: String(described.replicationFactor), expected: `≥ ${declared.replicationFactor}`, severity: 'advice', why: 'fewer broker failures are survived than declared' });
  }
  return problems;
}

/** Thrown at start when an existing topic's settings could lose events. */
export class UnsafeTopicsError extends Error {
  constructor(readonly problems: TopicProblem[]) {
    super(
      `Kafka topics with unsafe settings (set KAFKA_TOPIC_CHECK=warn to start anyway):\n${problems
        .map((p) => `  ${p.topic}: ${p.setting}=${p.found}, expected ${p.expected}: ${p.why}`)
        .join('\n')}`,
    );
    this.name = 'UnsafeTopicsError';
  }
}

/** Reads partitions, replicas and the retention settings of `topics` from the broker. */
export async function describeTopics(admin: Admin, topics: string[]): Promise<DescribedTopic[]> {
  if (topics.length === 0) return [];
  const metadata = await admin.fetchTopicMetadata({ topics });
  const configs = await admin.describeConfigs({
    includeSynonyms: false,
    resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: Object.keys(SYSTEM_OF_RECORD_CONFIG) })),
  });
  return metadata.topics.map((t) => {
    const resource = configs.resources.find((r) => r.resourceName === t.name);
    return {
      topic: t.name,
      partitions: t.partitions.length,
      replicationFactor: Math.min(...t.partitions.map((p) => p.replicas.length)),
      configs: Object.fromEntries((resource?.configEntries ?? []).map((e) => [e.configName, e.configValue])),
    };
  });
}

export interface TopicDeclarationReport {
  created: string[];
  problems: TopicProblem[];
}

/**
 * Creates Duban's missing topics (in this process's namespace) as declared, then checks every one
 * of them as the broker has it: a topic that exists with unsafe settings is refused
 * ({@link UnsafeTopicsError}) unless the policy says warn; advice is returned, for the caller to
 * log. Safe to call from every process at start: a topic another process created between our list
 * and our create is success.
 */
export async function declareTopics(admin: Admin, declared: TopicPolicy = policy): Promise<TopicDeclarationReport> {
  const wanted = ALL_TOPICS.map(physicalTopic);
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = wanted
    .filter((t) => !existing.has(t))
    .map((topic) => ({
      topic,
      numPartitions: declared.partitions,
      replicationFactor: declared.replicationFactor,
      configEntries: Object.entries(SYSTEM_OF_RECORD_CONFIG).map(([name, value]) => ({ name, value })),
    }));
  if (missing.length > 0) {
    try {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    } catch (e) {
      const now = new Set(await admin.listTopics());
      if (missing.some((m) => !now.has(m.topic))) throw e;
    }
  }
  const problems = (await describeTopics(admin, wanted)).flatMap((d) => topicProblems(d, declared));
  const unsafe = problems.filter((p) => p.severity === 'unsafe');
  if (unsafe.length > 0 && declared.onUnsafe === 'refuse') throw new UnsafeTopicsError(unsafe);
  return { created: missing.map((m) => m.topic), problems };
}
