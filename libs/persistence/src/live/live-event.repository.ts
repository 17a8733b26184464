import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ListPositionClaim, ListSequenceRecord, claimListPosition, lastListPosition, listBucketOf } from '../store/list-sequence';
import { isDuplicateKey } from '../store/store-errors';
import { EscalationRecord } from '../tasks/escalation.document';
import { TaskRecord } from '../tasks/task.document';
import { LIVE_LIST, LiveEventRecord } from './live-event.document';

/** What a consumer appends: everything but the position, which the feed claims. */
export type NewLiveEvent = Omit<LiveEventRecord, 'seq' | 'bucket' | 'recordedAt'> & { recordedAt?: Date };

/** A feed entry as read back. */
export type LiveEvent = LiveEventRecord;

/**
 * The live feed: consumers {@link append} after their projection writes; the API tails it with
 * {@link highWaterMark} and {@link bucket}. Bounded reads: one point read for the mark, one bucket
 * (at most LIST_BUCKET_SIZE rows) per read.
 */
@Injectable()
export class LiveEventRepository {
  constructor(
    @InjectModel(LiveEventRecord.name) private readonly events: Model<LiveEventRecord>,
    @InjectModel(ListSequenceRecord.name) private readonly sequences: Model<ListSequenceRecord>,
    @InjectModel(ListPositionClaim.name) private readonly claims: Model<ListPositionClaim>,
    @InjectModel(TaskRecord.name) private readonly tasks: Model<TaskRecord>,
    @InjectModel(EscalationRecord.name) private readonly escalations: Model<EscalationRecord>,
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
   * Appends one entry at the next feed position, once per `_id`: an entry already there (a
   * redelivery) is not appended again and claims no position. Two writers racing on one `_id`
   * (rare: one event, one consumer group) leave a claimed position unused, a gap the tail steps over.
   */
  async append(entry: NewLiveEvent): Promise<'stored' | 'duplicate'> {
    if (await this.events.exists({ _id: { $eq: entry._id } }).exec()) return 'duplicate';
    const seq = await claimListPosition({ sequences: this.sequences, claims: this.claims }, LIVE_LIST);
    try {
      await this.events.create({ ...entry, seq, bucket: listBucketOf(seq), recordedAt: entry.recordedAt ?? new Date() });
      return 'stored';
    } catch (e) {
      if (isDuplicateKey(e)) return 'duplicate';
      throw e;
    }
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

