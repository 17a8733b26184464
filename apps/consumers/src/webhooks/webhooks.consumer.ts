import { Inject, Injectable, Logger } from '@nestjs/common';
import { ALL_TOPICS } from '@duban/contracts';
import { WebhookDeliveryRepository, WebhookSubscriptionRepository } from '@duban/persistence';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/**
 * Records, for every event on every topic, one pending delivery per matching active
 * subscription, keyed `${subscriptionId}:${eventId}`: a redelivered message or a replay of the
 * topics creates nothing new. Sending happens in {@link WebhookDeliveryLoop}, so a slow or failing
 * receiver never holds up a Kafka partition.
 *
 * A subscription receives the events whose `time` is at or after its creation: replaying the
 * topics (a new group id) does not flood it with history from before it existed.
 */
@Injectable()
export class WebhooksConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, subscriptions: WebhookSubscriptionRepository, deliveries: WebhookDeliveryRepository) {
    const logger = new Logger(WebhooksConsumer.name);
    this.spec = {
      name: 'webhooks',
      groupId: config.WEBHOOKS_GROUP_ID,
      topics: ALL_TOPICS,
      logger,
      handle: async (event) => {
        const eventTime = Date.parse(event.time);
        const body = JSON.stringify(event);
        for (const subscription of await subscriptions.activeFor(event.type)) {
          if (eventTime < subscription.createdAt.getTime()) continue;
          const outcome = await deliveries.enqueue(
            { subscriptionId: subscription.id, eventId: event.id, eventType: event.type, subject: event.subject, body },
            new Date(),
          );
          if (outcome === 'exists') logger.debug(`delivery ${subscription.id}:${event.id} already recorded`);
        }
      },
    };
  }
}
