import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { EvaluationIndexDefinition } from '@duban/domain';

/**
 * A plan's evaluation index as the index-delivery consumer learnt it from `EvaluationIndexSet`
 * (`plan_indexes`, `_id` the plan id). Written once: a plan's index never changes once in force,
 * so a redelivered event finds it there and changes nothing.
 */
@Schema({ collection: 'plan_indexes', versionKey: false, strict: 'throw' })
export class PlanIndexRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  /** The definition as the event carried it (validated by the event's schema). */
  @Prop({ type: Object, required: true })
  index!: EvaluationIndexDefinition;

  /** The `EvaluationIndexSet` event it came from. */
  @Prop({ required: true })
  eventId!: string;

  @Prop({ required: true })
  storedAt!: Date;
}

export type PlanIndexRecordDocument = HydratedDocument<PlanIndexRecord>;
export const PlanIndexRecordSchema = SchemaFactory.createForClass(PlanIndexRecord);

/**
 * An enterprise workflow waiting for its plan's evaluation index (`index_waiters`, `_id` the
 * enterprise's workflow id). Inserted on `EnterpriseAwaitingIndex`, deleted once the index has
 * been signalled to it; what remains are the enterprises still waiting.
 */
@Schema({ collection: 'index_waiters', versionKey: false, strict: 'throw' })
export class IndexWaiterRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  planId!: string;

  @Prop({ required: true })
  enterpriseId!: string;

  /** When the consumer first stored it (not the event's time). */
  @Prop({ required: true })
  since!: Date;
}

export type IndexWaiterRecordDocument = HydratedDocument<IndexWaiterRecord>;
export const IndexWaiterRecordSchema = SchemaFactory.createForClass(IndexWaiterRecord);
// The one read of this collection: a plan's waiters, by equality on a top-level field (FerretDB 1.24 pushes that down).
IndexWaiterRecordSchema.index({ planId: 1 });
