import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { afterFailedAttempt, type RetryPolicy } from '@duban/domain';
import { WebhookDeliveryRepository, WebhookSubscriptionRepository, type ClaimedDelivery } from '@duban/persistence';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';
import { sendWebhook, type WebhookResponse } from './webhook-sender';

/**
 * Sends due webhook deliveries. Every poll it leases as many due deliveries as it has free slots
 * (a compare-and-set per record, so two consumers processes never send the same attempt), sends
 * each with a timeout, and records the outcome: delivered (2xx), retry later with exponential
 * backoff and jitter, or dead letter after the last attempt. A 410 Gone disables the subscription.
 *
 * If the process dies mid-request the lease runs out and another sender tries again: delivery is
 * at least once on the wire (receivers drop duplicates by `Duban-Event-Id`), and recorded as
 * delivered once.
 *
 * Every attempt passes the egress policy first (`WEBHOOK_EGRESS_ALLOW`, see `sendWebhook`). An
 * address the policy refuses is not retried: the delivery becomes a dead letter at once, with
 * `egress-refused`. The verdict on an address does not change with time, and for a name whose DNS
 * answer moved inside, retrying would only give a rebinding attacker more tries at the window;
 * once the operator has fixed the DNS or the allow-list, an admin retries the dead letter.
 */
@Injectable()
export class WebhookDeliveryLoop implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDeliveryLoop.name);
  private readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly policy: RetryPolicy;
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(CONSUMERS_CONFIG) private readonly config: ConsumersConfig,
    private readonly subscriptions: WebhookSubscriptionRepository,
    private readonly deliveries: WebhookDeliveryRepository,
  ) {
    this.policy = { baseMs: config.WEBHOOK_RETRY_BASE_MS, maxMs: config.WEBHOOK_RETRY_MAX_MS, maxAttempts: config.WEBHOOK_MAX_ATTEMPTS };
  }

  onModuleInit(): void {
    this.schedule(0);
    const c = this.config;
    this.logger.log(
      `webhook delivery loop as ${this.owner}: poll ${c.WEBHOOK_POLL_MS} ms, ${c.WEBHOOK_MAX_ATTEMPTS} attempts, backoff ${c.WEBHOOK_RETRY_BASE_MS}–${c.WEBHOOK_RETRY_MAX_MS} ms, timeout ${c.WEBHOOK_TIMEOUT_MS} ms, egress allowed beyond public addresses: ${c.WEBHOOK_EGRESS_ALLOW.toString()}`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
    // Requests in flight end within the timeout; their outcomes are still recorded.
    await Promise.allSettled([...this.inFlight]);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.polling = this.poll().finally(() => (this.polling = undefined));
    }, delayMs);
  }

  private async poll(): Promise<void> {
    let claimedAll = false;
    try {
      const free = this.config.WEBHOOK_CONCURRENCY - this.inFlight.size;
      if (free > 0 && !this.stopped) {
        const claimed = await this.deliveries.claimDue(new Date(), this.config.WEBHOOK_LEASE_MS, this.owner, free);
        for (const delivery of claimed) this.track(this.attempt(delivery));
        claimedAll = claimed.length === free;
      }
    } catch (e) {
      this.logger.error(`could not claim due deliveries: ${e instanceof Error ? e.message : String(e)}`);
    }
    // A full batch suggests a backlog: look again soon rather than after a whole poll interval.
    this.schedule(claimedAll ? 50 : this.config.WEBHOOK_POLL_MS);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    try {
      const target = await this.subscriptions.target(delivery.subscriptionId);
      if (!target || target.state !== 'active') {
        await this.deliveries.cancel(delivery.id, target ? 'subscription-disabled' : 'subscription-deleted', new Date());
        return;
      }
      const response = await sendWebhook(
        { url: target.url, secret: target.secret, deliveryId: delivery.id, eventId: delivery.eventId, eventType: delivery.eventType, body: delivery.body, attempt: delivery.attempt },
        { timeoutMs: this.config.WEBHOOK_TIMEOUT_MS, allow: this.config.WEBHOOK_EGRESS_ALLOW },
      );
      await this.record(delivery, response);
    } catch (e) {
      // The store failed: the lease runs out and the attempt is made again.
      this.logger.error(`delivery ${delivery.id} attempt ${delivery.attempt}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async record(delivery: ClaimedDelivery, response: WebhookResponse): Promise<void> {
    const now = new Date();
    if (response.kind === 'delivered') {
      const recorded = await this.deliveries.markDelivered(delivery.id, delivery.attempt, this.owner, response.status, now);
      this.logger.log(`delivered ${delivery.id} (attempt ${delivery.attempt}, HTTP ${response.status})${recorded ? '' : ' — already recorded'}`);
      return;
    }
    if (response.kind === 'gone') {
      // Dead letter first, then disable: whoever sees the subscription disabled also finds the reason.
      await this.deliveries.markDead(delivery.id, delivery.attempt, { status: 410, error: 'gone' }, now);
      await this.subscriptions.disable(delivery.subscriptionId, `the receiver answered 410 Gone at ${now.toISOString()}`);
      this.logger.warn(`subscription ${delivery.subscriptionId} disabled: its receiver answered 410 Gone`);
      return;
    }
    const next = response.retryable ? afterFailedAttempt(delivery.attemptInRound, this.policy, Math.random) : ({ action: 'dead-letter' } as const);
    // Only the status and the classification are stored: the detail (addresses, the socket's error) is for this log.
    const outcome = { ...(response.status !== undefined && { status: response.status }), error: response.failure };
    if (next.action === 'dead-letter') {
      await this.deliveries.markDead(delivery.id, delivery.attempt, outcome, now);
      this.logger.warn(`dead letter ${delivery.id} after attempt ${delivery.attempt}: ${response.failure} (${response.detail})`);
    } else {
      await this.deliveries.scheduleRetry(delivery.id, delivery.attempt, outcome, new Date(now.getTime() + next.delayMs), now);
      this.logger.log(`delivery ${delivery.id} attempt ${delivery.attempt} failed: ${response.failure} (${response.detail}); retry in ${next.delayMs} ms`);
    }
  }
}
