import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * An event scoring reads, kept by the scores consumer so that it can recompute one subject's
 * score entries from that subject's events. `_id` is the CloudEvent id: a redelivery is one event.
 */
@Schema({ collection: 'score_events', versionKey: false, strict: 'throw' })
export class ScoreEventRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  type!: string;

  @Prop({ required: true })
  subject!: string;

  @Prop({ required: true })
  time!: Date;

  @Prop({ required: true })
  sequence!: number;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  data!: Record<string, unknown>;
}
export const ScoreEventSchema = SchemaFactory.createForClass(ScoreEventRecord);
ScoreEventSchema.index({ subject: 1, sequence: 1 });
