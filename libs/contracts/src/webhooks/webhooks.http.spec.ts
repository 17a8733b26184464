import { buildOpenApiDocument } from '../http/openapi';
import { WEBHOOK_OPERATIONS } from './webhooks.http';
import { createdSubscriptionSchema, deliveryListSchema, deliveryViewSchema, subscriptionListSchema, subscriptionViewSchema } from './webhooks.dto';

// Samples of each answer as the webhook repositories build them, parsed with the documented schemas.

const subscription = {
  id: 'whs_0123456789abcdef01234567',
  url: 'https://integration.example.org/duban',
  eventTypes: ['duban.task.*', 'duban.escalation.raised.v1'],
  description: 'ops board',
  state: 'active',
  createdAt: '2026-03-02T01:00:00.000Z',
  createdBy: 'admin.ops',
};
const disabled = { ...subscription, id: 'whs_fedcba9876543210fedcba98', state: 'disabled', disabledReason: 'the receiver answered 410 Gone' };
const dead = {
  id: `${subscription.id}:evt-1`,
  subscriptionId: subscription.id,
  eventId: 'evt-1',
  eventType: 'duban.task.submitted.v1',
  subject: 'shenzhen-2009-98.T1.STIIC',
  state: 'dead',
  attempts: 8,
  lastStatus: 500,
  lastError: 'HTTP 500',
  deadAt: '2026-03-02T03:00:00.000Z',
  manualRetries: 0,
  createdAt: '2026-03-02T01:00:00.000Z',
};
// Re-queued by an admin: pending again, no longer dead.
const { deadAt: _deadAt, ...requeued } = dead;
const pending = { ...requeued, state: 'pending', nextAttemptAt: '2026-03-02T03:05:00.000Z', manualRetries: 1 };

describe('webhook answers', () => {
  it('POST /subscriptions: the subscription with its secret, this once', () => {
    const created = { ...subscription, secret: 'whsec_abc' };
    expect(createdSubscriptionSchema.parse(created)).toEqual(created);
    expect(createdSubscriptionSchema.safeParse(subscription).success).toBe(false);
  });

  it('GET /subscriptions and /subscriptions/{id}: never a secret', () => {
    const list = { items: [subscription, disabled] };
    expect(subscriptionListSchema.parse(list)).toEqual(list);
    expect(subscriptionViewSchema.parse(disabled)).toEqual(disabled);
    expect(subscriptionViewSchema.safeParse({ ...subscription, secret: 'whsec_abc' }).success).toBe(false);
  });

  it('dead letters, deliveries and a retried delivery', () => {
    const list = { items: [dead, { ...dead, id: `${subscription.id}:evt-2`, eventId: 'evt-2', state: 'delivered', lastStatus: 204, deliveredAt: '2026-03-02T01:00:01.000Z' }] };
    expect(deliveryListSchema.parse(list)).toEqual(list);
    expect(deliveryViewSchema.parse(pending)).toEqual(pending);
    expect(deliveryViewSchema.safeParse({ ...dead, state: 'lost' }).success).toBe(false);
    expect(deliveryViewSchema.safeParse({ ...dead, attempts: 1.5 }).success).toBe(false);
  });

  it('documents every route: the 201 with Location, the 204 without a body, problem+json errors', () => {
    const doc = buildOpenApiDocument(Object.values(WEBHOOK_OPERATIONS), { title: 't', version: '1', description: 'd' });
    const created = doc.paths?.['/subscriptions']?.post?.responses?.['201'];
    expect(created?.content?.['application/json']?.schema).toBeDefined();
    expect(created?.headers?.['Location']).toBeDefined();
    expect(doc.paths?.['/subscriptions/{id}']?.delete?.responses?.['204']?.content).toBeUndefined();
    expect(doc.paths?.['/subscriptions/dead-letters/{id}/retry']?.post?.responses?.['409']?.content?.['application/problem+json']).toBeDefined();
  });
});
