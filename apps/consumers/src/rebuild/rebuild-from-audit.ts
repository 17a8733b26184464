import { Injectable, Logger, Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { Db } from 'mongodb';
import { ALL_TOPICS, Topic, dubanEventSchema, type DubanEvent } from '@duban/contracts';
import { type AuditRecord, type AuditRecordContent, EnterpriseProjectionRepository, EnterprisePersistenceModule, NotificationPersistenceModule, NotificationRepository, TaskPersistenceModule, TaskProjectionRepository } from '@duban/persistence';
import { ScoringModule, ScoringService } from '@duban/scoring';
import { storeNotificationsOf } from '../notifications/notifications.consumer';
import { SCORED_TOPICS } from '../scores/scores.consumer';
import { TOPICS as TASKS_TOPICS } from '../tasks/tasks.consumer';

/**
 * The projections a rebuild writes, each with the topics its consumer reads (taken from the
 * consumers themselves where they export them, so the two cannot drift): the enterprises consumer
 * reads only the enterprise topic, the notifications consumer every topic.
 */
const PROJECTION_TOPICS = {
  tasks: TASKS_TOPICS,
  enterprises: [Topic.Enterprises],
  notifications: ALL_TOPICS,
  scores: SCORED_TOPICS,
} satisfies Record<string, readonly Topic[]>;

/**
 * Collections the rebuild writes (the projections' read models; the scores consumer's own
 * bookkeeping and the enterprise list's position counter besides).
 */
export const REBUILT_COLLECTIONS = ['tasks', 'escalations', 'enterprises', 'enterprise_rollups', 'list_sequences', 'list_positions', 'notifications', 'scores'] as const;

/**
 * The scores consumer hands the store at most this many events per call (its slice of a fetched
 * batch); the rebuild uses the same size so a batch costs the same number of round trips.
 */
const SCORE_BATCH = 500;

/** How many audit records a cursor fetches per round trip. */
const READ_BATCH = 500;
/** Longest a single read of the source may run on the server (ms): a rebuild must not hold a cursor forever. */
const READ_MAX_TIME_MS = 60_000;

/** An `audit_events` record as far as the rebuild reads it. */
type AuditRecordDoc = Omit<AuditRecordContent, 'data' | 'kafka' | 'recordedAt'> & Pick<AuditRecord, 'chain' | 'seq'> & { data: unknown; kafka: { topic: string } };

export interface RebuildSummary {
  /** Events read (audit records, or Kafka messages with a valid event, duplicates included). */
  events: number;
  /** Chains (Kafka topic-partitions) read. */
  chains: number;
  /** Per projection, the events fed to its handler (those on the topics its consumer reads). */
  fed: Record<keyof typeof PROJECTION_TOPICS, number>;
  /** Wall time of the whole rebuild (ms). */
  elapsedMs: number;
}

/**
 * Feeds audit records to the consumers' own idempotent handlers, writing into the database the
 * Nest context was built on ({@link RebuildModule.forTarget}). Nothing here decides what a
 * projection holds: the repositories, the scoring service and the notification handler do, exactly as in the live app.
 */
@Injectable()
export class AuditRebuilder {
  private readonly logger = new Logger(AuditRebuilder.name);

  constructor(
    private readonly tasks: TaskProjectionRepository,
    private readonly enterprises: EnterpriseProjectionRepository,
    private readonly notifications: NotificationRepository,
    private readonly scores: ScoringService,
  ) {}

  /**
   * Reads `source`'s `audit_events` in chain and seq order (one chain per Kafka topic-partition,
   * so every subject's events arrive in the order its consumers saw them) and applies each to the
   * projections whose consumer reads its topic. Score events are not published anywhere: the
   * rebuilt `scores` are a read model to compare, not a new source of events.
   *
   * @throws if a record is not a valid Duban event (the audit consumer stores only valid ones, so
   *   that is a damaged log, not something to skip).
   */
  async rebuild(source: Db): Promise<RebuildSummary> {
    const cursor = source
      .collection<AuditRecordDoc>('audit_events')
      .find({})
      .sort({ chain: 1, seq: 1 })
      .batchSize(READ_BATCH)
      .maxTimeMS(READ_MAX_TIME_MS);
    try {
      return await this.rebuildFrom(
        (async function* () {
          for await (const record of cursor) yield { event: toEvent(record), topic: record.kafka.topic, chain: record.chain };
        })(),
      );
    } finally {
      await cursor.close();
    }
  }

  /**
   * Applies `events` (each with its logical topic and its chain: the Kafka topic-partition it came
   * from, in that chain's order) to the projections whose consumer reads its topic: the one loop
   * behind a rebuild from the audit log and one from Kafka (`rebuild-from-kafka.ts`).
   */
  async rebuildFrom(events: AsyncIterable<SourcedEvent>): Promise<RebuildSummary> {
    const started = Date.now();
    const fed = { tasks: 0, enterprises: 0, notifications: 0, scores: 0 };
    const chains = new Set<string>();
    let count = 0;
    let scoreBatch: DubanEvent[] = [];
    let lastChain: string | undefined;
    const flushScores = async () => {
      if (scoreBatch.length === 0) return;
      await this.scores.applyBatch(scoreBatch, () => Promise.resolve());
      scoreBatch = [];
    };
    const reads = (projection: keyof typeof PROJECTION_TOPICS, topic: string) => (PROJECTION_TOPICS[projection] as readonly string[]).includes(topic);

    for await (const { event, topic, chain } of events) {
      if (chain !== lastChain) {
        // The live consumer hands the store one partition's slice at a time: so does the rebuild.
        await flushScores();
        chains.add(chain);
        lastChain = chain;
      }
      count++;
      if (reads('tasks', topic)) {
        await this.tasks.apply(event);
        fed.tasks++;
      }
      if (reads('enterprises', topic)) {
        await this.enterprises.apply(event);
        fed.enterprises++;
      }
      if (reads('notifications', topic)) {
        await storeNotificationsOf(event, this.notifications);
        fed.notifications++;
      }
      if (reads('scores', topic)) {
        scoreBatch.push(event);
        fed.scores++;
        if (scoreBatch.length >= SCORE_BATCH) await flushScores();
      }
      if (count % 5_000 === 0) this.logger.log(`${count} events applied`);
    }
    await flushScores();
    return { events: count, chains: chains.size, fed, elapsedMs: Date.now() - started };
  }
}

/** One event to rebuild from, with the logical topic it was published to and its chain (topic-partition). */
export interface SourcedEvent {
  event: DubanEvent;
  topic: string;
  chain: string;
}

function toEvent(record: AuditRecordDoc): DubanEvent {
  const parsed = dubanEventSchema.safeParse({
    specversion: record.specversion,
    id: record._id,
    source: record.source,
    type: record.type,
    subject: record.subject,
    time: new Date(record.time).toISOString(),
    datacontenttype: record.datacontenttype,
    sequence: record.sequence,
    data: record.data,
  });
  if (!parsed.success) {
    throw new Error(`audit record ${record._id} (${record.chain}#${record.seq}) is not a valid event: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data as DubanEvent;
}

/** The persistence the consumers use, on `targetUri`, without any Kafka consumer. */
@Module({})
export class RebuildModule {
  static forTarget(targetUri: string): DynamicModule {
    return {
      module: RebuildModule,
      imports: [MongooseModule.forRoot(targetUri), TaskPersistenceModule, EnterprisePersistenceModule, NotificationPersistenceModule, ScoringModule],
      providers: [AuditRebuilder],
    };
  }
}
