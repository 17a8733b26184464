import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { Actor, EscalationLevel, EscalationState } from '@duban/contracts';

/** The board's counter in `list_sequences` (see `list-sequence.ts`). */
export const ESCALATION_LIST = 'escalations';

/**
 * One escalation case of the 督查室 inbox (a level raised on one deadline of one task), kept by
 * the tasks consumer. `_id` is the escalation id (`{taskId}~{epoch}~{level}`). Its events share
 * the task's subject, so `lastEventSequence` (the task subject's sequence of the last event
 * applied here) guards it against redelivery and replay exactly as for the task.
 */
@Schema({ collection: 'escalations', versionKey: false, strict: 'throw' })
export class EscalationRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  taskId!: string;

  @Prop({ required: true })
  planId!: string;

  /** The lead unit of the task. */
  @Prop({ required: true })
  unit!: string;

  @Prop({ type: [String], required: true })
  coUnits!: string[];

  @Prop({ type: String, required: true })
  level!: EscalationLevel;

  @Prop({ type: String, required: true })
  state!: EscalationState;

  @Prop({ required: true })
  due!: string;

  @Prop({ required: true })
  deadline!: Date;

  @Prop({ required: true })
  overdueWorkingDays!: number;

  @Prop({ required: true })
  raisedAt!: Date;

  @Prop({ required: true })
  lastRaisedAt!: Date;

  @Prop({ required: true })
  repeats!: number;

  @Prop()
  acknowledgedAt?: Date;

  @Prop({ type: { sub: String, unit: String, roles: [String] }, _id: false })
  acknowledgedBy?: Actor;

  @Prop()
  acknowledgementNote?: string;

  @Prop()
  resolvedAt?: Date;

  @Prop({ type: String })
  resolution?: 'completed' | 'deadline-moved' | 'cancelled';

  @Prop({ required: true })
  updatedAt!: Date;

  @Prop({ required: true })
  lastEventSequence!: number;

  /** The case's position on the board (`list_sequences` row `escalations`), given after its first write. */
  @Prop()
  listSeq?: number;

  /** `floor(listSeq / LIST_BUCKET_SIZE)`: what a board page reads by equality (see `findBucketedPage`). */
  @Prop()
  listBucket?: number;
}

export type EscalationRecordDocument = HydratedDocument<EscalationRecord>;
export const EscalationRecordSchema = SchemaFactory.createForClass(EscalationRecord);
// The inbox filters by state, unit and level and lists oldest first; a task's cases by task.
EscalationRecordSchema.index({ state: 1, unit: 1, level: 1, raisedAt: 1 });
EscalationRecordSchema.index({ raisedAt: 1, _id: 1 });
EscalationRecordSchema.index({ taskId: 1 });
EscalationRecordSchema.index({ planId: 1, state: 1 });
// The board's pages: one bucket of positions at a time.
EscalationRecordSchema.index({ listBucket: 1 });
