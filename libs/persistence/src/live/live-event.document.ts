import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { LiveKind } from '@duban/contracts';

/**
 * One entry of the live feed (`live_events`), appended by a consumer right after it has written
 * its projection, so a client told of it and refetching reads the new state. `_id` is
 * `{eventId}:{kind}`: one event makes at most one entry of each kind, and a redelivery finds it
 * there. `seq` is the entry's feed position (list `live`, claimed like every positioned list; see
 * `list-sequence.ts`), `bucket` its bucket, which the API's tail reads by equality (the only filter
 * FerretDB 1.x hands to PostgreSQL's index). Append-only. Ours.
 */
@Schema({ collection: 'live_events', versionKey: false, strict: 'throw' })
export class LiveEventRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  seq!: number;

  @Prop({ required: true })
  bucket!: number;

  @Prop({ type: String, required: true })
  kind!: LiveKind;

  /** The CloudEvent type. */
  @Prop({ required: true })
  type!: string;

  @Prop({ required: true })
  subject!: string;

  /** The unit concerned (a task's lead unit, a step's owner, a notification's recipient). */
  @Prop({ required: true })
  unit!: string;

  /** The units whose callers may see it (a task's lead and co-units; a notification's recipients). */
  @Prop({ type: [String], required: true })
  units!: string[];

  /** Whether supervisors, performance and admins see it whatever their unit (not notifications: the bell is per unit). */
  @Prop({ required: true })
  overseers!: boolean;

  @Prop()
  taskId?: string;

  @Prop()
  enterpriseId?: string;

  @Prop()
  level?: string;

  @Prop({ required: true })
  recordedAt!: Date;
}

/** The feed's counter in `list_sequences`. */
export const LIVE_LIST = 'live';

export type LiveEventDocument = HydratedDocument<LiveEventRecord>;
export const LiveEventSchema = SchemaFactory.createForClass(LiveEventRecord);
LiveEventSchema.index({ bucket: 1 });
LiveEventSchema.index({ seq: 1 }, { unique: true });
