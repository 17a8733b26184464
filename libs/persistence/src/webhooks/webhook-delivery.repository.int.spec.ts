import { randomBytes } from 'node:crypto';
import mongoose, { type Connection, type Model } from 'mongoose';
import { stackConfig } from '@duban/stack';
import { WebhookAttempt, WebhookAttemptSchema } from './webhook-attempt.document';
import { WebhookDeliveryRepository, type ClaimedDelivery } from './webhook-delivery.repository';
import { WebhookDelivery, WebhookDeliverySchema } from './webhook-delivery.document';

/**
 * The webhook delivery records against the local FerretDB (SQLite): what the delivery loop relies
 * on — one record per (subscription, event), leases that two claimers never share, a lease that
 * runs out after a crash, success recorded once, and dead letters re-queued on the same record.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_webhooks_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let model: Model<WebhookDelivery>;
let attempts: Model<WebhookAttempt>;
let repo: WebhookDeliveryRepository;

const sub = 'whs_0123456789abcdef01234567';
const at = (iso: string) => new Date(iso);
const T0 = at('2026-03-01T00:00:00Z');
const plus = (ms: number) => new Date(T0.getTime() + ms);
const delivery = (eventId: string) => ({ subscriptionId: sub, eventId, eventType: 'duban.task.submitted.v1', subject: 'p.T1.STIIC', body: `{"id":"${eventId}"}` });

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  model = connection.model(WebhookDelivery.name, WebhookDeliverySchema);
  attempts = connection.model(WebhookAttempt.name, WebhookAttemptSchema);
  await Promise.all([model.init(), attempts.init()]);
  repo = new WebhookDeliveryRepository(model, attempts);
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

beforeEach(async () => {
  await Promise.all([model.deleteMany({}).exec(), attempts.deleteMany({}).exec()]);
});

describe('webhook deliveries in the store', () => {
  it('records one delivery per subscription and event: a second enqueue creates nothing', async () => {
    expect(await repo.enqueue(delivery('e1'), T0)).toBe('created');
    expect(await repo.enqueue(delivery('e1'), plus(1000))).toBe('exists');
    expect(await model.countDocuments({}).exec()).toBe(1);
    expect(await repo.get(`${sub}:e1`)).toMatchObject({ state: 'pending', attempts: 0, createdAt: T0.toISOString() });
  });

  it('leases a due delivery to exactly one of many concurrent claimers', async () => {
    for (let i = 0; i < 10; i++) await repo.enqueue(delivery(`c${i}`), T0);
    const claims = await Promise.all(Array.from({ length: 6 }, (_, i) => repo.claimDue(plus(1), 60_000, `sender-${i}`, 10)));
    const ids = claims.flat().map((c) => c.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(claims.flat().every((c) => c.attempt === 1 && c.attemptInRound === 1)).toBe(true);
    // Leased: nothing is due again until the lease ends.
    expect(await repo.claimDue(plus(59_000), 60_000, 'late', 10)).toEqual([]);
  });

  it('records success once when two senders report it at the same time', async () => {
    await repo.enqueue(delivery('twice'), T0);
    const [c] = (await repo.claimDue(T0, 1000, 's', 1)) as [ClaimedDelivery];
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => repo.markDelivered(c.id, c.attempt, `s${i}`, 200, plus(10 + i))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await attempts.countDocuments({ deliveryId: c.id, kind: 'success' }).exec()).toBe(1);
  });

  it('makes a delivery due again when its sender dies mid-send, and fences the dead sender out', async () => {
    await repo.enqueue(delivery('crash'), T0);
    const [first] = (await repo.claimDue(T0, 1000, 'dies', 1)) as [ClaimedDelivery];
    // The sender dies; its lease ends; another sender takes attempt 2.
    const [second] = (await repo.claimDue(plus(1001), 1000, 'survivor', 1)) as [ClaimedDelivery];
    expect(second).toMatchObject({ id: first.id, attempt: 2 });
    // The dead sender's late failure report is ignored: it no longer holds the lease.
    expect(await repo.scheduleRetry(first.id, first.attempt, { error: 'late' }, plus(5000), plus(1002))).toBe(false);
    expect(await repo.markDead(first.id, first.attempt, { error: 'late' }, plus(1002))).toBe(false);
    // Success is recorded once, whoever reports it first.
    expect(await repo.markDelivered(second.id, 2, 'survivor', 200, plus(1003))).toBe(true);
    expect(await repo.markDelivered(first.id, 1, 'dies', 200, plus(1004))).toBe(false);
    expect(await repo.get(first.id)).toMatchObject({ state: 'delivered', attempts: 2, lastStatus: 200, deliveredAt: plus(1003).toISOString() });
    expect(await repo.claimDue(plus(10_000_000), 1000, 'any', 10)).toEqual([]);
  });

  it('retries at the scheduled time, dead-letters, and re-queues a dead letter for a new round on the same record', async () => {
    await repo.enqueue(delivery('dead'), T0);
    const [a1] = (await repo.claimDue(T0, 1000, 's', 1)) as [ClaimedDelivery];
    expect(await repo.scheduleRetry(a1.id, 1, { status: 500, error: 'HTTP 500' }, plus(400), plus(10))).toBe(true);
    expect(await repo.claimDue(plus(399), 1000, 's', 1)).toEqual([]);
    const [a2] = (await repo.claimDue(plus(400), 1000, 's', 1)) as [ClaimedDelivery];
    expect(a2.attempt).toBe(2);
    expect(await repo.markDead(a2.id, 2, { error: 'no answer within 100 ms' }, plus(500))).toBe(true);
    expect(await repo.deadLetters({ subscriptionId: sub, limit: 10, offset: 0 })).toEqual([
      expect.objectContaining({ id: a2.id, state: 'dead', attempts: 2, lastStatus: 500, lastError: 'no answer within 100 ms', deadAt: plus(500).toISOString() }),
    ]);
    expect(await repo.claimDue(plus(10_000_000), 1000, 's', 1)).toEqual([]);

    expect(await repo.retryDead(a2.id, plus(1000))).toBe('requeued');
    expect(await repo.retryDead(a2.id, plus(1000))).toBe('not-dead');
    expect(await repo.retryDead(`${sub}:nope`, plus(1000))).toBe('not-found');
    const [a3] = (await repo.claimDue(plus(1000), 1000, 's', 1)) as [ClaimedDelivery];
    expect(a3).toMatchObject({ id: a2.id, eventId: 'dead', attempt: 3, attemptInRound: 1 });
    expect(await repo.markDelivered(a3.id, 3, 's', 204, plus(1100))).toBe(true);
    expect(await repo.retryDead(a3.id, plus(2000))).toBe('not-dead');
    expect(await repo.get(a3.id)).toMatchObject({ state: 'delivered', manualRetries: 1, attempts: 3 });
    expect(await repo.deadLetters({ limit: 10, offset: 0 })).toEqual([]);
  });

  it('cancels the pending deliveries of a deleted subscription, and only those', async () => {
    await repo.enqueue(delivery('p1'), T0);
    await repo.enqueue(delivery('p2'), T0);
    await repo.enqueue({ ...delivery('other'), subscriptionId: 'whs_ffffffffffffffffffffffff' }, T0);
    const [done] = (await repo.claimDue(T0, 1000, 's', 1)) as [ClaimedDelivery];
    await repo.markDelivered(done.id, 1, 's', 200, plus(1));
    expect(await repo.cancelPendingOf(sub, 'subscription deleted', plus(2))).toBe(1);
    expect((await repo.ofSubscription(sub, undefined, 10, 0)).map((d) => d.state).sort()).toEqual(['cancelled', 'delivered']);
    expect(await repo.ofSubscription('whs_ffffffffffffffffffffffff', 'pending', 10, 0)).toHaveLength(1);
  });
});
