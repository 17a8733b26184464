import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  createSubscriptionSchema,
  deadLetterQuerySchema,
  subscriptionDeliveriesQuerySchema,
  type CreatedSubscription,
  type DeliveryView,
  type SubscriptionView,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { WebhookDeliveryRepository, WebhookSubscriptionRepository } from '@duban/persistence';
import { ApiError } from '../common/api-error';
import { parseInput } from '../common/parse-input';

const subscriptionNotFound = (id: string) => new ApiError(ErrorCode.SubscriptionNotFound, `there is no webhook subscription ${JSON.stringify(id)}`);
const deliveryNotFound = (id: string) => new ApiError(ErrorCode.DeliveryNotFound, `there is no webhook delivery ${JSON.stringify(id)}`);

/** Webhook subscriptions and their dead letters (admins). */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    private readonly subscriptions: WebhookSubscriptionRepository,
    private readonly deliveries: WebhookDeliveryRepository,
  ) {}

  /** Creates a subscription with a new signing secret; this answer is the only one that shows it. */
  async create(body: unknown, principal: Principal): Promise<CreatedSubscription> {
    const request = parseInput(createSubscriptionSchema, body, 'body');
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const view = await this.subscriptions.create({
      id: `whs_${randomBytes(12).toString('hex')}`,
      url: request.url,
      eventTypes: request.eventTypes,
      ...(request.description !== undefined && { description: request.description }),
      secret,
      createdBy: principal.sub,
      createdAt: new Date(),
    });
    return { ...view, secret };
  }

  async list(): Promise<{ items: SubscriptionView[] }> {
    return { items: await this.subscriptions.list() };
  }

  async get(id: string): Promise<SubscriptionView> {
    const view = await this.subscriptions.get(id);
    if (!view) throw subscriptionNotFound(id);
    return view;
  }

  /** Deletes the subscription: its pending deliveries are cancelled, the record of earlier ones is kept. */
  async delete(id: string): Promise<void> {
    if (!(await this.subscriptions.delete(id))) throw subscriptionNotFound(id);
    await this.deliveries.cancelPendingOf(id, 'subscription deleted', new Date());
  }

  async deliveriesOf(id: string, query: unknown): Promise<{ items: DeliveryView[] }> {
    const q = parseInput(subscriptionDeliveriesQuerySchema, query, 'query');
    await this.get(id);
    return { items: await this.deliveries.ofSubscription(id, q.state, q.limit, q.offset) };
  }

  async deadLetters(query: unknown): Promise<{ items: DeliveryView[] }> {
    return { items: await this.deliveries.deadLetters(parseInput(deadLetterQuerySchema, query, 'query')) };
  }

  /**
   * Re-queues a dead letter for a new round of attempts: the same record and event id, so once it
   * is delivered it is never sent again. Only a dead letter of an active subscription qualifies.
   */
  async retry(deliveryId: string): Promise<DeliveryView> {
    const delivery = await this.deliveries.get(deliveryId);
    if (!delivery) throw deliveryNotFound(deliveryId);
    const subscription = await this.subscriptions.get(delivery.subscriptionId);
    if (!subscription) throw subscriptionNotFound(delivery.subscriptionId);
    if (subscription.state !== 'active') {
      throw new ApiError(ErrorCode.SubscriptionDisabled, `subscription ${subscription.id} is disabled (${subscription.disabledReason ?? subscription.state}); create a new subscription`);
    }
    const outcome = await this.deliveries.retryDead(deliveryId, new Date());
    if (outcome === 'not-found') throw deliveryNotFound(deliveryId);
    if (outcome === 'not-dead') {
      throw new ApiError(ErrorCode.DeliveryNotDead, `delivery ${deliveryId} is ${delivery.state}, not a dead letter: only a dead letter can be retried`);
    }
    const requeued = await this.deliveries.get(deliveryId);
    if (!requeued) throw deliveryNotFound(deliveryId);
    return requeued;
  }
}
