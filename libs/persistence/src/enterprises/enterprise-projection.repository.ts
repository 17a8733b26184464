import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { sequenceOf, type DubanEvent } from '@duban/contracts';
import { projectEnterpriseEvent } from './enterprise-projection';
import { ENTERPRISE_LIST, EnterpriseRecord } from './enterprise.document';
import { EnterpriseRollupRepository, rollupCellsToRecount } from './enterprise-rollup.repository';
import { ListPositionClaim, ListSequenceRecord, backfillListPositions, claimListPosition, listBucketOf } from '../store/list-sequence';
import type { WriteOutcome } from '../tasks/task-projection.repository';
import { isDuplicateKey } from '../store/store-errors';

/** Attempts when another writer changed the row between our read and our write (a rebalance overlap). */
const MAX_ATTEMPTS = 5;

/**
 * Applies enterprise events to the `enterprises` collection, guarded by each enterprise's event
 * sequence like the task projection: an event is applied only if its sequence is greater than the
 * row's `lastEventSequence`, so a redelivery or a replay from offset 0 changes nothing.
 *
 * Unlike the task row, this row carries fields derived from all its open steps (the earliest
 * deadline, the open step names), which no single update operator can keep (FerretDB 1.x has no
 * pipeline updates). So the row is read, the event applied by a pure function, and the result
 * written back conditionally on the sequence that was read: a compare-and-set, retried if the row
 * moved on meanwhile.
 */
@Injectable()
export class EnterpriseProjectionRepository {
  private readonly logger = new Logger(EnterpriseProjectionRepository.name);

  constructor(
    @InjectModel(EnterpriseRecord.name) private readonly enterprises: Model<EnterpriseRecord>,
    @InjectModel(ListSequenceRecord.name) private readonly sequences: Model<ListSequenceRecord>,
    @InjectModel(ListPositionClaim.name) private readonly claims: Model<ListPositionClaim>,
    private readonly rollups: EnterpriseRollupRepository,
  ) {}

  /**
   * Applies the event to the row and, when it moved the row between roll-up cells (or changed its
   * earliest deadline), recounts those cells. The cells to recount are written into the row with
   * the event (`rollupPending`) and cleared after the recount: the store has no transactions, so a
   * crash between the two writes is repaired when the event is redelivered (it is then stale for
   * the row, but its pending recount is done). A replay of old events finds nothing pending and
   * recounts nothing.
   */
  async apply(event: DubanEvent): Promise<WriteOutcome> {
    // The row keeps the counter as a number, compared across events of both wire forms.
    const sequence = sequenceOf(event);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.enterprises.findOne({ _id: { $eq: event.subject } }).lean<EnterpriseRecord>().exec();
      if (current && current.lastEventSequence >= sequence) {
        if (current.lastEventSequence === sequence && current.rollupPending?.length) await this.recount(current.rollupPending, event.subject, sequence);
        return 'stale';
      }
      const projected = projectEnterpriseEvent(current ?? undefined, event);
      if (!projected) return 'none';
      const { rollupPending: _earlier, ...base } = projected;
      const pending = [...new Set([...(current?.rollupPending ?? []), ...rollupCellsToRecount(current ?? undefined, projected)])];
      const next: EnterpriseRecord = pending.length > 0 ? { ...base, rollupPending: pending } : base;
      if (!current) {
        // A position lost to a duplicate (another writer created the row first) is only a gap.
        const listSeq = await claimListPosition({ sequences: this.sequences, claims: this.claims }, ENTERPRISE_LIST);
        try {
          await this.enterprises.create({ ...next, listSeq, listBucket: listBucketOf(listSeq) });
        } catch (e) {
          if (isDuplicateKey(e)) continue;
          throw e;
        }
      } else {
        const result = await this.enterprises.replaceOne({ _id: { $eq: event.subject }, lastEventSequence: { $eq: current.lastEventSequence } }, next).exec();
        if (result.matchedCount === 0) continue;
      }
      if (pending.length > 0) await this.recount(pending, event.subject, sequence);
      return 'applied';
    }
    throw new Error(`enterprise ${event.subject}: event ${event.id} lost ${MAX_ATTEMPTS} races for its row; it will be redelivered`);
  }

  /**
   * Gives a list position to every row written before positions were kept (in registration
   * order), once per database: afterwards the list's high-water row carries `backfilledAt`. Two
   * consumers backfilling at once may give one row two positions in turn (FerretDB's updates are
   * not isolated); it ends with one of them, and the other is a gap. Reads the whole collection once.
   */
  async backfillListPositions(): Promise<number> {
    const time = (v: unknown) => (v instanceof Date ? v.getTime() : 0);
    const n = await backfillListPositions(this.sequences, ENTERPRISE_LIST, this.enterprises, {
      fields: ['registeredAt'],
      order: (a, b) => time(a['registeredAt']) - time(b['registeredAt']) || a._id.localeCompare(b._id),
      nextPosition: () => claimListPosition({ sequences: this.sequences, claims: this.claims }, ENTERPRISE_LIST),
    });
    if (n > 0) this.logger.log(`gave list positions to ${n} enterprises written before positions were kept`);
    return n;
  }

  private async recount(cells: readonly string[], enterpriseId: string, sequence: number): Promise<void> {
    for (const cell of cells) await this.rollups.recompute(cell);
    // Only if no later event has been applied meanwhile (it carries its own pending list).
    await this.enterprises.updateOne({ _id: { $eq: enterpriseId }, lastEventSequence: { $eq: sequence } }, { $unset: { rollupPending: 1 } }).exec();
  }
}
