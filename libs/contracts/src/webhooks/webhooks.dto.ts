import { z } from 'zod';
import { EVENT_CATALOG } from '../event-catalog';
import type { EventType } from '../events';

/**
 * Webhook subscriptions: which events an integration receives (by event type, or a wildcard over
 * a family of types), the headers each delivery carries, and the API's request and response shapes.
 */

const ALL_TYPES = Object.keys(EVENT_CATALOG) as EventType[];

/**
 * An event-type pattern of a subscription: a catalogue type (`duban.task.submitted.v1`), a
 * wildcard over whole dot-separated segments ending in `.*` (`duban.task.*`,
 * `duban.escalation.*`, `duban.*`) that matches at least one catalogue type, or `*` for every type.
 */
export function eventTypeMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

/** The catalogue types a pattern covers (empty for a pattern that matches nothing). */
export function eventTypesOf(pattern: string): EventType[] {
  return ALL_TYPES.filter((t) => eventTypeMatches(pattern, t));
}

const eventTypePattern = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => p === '*' || /^[a-z0-9-]+(\.[a-z0-9-]+)*(\.\*)?$/.test(p), 'must be an event type, a wildcard such as duban.task.*, or *')
  .refine((p) => eventTypesOf(p).length > 0, 'matches no type of the event catalogue (see docs/asyncapi.yaml)');

/** The receiving URL: http or https, no credentials in it (the signature authenticates Duban instead). */
const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .url('must be an absolute URL')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return; // reported by .url()
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be an http:// or https:// URL' });
    if (url.username !== '' || url.password !== '') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must not carry a user name or password' });
    if (url.hash !== '') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must not have a #fragment' });
  });

