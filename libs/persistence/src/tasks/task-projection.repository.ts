import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { DubanEvent } from '@duban/contracts';
import { ESCALATION_LIST, EscalationRecord } from './escalation.document';
import { ListPositionClaim, ListSequenceRecord, backfillListPositions, claimListPosition, listBucketOf } from '../store/list-sequence';
import { projectTaskEvent, type GuardedWrite } from './task-projection';
import { TaskRecord } from './task.document';
import { isDuplicateKey } from '../store/store-errors';

/** What became of one write: done, refused as already seen (or older), or nothing to do. */
export type WriteOutcome = 'applied' | 'stale' | 'none';

export interface ProjectionOutcome {
  task: WriteOutcome;
  escalation: WriteOutcome;
}

/**
 * Applies task events to the `tasks` and `escalations` collections. Idempotent and order-safe
 * per document: each write is a single conditional update guarded by the event's sequence, so
 * a redelivery, a replay from offset 0, or a crash between the two writes of one event (the store
 * has no multi-document transactions) leaves the same documents as one delivery.
 */
@Injectable()
export class TaskProjectionRepository {
  constructor(
    @InjectModel(TaskRecord.name) private readonly tasks: Model<TaskRecord>,
    @InjectModel(EscalationRecord.name) private readonly escalations: Model<EscalationRecord>,
    @InjectModel(ListSequenceRecord.name) private readonly sequences: Model<ListSequenceRecord>,
    @InjectModel(ListPositionClaim.name) private readonly claims: Model<ListPositionClaim>,
  ) {}

  async apply(event: DubanEvent): Promise<ProjectionOutcome> {
    const writes = projectTaskEvent(event);
    // The case first: if the process dies between the two, the redelivered event still finds
    // the task's write to do, and the case's write is refused as seen.
    const escalation = writes.escalation ? await guardedWrite(this.escalations, await this.withListPosition(writes.escalation)) : 'none';
    const task = writes.task ? await guardedWrite(this.tasks, writes.task) : 'none';
    return { task, escalation };
  }

  /**
   * A write that may create the case (an upsert: the case is raised) carries a board position
   * (`findBucketedPage`) in `$setOnInsert`, so the case is never listed by a count and missing
   * from the page. Claimed before the write, since an upsert cannot tell beforehand whether it
   * inserts: a raise that finds its case already there (a repeat, a redelivery) leaves its claimed
   * position unused, a gap. The position follows the order the consumer first wrote the cases:
   * the order they were raised, as each task's events arrive in order.
   */
  private async withListPosition(write: GuardedWrite<EscalationRecord>): Promise<GuardedWrite<EscalationRecord>> {
    if (!write.upsert) return write;
    const listSeq = await claimListPosition({ sequences: this.sequences, claims: this.claims }, ESCALATION_LIST);
    const setOnInsert = (write.update.$setOnInsert ?? {}) as Record<string, unknown>;
    return { ...write, update: { ...write.update, $setOnInsert: { ...setOnInsert, listSeq, listBucket: listBucketOf(listSeq) } } };
  }

  /**
   * Gives a board position to every case stored before positions were kept (oldest raised first),
   * once per database; see {@link backfillListPositions}. Run at the consumer's start, not per write.
   */
  async backfillBoardPositions(): Promise<number> {
    const time = (v: unknown) => (v instanceof Date ? v.getTime() : 0);
    return backfillListPositions(this.sequences, ESCALATION_LIST, this.escalations, {
      fields: ['raisedAt'],
      order: (a, b) => time(a['raisedAt']) - time(b['raisedAt']) || a._id.localeCompare(b._id),
      nextPosition: () => claimListPosition({ sequences: this.sequences, claims: this.claims }, ESCALATION_LIST),
    });
  }
}

async function guardedWrite<T>(model: Model<T>, write: GuardedWrite<T>): Promise<WriteOutcome> {
  const filter = { _id: write.id, lastEventSequence: { $lt: write.sequence } };
  try {
    const result = await model.updateOne(filter, write.update, { upsert: write.upsert }).exec();
    return result.matchedCount > 0 || result.upsertedCount > 0 ? 'applied' : 'stale';
  } catch (e) {
    // An upsert whose document exists with a newer sequence: the filter misses, the insert hits the key.
    if (write.upsert && isDuplicateKey(e)) return 'stale';
    throw e;
  }
}
