import { MongoClient } from 'mongodb';
import type { LiveMessage } from '@duban/contracts';
import type { EnterpriseRegistration } from '@duban/domain';
import { GiveUp, waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';

/**
 * `GET /live` end to end, against the real Temporal, Kafka and FerretDB servers: a Futian official
 * connected to the stream hears of a change of Futian's task once the consumers have projected
 * it, a Luohu official connected at the same time does not; a reconnect with Last-Event-ID gets
 * what it missed exactly once; a notification arrives as `event: notification`; an enterprise's
 * registration arrives as `event: enterprise` to its district, not to another; a unit's new score
 * as `event: score` to that unit.
 */
let duban: DubanHarness;
const token = {} as Record<'admin' | 'futian' | 'luohu' | 'supervisor', string>;

const RUN = Date.now().toString(36);
const planId = `e2e-live-${RUN}`;
const t4Futian = `${planId}.T4.FUTIAN`;
const shanghaiDate = (days: number): string => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** One server-sent event as read off the wire. */
interface Sse {
  id?: string;
  event: string;
  data: string;
}

/**
 * A `fetch`-based SSE reader (the console's kind: it sends the Authorization header): parses
 * messages as they arrive into `messages`, and closes on {@link close}.
 */
class SseClient {
  readonly messages: Sse[] = [];
  status = 0;
  contentType = '';
  private readonly abort = new AbortController();
  private done: Promise<void> = Promise.resolve();

  static async open(baseUrl: string, bearer: string, lastEventId?: string): Promise<SseClient> {
    const client = new SseClient();
    const res = await fetch(`${baseUrl}/live`, { headers: { authorization: `Bearer ${bearer}`, ...(lastEventId !== undefined && { 'last-event-id': lastEventId }) }, signal: client.abort.signal });
    client.status = res.status;
    client.contentType = res.headers.get('content-type') ?? '';
    if (res.body) client.done = client.read(res.body).catch(() => undefined);
    return client;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = block.split('\n').filter((l) => !l.startsWith(':'));
        const get = (name: string) => fields.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1).trimStart());
        if (get('data').length === 0) continue;
        this.messages.push({ ...(get('id')[0] !== undefined && { id: get('id')[0] }), event: get('event')[0] ?? 'message', data: get('data').join('\n') });
      }
    }
  }

  /** The data of the messages of `event` (parsed). */
  of<T = LiveMessage>(event: string): T[] {
    return this.messages.filter((m) => m.event === event).map((m) => JSON.parse(m.data) as T);
  }

  /** The last id the stream carried (what a browser would send back as Last-Event-ID). */
  get lastEventId(): string | undefined {
    return [...this.messages].reverse().find((m) => m.id !== undefined)?.id;
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.done;
  }
}

const open: SseClient[] = [];
// Every stream a test opened is closed after it, also when it failed half-way.
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});
const connect = async (bearer: string, lastEventId?: string) => {
  const client = await SseClient.open(duban.api.baseUrl, bearer, lastEventId);
  open.push(client);
  // `event: ready` is written once the stream is registered with the feed: from then on nothing is missed.
  await waitFor('the stream ready', async () => (client.of('ready').length > 0 ? true : undefined), { timeoutMs: 15_000, intervalMs: 50 });
  return client;
};

beforeAll(async () => {
  duban = await DubanHarness.start('live');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  token.luohu = await duban.token({ sub: 'zhou.min', unit: 'LUOHU', roles: ['official'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  expect((await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: shanghaiDate(60) }, token.admin)).status).toBe(201);
  // Futian's T4 in Futian's inbox: the tasks consumer has projected the plan's assignments.
  // (On a loaded machine the plan's start and its projection take a while: be patient.)
  await waitFor(
    `${t4Futian} in Futian's inbox`,
    async () => ((await duban.api.get<{ items?: { taskId: string }[] }>(`/tasks?planId=${planId}`, token.futian)).body.items?.some((i) => i.taskId === t4Futian) ? true : undefined),
    { timeoutMs: 240_000, intervalMs: 1_000 },
  );
}, 300_000);

afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await duban?.stop();
  await duban?.cleanUp();
});

/**
 * A step as a well-behaved client sends it on a busy machine: a 503 (Temporal slow, with
 * Retry-After) is sent again with the same Idempotency-Key, so it is recorded once.
 */
