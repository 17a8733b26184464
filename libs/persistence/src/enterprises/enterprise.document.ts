import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { EnterpriseStatus } from '@duban/contracts';

/** One open lifecycle step of an enterprise, as its `step-opened` event announced it. */
@Schema({ _id: false, versionKey: false, strict: 'throw' })
export class EnterpriseOpenStepRecord {
  @Prop({ required: true })
  step!: string;

  /** `{enterpriseId}/{step}`: the id its deadline and escalation events carry as `taskId`. */
  @Prop({ required: true })
  stepId!: string;

  /** The owning unit: the enterprise's district, or STIIC, PLAN or HRSS. */
  @Prop({ required: true })
  unit!: string;

  /** The step's deadline date. */
  @Prop({ required: true })
  due!: string;

  /** The deadline instant, from the event. */
  @Prop({ required: true })
  deadline!: Date;

  @Prop({ required: true })
  openedAt!: Date;
}
export const EnterpriseOpenStepRecordSchema = SchemaFactory.createForClass(EnterpriseOpenStepRecord);

@Schema({ _id: false, versionKey: false, strict: 'throw' })
export class EnterpriseParkRecord {
  @Prop({ required: true })
  parkId!: string;

  @Prop({ required: true })
  parkName!: string;

  @Prop({ required: true })
  region!: string;
}
export const EnterpriseParkRecordSchema = SchemaFactory.createForClass(EnterpriseParkRecord);

/** The enterprise list's counter in `list_sequences` (see `list-sequence.ts`). */
export const ENTERPRISE_LIST = 'enterprises';

/**
 * One enterprise of the transfer programme as the enterprise list sees it, kept by the
 * enterprises consumer from the enterprise's events. `_id` is the enterprise id.
 * `lastEventSequence` is the sequence of the last event applied: an event is applied only when its
 * sequence is greater, so a redelivered or replayed event changes nothing.
 */
@Schema({ collection: 'enterprises', versionKey: false, strict: 'throw' })
export class EnterpriseRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  planId!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ required: true })
  district!: string;

  @Prop({ required: true })
  industry!: string;

  @Prop({ type: String, required: true })
  status!: EnterpriseStatus;

  @Prop({ type: String })
  track?: string;

  @Prop()
  score?: number;

  @Prop({ type: String })
  intention?: 'exit' | 'transfer' | 'upgrade';

  @Prop({ type: EnterpriseParkRecordSchema })
  park?: EnterpriseParkRecord;

  /** `park.parkId`, flat, for the park filter and the park roll-up. */
  @Prop({ type: String })
  parkId?: string;

  @Prop({ type: [EnterpriseOpenStepRecordSchema], required: true })
  currentSteps!: EnterpriseOpenStepRecord[];

  /** The names of `currentSteps`, for the step filter. */
  @Prop({ type: [String], required: true })
  openStepNames!: string[];

  @Prop({ type: [String], required: true })
  completedSteps!: string[];

  /** The district and every unit that owns or owned one of the enterprise's steps: who may see it. */
  @Prop({ type: [String], required: true })
  units!: string[];

  /** The earliest deadline of an open step, `null` when none is open: "overdue" is `nextDeadline < now`. */
  @Prop({ type: Date, default: null })
  nextDeadline!: Date | null;

  /** Escalations (`{stepId}~{epoch}~{level}`) raised on the enterprise's steps and not resolved. */
  @Prop({ type: [String], required: true })
  openEscalationIds!: string[];

  @Prop({ type: String })
  outcome?: string;

  @Prop({ required: true })
  registeredAt!: Date;

  @Prop()
  classifiedAt?: Date;

  @Prop()
  closedAt?: Date;

  /** The time of the last event applied. */
  @Prop({ required: true })
  updatedAt!: Date;

  @Prop({ required: true })
  lastEventSequence!: number;

  /**
   * Roll-up cells (`enterprise_rollups`) still to recount after the last event moved this row:
   * written with the event, cleared once they are recounted. A crash in between leaves it set, and
   * the redelivered event (seen as already applied) recounts them then.
   */
  @Prop({ type: [String], default: undefined })
  rollupPending?: string[];

  /**
   * The row's position in the enterprise list (`list_sequences` row `enterprises`), handed out
   * when the consumer first writes the row: the list's order, registration order as the
   * projection saw it. Set on every row the consumer writes (older rows are given one at start,
   * see `backfillListPositions`); optional only for rows written before positions existed.
   */
  @Prop()
  listSeq?: number;

  /** `listBucket = floor(listSeq / LIST_BUCKET_SIZE)`: what a page reads by equality (see `findBucketedPage`). */
  @Prop()
  listBucket?: number;
}

export type EnterpriseRecordDocument = HydratedDocument<EnterpriseRecord>;
export const EnterpriseRecordSchema = SchemaFactory.createForClass(EnterpriseRecord);
// The list's filters (a district's enterprises by status and track, one plan's, an open step's,
// a park's, the units' view) and the overdue filter on the earliest open deadline.
EnterpriseRecordSchema.index({ district: 1, status: 1, track: 1 });
EnterpriseRecordSchema.index({ planId: 1, district: 1 });
EnterpriseRecordSchema.index({ openStepNames: 1 });
EnterpriseRecordSchema.index({ parkId: 1 });
EnterpriseRecordSchema.index({ units: 1 });
EnterpriseRecordSchema.index({ nextDeadline: 1 });
// The list's pages: one bucket of positions at a time (FerretDB pushes only equality down).
EnterpriseRecordSchema.index({ listBucket: 1 });
// A roll-up cell's recount: one plan's enterprises of one district, park, track and status.
EnterpriseRecordSchema.index({ planId: 1, district: 1, parkId: 1, track: 1, status: 1 });
