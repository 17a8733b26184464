import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * One event as the audit consumer received it. `_id` is the CloudEvent id, so the store itself
 * refuses a second copy of an event (a redelivery or a retried publish).
 */
@Schema({ collection: 'audit_events', versionKey: false, strict: 'throw' })
export class AuditEvent {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  specversion!: string;

  @Prop({ required: true })
  source!: string;

  @Prop({ required: true })
  type!: string;

  @Prop({ required: true })
  subject!: string;

  @Prop({ required: true })
  time!: Date;

  @Prop({ required: true })
  datacontenttype!: string;

  @Prop({ required: true })
  sequence!: number;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  data!: Record<string, unknown>;

  @Prop({ type: { topic: String, partition: Number, offset: String }, required: true, _id: false })
  kafka!: { topic: string; partition: number; offset: string };

  @Prop({ required: true })
  recordedAt!: Date;
}

export type AuditEventDocument = HydratedDocument<AuditEvent>;
export const AuditEventSchema = SchemaFactory.createForClass(AuditEvent);
// One subject's history is read in sequence order; type and time serve the audit filters.
AuditEventSchema.index({ subject: 1, sequence: 1 });
AuditEventSchema.index({ time: 1 });
AuditEventSchema.index({ type: 1, time: 1 });
