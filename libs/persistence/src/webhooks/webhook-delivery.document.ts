import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { DeliveryState } from '@duban/contracts';

/**
 * One event to be delivered to one subscription. `_id` is `${subscriptionId}:${eventId}`, so a
 * redelivered Kafka message or a replay of the topics finds the record already there and creates
 * nothing. A `pending` record is due at `nextAttemptAt`; a sender claims it by moving
 * `nextAttemptAt` one lease ahead and counting the attempt, so a sender that dies mid-request
 * leaves a record that falls due again when its lease runs out.
 */
@Schema({ collection: 'webhook_deliveries', versionKey: false, strict: 'throw' })
export class WebhookDelivery {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  subscriptionId!: string;

  @Prop({ required: true })
  eventId!: string;

  @Prop({ required: true })
  eventType!: string;

  @Prop({ required: true })
  subject!: string;

  /** The CloudEvent exactly as sent (JSON): every attempt sends the same bytes, so signatures are reproducible. */
  @Prop({ required: true })
  body!: string;

  @Prop({ type: String, required: true })
  state!: DeliveryState;

  /** Attempts so far, counting a claimed attempt whose sender died. */
  @Prop({ required: true })
  attempts!: number;

  /** `attempts` when the current round began (0, or the count at an admin retry): the retry policy counts from here. */
  @Prop({ required: true })
  roundStartAttempts!: number;

  @Prop({ required: true })
  nextAttemptAt!: Date;

  /** The sender holding the current attempt's lease (a process id), for diagnosis. */
  @Prop()
  leaseOwner?: string;

  @Prop()
  lastStatus?: number;

  @Prop()
  lastError?: string;

  @Prop()
  deliveredAt?: Date;

  @Prop()
  deadAt?: Date;

  @Prop({ required: true })
  manualRetries!: number;

  @Prop({ required: true })
  createdAt!: Date;

  @Prop({ required: true })
  updatedAt!: Date;
}

export type WebhookDeliveryDocument = HydratedDocument<WebhookDelivery>;
export const WebhookDeliverySchema = SchemaFactory.createForClass(WebhookDelivery);
// The delivery loop polls the due pending records; the API lists dead letters and a subscription's deliveries.
WebhookDeliverySchema.index({ state: 1, nextAttemptAt: 1 });
WebhookDeliverySchema.index({ subscriptionId: 1, state: 1, updatedAt: -1 });
WebhookDeliverySchema.index({ state: 1, deadAt: -1 });
