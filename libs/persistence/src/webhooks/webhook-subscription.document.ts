import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import type { SubscriptionState } from '@duban/contracts';

/**
 * An integration's webhook subscription. `secret` is kept in clear because every delivery is
 * signed with it (an HMAC key cannot be hashed like a password); the API never returns it after
 * the subscription is created.
 */
@Schema({ collection: 'webhook_subscriptions', versionKey: false, strict: 'throw' })
export class WebhookSubscription {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  url!: string;

  /** Event types or wildcards (`duban.task.*`, `*`), validated against the catalogue on creation. */
  @Prop({ type: [String], required: true })
  eventTypes!: string[];

  @Prop()
  description?: string;

  @Prop({ required: true })
  secret!: string;

  @Prop({ type: String, required: true })
  state!: SubscriptionState;

  @Prop()
  disabledReason?: string;

  /** Events are delivered from this instant on (by event `time`): a new subscription is not flooded with history. */
  @Prop({ required: true })
  createdAt!: Date;

  /** The admin who created it (JWT `sub`). */
  @Prop({ required: true })
  createdBy!: string;
}

export type WebhookSubscriptionDocument = HydratedDocument<WebhookSubscription>;
export const WebhookSubscriptionSchema = SchemaFactory.createForClass(WebhookSubscription);
// The webhooks consumer reads the active subscriptions for every event.
WebhookSubscriptionSchema.index({ state: 1 });
