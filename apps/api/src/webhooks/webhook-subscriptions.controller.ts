import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CreatedSubscription, DeliveryView, SubscriptionView } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal, Roles } from '../common/auth.guard';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** Webhook subscriptions for integrations (admins). See docs/webhooks.md. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('subscriptions')
@Roles('admin')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Subscribe a URL to event types; the answer shows the signing secret, once' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['url', 'eventTypes'],
      additionalProperties: false,
      properties: {
        url: { type: 'string', format: 'uri', example: 'https://integration.example.org/duban' },
        eventTypes: { type: 'array', items: { type: 'string' }, example: ['duban.task.*', 'duban.escalation.raised.v1'] },
        description: { type: 'string' },
      },
    },
  })
  async create(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<CreatedSubscription> {
    const created = await this.subscriptions.create(body, principal);
    void reply.header('location', `/subscriptions/${created.id}`);
    return created;
  }

  @Get()
  @ApiOperation({ summary: 'Every subscription (never a secret)' })
  list(): Promise<{ items: SubscriptionView[] }> {
    return this.subscriptions.list();
  }

  @Get('dead-letters')
  @ApiOperation({ summary: 'Deliveries that failed every attempt (or met 410 Gone), most recent first' })
  @ApiQuery({ name: 'subscriptionId', required: false })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 100, maximum: 500 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0 } })
  deadLetters(@Query() query: unknown): Promise<{ items: DeliveryView[] }> {
    return this.subscriptions.deadLetters(query);
  }

  @Post('dead-letters/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-queue a dead letter for a new round of attempts (same event id); answers the delivery' })
  retry(@Param('id') id: string): Promise<DeliveryView> {
    return this.subscriptions.retry(id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One subscription (never its secret)' })
  get(@Param('id') id: string): Promise<SubscriptionView> {
    return this.subscriptions.get(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "A subscription's deliveries with their attempts and last answer, most recently changed first" })
  @ApiQuery({ name: 'state', required: false, enum: ['pending', 'delivered', 'dead', 'cancelled'] })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 100, maximum: 500 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0 } })
  deliveries(@Param('id') id: string, @Query() query: unknown): Promise<{ items: DeliveryView[] }> {
    return this.subscriptions.deliveriesOf(id, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a subscription; its pending deliveries are cancelled' })
  async delete(@Param('id') id: string): Promise<void> {
    await this.subscriptions.delete(id);
  }
}
