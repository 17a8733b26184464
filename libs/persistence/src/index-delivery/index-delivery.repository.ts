import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { evaluationIndexSchemas, type EvaluationIndexDefinition } from '@duban/domain';
import { IndexWaiterRecord, PlanIndexRecord } from './index-delivery.document';
import { isDuplicateKey } from '../store/store-errors';

/** An enterprise workflow that waits for its plan's evaluation index. */
export interface IndexWaiter {
  /** The enterprise's workflow id, which the index is signalled to. */
  workflowId: string;
  enterpriseId: string;
  planId: string;
}

/**
 * Where the two facts the index-delivery consumer needs meet: which plans have an evaluation
 * index (`plan_indexes`) and which enterprise workflows wait for one (`index_waiters`). Each
 * handler writes its own fact before it reads the other's, so whichever event comes second finds
 * the first, and neither order loses an enterprise. Every write is an idempotent upsert or delete
 * by `_id`, and every read an equality on a top-level field (what FerretDB 1.24 pushes down), so
 * redelivered events change nothing.
 */
@Injectable()
export class IndexDeliveryRepository {
  constructor(
    @InjectModel(PlanIndexRecord.name) private readonly planIndexes: Model<PlanIndexRecord>,
    @InjectModel(IndexWaiterRecord.name) private readonly waiters: Model<IndexWaiterRecord>,
  ) {}

  /** Stores the plan's index unless one is stored already (the first one stays, as in the plan). */
  async setPlanIndex(planId: string, index: EvaluationIndexDefinition, eventId: string, now = new Date()): Promise<'stored' | 'exists'> {
    try {
      const result = await this.planIndexes.updateOne({ _id: { $eq: planId } }, { $setOnInsert: { index, eventId, storedAt: now } }, { upsert: true }).exec();
      return result.upsertedCount > 0 ? 'stored' : 'exists';
    } catch (e) {
      // Two processes upserted at once: the other one inserted it.
      if (isDuplicateKey(e)) return 'exists';
      throw e;
    }
  }

  /** The plan's index, if its `EvaluationIndexSet` has been seen. */
  async planIndex(planId: string): Promise<EvaluationIndexDefinition | undefined> {
    const doc = await this.planIndexes.findOne({ _id: { $eq: planId } }).lean<PlanIndexRecord>().exec();
    return doc ? evaluationIndexSchemas().definition.parse(doc.index) : undefined;
  }

  /** Records that `waiter` waits; a waiter already recorded is left as it is. */
  async addWaiter(waiter: IndexWaiter, now = new Date()): Promise<void> {
    try {
      await this.waiters.updateOne({ _id: { $eq: waiter.workflowId } }, { $setOnInsert: { planId: waiter.planId, enterpriseId: waiter.enterpriseId, since: now } }, { upsert: true }).exec();
    } catch (e) {
      if (!isDuplicateKey(e)) throw e;
    }
  }

  /**
   * Up to `limit` (1–100) waiters of the plan, in no particular order. Unsorted on purpose: FerretDB
   * 1.24 pushes a limit down only without a sort, and sorts every match in memory otherwise. The
   * caller pages by removing each waiter it has served and asking again; at most 100 fit the first
   * batch, so the cursor is closed when this returns.
   */
  async waitersOf(planId: string, limit: number): Promise<IndexWaiter[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError(`limit must be an integer in [1, 100], not ${limit}`);
    const docs = await this.waiters.find({ planId: { $eq: planId } }).limit(limit).lean<IndexWaiterRecord[]>().exec();
    return docs.map((d) => ({ workflowId: d._id, enterpriseId: d.enterpriseId, planId: d.planId }));
  }

  /** Forgets a waiter (served, or its workflow is gone); removing one that is not there is fine. */
  async removeWaiter(workflowId: string): Promise<void> {
    await this.waiters.deleteOne({ _id: { $eq: workflowId } }).exec();
  }
}