const step = (path: string, json: unknown, bearer: string, key: string) =>
  waitFor(
    `POST ${path}`,
    async () => {
      const res = await duban.api.request('POST', path, { token: bearer, json, headers: { 'idempotency-key': `${RUN}-${key}` } });
      if (res.status === 503) return undefined;
      if (res.status !== 200) throw new GiveUp(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
      return res;
    },
    { timeoutMs: 120_000, intervalMs: 1_000 },
  );
const progress = (percent: number) => step(`/tasks/${t4Futian}/progress`, { percent, note: `进度 ${percent}%` }, token.futian, `progress-${percent}`);
const progressOf = (client: SseClient) => client.of('task').filter((m) => m.taskId === t4Futian && m.type === 'duban.task.progress-reported.v1');

it('answers text/event-stream with retry and a ready message', async () => {
  const client = await connect(token.futian);
  expect(client.status).toBe(200);
  expect(client.contentType).toMatch(/^text\/event-stream/);
  expect(client.of<{ seq: number }>('ready')[0]?.seq).toEqual(expect.any(Number));
  await client.close();
});

it('tells the Futian official of a change of their task, and the Luohu official nothing', async () => {
  const futian = await connect(token.futian);
  const luohu = await connect(token.luohu);
  const supervisor = await connect(token.supervisor);
  await progress(10);
  const [message] = await waitFor('the progress message', async () => (progressOf(futian).length > 0 ? progressOf(futian) : undefined), { timeoutMs: 60_000, intervalMs: 100 });
  expect(message).toMatchObject({ kind: 'task', unit: 'FUTIAN', taskId: t4Futian, subject: t4Futian });
  expect(futian.messages.find((m) => m.event === 'task')?.id).toBe(String(message?.seq));
  // The supervisor sees every task; the Luohu official, connected all along, got nothing of Futian's.
  await waitFor('the supervisor’s message', async () => (progressOf(supervisor).length > 0 ? true : undefined), { timeoutMs: 15_000, intervalMs: 100 });
  // (It may hear of its own unit's tasks: the plan's other assignments are still being projected.)
  const luohuSaw = luohu.messages.filter((m) => m.event !== 'ready').map((m) => JSON.parse(m.data) as LiveMessage);
  expect(luohuSaw.filter((m) => m.unit !== 'LUOHU' || m.taskId === t4Futian)).toEqual([]);
  await Promise.all([futian.close(), luohu.close(), supervisor.close()]);
});

it('replays what a reconnecting client missed after Last-Event-ID, exactly once', async () => {
  const first = await connect(token.futian);
  await progress(20);
  await waitFor('20 %', async () => (progressOf(first).length > 0 ? true : undefined), { timeoutMs: 60_000, intervalMs: 100 });
  const lastSeen = first.lastEventId as string;
  await first.close();
  // While disconnected: another change, projected before the client comes back (the store says so).
  await progress(30);
  await waitFor('30 % in the feed', async () => ((await feedCount(t4Futian)) >= 3 ? true : undefined), { timeoutMs: 60_000, intervalMs: 200 });
  const again = await connect(token.futian, lastSeen);
  const missed = progressOf(again);
  expect(missed).toHaveLength(1);
  expect(Number(missed[0]?.seq)).toBeGreaterThan(Number(lastSeen));
  // Live messages follow the replay, and the replayed one never comes twice.
  await progress(40);
  await waitFor('40 %', async () => (progressOf(again).length >= 2 ? true : undefined), { timeoutMs: 60_000, intervalMs: 100 });
  const seqs = progressOf(again).map((m) => m.seq);
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(again.of('reset')).toEqual([]);
  await again.close();
});

it('answers an unknown Last-Event-ID with event: reset, then goes on live', async () => {
  const client = await connect(token.futian, 'not-a-position');
  expect(client.of<{ reason: string }>('reset')[0]?.reason).toMatch(/Last-Event-ID/);
  await client.close();
});

it('sends a notification written by the consumers as event: notification to its unit', async () => {
  const futian = await connect(token.futian);
  const luohu = await connect(token.luohu);
  // A directive (督办单) on Futian's task notifies Futian.
  await step(`/tasks/${t4Futian}/directive`, { committedDate: shanghaiDate(90), instructions: '请按期完成招商工作' }, token.supervisor, 'directive');
  const [note] = await waitFor('the notification message', async () => (futian.of('notification').length > 0 ? futian.of('notification') : undefined), { timeoutMs: 60_000, intervalMs: 100 });
  expect(note).toMatchObject({ kind: 'notification', unit: 'FUTIAN', taskId: t4Futian });
  expect(luohu.of('notification')).toEqual([]);
  await Promise.all([futian.close(), luohu.close()]);
});

it('sends an enterprise registered in Futian as event: enterprise to Futian, and nothing to Luohu', async () => {
  const futian = await connect(token.futian);
  const luohu = await connect(token.luohu);
  const enterpriseId = `E2E-LIVE-${RUN.toUpperCase()}`;
  const registration: EnterpriseRegistration = {
    id: enterpriseId,
    name: `深圳市实时消息测试${RUN}电子有限公司`,
    district: 'FUTIAN',
    industry: 'electronics-it',
    indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 1.5, labourIntensity: 120, scale: 800, growth: -5 },
    flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
    redLines: [],
  };
  // A plan busy starting its tasks may answer 503: asked again, a first answer that did apply is a 409.
  await waitFor(
    `${enterpriseId} registered`,
    async () => {
      const res = await duban.api.post('/enterprises', { planId, enterprise: registration }, token.futian);
      if (res.status === 503) return undefined;
      if (res.status === 201 || res.status === 409) return true;
      throw new GiveUp(`POST /enterprises answered ${res.status}: ${JSON.stringify(res.body)}`);
    },
    { timeoutMs: 120_000, intervalMs: 1_000 },
  );
  const ofIt = (client: SseClient) => client.of('enterprise').filter((m) => m.enterpriseId === enterpriseId);
  const [message] = await waitFor('the enterprise message', async () => (ofIt(futian).length > 0 ? ofIt(futian) : undefined), { timeoutMs: 60_000, intervalMs: 100 });
  expect(message).toMatchObject({ kind: 'enterprise', unit: 'FUTIAN', enterpriseId, subject: enterpriseId, type: 'duban.enterprise.registered.v1' });
  expect(luohu.of('enterprise')).toEqual([]);
  await Promise.all([futian.close(), luohu.close()]);
});

