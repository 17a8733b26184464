import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import {
  ErrorCode,
  createSubscriptionSchema,
  deadLetterQuerySchema,
  isWebhookFailure,
  subscriptionDeliveriesQuerySchema,
  type CreatedSubscription,
  type DeliveryView,
  type SubscriptionView,
  type WebhookFailure,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { EGRESS_RULE_TEXT, decideEgress, systemLookup, type EgressAllowList, type EgressLookup } from '@duban/domain/egress';
import { WebhookDeliveryRepository, WebhookSubscriptionRepository } from '@duban/persistence';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ApiError, RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';

const subscriptionNotFound = (id: string) => new ApiError(ErrorCode.SubscriptionNotFound, `there is no webhook subscription ${JSON.stringify(id)}`);
const deliveryNotFound = (id: string) => new ApiError(ErrorCode.DeliveryNotFound, `there is no webhook delivery ${JSON.stringify(id)}`);

/** Webhook subscriptions and their dead letters (admins). */
@Injectable()
export class WebhookSubscriptionsService {
  private readonly allow: EgressAllowList;
  private readonly lookup: EgressLookup;

  constructor(
    private readonly subscriptions: WebhookSubscriptionRepository,
    private readonly deliveries: WebhookDeliveryRepository,
    @Inject(API_CONFIG) config: Pick<ApiConfig, 'WEBHOOK_EGRESS_ALLOW' | 'WEBHOOK_DNS_TIMEOUT_MS'>,
  ) {
    this.allow = config.WEBHOOK_EGRESS_ALLOW;
    this.lookup = systemLookup(config.WEBHOOK_DNS_TIMEOUT_MS);
  }

  /**
   * Creates a subscription with a new signing secret; this answer is the only one that shows it.
   * The URL must pass the webhook egress policy (issue 12, against SSRF): a refused address, a
   * localhost name or a name that resolves (also) to a refused address is a 400 naming `body.url`
   * and the rule, and so is a name that does not exist; a resolver that does not answer is a 503.
   * The consumers check again, and pin the address, at every attempt: DNS may change after this.
   */
  async create(body: unknown, principal: Principal): Promise<CreatedSubscription> {
    const request = parseInput(createSubscriptionSchema, body, 'body');
    await this.checkEgress(request.url);
    // `whsec_` + standard base64 of 32 random bytes: the Standard Webhooks secret form, which its
    // published verifiers decode as the HMAC key (the Duban-Signature keys on the whole string).
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
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

  private async checkEgress(url: string): Promise<void> {
    const target = new URL(url);
    const decision = await decideEgress(target, this.allow, this.lookup);
    if (decision.ok) return;
    if (decision.failure === 'egress-refused') {
      const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
      // For a name, the rule without the address it resolved to: the API is no oracle of internal DNS.
      const what = isIP(host) !== 0 || decision.rule === 'localhost' || decision.rule === 'scheme' ? decision.reason : `${host} resolves to ${EGRESS_RULE_TEXT[decision.rule]}`;
      throw RequestInvalid([{ field: 'body.url', rule: `is refused by the webhook egress policy (${decision.rule}): ${what}; an operator allows internal receivers with WEBHOOK_EGRESS_ALLOW` }]);
    }
    if (decision.notFound) throw RequestInvalid([{ field: 'body.url', rule: `names a host that does not resolve: ${decision.reason}` }]);
    throw new ApiError(ErrorCode.DependencyUnavailable, `the host of body.url could not be checked: ${decision.reason}; retry later`);
  }

  /** Deletes the subscription: its pending deliveries are cancelled, the record of earlier ones is kept. */
  async delete(id: string): Promise<void> {
    if (!(await this.subscriptions.delete(id))) throw subscriptionNotFound(id);
    await this.deliveries.cancelPendingOf(id, 'subscription-deleted', new Date());
  }

  async deliveriesOf(id: string, query: unknown): Promise<{ items: DeliveryView[] }> {
    const q = parseInput(subscriptionDeliveriesQuerySchema, query, 'query');
    await this.get(id);
    return { items: (await this.deliveries.ofSubscription(id, q.state, q.limit, q.offset)).map(classified) };
  }

  async deadLetters(query: unknown): Promise<{ items: DeliveryView[] }> {
    return { items: (await this.deliveries.deadLetters(parseInput(deadLetterQuerySchema, query, 'query'))).map(classified) };
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
    return classified(requeued);
  }
}

/**
 * A delivery as shown: `lastError` is one of the classifications. A record written before issue 12
 * may hold the receiver's answer (up to 200 characters of it) or a network error's text: it is
 * never shown, only what it was (from its status, or the two cancellation texts of that time).
 */
export function classified(view: DeliveryView): DeliveryView {
  if (view.lastError === undefined || isWebhookFailure(view.lastError)) return view;
  return { ...view, lastError: legacyFailure(view.lastError, view.lastStatus) };
}

function legacyFailure(text: string, status: number | undefined): WebhookFailure {
  if (text === 'subscription deleted') return 'subscription-deleted';
  if (text.startsWith('subscription disabled')) return 'subscription-disabled';
  if (status === 410) return 'gone';
  if (status !== undefined && status >= 300 && status < 400) return 'redirect';
  if (status !== undefined && status >= 400 && status < 500) return 'http-4xx';
  if (status !== undefined && status >= 500 && status < 600) return 'http-5xx';
  return 'unclassified';
}
