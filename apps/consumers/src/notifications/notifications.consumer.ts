import { Inject, Injectable, Logger } from '@nestjs/common';
import { ALL_TOPICS, EventType, type DubanEvent } from '@duban/contracts';
import { LiveEventRepository, NotificationRepository, liveRefsOf } from '@duban/persistence';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';
import { NOTIFYING_EVENT_TYPES, notificationsOf, type TriggerContext } from './notification-triggers';

/**
 * Turns reminders, cards, acknowledgements, directives, reviews, extension decisions and opened
 * enterprise steps into notifications per recipient unit, in its own consumer group on every
 * topic. Idempotent: a notification's id is `{eventId}:{unit}` and is only ever inserted, so a
 * redelivery or a replay from the first offset adds nothing and keeps read state.
 */
@Injectable()
export class NotificationsConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, notifications: NotificationRepository, live: LiveEventRepository) {
    const logger = new Logger(NotificationsConsumer.name);
    this.spec = {
      name: 'notifications',
      groupId: config.NOTIFICATIONS_GROUP_ID,
      topics: ALL_TOPICS,
      logger,
      handle: async (event) => {
        const outcome = await storeNotificationsOf(event, notifications);
        if (outcome.expected === 0 && NOTIFYING_EVENT_TYPES.includes(event.type)) {
          logger.warn(`event ${event.id} (${event.type} on ${event.subject}) names no unit to notify`);
          return;
        }
        if (outcome.created < outcome.expected) logger.debug(`event ${event.id}: ${outcome.expected - outcome.created} notification(s) already stored`);
        // The bells' live message, after the notifications are stored. Only for an event that
        // stored something new: a replay from the first offset tells no connected console again.
        // (A crash between the two writes loses this one message; the bell's next refetch is right.)
        if (outcome.created > 0 && outcome.recipients.length > 0) {
          await live.append({
            _id: `${event.id}:notification`,
            kind: 'notification',
            type: event.type,
            subject: event.subject,
            unit: outcome.unit ?? outcome.recipients[0] ?? '',
            units: outcome.recipients,
            overseers: false,
            ...liveRefsOf(event),
          });
        }
      },
    };
  }
}

/**
 * The notifications of one event, stored once each (the consumer's handler, without Kafka: the
 * rebuild from the audit log feeds events through it too). Returns how many the event calls for
 * (0 for an event that notifies nobody) and how many were new.
 */
export async function storeNotificationsOf(event: DubanEvent, notifications: NotificationRepository): Promise<{ expected: number; created: number; recipients: string[]; unit?: string }> {
  if (!NOTIFYING_EVENT_TYPES.includes(event.type)) return { expected: 0, created: 0, recipients: [] };
  const context: TriggerContext = {};
  if (event.type === EventType.EscalationAcknowledged) {
    // The raising came first on this subject's partition, so its notifications are stored.
    const unit = await notifications.unitOfEscalation((event as DubanEvent<typeof EventType.EscalationAcknowledged>).data.escalationId);
    if (unit !== undefined) context.unitOfEscalation = unit;
  }
  const due = notificationsOf(event, context);
  if (due.length === 0) return { expected: 0, created: 0, recipients: [] };
  const created = await notifications.store(due);
  return { expected: due.length, created, recipients: [...new Set(due.map((n) => n.recipient))], ...(due[0] && { unit: due[0].unit }) };
}