it("sends Futian's new score as event: score to Futian, and nothing to Luohu", async () => {
  const futian = await connect(token.futian);
  const luohu = await connect(token.luohu);
  // T4 submitted and accepted two months early: the early-completion bonus changes Futian's score.
  await step(`/tasks/${t4Futian}/submit`, { summary: '已完成招商引资工作' }, token.futian, 'submit');
  await step(`/tasks/${t4Futian}/review`, { decision: 'accept' }, token.supervisor, 'accept');
  const ofFutian = (client: SseClient) => client.of('score').filter((m) => m.unit === 'FUTIAN' && m.subject.startsWith(`${planId}/FUTIAN/`));
  const [message] = await waitFor('the score message', async () => (ofFutian(futian).length > 0 ? ofFutian(futian) : undefined), { timeoutMs: 90_000, intervalMs: 100 });
  expect(message).toMatchObject({ kind: 'score', type: 'duban.score.updated.v1', unit: 'FUTIAN' });
  expect(luohu.of('score').filter((m) => m.unit !== 'LUOHU')).toEqual([]);
  await Promise.all([futian.close(), luohu.close()]);
});

it('refuses a sixth concurrent stream of one caller with 429 problem+json', async () => {
  // A caller of its own: no stream of another test counts against it.
  const caller = await duban.token({ sub: 'stream.counter', unit: 'LUOHU', roles: ['official'] });
  const streams = await Promise.all(Array.from({ length: 5 }, () => connect(caller)));
  const res = await fetch(`${duban.api.baseUrl}/live`, { headers: { authorization: `Bearer ${caller}` } });
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('retry-after')).toBe('3');
  expect(((await res.json()) as { code: string }).code).toBe('REQUEST.RATE_LIMITED');
  await Promise.all(streams.map((s) => s.close()));
  // Closed streams are released: the caller may open one again.
  await waitFor('a stream slot free again', async () => {
    const c = await SseClient.open(duban.api.baseUrl, caller);
    open.push(c);
    if (c.status === 200) return true;
    await c.close();
    return undefined;
  }, { timeoutMs: 10_000, intervalMs: 200 });
});

/** Feed entries of a task in this test's store. */
async function feedCount(taskId: string): Promise<number> {
  const mongo = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
  try {
    return await mongo.db().collection('live_events').countDocuments({ taskId, kind: 'task', type: 'duban.task.progress-reported.v1' });
  } finally {
    await mongo.close();
  }
}
