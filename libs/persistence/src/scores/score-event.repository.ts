import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { EventType, parseSequence, type DubanEvent } from '@duban/contracts';
import type { ScoringEvent } from '@duban/domain';
import { bulkWriteInChunks } from '../store/bulk-write';
import { ScoreEventRecord } from './score-event.document';

/**
 * The events scoring reads, each stored once by its CloudEvent id (`score_events`), so that one
 * subject's score entries can be recomputed from that subject's events alone. Stores and reads
 * only: deciding what to recompute is the scoring service's job (`@duban/scoring`).
 */
@Injectable()
export class ScoreEventRepository {
  constructor(@InjectModel(ScoreEventRecord.name) private readonly events: Model<ScoreEventRecord>) {}

  /**
   * Stores each event unless its id is stored already (`$setOnInsert`: a redelivered event is the
   * same event and changes nothing). Unordered: one failing insert does not hold back the others.
   * `sequence` is kept as its counter (a number), which scoring sorts by.
   */
  async storeAll(events: readonly DubanEvent[]): Promise<void> {
    await bulkWriteInChunks(
      this.events,
      events.map((e) => ({
        updateOne: {
          filter: { _id: e.id },
          update: { $setOnInsert: { type: e.type, subject: e.subject, time: new Date(e.time), sequence: parseSequence(e.sequence), data: e.data } },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }

  /** Every stored event of these subjects (a plan's own subject is its id: its `plan.started`), in no particular order. */
  async findBySubjects(subjects: readonly string[]): Promise<ScoringEvent[]> {
    return (await this.events.find({ subject: { $in: [...subjects] } }).lean().exec()).map(toScoringEvent);
  }

  /** The stored `plan.started` of these plans (empty for a plan whose start has not arrived). */
  async findPlanStarted(planIds: readonly string[]): Promise<ScoringEvent[]> {
    return (await this.events.find({ subject: { $in: [...planIds] }, type: { $eq: EventType.PlanStarted } }).lean().exec()).map(toScoringEvent);
  }
}

function toScoringEvent(r: Pick<ScoreEventRecord, '_id' | 'type' | 'subject' | 'time' | 'sequence' | 'data'>): ScoringEvent {
  return { id: r._id, type: r.type, subject: r.subject, time: r.time.toISOString(), sequence: r.sequence, data: r.data };
}
