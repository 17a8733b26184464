import { z } from 'zod';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import {
  createSubscriptionSchema,
  createdSubscriptionSchema,
  deadLetterQuerySchema,
  deliveryListSchema,
  deliveryViewSchema,
  subscriptionDeliveriesQuerySchema,
  subscriptionListSchema,
  subscriptionViewSchema,
} from './webhooks.dto';

// The webhooks API (subscriptions of integrations, their deliveries and dead letters; admins
// only), defined once: the API routes these operations and /docs/openapi.json is generated from
// them. The routes keep their public name, `/subscriptions`.

// Any string: the service looks the id up and answers 404 for one of the wrong shape, never 400.
const subscriptionParams = z.object({ id: z.string().describe('a subscription id (`whs_…`)') }).strict();
const admin = ['admin'] as const;

export const WEBHOOK_OPERATIONS = {
  createSubscription: operation({
    operationId: 'createSubscription',
    method: 'post',
    path: '/subscriptions',
    tag: 'webhooks',
    summary: 'Subscribe a URL to event types; the answer shows the signing secret, once',
    roles: admin,
    body: createSubscriptionSchema,
    success: {
      status: 201,
      description: 'the subscription, with its signing secret (never shown again)',
      schema: createdSubscriptionSchema,
      headers: { Location: 'the new subscription, `/subscriptions/{id}`' },
    },
  }),
  listSubscriptions: operation({
    operationId: 'listSubscriptions',
    method: 'get',
    path: '/subscriptions',
    tag: 'webhooks',
    summary: 'Every subscription (never a secret)',
    roles: admin,
    success: { status: 200, description: 'every subscription', schema: subscriptionListSchema },
  }),
  listDeadLetters: operation({
    operationId: 'listDeadLetters',
    method: 'get',
    path: '/subscriptions/dead-letters',
    tag: 'webhooks',
    summary: 'Deliveries that failed every attempt (or met 410 Gone), most recent first',
    roles: admin,
    query: deadLetterQuerySchema,
    success: { status: 200, description: 'a page of dead letters', schema: deliveryListSchema },
  }),
  retryDeadLetter: operation({
    operationId: 'retryDeadLetter',
    method: 'post',
    path: '/subscriptions/dead-letters/{id}/retry',
    tag: 'webhooks',
    summary: 'Re-queue a dead letter for a new round of attempts (same event id); answers the delivery',
    roles: admin,
    params: z.object({ id: z.string().describe('a delivery id, `{subscriptionId}:{eventId}`') }).strict(),
    success: { status: 200, description: 'the delivery, pending again', schema: deliveryViewSchema },
    errors: [ErrorCode.DeliveryNotFound, ErrorCode.SubscriptionNotFound, ErrorCode.SubscriptionDisabled, ErrorCode.DeliveryNotDead],
  }),
  getSubscription: operation({
    operationId: 'getSubscription',
    method: 'get',
    path: '/subscriptions/{id}',
    tag: 'webhooks',
    summary: 'One subscription (never its secret)',
    roles: admin,
    params: subscriptionParams,
    success: { status: 200, description: 'the subscription', schema: subscriptionViewSchema },
    errors: [ErrorCode.SubscriptionNotFound],
  }),
  listSubscriptionDeliveries: operation({
    operationId: 'listSubscriptionDeliveries',
    method: 'get',
    path: '/subscriptions/{id}/deliveries',
    tag: 'webhooks',
    summary: "A subscription's deliveries with their attempts and last answer, most recently changed first",
    roles: admin,
    params: subscriptionParams,
    query: subscriptionDeliveriesQuerySchema,
    success: { status: 200, description: "a page of the subscription's deliveries", schema: deliveryListSchema },
    errors: [ErrorCode.SubscriptionNotFound],
  }),
  deleteSubscription: operation({
    operationId: 'deleteSubscription',
    method: 'delete',
    path: '/subscriptions/{id}',
    tag: 'webhooks',
    summary: 'Delete a subscription; its pending deliveries are cancelled',
    roles: admin,
    params: subscriptionParams,
    success: { status: 204, description: 'deleted' },
    errors: [ErrorCode.SubscriptionNotFound],
  }),
};
