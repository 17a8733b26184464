import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import type { EnterpriseRollup, EnterpriseRollupKey } from '@duban/contracts';
import { buildRollup } from './enterprise-list.repository';
import { EnterpriseRollupCell } from './enterprise-rollup.document';
import { EnterpriseRecord } from './enterprise.document';
import { isDuplicateKey } from '../store/store-errors';

/** The roll-up cell an enterprise row is counted in. */
export interface RollupCellKey {
  id: string;
  planId: string;
  district: string;
  parkId: string | null;
  track: string | null;
  status: string;
}

/** The cell of a row: its plan, district, park, track and status (`-` for no park or track in the id). */
export function rollupCellOf(row: Pick<EnterpriseRecord, 'planId' | 'district' | 'parkId' | 'track' | 'status'>): RollupCellKey {
  const parkId = row.parkId ?? null;
  const track = row.track ?? null;
  return { id: [row.planId, row.district, parkId ?? '-', track ?? '-', row.status].join('|'), planId: row.planId, district: row.district, parkId, track, status: row.status };
}

/** Which cells must be recounted when a row goes from `before` to `after` (none when neither its cell nor its earliest deadline moved). */
export function rollupCellsToRecount(before: EnterpriseRecord | undefined, after: EnterpriseRecord): string[] {
  const next = rollupCellOf(after).id;
  if (!before) return [next];
  const previous = rollupCellOf(before).id;
  if (previous !== next) return [previous, next];
  const deadline = (r: EnterpriseRecord) => (r.nextDeadline ? new Date(r.nextDeadline).getTime() : null);
  return deadline(before) === deadline(after) ? [] : [next];
}

/** Parses a cell id back into its key. */
export function parseRollupCellId(id: string): RollupCellKey | undefined {
  const parts = id.split('|');
  if (parts.length !== 5) return undefined;
  const [planId, district, park, track, status] = parts as [string, string, string, string, string];
  return { id, planId, district, parkId: park === '-' ? null : park, track: track === '-' ? null : track, status };
}

/**
 * The enterprise roll-ups as documents ({@link EnterpriseRollupCell}): recounted by the
 * enterprises consumer when an enterprise moves, read by the API as a sum of a few hundred cells.
 */
@Injectable()
export class EnterpriseRollupRepository {
  constructor(
    @InjectModel(EnterpriseRollupCell.name) private readonly cells: Model<EnterpriseRollupCell>,
    @InjectModel(EnterpriseRecord.name) private readonly enterprises: Model<EnterpriseRecord>,
  ) {}

  /**
   * Recounts one cell from the enterprise projection. Idempotent, and safe against concurrent
   * recounts of the same cell (two consumers on different partitions): each bumps the cell's
   * `version` before it counts and writes only if the version is still its own, so the count that
   * lands was taken after every projection write that preceded any bump (a later bumper's count
   * supersedes an earlier one's; a bumper that dies leaves its own row marked for a recount on
   * redelivery). Reads only the cell's enterprises: an equality on five fields.
   */
  async recompute(cellId: string): Promise<void> {
    const key = parseRollupCellId(cellId);
    if (!key) throw new RangeError(`not a roll-up cell id: ${cellId}`);
    const { id, ...fields } = key;
    const bumped = await this.bump(id, fields);
    const match: FilterQuery<EnterpriseRecord> = {
      planId: { $eq: key.planId },
      district: { $eq: key.district },
      parkId: { $eq: key.parkId },
      track: { $eq: key.track },
      status: { $eq: key.status },
    };
    const groups = await this.enterprises.aggregate<{ _id: Date | null; n: number }>([{ $match: match }, { $group: { _id: '$nextDeadline', n: { $sum: 1 } } }]).exec();
    const n = groups.reduce((sum, g) => sum + g.n, 0);
    const deadlines = groups
      .filter((g): g is { _id: Date; n: number } => g._id instanceof Date)
      .map((g) => ({ at: g._id, n: g.n }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    await this.cells.updateOne({ _id: { $eq: id }, version: { $eq: bumped } }, { $set: { n, deadlines, updatedAt: new Date() } }).exec();
  }

  private async bump(id: string, fields: Omit<RollupCellKey, 'id'>): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        const doc = await this.cells
          .findOneAndUpdate({ _id: { $eq: id } }, { $inc: { version: 1 }, $setOnInsert: { ...fields, n: 0, deadlines: [], updatedAt: new Date() } }, { upsert: true, new: true })
          .lean<EnterpriseRollupCell>()
          .exec();
        if (!doc) throw new Error(`roll-up cell ${id} not returned by its upsert`);
        return doc.version;
      } catch (e) {
        // Two first recounts of a new cell racing: the other inserted it; bump again.
        if (!isDuplicateKey(e) || attempt >= 2) throw e;
      }
    }
  }

  /**
   * A roll-up from the cells: by district, park or track, each row split by status and by track,
   * with how many are overdue at `now` (their earliest open deadline is before it). `district`
   * narrows to one district's cells (a district official's view).
   */
  async rollup(by: EnterpriseRollupKey, planId: string | undefined, now: Date, district?: string): Promise<EnterpriseRollup> {
    const filter: FilterQuery<EnterpriseRollupCell> = {};
    if (planId !== undefined) filter.planId = { $eq: planId };
    if (district !== undefined) filter.district = { $eq: district };
    const cells = await this.cells.find(filter).lean<EnterpriseRollupCell[]>().exec();
    const keyOf = (c: EnterpriseRollupCell): string | null => (by === 'district' ? c.district : by === 'park' ? c.parkId : c.track);
    const live = cells.filter((c) => c.n > 0);
    return buildRollup(
      by,
      live.map((c) => ({ _id: { key: keyOf(c), status: c.status, track: c.track }, n: c.n })),
      live.map((c) => ({ _id: keyOf(c), n: c.deadlines.reduce((sum, d) => (new Date(d.at).getTime() < now.getTime() ? sum + d.n : sum), 0) })),
    );
  }

  /** Every cell, for a check against a recount. */
  all(): Promise<EnterpriseRollupCell[]> {
    return this.cells.find({}).lean<EnterpriseRollupCell[]>().exec();
  }
}
