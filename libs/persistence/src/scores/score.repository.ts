import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import type { DubanEvent, EventType } from '@duban/contracts';
import type { UnitYearScore } from '@duban/domain';
import { bulkWriteInChunks, isBulkDuplicateKeyOnly } from '../store/bulk-write';
import { ScoreRecord } from './score.document';

type ScoreUpdated = DubanEvent<typeof EventType.ScoreUpdated>;

/** What a refresh reads of a stored unit-year score. */
export type StoredScore = Pick<ScoreRecord, '_id' | 'sequence' | 'digest' | 'score' | 'pendingEvent'>;

/** A `duban.score.updated.v1` written with its score and not yet known to be published (the outbox). */
export interface UnpublishedScoreEvent {
  /** `{planId}/{unit}/{year}`. */
  key: string;
  /** The score's `sequence` the event was written with: clearing it is guarded by it. */
  sequence: number;
  event: ScoreUpdated;
}

/** One unit-year's new score, its digest and sequence, and the event it announces (none when silent). */
export interface ScoreWrite {
  /** `{planId}/{unit}/{year}`. */
  key: string;
  /** The `sequence` the stored score must still have; `null`: none may be stored (the write inserts). */
  expectedSequence: number | null;
  score: UnitYearScore;
  digest: string;
  sequence: number;
  pendingEvent: ScoreUpdated | null;
  updatedAt: Date;
}

/**
 * The live unit-year scores (`scores`) with their outbox: each score is written together with the
 * `duban.score.updated.v1` it announces (`pendingEvent`), which is cleared once published. Writes
 * are guarded by the score's previous `sequence` (optimistic concurrency between consumer
 * instances). Stores and reads only: what a score is and when to retry is the scoring service's
 * (`@duban/scoring`).
 */
@Injectable()
export class ScoreRepository {
  constructor(@InjectModel(ScoreRecord.name) private readonly scores: Model<ScoreRecord>) {}

  /** The stored scores of these unit-years, and every stored score of these plans. */
  find(keys: readonly string[], ofPlans: readonly string[] = []): Promise<StoredScore[]> {
    const byKey = { _id: { $in: [...keys] } };
    return this.scores
      .find(ofPlans.length > 0 ? { $or: [byKey, { planId: { $in: [...ofPlans] } }] } : byKey, { _id: 1, sequence: 1, digest: 1, score: 1, pendingEvent: 1 })
      .lean()
      .exec();
  }

  /** Every event written with its score and not yet cleared (what a crash left unpublished). */
  async findUnpublished(): Promise<UnpublishedScoreEvent[]> {
    const pending = await this.scores.find({ pendingEvent: { $ne: null } }).lean().exec();
    return pending.map((p) => ({ key: p._id, sequence: p.sequence, event: p.pendingEvent as ScoreUpdated }));
  }

  /**
   * Writes the scores in one unordered bulk write, each an insert (`expectedSequence` null) or an
   * update guarded by `expectedSequence`.
   *
   * @returns the keys whose write is in place; the others were moved (or inserted) by another
   *   instance in between and must be read and re-summed again.
   */
  async writeGuarded(writes: readonly ScoreWrite[]): Promise<Set<string>> {
    const ops = writes.map((w): AnyBulkWriteOperation<ScoreRecord> => {
      const { planId, unit, year, score, excellent, belowTarget, items } = w.score;
      const fields = { planId, unit, year, score, excellent, belowTarget, items, digest: w.digest, sequence: w.sequence, pendingEvent: w.pendingEvent, updatedAt: w.updatedAt };
      return w.expectedSequence !== null
        ? { updateOne: { filter: { _id: w.key, sequence: w.expectedSequence }, update: { $set: fields } } }
        : { insertOne: { document: { _id: w.key, ...fields } } };
    });
    let complete = false;
    try {
      const res = await bulkWriteInChunks(this.scores, ops, { ordered: false });
      complete = res.matchedCount + res.insertedCount === writes.length;
    } catch (e) {
      if (!isBulkDuplicateKeyOnly(e)) throw e;
    }
    if (complete) return new Set(writes.map((w) => w.key));
    // Some update matched nothing or some insert found a score: see which writes are in place.
    const now = await this.scores.find({ _id: { $in: writes.map((w) => w.key) } }, { _id: 1, sequence: 1, digest: 1 }).lean().exec();
    const byKey = new Map(now.map((n) => [n._id, n]));
    return new Set(writes.filter((w) => byKey.get(w.key)?.sequence === w.sequence && byKey.get(w.key)?.digest === w.digest).map((w) => w.key));
  }

  /** Clears the outbox of these scores, each only while the score still has the `sequence` its event was written with. */
  async clearPublished(items: readonly Pick<UnpublishedScoreEvent, 'key' | 'sequence'>[]): Promise<void> {
    await bulkWriteInChunks(
      this.scores,
      items.map((i) => ({ updateOne: { filter: { _id: i.key, sequence: i.sequence }, update: { $set: { pendingEvent: null } } } })),
      { ordered: false },
    );
  }
}
