import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { Bilingual, NotificationKind, RecipientRole } from '@duban/domain';
import type { NotificationLink } from '@duban/contracts';

const bilingual = { zh: { type: String, required: true }, en: { type: String, required: true } };

/**
 * One notification for one recipient unit, kept by the notifications consumer. `_id` is
 * `{eventId}:{unit}`: one event notifies a unit at most once, so a redelivered or replayed event
 * finds its notifications already there and changes nothing (their read state included).
 */
@Schema({ collection: 'notifications', versionKey: false, strict: 'throw' })
export class NotificationRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The unit code it is for. */
  @Prop({ required: true })
  recipient!: string;

  @Prop({ type: String, required: true })
  role!: RecipientRole;

  @Prop({ type: String, required: true })
  kind!: NotificationKind;

  /** The unit concerned (the task's lead unit or the step's owner). */
  @Prop({ required: true })
  unit!: string;

  @Prop({ required: true })
  eventId!: string;

  @Prop({ required: true })
  eventType!: string;

  @Prop({ required: true })
  subject!: string;

  @Prop({ type: bilingual, required: true, _id: false })
  title!: Bilingual;

  @Prop({ type: bilingual, required: true, _id: false })
  body!: Bilingual;

  @Prop({ type: { kind: String, id: String, stepId: String, escalationId: String }, required: true, _id: false })
  link!: NotificationLink;

  /** The escalation it is about, so an acknowledgement can find the unit its case concerns. */
  @Prop()
  escalationId?: string;

  /** The event's time. */
  @Prop({ required: true })
  createdAt!: Date;

  @Prop({ required: true })
  read!: boolean;

  @Prop()
  readAt?: Date;

  @Prop()
  readBy?: string;
}

export type NotificationRecordDocument = HydratedDocument<NotificationRecord>;
export const NotificationRecordSchema = SchemaFactory.createForClass(NotificationRecord);
// A unit's list, newest first, optionally unread only, of one event type or one subject; an escalation's unit.
NotificationRecordSchema.index({ recipient: 1, createdAt: -1, _id: 1 });
NotificationRecordSchema.index({ recipient: 1, read: 1, createdAt: -1 });
NotificationRecordSchema.index({ recipient: 1, eventType: 1, createdAt: -1 });
NotificationRecordSchema.index({ recipient: 1, subject: 1, createdAt: -1 });
NotificationRecordSchema.index({ escalationId: 1 });
