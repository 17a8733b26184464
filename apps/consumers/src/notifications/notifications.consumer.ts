import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ALL_TOPICS, EventType, type DubanEvent } from '@duban/contracts';
import { DubanEventConsumer } from '@duban/kafka';
import { NotificationRepository } from '@duban/persistence';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';
import { NOTIFYING_EVENT_TYPES, notificationsOf, type TriggerContext } from './notification-triggers';

/**
 * Turns reminders, cards, acknowledgements, directives, reviews, extension decisions and opened
 * enterprise steps into notifications per recipient unit, in its own consumer group on every
 * topic. Idempotent: a notification's id is `{eventId}:{unit}` and is only ever inserted, so a
 * redelivery or a replay from the first offset adds nothing and keeps read state.
 */
@Injectable()
export class NotificationsConsumer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationsConsumer.name);
  private readonly consumer: DubanEventConsumer;
  private readonly groupId: string;

  constructor(
    @Inject(CONSUMERS_CONFIG) config: ConsumersConfig,
    private readonly notifications: NotificationRepository,
  ) {
    this.groupId = config.NOTIFICATIONS_GROUP_ID;
    this.consumer = new DubanEventConsumer({
      brokers: config.KAFKA_BROKERS,
      clientId: 'duban-consumers-notifications',
      groupId: config.NOTIFICATIONS_GROUP_ID,
      topics: ALL_TOPICS,
      logger: this.logger,
      handle: (event) => this.handle(event),
    });
  }

  private async handle(event: DubanEvent): Promise<void> {
    if (!NOTIFYING_EVENT_TYPES.includes(event.type)) return;
    const context: TriggerContext = {};
    if (event.type === EventType.EscalationAcknowledged) {
      // The raising came first on this subject's partition, so its notifications are stored.
      const unit = await this.notifications.unitOfEscalation((event as DubanEvent<typeof EventType.EscalationAcknowledged>).data.escalationId);
      if (unit !== undefined) context.unitOfEscalation = unit;
    }
    const notifications = notificationsOf(event, context);
    if (notifications.length === 0) {
      this.logger.warn(`event ${event.id} (${event.type} on ${event.subject}) names no unit to notify`);
      return;
    }
    const created = await this.notifications.store(notifications);
    if (created < notifications.length) this.logger.debug(`event ${event.id}: ${notifications.length - created} notification(s) already stored`);
  }

  async onModuleInit(): Promise<void> {
    await this.consumer.start();
    this.logger.log(`notifications consumer in group ${this.groupId} on ${ALL_TOPICS.join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }
}
