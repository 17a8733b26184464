import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/** How many enterprises of a roll-up cell have this earliest open deadline. */
@Schema({ _id: false, versionKey: false, strict: 'throw' })
export class RollupDeadlineCount {
  @Prop({ required: true })
  at!: Date;

  @Prop({ required: true })
  n!: number;
}
export const RollupDeadlineCountSchema = SchemaFactory.createForClass(RollupDeadlineCount);

/**
 * One cell of the enterprise roll-ups: how many enterprises of one plan have one combination of
 * district, park, track and status, and their earliest open deadlines (so "overdue at `now`" is a
 * sum over this small list, with no count of the enterprises at read time). Every roll-up (by
 * district, park or track, split by status and track) is a sum of cells; there are at most a few
 * hundred per plan however many enterprises it has.
 *
 * Kept by the enterprises consumer (see `EnterpriseRollupRepository.recompute`): a cell is never
 * incremented, it is recounted from the enterprise projection whenever an enterprise enters or
 * leaves it, so a crash, a redelivery or a replay can never count anyone twice. `version` orders
 * concurrent recounts: each recount bumps it first and writes only if nobody bumped it since.
 */
@Schema({ collection: 'enterprise_rollups', versionKey: false, strict: 'throw' })
export class EnterpriseRollupCell {
  /** `{planId}|{district}|{parkId or -}|{track or -}|{status}` (see `rollupCellOf`). */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  planId!: string;

  @Prop({ required: true })
  district!: string;

  @Prop({ type: String, default: null })
  parkId!: string | null;

  @Prop({ type: String, default: null })
  track!: string | null;

  @Prop({ required: true })
  status!: string;

  /** Enterprises in the cell. */
  @Prop({ required: true })
  n!: number;

  /** Their earliest open deadlines, one entry per distinct instant (enterprises with no open step are in `n` only). */
  @Prop({ type: [RollupDeadlineCountSchema], required: true })
  deadlines!: RollupDeadlineCount[];

  @Prop({ required: true })
  version!: number;

  @Prop({ required: true })
  updatedAt!: Date;
}

export type EnterpriseRollupCellDocument = HydratedDocument<EnterpriseRollupCell>;
export const EnterpriseRollupCellSchema = SchemaFactory.createForClass(EnterpriseRollupCell);
// A roll-up reads one plan's cells (or every plan's), a district official's by district.
EnterpriseRollupCellSchema.index({ planId: 1, district: 1 });
EnterpriseRollupCellSchema.index({ district: 1 });
