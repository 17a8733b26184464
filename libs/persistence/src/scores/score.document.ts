import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import type { DubanEvent, ScoreResponse } from '@duban/contracts';

/**
 * The live score of one unit for one plan and year (`scores`), `_id` `{planId}/{unit}/{year}`.
 * A unit is assessed in a year once a task or step is assigned to it then (`score` = base until
 * something costs or earns points). `sequence` numbers its `duban.score.updated.v1` events;
 * `pendingEvent` is the one written with the score and not yet known to be published.
 */
@Schema({ collection: 'scores', versionKey: false, strict: 'throw' })
export class ScoreRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  planId!: string;

  @Prop({ required: true })
  unit!: string;

  @Prop({ required: true })
  year!: number;

  @Prop({ required: true })
  score!: number;

  @Prop({ required: true })
  excellent!: boolean;

  @Prop({ required: true })
  belowTarget!: boolean;

  @Prop({ type: [MongooseSchema.Types.Mixed], required: true })
  items!: ScoreResponse['items'];

  /** Digest of score, flags and items: equal digests mean nothing changed. */
  @Prop({ required: true })
  digest!: string;

  @Prop({ required: true })
  sequence!: number;

  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  pendingEvent!: DubanEvent | null;

  @Prop({ required: true })
  updatedAt!: Date;
}
export const ScoreRecordSchema = SchemaFactory.createForClass(ScoreRecord);
ScoreRecordSchema.index({ year: 1, unit: 1, planId: 1 });
ScoreRecordSchema.index({ planId: 1 });
