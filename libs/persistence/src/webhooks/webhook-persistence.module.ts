import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { WebhookAttempt, WebhookAttemptSchema } from './webhook-attempt.document';
import { WebhookDeliveryRepository } from './webhook-delivery.repository';
import { WebhookDelivery, WebhookDeliverySchema } from './webhook-delivery.document';
import { WebhookSubscriptionRepository } from './webhook-subscription.repository';
import { WebhookSubscription, WebhookSubscriptionSchema } from './webhook-subscription.document';

/**
 * Webhook subscriptions and their deliveries: the API manages subscriptions and the dead-letter
 * list, the consumers app records and sends deliveries.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: WebhookSubscription.name, schema: WebhookSubscriptionSchema },
      { name: WebhookDelivery.name, schema: WebhookDeliverySchema },
      { name: WebhookAttempt.name, schema: WebhookAttemptSchema },
    ]),
  ],
  providers: [WebhookSubscriptionRepository, WebhookDeliveryRepository],
  exports: [WebhookSubscriptionRepository, WebhookDeliveryRepository],
})
export class WebhookPersistenceModule {}
