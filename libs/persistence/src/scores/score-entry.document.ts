import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One event's points for one unit-year (a `ScoreEntry` of the domain with non-zero points).
 * `_id` is `{eventId}|{unit}|{rule}`, so recomputing a subject rewrites the same documents;
 * `key` is its unit-year's `{planId}/{unit}/{year}`, so many unit-years are read in one query.
 */
@Schema({ collection: 'score_entries', versionKey: false, strict: 'throw' })
export class ScoreEntryRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  key!: string;

  @Prop({ required: true })
  planId!: string;

  @Prop({ required: true })
  unit!: string;

  @Prop({ required: true })
  year!: number;

  @Prop({ required: true })
  subject!: string;

  @Prop({ required: true })
  eventId!: string;

  @Prop({ required: true })
  type!: string;

  @Prop({ required: true })
  time!: string;

  @Prop({ required: true })
  rule!: string;

  @Prop({ required: true })
  points!: number;

  @Prop({ required: true })
  reason!: string;
}
export const ScoreEntrySchema = SchemaFactory.createForClass(ScoreEntryRecord);
ScoreEntrySchema.index({ planId: 1, unit: 1, year: 1 });
ScoreEntrySchema.index({ subject: 1 });
ScoreEntrySchema.index({ key: 1 });
