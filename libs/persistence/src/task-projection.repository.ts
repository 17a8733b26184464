import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { DubanEvent } from '@duban/contracts';
import { EscalationRecord } from './escalation.schema';
import { projectTaskEvent, type GuardedWrite } from './task-projection';
import { TaskRecord } from './task.schema';

const DUPLICATE_KEY = 11000;

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
  ) {}

  async apply(event: DubanEvent): Promise<ProjectionOutcome> {
    const writes = projectTaskEvent(event);
    // The case first: if the process dies between the two, the redelivered event still finds
    // the task's write to do, and the case's write is refused as seen.
    const escalation = writes.escalation ? await guardedWrite(this.escalations, writes.escalation) : 'none';
    const task = writes.task ? await guardedWrite(this.tasks, writes.task) : 'none';
    return { task, escalation };
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

function isDuplicateKey(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === DUPLICATE_KEY;
}
