import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ALL_TOPICS } from '@duban/contracts';
import { DubanEventConsumer } from '@duban/kafka';
import { WebhookDeliveryRepository, WebhookSubscriptionRepository } from '@duban/persistence';
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
export class WebhooksConsumer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WebhooksConsumer.name);
  private readonly consumer: DubanEventConsumer;
  private readonly groupId: string;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, subscriptions: WebhookSubscriptionRepository, deliveries: WebhookDeliveryRepository) {
    this.groupId = config.WEBHOOKS_GROUP_ID;
    this.consumer = new DubanEventConsumer({
      brokers: config.KAFKA_BROKERS,
      clientId: 'duban-consumers-webhooks',
      groupId: config.WEBHOOKS_GROUP_ID,
      topics: ALL_TOPICS,
      logger: this.logger,
      handle: async (event) => {
        const eventTime = Date.parse(event.time);
        const body = JSON.stringify(event);
        for (const subscription of await subscriptions.activeFor(event.type)) {
          if (eventTime < subscription.createdAt.getTime()) continue;
          const outcome = await deliveries.enqueue(
            { subscriptionId: subscription.id, eventId: event.id, eventType: event.type, subject: event.subject, body },
            new Date(),
          );
          if (outcome === 'exists') this.logger.debug(`delivery ${subscription.id}:${event.id} already recorded`);
        }
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await this.consumer.start();
    this.logger.log(`webhooks consumer in group ${this.groupId} on ${ALL_TOPICS.join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }
}
