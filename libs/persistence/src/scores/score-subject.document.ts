import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One scored subject (a task, a brief, an enterprise case), its plan, and the unit-years whose
 * scores must be refreshed because an entry of theirs was deleted (every other touched unit-year
 * is found again from the subject's entries on redelivery). `pending` is written before the
 * entries and cleared after the scores, so a consumer that dies between the two finishes the work.
 */
@Schema({ collection: 'score_subjects', versionKey: false, strict: 'throw' })
export class ScoreSubjectRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  planId!: string;

  /** `{planId}/{unit}/{year}` keys. */
  @Prop({ type: [String], default: [] })
  pending!: string[];
}
export const ScoreSubjectSchema = SchemaFactory.createForClass(ScoreSubjectRecord);
ScoreSubjectSchema.index({ planId: 1 });