/** `POST /subscriptions`. */
export const createSubscriptionSchema = z
  .object({
    url: webhookUrl,
    eventTypes: z
      .array(eventTypePattern)
      .min(1, 'must name at least one event type')
      .max(50)
      .refine((ps) => new Set(ps).size === ps.length, 'must not repeat a pattern'),
    description: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type CreateSubscriptionRequest = z.infer<typeof createSubscriptionSchema>;

/** A subscription id: `whs_` and 24 hex digits. */
export const SUBSCRIPTION_ID_PATTERN = /^whs_[0-9a-f]{24}$/;

/** `GET /subscriptions/dead-letters`. */
export const deadLetterQuerySchema = z
  .object({
    subscriptionId: z.string().regex(SUBSCRIPTION_ID_PATTERN, 'must be a subscription id (whs_…)').optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type DeadLetterQuery = z.infer<typeof deadLetterQuerySchema>;

/**
 * `pending` (due at `nextAttemptAt`, or leased to a sender until then), `delivered` (a 2xx was
 * received; final), `dead` (every attempt failed, or the receiver answered 410; an admin may
 * retry it), `cancelled` (its subscription was deleted or disabled before it was sent).
 */
export const DELIVERY_STATES = ['pending', 'delivered', 'dead', 'cancelled'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * Why a delivery attempt failed, as stored in `lastError` and shown by the API: a short
 * classification and, beside it, the receiver's status code (`lastStatus`), never the receiver's
 * answer or the network error's text (issue 12: a receiver's body read back through the API turns
 * the webhook sender into a proxy that reads internal services).
 *
 * `http-4xx`, `http-5xx`, `http-other`: the receiver answered that status. `redirect`: a 3xx (never
 * followed). `gone`: 410, the subscription was disabled. `timeout`: no answer within
 * `WEBHOOK_TIMEOUT_MS`. `connection-refused`, `connection-reset`, `unreachable`, `network-error`:
 * the connection failed. `protocol-error`: the answer was not HTTP. `tls-error`: the TLS handshake
 * or the certificate failed. `dns-failure`: the host name did not resolve. `egress-refused`: the
 * egress policy refused the address (not retried: see docs/webhooks.md). `subscription-deleted`,
 * `subscription-disabled`: cancelled before it was sent. `unclassified`: recorded before failures
 * were classified; its text is withheld.
 */
export const WEBHOOK_FAILURES = [
  'http-4xx',
  'http-5xx',
  'http-other',
  'redirect',
  'gone',
  'timeout',
  'connection-refused',
  'connection-reset',
  'unreachable',
  'network-error',
  'protocol-error',
  'tls-error',
  'dns-failure',
  'egress-refused',
  'subscription-deleted',
  'subscription-disabled',
  'unclassified',
] as const;
export type WebhookFailure = (typeof WEBHOOK_FAILURES)[number];

/** Whether a stored `lastError` is one of {@link WEBHOOK_FAILURES}. */
export const isWebhookFailure = (value: string): value is WebhookFailure => (WEBHOOK_FAILURES as readonly string[]).includes(value);

/** `GET /subscriptions/:id/deliveries`. */
export const subscriptionDeliveriesQuerySchema = z
  .object({
    state: z.enum(DELIVERY_STATES).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const SUBSCRIPTION_STATES = ['active', 'disabled'] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

/** A subscription as the API shows it: never its secret. */
export const subscriptionViewSchema = z
  .object({
    id: z.string().describe('`whs_` and 24 hex digits'),
    url: z.string(),
    eventTypes: z.array(z.string()).describe('event types, wildcards such as duban.task.*, or *'),
    description: z.string().optional(),
    state: z.enum(SUBSCRIPTION_STATES),
    disabledReason: z.string().optional().describe('why it was disabled: the receiver answered 410 Gone'),
    createdAt: z.string().datetime(),
    createdBy: z.string().describe('the JWT subject of the admin who created it'),
  })
  .strict();
export type SubscriptionView = z.infer<typeof subscriptionViewSchema>;

/** The answer to `POST /subscriptions`: the only time the signing secret is shown. */
export const createdSubscriptionSchema = subscriptionViewSchema
  .extend({ secret: z.string().describe('the HMAC-SHA256 signing secret, `whsec_` and the base64 of 32 random bytes (the Standard Webhooks form); shown this once only') })
  .strict();
export type CreatedSubscription = z.infer<typeof createdSubscriptionSchema>;

export const deliveryViewSchema = z
  .object({
    id: z.string().describe('`${subscriptionId}:${eventId}`: one delivery per subscription and event, ever'),
    subscriptionId: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    subject: z.string(),
    state: z.enum(DELIVERY_STATES),
    attempts: z.number().int().min(0),
    nextAttemptAt: z.string().datetime().optional().describe('pending deliveries only'),
    lastStatus: z.number().int().optional().describe("the receiver's last HTTP status, if it answered"),
    lastError: z
      .string()
      .optional()
      .describe(`why the last attempt failed, a classification only, never the receiver's answer: ${WEBHOOK_FAILURES.join(', ')}`),
    deliveredAt: z.string().datetime().optional(),
    deadAt: z.string().datetime().optional(),
    manualRetries: z.number().int().min(0).describe('how many times an admin re-queued it from the dead-letter list'),
    createdAt: z.string().datetime(),
  })
  .strict();
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

/** A list of subscriptions (`GET /subscriptions`: all of them, no paging). */
export const subscriptionListSchema = z.object({ items: z.array(subscriptionViewSchema) }).strict();
/** A list of deliveries (dead letters, or one subscription's deliveries): one `limit`/`offset` page. */
export const deliveryListSchema = z.object({ items: z.array(deliveryViewSchema) }).strict();

/** The id of the one delivery of an event to a subscription. */
export const deliveryId = (subscriptionId: string, eventId: string): string => `${subscriptionId}:${eventId}`;

/** Headers of every webhook request (HTTP header names are case-insensitive). */
export const WebhookHeader = {
  /** The CloudEvent id: the same on every attempt; receivers drop duplicates by it. */
  EventId: 'Duban-Event-Id',
  EventType: 'Duban-Event-Type',
  /** `${subscriptionId}:${eventId}`. */
  DeliveryId: 'Duban-Delivery-Id',
  /** 1 for the first attempt; counts on across an admin retry. */
  DeliveryAttempt: 'Duban-Delivery-Attempt',
  /** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + rawBody)>`. */
  Signature: 'Duban-Signature',
  /**
   * Standard Webhooks (https://www.standardwebhooks.com), sent beside the `Duban-*` headers so an
   * integrator can use its published verifiers: the message id, the CloudEvent id (the same on
   * every attempt and for every subscription; receivers drop duplicates by it).
   */
  StandardId: 'webhook-id',
  /** Standard Webhooks: unix seconds when this attempt was signed. */
  StandardTimestamp: 'webhook-timestamp',
  /**
   * Standard Webhooks: `v1,<base64 HMAC-SHA256(key, id + "." + timestamp + "." + rawBody)>`, where
   * `key` is the base64-decoded part of the `whsec_…` secret after the prefix.
   */
  StandardSignature: 'webhook-signature',
} as const;

/** The content type of a delivery: a CloudEvent in JSON structured mode. */
export const CLOUDEVENTS_JSON = 'application/cloudevents+json';
