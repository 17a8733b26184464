import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Model } from 'mongoose';
import { scoreKey } from '@duban/domain';
import { bulkWriteInChunks } from '../store/bulk-write';
import { ScoreEntryRecord } from './score-entry.document';

/** A stored score entry: one event's non-zero points for one unit-year (see {@link ScoreEntryRecord}). */
export type StoredScoreEntry = ScoreEntryRecord;

/**
 * Each scored subject's entries (`score_entries`). Stores and reads only: which entries a subject
 * has is decided by the scoring service (`@duban/scoring`) with the domain's `scoreSubject`.
 */
@Injectable()
export class ScoreEntryRepository {
  constructor(@InjectModel(ScoreEntryRecord.name) private readonly entries: Model<ScoreEntryRecord>) {}

  /** Every entry of these subjects (tasks, briefs, enterprise cases). */
  findBySubjects(subjects: readonly string[]): Promise<StoredScoreEntry[]> {
    return this.entries.find({ subject: { $in: [...subjects] } }).lean().exec();
  }

  /** Every entry of these unit-years (`{planId}/{unit}/{year}` keys). */
  findByKeys(keys: readonly string[]): Promise<StoredScoreEntry[]> {
    return this.entries.find({ key: { $in: [...keys] } }).lean().exec();
  }

  /**
   * Writes `upserts` whole (by `_id`) and deletes the entries with the ids in `deletes`, unordered
   * (no id is in both). Not atomic: the scoring service writes what a crash would lose to
   * `score_subjects.pending` first, and a redelivered batch writes the same again.
   */
  async write(upserts: readonly StoredScoreEntry[], deletes: readonly string[]): Promise<void> {
    const ops: AnyBulkWriteOperation<ScoreEntryRecord>[] = [
      ...upserts.map(({ _id, ...fields }) => ({ updateOne: { filter: { _id }, update: { $set: fields }, upsert: true } })),
      ...deletes.map((_id) => ({ deleteOne: { filter: { _id } } })),
    ];
    await bulkWriteInChunks(this.entries, ops, { ordered: false });
  }

  /**
   * Sets `key` on entries written before entries had one (run at start-up, before consuming).
   *
   * @returns how many entries were given a key (0 once every entry has one).
   */
  async backfillKeys(): Promise<number> {
    const legacy = await this.entries.find({ key: { $exists: false } }, { _id: 1, planId: 1, unit: 1, year: 1 }).lean().exec();
    if (legacy.length > 0) {
      await bulkWriteInChunks(
        this.entries,
        legacy.map((e) => ({ updateOne: { filter: { _id: e._id }, update: { $set: { key: scoreKey(e) } } } })),
        { ordered: false },
      );
    }
    return legacy.length;
  }
}
