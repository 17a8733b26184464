import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { bulkWriteInChunks } from '../store/bulk-write';
import { ScoreSubjectRecord } from './score-subject.document';

/** A scored subject's plan, and the unit-years an earlier batch left to refresh (see {@link ScoreSubjectRecord}). */
export type StoredScoreSubject = ScoreSubjectRecord;

/** What one batch learnt of a subject: its plan, and unit-years that lost an entry of it. */
export interface ScoreSubjectUpdate {
  subject: string;
  planId: string;
  /** `{planId}/{unit}/{year}` keys added to `pending` (none: only the plan is set). */
  lost: readonly string[];
}

/** The scored subjects (`score_subjects`). Stores and reads only. */
@Injectable()
export class ScoreSubjectRepository {
  constructor(@InjectModel(ScoreSubjectRecord.name) private readonly subjects: Model<ScoreSubjectRecord>) {}

  /** These subjects, and every subject of these plans (a plan's start may change its subjects' scores). */
  find(subjects: readonly string[], ofPlans: readonly string[]): Promise<StoredScoreSubject[]> {
    const byId = { _id: { $in: [...subjects] } };
    return this.subjects
      .find(ofPlans.length > 0 ? { $or: [byId, { planId: { $in: [...ofPlans] } }] } : byId)
      .lean()
      .exec();
  }

  /**
   * Sets each subject's plan and adds its lost unit-years to `pending`, creating the subject when
   * new. Ordered, and awaited before the entries are written: `pending` must be durable before
   * the entries that no longer name those unit-years are deleted.
   */
  async record(updates: readonly ScoreSubjectUpdate[]): Promise<void> {
    await bulkWriteInChunks(
      this.subjects,
      updates.map(({ subject, planId, lost }) => ({
        updateOne: { filter: { _id: subject }, update: lost.length > 0 ? { $set: { planId }, $addToSet: { pending: { $each: [...lost] } } } : { $set: { planId } }, upsert: true },
      })),
      { ordered: true },
    );
  }

  /** Removes these keys from each subject's `pending` once their scores are refreshed. */
  async clearPending(pendingBySubject: ReadonlyMap<string, readonly string[]>): Promise<void> {
    await bulkWriteInChunks(
      this.subjects,
      [...pendingBySubject].map(([subject, pending]) => ({ updateOne: { filter: { _id: subject }, update: { $pullAll: { pending: [...pending] } } } })),
      { ordered: false },
    );
  }
}
