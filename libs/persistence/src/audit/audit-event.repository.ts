import { Inject, Injectable, Logger, Optional, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import { AUDIT_LIST_KEYSET, AUDIT_SUBJECT_KEYSET, AUDIT_TIME_KEYSET, type AuditQuery, type DubanEvent, type KeysetSpec } from '@duban/contracts';
import { SpanKind, inSpan } from '@duban/observability';
import { GENESIS_HASH, auditRecordContent, chainOf, hashAuditRecord, sealHead, signCheckpoint, type AuditChainLink, type AuditCheckpoint, type AuditRecordContent } from './audit-chain';
import { AUDIT_CHAIN_KEYRING, AuditChainKeyring } from './audit-chain-key';
import { AuditChainHeadRecord } from './audit-chain-head.document';
import { AUDIT_LIST, AuditEvent } from './audit-event.document';
import { findBucketedPage } from '../store/bucketed-page';
import { bulkWriteInChunks } from '../store/bulk-write';
import { findPage, keysetSort, pageInfo } from '../store/keyset';
import { LIST_BUCKET_SIZE, ListPositionClaim, ListSequenceRecord, backfillListPositions, claimListBucket, listBucketOf } from '../store/list-sequence';
import { isDuplicateKey } from '../store/store-errors';

export interface KafkaPosition {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * The event as the API returns it: the CloudEvent fields, nothing of the store's. `sequence` is
 * the stored and hashed counter, a number (see {@link auditRecordContent}), as in every record
 * before it became a string on the wire, so an export can be re-hashed as it is.
 */
export type StoredEvent = Omit<DubanEvent, 'sequence'> & { sequence: number; recordedAt: string };

/**
 * The event with its place in the audit chain, as the export writes it: with `kafka` and
 * `prevEventId`, every field the record's hash covers, so an export can be re-verified offline.
 */
export type ChainedEvent = StoredEvent & Pick<AuditChainLink, 'chain' | 'seq' | 'prevHash' | 'prevEventId'> & { hash: string; kafka: KafkaPosition };

/** Filters shared by the audit list and its export. */
export type AuditFilters = Pick<AuditQuery, 'subject' | 'type' | 'from' | 'to'>;

interface Tip {
  seq: number;
  hash: string;
  eventId: string | null;
}

/**
 * Where the writer publishes signed checkpoints of its chains, outside the store (the consumers
 * append them to a file and a Kafka topic). A chain is checkpointed once it has advanced by
 * `everyRecords` since its last checkpoint, or `intervalMs` after it advanced, whichever comes
 * first, and at shutdown.
 */
export interface AuditCheckpointSink {
  everyRecords: number;
  intervalMs: number;
  publish(checkpoints: AuditCheckpoint[]): Promise<void>;
}
/** The Nest token of the optional {@link AuditCheckpointSink} (only the audit writer provides one). */
export const AUDIT_CHECKPOINT_SINK = Symbol('AUDIT_CHECKPOINT_SINK');

/** A concurrent writer took the seq we computed this many times in a row: give up and let Kafka redeliver. */
const MAX_APPEND_ATTEMPTS = 5;
/**
 * Heads are written at most this long after an append… (each write is an update per active chain,
 * and on FerretDB an update costs more than an insert: with a dozen chains busy, writing them more
 * often than this would cost the consumer more than its appends)
 */
const HEAD_FLUSH_DELAY_MS = 1000;
/** …or after this many appends to one chain, whichever comes first. */
const HEAD_FLUSH_EVERY = 500;
/**
 * A claimed bucket of trail positions takes records for at most this long (ours): a record always
 * lands in a bucket claimed within the last second, so the trail's order is the recording order
 * to within that, whatever the number of writers.
 */
const OPEN_BUCKET_MS = 1000;

@Injectable()
export class AuditEventRepository implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditEventRepository.name);
  /**
   * The last record of each chain this process appended. Only a cache: the `{chain, seq}` unique
   * index is what keeps a chain linear, and a conflict drops the entry and re-reads the store.
   */
  private readonly tips = new Map<string, Tip>();
  /** Heads appended past but not yet written, with the number of appends since the last write. */
  private readonly pendingHeads = new Map<string, { tip: Tip; appends: number }>();
  private flushTimer: NodeJS.Timeout | undefined;
  /** The bucket of trail positions this process hands out now, and its next free position. */
  private openBucket: { next: number; end: number; claimedAt: number } | undefined;
  private claiming: Promise<void> | undefined;
  /** Each chain's last checkpoint published by this process, and heads written since then. */
  private readonly checkpointed = new Map<string, { seq: number; at: number }>();
  private readonly uncheckpointed = new Map<string, Tip>();
  private checkpointTimer: NodeJS.Timeout | undefined;

  constructor(
    @InjectModel(AuditEvent.name) private readonly model: Model<AuditEvent>,
    @InjectModel(AuditChainHeadRecord.name) private readonly heads: Model<AuditChainHeadRecord>,
    @InjectModel(ListSequenceRecord.name) private readonly sequences: Model<ListSequenceRecord>,
    @InjectModel(ListPositionClaim.name) private readonly claims: Model<ListPositionClaim>,
    /** Signs every record, head and checkpoint with its current key. */
    @Inject(AUDIT_CHAIN_KEYRING) private readonly keyring: AuditChainKeyring,
    @Optional() @Inject(AUDIT_CHECKPOINT_SINK) private readonly checkpoints?: AuditCheckpointSink,
  ) {}

  /**
   * Appends an event once, to the chain of its Kafka partition. A second copy of the same event
   * id (a redelivery after a crash before the offset commit, or a retried publish) is dropped and
   * reported as such: it is never chained twice.
   *
   * Crash safety without transactions: the chain head is created before the chain's first record
   * and only ever moved forward, after the records it covers are stored. A process that dies
   * before it moves the head leaves it behind the last records; the next append to the chain (in
   * any process) moves it up to them, and verification treats records beyond the head that
   * continue the chain from it as unconfirmed, not tampered.
   *
   * The head is written in the background ({@link HEAD_FLUSH_DELAY_MS}, or every
   * {@link HEAD_FLUSH_EVERY} appends to the chain), not after every record: on FerretDB an update costs more than
   * the insert itself, and the audit consumer catches up on whole topics. The price: a tail
   * deleted within that window after its append is indistinguishable from a crash before the head
   * moved.
   */
  async record(event: DubanEvent, position: KafkaPosition, recordedAt: Date): Promise<'stored' | 'duplicate'> {
    // A span of its own (child of the consumer's), so a trace shows the store write that ends it.
    return inSpan('audit.append', { kind: SpanKind.INTERNAL, attributes: { 'db.system': 'mongodb', 'cloudevents.event_id': event.id, 'audit.chain': chainOf(position) } }, async (span) => {
      const outcome = await this.append(event, position, recordedAt);
      span.setAttribute('audit.outcome', outcome);
      return outcome;
    });
  }

  private async append(event: DubanEvent, position: KafkaPosition, recordedAt: Date): Promise<'stored' | 'duplicate'> {
    const chain = chainOf(position);
    const content: AuditRecordContent = auditRecordContent(event, position, recordedAt);
    const listSeq = await this.nextTrailPosition();
    for (let attempt = 1; ; attempt++) {
      const tip = this.tips.get(chain) ?? (await this.loadTip(chain));
      const key = this.keyring.current;
      const link: AuditChainLink = { chain, seq: tip.seq + 1, prevHash: tip.hash, prevEventId: tip.eventId, keyId: key.id };
      const hash = hashAuditRecord(content, link, key);
      try {
        await this.model.create({ ...content, ...link, hash, listSeq, listBucket: listBucketOf(listSeq) });
      } catch (e) {
        // The event is in the log already: the chain is as it was, and so is our tip.
        if (isDuplicateKey(e) && (await this.model.exists({ _id: { $eq: event.id } }).exec())) return 'duplicate';
        // Another writer took this seq, or the insert failed in a way that may have stored it:
        // re-read the chain's tip from the store.
        this.tips.delete(chain);
        if (!isDuplicateKey(e) || attempt >= MAX_APPEND_ATTEMPTS) throw e;
        continue;
      }
      const appended = { seq: link.seq, hash, eventId: event.id };
      this.tips.set(chain, appended);
      await this.queueHead(chain, appended);
      return 'stored';
    }
  }

  /**
   * The next position of the whole trail: from a bucket this process claimed within the last
   * {@link OPEN_BUCKET_MS} (one claim per {@link LIST_BUCKET_SIZE} records; see `claimListBucket`),
   * else from a newly claimed one. A position whose record is then not stored (a duplicate, a
   * crash) is a gap.
   */
  private async nextTrailPosition(): Promise<number> {
    for (;;) {
      const open = this.openBucket;
      if (open && open.next < open.end && Date.now() - open.claimedAt < OPEN_BUCKET_MS) return open.next++;
      // One claim at a time per process: concurrent appends wait for it and share the bucket.
      this.claiming ??= claimListBucket({ sequences: this.sequences, claims: this.claims }, AUDIT_LIST)
        .then((bucket) => {
          this.openBucket = { next: bucket * LIST_BUCKET_SIZE, end: (bucket + 1) * LIST_BUCKET_SIZE, claimedAt: Date.now() };
        })
        .finally(() => {
          this.claiming = undefined;
        });
      await this.claiming;
    }
  }

  /**
   * Gives trail positions to records stored before positions were kept (in recording order), once
   * per database (`backfilledAt` on the trail's high-water row). Reads the whole log once.
   */
  async backfillTrailPositions(): Promise<number> {
    const time = (v: unknown) => (v instanceof Date ? v.getTime() : 0);
    const n = await backfillListPositions(this.sequences, AUDIT_LIST, this.model, {
      fields: ['recordedAt', 'chain', 'seq'],
      order: (a, b) => time(a['recordedAt']) - time(b['recordedAt']) || String(a['chain']).localeCompare(String(b['chain'])) || Number(a['seq']) - Number(b['seq']),
      nextPosition: () => this.nextTrailPosition(),
    });
    if (n > 0) this.logger.log(`gave trail positions to ${n} audit records stored before positions were kept`);
    return n;
  }

  /** Writes every pending chain head now. */
  async flushHeads(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const pending = [...this.pendingHeads];
    this.pendingHeads.clear();
    if (pending.length === 0) return;
    try {
      // A round trip per chunk of chains; each update still moves its head forward only.
      await bulkWriteInChunks(
        this.heads,
        pending.map(([chain, { tip }]) => ({
          updateOne: { filter: { _id: { $eq: chain }, seq: { $lt: tip.seq } }, update: { $set: this.headFields(chain, tip) } },
        })),
        { ordered: false },
      );
    } catch (e) {
      // Not lost: put back what no newer tip replaced; the next flush (or any process's next
      // append to these chains) writes them.
      for (const [chain, entry] of pending) if (!this.pendingHeads.has(chain)) this.pendingHeads.set(chain, { tip: entry.tip, appends: 0 });
      throw e;
    }
    for (const [chain, { tip }] of pending) this.uncheckpointed.set(chain, tip);
    await this.publishCheckpoints(false);
  }

  /**
   * Publishes a signed checkpoint of every chain whose head moved since its last one and that is
   * due (see {@link AuditCheckpointSink}), or of all of them with `all`. A failed publish is kept
   * and retried on the next call: the log itself never waits on its checkpoints.
   */
  async publishCheckpoints(all: boolean): Promise<void> {
    const sink = this.checkpoints;
    if (!sink || this.uncheckpointed.size === 0) return;
    const now = Date.now();
    const due = [...this.uncheckpointed].filter(([chain, tip]) => {
      const last = this.checkpointed.get(chain);
      return all || !last || tip.seq - last.seq >= sink.everyRecords || now - last.at >= sink.intervalMs;
    });
    if (due.length > 0) {
      const time = new Date(now).toISOString();
      const key = this.keyring.current;
      try {
        await sink.publish(due.map(([chain, tip]) => signCheckpoint(key, { chain, seq: tip.seq, hash: tip.hash, eventId: tip.eventId, time })));
        for (const [chain, tip] of due) {
          this.checkpointed.set(chain, { seq: tip.seq, at: now });
          if (this.uncheckpointed.get(chain) === tip) this.uncheckpointed.delete(chain);
        }
      } catch (e) {
        this.logger.warn(`audit checkpoints not published yet, retried on the next flush: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    // What is not due yet is published when its interval has passed, even if the chain stays idle.
    if (this.uncheckpointed.size > 0) {
      this.checkpointTimer ??= setTimeout(() => {
        this.checkpointTimer = undefined;
        void this.publishCheckpoints(false);
      }, sink.intervalMs).unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearTimeout(this.checkpointTimer);
    this.checkpointTimer = undefined;
    await this.flushHeads();
    await this.publishCheckpoints(true);
  }

  /** A head's stored fields, sealed with the current key: moving a head needs the key. */
  private headFields(chain: string, tip: Tip): { seq: number; hash: string; eventId: string | null; keyId: string; mac: string; updatedAt: Date } {
    return { seq: tip.seq, hash: tip.hash, eventId: tip.eventId, ...sealHead(this.keyring.current, chain, tip), updatedAt: new Date() };
  }

  private async queueHead(chain: string, tip: Tip): Promise<void> {
    const appends = (this.pendingHeads.get(chain)?.appends ?? 0) + 1;
    this.pendingHeads.set(chain, { tip, appends });
    if (appends >= HEAD_FLUSH_EVERY) {
      await this.flushHeads();
      return;
    }
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      this.flushHeads().catch((e: unknown) => this.logger.warn(`chain heads not written yet, retried on the next flush: ${e instanceof Error ? e.message : String(e)}`));
    }, HEAD_FLUSH_DELAY_MS).unref();
  }

  /**
   * The record to append after: the chain head, or the last record if the head lags behind it (the
   * head is then moved up to it). A missing head is created at genesis first, so that afterwards
   * a chain with records and no head can only mean a deleted head.
   */
  private async loadTip(chain: string): Promise<Tip> {
    const head: Tip = (await this.heads.findById(chain).lean().exec()) ?? (await this.createHead(chain));
    const last = await this.model.findOne({ chain: { $eq: chain } }, { seq: 1, hash: 1 }).sort({ seq: -1 }).lean().exec();
    if (last && last.seq > head.seq) {
      this.logger.log(`audit chain ${chain}: head at seq ${head.seq} was behind the last record (seq ${last.seq}); moved it up`);
      const tip = { seq: last.seq, hash: last.hash, eventId: last._id };
      await this.moveHead(chain, tip);
      return tip;
    }
    return { seq: head.seq, hash: head.hash, eventId: head.eventId };
  }

  private async createHead(chain: string): Promise<Tip> {
    const genesis: Tip = { seq: 0, hash: GENESIS_HASH, eventId: null };
    try {
      await this.heads.create({ _id: chain, ...this.headFields(chain, genesis) });
      return genesis;
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
      return (await this.heads.findById(chain).lean().exec()) ?? genesis;
    }
  }

  /** Moves the head forward only: a slower writer can never move it back. */
  private async moveHead(chain: string, tip: Tip): Promise<void> {
    await this.heads.updateOne({ _id: { $eq: chain }, seq: { $lt: tip.seq } }, { $set: this.headFields(chain, tip) }).exec();
  }

  /**
   * One page of events matching validated filters: one subject's in sequence order (keyset
   * {@link AUDIT_SUBJECT_KEYSET}), the whole trail in recording order, read bucket by bucket
   * (keyset {@link AUDIT_LIST_KEYSET}, {@link findBucketedPage}: with `from`/`to`, ranges the store
   * cannot index, a page may be short and still carry `nextCursor`); `nextCursor` when more may
   * follow, `total` only when asked.
   */
  async find(query: AuditQuery): Promise<{ items: StoredEvent[]; nextCursor?: string; total?: number }> {
    const page =
      query.subject !== undefined
        ? await findPage(this.model, AUDIT_SUBJECT_KEYSET, filterOf(query), query)
        : await findBucketedPage({ model: this.model, positions: this.sequences, name: AUDIT_LIST, spec: AUDIT_LIST_KEYSET }, filterOf(query), query, {
            equalityOnly: query.from === undefined && query.to === undefined,
          });
    return { items: page.docs.map(toStoredEvent), ...pageInfo(page) };
  }

  /**
   * Every event matching the filters, in the order of {@link find}, with its chain fields, read
   * from a cursor: for exports of any size without holding them in memory. `maxTimeMS` replaces
   * the connection's default limit (an export reads far more than a page); the cursor is closed
   * in `finally`, also when the consumer stops early (`return()`).
   */
  async *stream(filters: AuditFilters, options: { maxTimeMS?: number } = {}): AsyncGenerator<ChainedEvent> {
    const query = this.model.find(filterOf(filters)).sort(sortOf(filters)).lean();
    if (options.maxTimeMS !== undefined) query.maxTimeMS(options.maxTimeMS);
    const cursor = query.cursor({ batchSize: 500 });
    try {
      for await (const d of cursor) {
        yield { ...toStoredEvent(d), kafka: d.kafka, chain: d.chain, seq: d.seq, prevHash: d.prevHash, prevEventId: d.prevEventId, hash: d.hash };
      }
    } finally {
      await cursor.close();
    }
  }

  async count(): Promise<number> {
    return this.model.estimatedDocumentCount().exec();
  }
}

function filterOf(query: AuditFilters): FilterQuery<AuditEvent> {
  const filter: FilterQuery<AuditEvent> = {};
  if (query.subject !== undefined) filter.subject = { $eq: query.subject };
  if (query.type !== undefined) filter.type = { $eq: query.type };
  if (query.from !== undefined || query.to !== undefined) {
    filter.time = {
      ...(query.from !== undefined && { $gte: new Date(query.from) }),
      ...(query.to !== undefined && { $lte: new Date(query.to) }),
    };
  }
  return filter;
}

function keysetOf(query: AuditFilters): KeysetSpec {
  return query.subject !== undefined ? AUDIT_SUBJECT_KEYSET : AUDIT_TIME_KEYSET;
}

/** The order of {@link AuditEventRepository.stream}: a subject's sequence, else event time. */
function sortOf(query: AuditFilters): Record<string, SortOrder> {
  return keysetSort(keysetOf(query));
}

function toStoredEvent(d: Pick<AuditEvent, '_id' | 'source' | 'type' | 'subject' | 'time' | 'sequence' | 'data' | 'recordedAt'>): StoredEvent {
  return {
    specversion: '1.0',
    id: d._id,
    source: d.source,
    type: d.type as DubanEvent['type'],
    subject: d.subject,
    time: d.time.toISOString(),
    datacontenttype: 'application/json',
    sequence: d.sequence,
    // Validated against the event catalogue when the consumer stored it.
    data: d.data as DubanEvent['data'],
    recordedAt: d.recordedAt.toISOString(),
  };
}
