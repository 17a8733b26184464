import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { WEBHOOK_OPERATIONS as OP, type CreatedSubscription, type DeliveryView, type SubscriptionView } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** Webhook subscriptions for integrations (admins). See docs/webhooks.md. */
@Controller()
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  @Operation(OP.createSubscription)
  async create(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<CreatedSubscription> {
    const created = await this.subscriptions.create(body, principal);
    void reply.header('location', `/subscriptions/${created.id}`);
    return created;
  }

  @Operation(OP.listSubscriptions)
  list(): Promise<{ items: SubscriptionView[] }> {
    return this.subscriptions.list();
  }

  @Operation(OP.listDeadLetters)
  deadLetters(@Query() query: unknown): Promise<{ items: DeliveryView[] }> {
    return this.subscriptions.deadLetters(query);
  }

  @Operation(OP.retryDeadLetter)
  retry(@Param('id') id: string): Promise<DeliveryView> {
    return this.subscriptions.retry(id);
  }

  @Operation(OP.getSubscription)
  get(@Param('id') id: string): Promise<SubscriptionView> {
    return this.subscriptions.get(id);
  }

  @Operation(OP.listSubscriptionDeliveries)
  deliveries(@Param('id') id: string, @Query() query: unknown): Promise<{ items: DeliveryView[] }> {
    return this.subscriptions.deliveriesOf(id, query);
  }

  @Operation(OP.deleteSubscription)
  async delete(@Param('id') id: string): Promise<void> {
    await this.subscriptions.delete(id);
  }
}
