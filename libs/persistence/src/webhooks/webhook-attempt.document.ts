import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';

/**
 * The lock and log of webhook attempts. A sender owns attempt N of a delivery only if it inserted
 * `${deliveryId}#N` (kind `attempt`); success is recorded only by whoever inserted
 * `${deliveryId}#delivered` (kind `success`). A unique `_id` is the one write that is atomic on
 * every MongoDB-protocol store: FerretDB 1.x (SQLite) does not apply a filtered update atomically
 * under concurrency, so a compare-and-set on the delivery alone would let two senders in.
 */
@Schema({ collection: 'webhook_attempts', versionKey: false, strict: 'throw' })
export class WebhookAttempt {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  kind!: 'attempt' | 'success';

  @Prop({ required: true })
  deliveryId!: string;

  /** The attempt number (for `success`, the attempt that succeeded). */
  @Prop({ required: true })
  attempt!: number;

  @Prop({ required: true })
  owner!: string;

  @Prop({ required: true })
  at!: Date;
}

export type WebhookAttemptDocument = HydratedDocument<WebhookAttempt>;
export const WebhookAttemptSchema = SchemaFactory.createForClass(WebhookAttempt);
WebhookAttemptSchema.index({ deliveryId: 1 });
