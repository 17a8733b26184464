import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { LIST_BUCKET_SIZE, ListPositionClaim, ListSequenceRecord, claimListPosition, lastListPosition, listBucketOf } from '../store/list-sequence';
import { isDuplicateKey } from '../store/store-errors';
import { EnterpriseRecord } from '../enterprises/enterprise.document';
import { EscalationRecord } from '../tasks/escalation.document';
import { TaskRecord } from '../tasks/task.document';
import { LIVE_LIST, LiveEventRecord } from './live-event.document';

/** What a consumer appends: everything but the position, which the feed claims. */
export type NewLiveEvent = Omit<LiveEventRecord, 'seq' | 'bucket' | 'recordedAt'> & { recordedAt?: Date };

/** A feed entry as read back. */
export type LiveEvent = LiveEventRecord;

/**
 * How many of the newest feed positions `live_events` keeps (ours): twice the furthest an API may
 * let a client resume (`LIVE_REPLAY_LIMIT` ≤ 10 000), so pruning never removes an entry a resume
 * could still ask for; a client further back is told `event: reset` and refetches.
 */
export const LIVE_RETAINED_POSITIONS = 20_000;
/** Injection token overriding {@link LIVE_RETAINED_POSITIONS} (tests). */
export const LIVE_RETENTION = Symbol('LIVE_RETENTION');

/**
 * The buckets older than this are out of retention once position `seq` is appended, or undefined
 * when `seq` does not open a bucket (the pruning runs once per bucket of appends).
 */
export function livePruneBefore(seq: number, retained: number = LIVE_RETAINED_POSITIONS): number | undefined {
  if (seq % LIST_BUCKET_SIZE !== 0) return undefined;
  const cutoff = listBucketOf(seq - retained);
  return cutoff > 0 ? cutoff : undefined;
}

/**
 * The live feed: consumers {@link append} after their projection writes; the API tails it with
 * {@link highWaterMark} and {@link bucket}. Bounded reads: one point read for the mark, one bucket
 * (at most LIST_BUCKET_SIZE rows) per read. Bounded size: the append that opens a bucket deletes
 * the buckets past the retention ({@link livePruneBefore}).
 */
@Injectable()
export class LiveEventRepository {
  private readonly logger = new Logger(LiveEventRepository.name);

  constructor(
    @InjectModel(LiveEventRecord.name) private readonly events: Model<LiveEventRecord>,
    @InjectModel(ListSequenceRecord.name) private readonly sequences: Model<ListSequenceRecord>,
    @InjectModel(ListPositionClaim.name) private readonly claims: Model<ListPositionClaim>,
    @InjectModel(TaskRecord.name) private readonly tasks: Model<TaskRecord>,
    @InjectModel(EscalationRecord.name) private readonly escalations: Model<EscalationRecord>,
    @InjectModel(EnterpriseRecord.name) private readonly enterprises: Model<EnterpriseRecord>,
    @Optional() @Inject(LIVE_RETENTION) private readonly retained: number = LIVE_RETAINED_POSITIONS,
  ) {}

  /**
   * Who may see a change of the ladder subject `taskId`: the task's lead unit and co-units from
   * the task inbox (the same units the reads scope officials by), else (an enterprise step's
   * ladder, whose cases live with the tasks') the unit of its case `escalationId`. Undefined when
   * neither is stored yet. Two point reads at most.
   */
  async audienceOf(taskId: string, escalationId?: string): Promise<{ unit: string; units: string[] } | undefined> {
    const task = await this.tasks.findOne({ _id: { $eq: taskId } }, { unit: 1, coUnits: 1 }).lean<Pick<TaskRecord, 'unit' | 'coUnits'>>().exec();
    if (task) return { unit: task.unit, units: [task.unit, ...task.coUnits] };
    if (escalationId === undefined) return undefined;
    const found = await this.escalations.findOne({ _id: { $eq: escalationId } }, { unit: 1, coUnits: 1 }).lean<Pick<EscalationRecord, 'unit' | 'coUnits'>>().exec();
    return found ? { unit: found.unit, units: [found.unit, ...found.coUnits] } : undefined;
  }

  /**
   * Who may see a change of enterprise `enterpriseId`: its district and every unit that owns or
   * owned one of its steps (the enterprise list's `units`, as the reads scope officials by).
   * Undefined when the row is not stored yet. One point read.
   */
  async enterpriseAudienceOf(enterpriseId: string): Promise<{ unit: string; units: string[] } | undefined> {
    const row = await this.enterprises.findOne({ _id: { $eq: enterpriseId } }, { district: 1, units: 1 }).lean<Pick<EnterpriseRecord, 'district' | 'units'>>().exec();
    return row ? { unit: row.district, units: row.units } : undefined;
  }

  /**
   * Appends one entry at the next feed position, once per `_id`: an entry already there (a
   * redelivery) is not appended again and claims no position. Two writers racing on one `_id`
   * (rare: one event, one consumer group) leave a claimed position unused, a gap the tail steps over.
   */
  async append(entry: NewLiveEvent): Promise<'stored' | 'duplicate'> {
    if (await this.events.exists({ _id: { $eq: entry._id } }).exec()) return 'duplicate';
    const seq = await claimListPosition({ sequences: this.sequences, claims: this.claims }, LIVE_LIST);
    try {
      await this.events.create({ ...entry, seq, bucket: listBucketOf(seq), recordedAt: entry.recordedAt ?? new Date() });
    } catch (e) {
      if (isDuplicateKey(e)) return 'duplicate';
      throw e;
    }
    const before = livePruneBefore(seq, this.retained);
    if (before !== undefined) {
      // The entry is stored: a failed prune must not make the consumer retry it. Every bucket below
      // the cutoff goes, so the next bucket's append removes what this one left.
      await this.prune(before).catch((e: unknown) => this.logger.warn(`live_events: pruning buckets below ${before} failed (the next bucket retries): ${e instanceof Error ? e.message : String(e)}`));
    }
    return 'stored';
  }

  /** Deletes every entry of a bucket below `bucket`; the number deleted. */
  async prune(bucket: number): Promise<number> {
    const { deletedCount } = await this.events.deleteMany({ bucket: { $lt: bucket } }).exec();
    return deletedCount;
  }

  /**
   * The feed's high-water mark: the last position claimed, give or take `HIGH_WATER_SLACK`
   * (a concurrent raise may leave it behind); 0 for an empty feed.
   */
  highWaterMark(): Promise<number> {
    return lastListPosition(this.sequences, LIVE_LIST);
  }

  /** The entries of one bucket of positions, in position order (at most LIST_BUCKET_SIZE). */
  async bucket(bucket: number): Promise<LiveEvent[]> {
    const rows = await this.events.find({ bucket: { $eq: bucket } }).lean<LiveEvent[]>().exec();
    return rows.sort((a, b) => a.seq - b.seq);
  }
}

