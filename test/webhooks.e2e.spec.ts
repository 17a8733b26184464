import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kafka, logLevel, type Admin, type Consumer } from 'kafkajs';
import { Webhook } from 'standardwebhooks';
import { ALL_TOPICS, sequenceOf, type CreatedSubscription, type DubanEvent, type DeliveryView, type ProblemDetails, type SubscriptionView } from '@duban/contracts';
import { verifySignature } from '@duban/domain';
import { waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { today } from './support/dates';
import { expectProblem } from './support/expect-problem';

/**
 * Webhook subscriptions end to end, against the real Temporal, Kafka and FerretDB servers and
 * local HTTP receivers: a receiver that fails twice then succeeds gets each subscribed event
 * delivered exactly once, every request signed and carrying the same event id; a receiver that
 * is down ends in the dead-letter list, and an admin retry after it recovers delivers once; a
 * 410 Gone disables its subscription; a replay of every topic into a new group sends nothing.
 */
let duban: DubanHarness;
let kafkaAdmin: Admin;
/** Reads our plan's events straight off the topics: the record of what was published, independent of every Duban consumer. */
let oracle: Consumer;
const published: DubanEvent[] = [];
const token = {} as Record<'admin' | 'supervisor' | 'stiic', string>;

const RUN = Date.now().toString(36);
const planId = `e2e-webhooks-${RUN}`;
const t1 = `${planId}.T1.STIIC`;
const hmac = (secret: string, message: string) => createHmac('sha256', secret).update(message, 'utf8').digest('hex');
const inDays = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Received {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A local webhook receiver: `answer` decides each request's status from the requests so far for the same event id. */
class Receiver {
  readonly requests: Received[] = [];
  private server!: Server;
  url = '';

  constructor(private answer: (previousForEvent: number) => number) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const eventId = String(req.headers['duban-event-id']);
        const answered = this.answer(this.of(eventId).length);
        this.requests.push({ at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
        res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'not now');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/duban`;
  }

  respondWith(answer: (previousForEvent: number) => number): void {
    this.answer = answer;
  }

  of(eventId: string): Received[] {
    return this.requests.filter((r) => r.headers['duban-event-id'] === eventId);
  }

  succeeded(eventId: string): Received[] {
    return this.of(eventId).filter((r) => r.answered >= 200 && r.answered < 300);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const flaky = new Receiver((previous) => (previous < 2 ? 500 : 200));
const down = new Receiver(() => 503);
const gone = new Receiver(() => 410);
const subs = {} as Record<'flaky' | 'down' | 'gone', CreatedSubscription>;

beforeAll(async () => {
  await Promise.all([flaky.start(), down.start(), gone.start()]);
  duban = await DubanHarness.start('webhooks', {
    WEBHOOK_RETRY_BASE_MS: '200',
    WEBHOOK_RETRY_MAX_MS: '1000',
    WEBHOOK_MAX_ATTEMPTS: '3',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_LEASE_MS: '5000',
    WEBHOOK_POLL_MS: '100',
    // The receivers listen on loopback, which the egress policy refuses: this harness lists it, explicitly
    // (the API checks it at subscription time, the consumers at every attempt).
    WEBHOOK_EGRESS_ALLOW: '127.0.0.1',
  });
  kafkaAdmin = new Kafka({ brokers: (duban.env['KAFKA_BROKERS'] as string).split(','), clientId: 'e2e-webhooks', logLevel: logLevel.NOTHING }).admin();
  await kafkaAdmin.connect();
  oracle = new Kafka({ brokers: (duban.env['KAFKA_BROKERS'] as string).split(','), clientId: 'e2e-webhooks-oracle', logLevel: logLevel.NOTHING }).consumer({ groupId: `e2e-webhooks-oracle-${RUN}` });
  await oracle.connect();
  await oracle.subscribe({ topics: [...ALL_TOPICS], fromBeginning: true });
  await oracle.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as DubanEvent;
      // A retried publish repeats an event (same id): keep one copy.
      if ((event.subject === planId || event.subject?.startsWith(`${planId}.`)) && !published.some((e) => e.id === event.id)) published.push(event);
    },
  });
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
}, 400_000);

afterAll(async () => {
  await oracle?.disconnect();
  await kafkaAdmin?.disconnect();
  await duban?.stop();
  await duban?.cleanUp();
  await Promise.all([flaky.stop(), down.stop(), gone.stop()]);
});

const create = (body: unknown, as = token.admin) => duban.api.post<CreatedSubscription & ProblemDetails>('/subscriptions', body, as);
const deliveriesOf = async (id: string) => (await duban.api.get<{ items: DeliveryView[] }>(`/subscriptions/${id}/deliveries`, token.admin)).body.items;

/**
 * Every request for `eventId` carries a valid signature with `secret` in both schemes (`Duban-Signature`,
 * and Standard Webhooks checked by its published verifier), the same body and event id, and counts its attempts 1, 2, 3…
 */
function expectSignedAttempts(receiver: Receiver, eventId: string, secret: string, firstAttempt = 1): void {
  const requests = receiver.of(eventId);
  expect(requests.length).toBeGreaterThan(0);
  for (const [i, r] of requests.entries()) {
    expect(r.headers['content-type']).toBe('application/cloudevents+json');
    expect(r.headers['duban-event-id']).toBe(eventId);
    expect(r.headers['duban-delivery-attempt']).toBe(String(firstAttempt + i));
    const verdict = verifySignature({ header: r.headers['duban-signature'] as string, rawBody: r.body, secret, nowSeconds: Math.floor(r.at / 1000), hmac });
    expect(verdict).toEqual({ ok: true, timestamp: expect.any(Number) });
    expect(verifySignature({ header: r.headers['duban-signature'] as string, rawBody: r.body, secret: `${secret}x`, nowSeconds: Math.floor(r.at / 1000), hmac }).ok).toBe(false);
    // Standard Webhooks: the package's own signer is the reference (its verify() would also check the
    // timestamp against the clock now, minutes after the early attempts were received).
    const timestamp = Number(r.headers['webhook-timestamp']);
    expect(r.headers['webhook-id']).toBe(eventId);
    expect(Math.abs(timestamp - Math.floor(r.at / 1000))).toBeLessThanOrEqual(5);
    expect(r.headers['webhook-signature']).toBe(new Webhook(secret).sign(eventId, new Date(timestamp * 1000), r.body));
    // `sequence` goes out in the CloudEvents extension's string form: 20 digits, zero-padded.
    expect(JSON.parse(r.body)).toMatchObject({ specversion: '1.0', id: eventId, datacontenttype: 'application/json', sequence: expect.stringMatching(/^\d{20}$/) });
    expect(r.body).toBe(requests[0]?.body);
  }
}

describe('webhook subscriptions (admins)', () => {
  it('refuses other roles and bad input, naming the field', async () => {
    expectProblem(await create({ url: flaky.url, eventTypes: ['*'] }, token.supervisor), 403, 'AUTH.FORBIDDEN');
    expectProblem(await create({ url: 'ftp://example.org/x', eventTypes: ['*'] }), 400, 'REQUEST.INVALID', 'body.url');
    expectProblem(await create({ url: flaky.url, eventTypes: ['duban.task.done.v1'] }), 400, 'REQUEST.INVALID', 'body.eventTypes.0');
    expectProblem(await create({ url: flaky.url, eventTypes: [] }), 400, 'REQUEST.INVALID', 'body.eventTypes');
    expectProblem(await create({ url: flaky.url, eventTypes: ['*'], secret: 'mine' }), 400, 'REQUEST.INVALID', 'body.secret');
    expectProblem(await duban.api.get('/subscriptions/whs_000000000000000000000000', token.admin), 404, 'SUBSCRIPTION.NOT_FOUND');
    expectProblem(await duban.api.request('DELETE', '/subscriptions/nope', { token: token.admin }), 404, 'SUBSCRIPTION.NOT_FOUND');
    expectProblem(await duban.api.get('/subscriptions/dead-letters?subscriptionId=bad', token.admin), 400, 'REQUEST.INVALID', 'query.subscriptionId');
    expectProblem(await duban.api.post('/subscriptions/dead-letters/whs_000000000000000000000000:nope/retry', {}, token.admin), 404, 'DELIVERY.NOT_FOUND');
    expect((await duban.api.get<{ items: unknown[] }>('/subscriptions', token.admin)).body.items).toEqual([]);
  });

  it('creates subscriptions, shows the secret once, deletes', async () => {
    const temp = await create({ url: flaky.url, eventTypes: ['duban.enterprise.*'], description: 'to delete' });
    expect(temp.status).toBe(201);
    expect(temp.headers.get('location')).toBe(`/subscriptions/${temp.body.id}`);
    // The Standard Webhooks form: whsec_ and the base64 of 32 bytes, the key its verifiers decode.
    expect(temp.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(temp.body.secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(temp.body).toMatchObject({ url: flaky.url, eventTypes: ['duban.enterprise.*'], state: 'active', createdBy: 'root', description: 'to delete' });
    const read = await duban.api.get<SubscriptionView>(`/subscriptions/${temp.body.id}`, token.admin);
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect(JSON.stringify((await duban.api.get('/subscriptions', token.admin)).body)).not.toContain(temp.body.secret);
    expect((await duban.api.request('DELETE', `/subscriptions/${temp.body.id}`, { token: token.admin })).status).toBe(204);
    expectProblem(await duban.api.get(`/subscriptions/${temp.body.id}`, token.admin), 404, 'SUBSCRIPTION.NOT_FOUND');

    for (const [name, receiver, eventTypes] of [
      ['flaky', flaky, ['duban.task.*']],
      ['down', down, ['duban.plan.started.v1']],
      ['gone', gone, ['duban.plan.*']],
    ] as const) {
      const res = await create({ url: receiver.url, eventTypes });
      expect(res.status).toBe(201);
      subs[name] = res.body;
    }
  });
});

describe('delivery', () => {
  let taskEvents: DubanEvent[];
  let planStarted: DubanEvent;

  it('delivers each subscribed event exactly once to a receiver that fails twice first, signed, with one event id across attempts', async () => {
    const plan = {
      planId,
      title: '网络钩子测试计划',
      titleEn: 'webhooks e2e plan',
      issuedOn: today(),
      timeZone: 'Asia/Shanghai',
      units: [{ code: 'STIIC', name: '市科技工贸和信息化委员会', nameEn: 'STIIC' }],
      tasks: [{ code: 'T1', title: '评价指标体系', titleEn: 'evaluation index', lead: 'STIIC', deliverable: 'index', due: inDays(60) }],
    };
    expect((await duban.api.post('/plans', plan, token.admin)).status).toBe(201);
    await waitFor('T1 started', async () => ((await duban.api.get(`/tasks/${t1}`, token.stiic)).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 250 });
    expect((await duban.api.post(`/tasks/${t1}/submit`, { summary: 'evaluation index v1' }, token.stiic)).status).toBe(200);
    taskEvents = await publishedOf(t1, 2);
    expect(taskEvents.map((e) => e.type)).toEqual(['duban.task.assigned.v1', 'duban.task.submitted.v1']);
    [planStarted] = (await publishedOf(planId, 1)) as [DubanEvent];
    expect(planStarted.type).toBe('duban.plan.started.v1');

    await waitFor('both task events delivered', () => (taskEvents.every((e) => flaky.succeeded(e.id).length > 0) ? true : undefined), { timeoutMs: 120_000, intervalMs: 100 });
    // Once the store records them delivered, the delivery loop (which sends only pending ones) never sends them again.
    await waitFor('both deliveries recorded as delivered', async () => {
      const stored = await deliveriesOf(subs.flaky.id);
      return taskEvents.every((e) => stored.find((d) => d.eventId === e.id)?.state === 'delivered') ? true : undefined;
    }, { timeoutMs: 30_000, intervalMs: 100 });
    for (const event of taskEvents) {
      expect(flaky.of(event.id).map((r) => r.answered)).toEqual([500, 500, 200]);
      expect(flaky.succeeded(event.id)).toHaveLength(1);
      expectSignedAttempts(flaky, event.id, subs.flaky.secret);
    }
    // Only the subscribed types: the plan's own event never went to the task.* receiver.
    expect(flaky.of(planStarted.id)).toEqual([]);
    const records = await deliveriesOf(subs.flaky.id);
    for (const event of taskEvents) {
      expect(records.find((d) => d.eventId === event.id)).toMatchObject({ id: `${subs.flaky.id}:${event.id}`, state: 'delivered', attempts: 3, lastStatus: 200 });
    }
  }, 300_000);

  it('disables a subscription whose receiver answers 410 Gone', async () => {
    await waitFor('the 410 subscription disabled', async () => {
      const res = await duban.api.get<SubscriptionView>(`/subscriptions/${subs.gone.id}`, token.admin);
      return res.body.state === 'disabled' ? res.body : undefined;
    }, { timeoutMs: 120_000, intervalMs: 250 });
    // Other test files' plans may reach this receiver too (the topics are shared): whichever came first met 410.
    const letters = (await duban.api.get<{ items: DeliveryView[] }>(`/subscriptions/dead-letters?subscriptionId=${subs.gone.id}`, token.admin)).body.items;
    expect(gone.requests.length).toBeGreaterThan(0);
    expect(gone.requests.every((r) => r.answered === 410)).toBe(true);
    expect(letters).toHaveLength(gone.requests.length);
    expect(letters.every((d) => d.attempts === 1 && d.lastStatus === 410 && d.lastError === 'gone')).toBe(true);
    expectProblem(await duban.api.post(`/subscriptions/dead-letters/${letters[0]?.id}/retry`, {}, token.admin), 409, 'SUBSCRIPTION.DISABLED');
  });

  it('dead-letters after the last attempt; an admin retry after the receiver recovers delivers once, with the same event id', async () => {
    const id = `${subs.down.id}:${planStarted.id}`;
    const dead = await waitFor('the dead letter', async () => {
      const res = await duban.api.get<{ items: DeliveryView[] }>(`/subscriptions/dead-letters?subscriptionId=${subs.down.id}`, token.admin);
      return res.body.items.find((d) => d.id === id);
    }, { timeoutMs: 120_000, intervalMs: 250 });
    // The status and a classification only: the receiver's answer ('not now') is never stored or shown.
    expect(dead).toMatchObject({ state: 'dead', attempts: 3, lastStatus: 503, lastError: 'http-5xx', manualRetries: 0 });
    expect(JSON.stringify(await deliveriesOf(subs.down.id))).not.toContain('not now');
    expect(down.of(planStarted.id).map((r) => r.answered)).toEqual([503, 503, 503]);
    expectProblem(await duban.api.post(`/subscriptions/dead-letters/${subs.flaky.id}:${taskEvents[0]?.id}/retry`, {}, token.admin), 409, 'DELIVERY.NOT_DEAD_LETTER');
    expectProblem(await duban.api.post(`/subscriptions/dead-letters/${id}/retry`, {}, token.supervisor), 403, 'AUTH.FORBIDDEN');

    down.respondWith(() => 204);
    const retried = await duban.api.post<DeliveryView>(`/subscriptions/dead-letters/${id}/retry`, {}, token.admin);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id, eventId: planStarted.id, state: 'pending', manualRetries: 1 });
    await waitFor('the retried delivery', () => (down.succeeded(planStarted.id).length > 0 ? true : undefined), { timeoutMs: 120_000 });
    await waitFor('the retried delivery recorded as delivered', async () => ((await deliveriesOf(subs.down.id)).find((d) => d.id === id)?.state === 'delivered' ? true : undefined), { timeoutMs: 30_000, intervalMs: 100 });
    expect(down.of(planStarted.id).map((r) => r.answered)).toEqual([503, 503, 503, 204]);
    expectSignedAttempts(down, planStarted.id, subs.down.secret);
    expect((await deliveriesOf(subs.down.id)).find((d) => d.id === id)).toMatchObject({ state: 'delivered', attempts: 4, lastStatus: 204 });
    const letters = (await duban.api.get<{ items: DeliveryView[] }>('/subscriptions/dead-letters', token.admin)).body.items;
    expect(letters.map((d) => d.id)).not.toContain(id);
    expectProblem(await duban.api.post(`/subscriptions/dead-letters/${id}/retry`, {}, token.admin), 409, 'DELIVERY.NOT_DEAD_LETTER');
  }, 180_000);

  it('sends nothing again when every topic is replayed into a new consumer group', async () => {
    const ours = [...taskEvents.map((e) => e.id), planStarted.id];
    const requestsOf = () => ours.map((id) => [flaky, down, gone].map((r) => r.of(id).length));
    const recordsOf = async () => [...(await deliveriesOf(subs.flaky.id)), ...(await deliveriesOf(subs.down.id)), ...(await deliveriesOf(subs.gone.id))].filter((d) => ours.includes(d.eventId)).map((d) => `${d.id} ${d.state} ${d.attempts}`).sort();
    const before = { requests: requestsOf(), records: await recordsOf() };
    // The new group starts at the offsets the test's groups started at (this run's first events) and reads to the end.
    await duban.caughtUp(await duban.replayWithNewGroups(['WEBHOOKS_GROUP_ID'], RUN));
    // Caught up: every event has been through the handler, which is what would enqueue a delivery.
    // No new or pending delivery means the loop has nothing to send, now or later.
    expect({ requests: requestsOf(), records: await recordsOf() }).toEqual(before);
    expect((await recordsOf()).filter((r) => r.includes(' pending '))).toEqual([]);
  }, 300_000);
});

/** The events published on `subject`, in sequence order, once there are `count`. */
function publishedOf(subject: string, count: number): Promise<DubanEvent[]> {
  return waitFor(
    `${count} events of ${subject} on the topics`,
    () => {
      const events = published.filter((e) => e.subject === subject).sort((x, y) => sequenceOf(x) - sequenceOf(y));
      return events.length >= count ? events : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 250 },
  );
}

