import { MongoClient } from 'mongodb';
import type { EscalationInboxPage, NotificationItem, NotificationPage, NotificationsMarkedRead } from '@duban/contracts';
import { escalationAge, escalationAgeBucket, toShanghaiDate } from '@duban/domain';
import { waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { expectProblem } from './support/expect-problem';

/**
 * Notifications end to end, against the real Temporal, Kafka and FerretDB servers: a plan whose
 * T1 is three weeks overdue draws a yellow and a red card; STIIC is told of both, 督查室 of the
 * notice and of its new case, each exactly once, also after the consumer re-reads every topic into
 * the same store from this run's first offsets. Marking read works for the recipient unit only.
 */
let duban: DubanHarness;
const token = {} as Record<'admin' | 'supervisor' | 'stiic' | 'futian', string>;

const RUN = Date.now().toString(36);
const planId = `e2e-notify-${RUN}`;
const t1 = `${planId}.T1.STIIC`;
const red = `${t1}~0~red`;
const RAISED = 'duban.escalation.raised.v1';
const shanghaiDate = (days: number): string => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  duban = await DubanHarness.start('notifications');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: shanghaiDate(-21) }, token.admin);
  expect(started.status).toBe(201);
}, 180_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

const list = (query: string, as: string) => duban.api.get<NotificationPage>(`/notifications?subject=${encodeURIComponent(t1)}&${query}`, as);
const cards = (page: NotificationPage) => page.items.filter((n) => n.eventType === RAISED).map((n) => [n.recipient, n.role, n.title.zh]).sort();

/** The notifications of T1 in the store itself, by id. */
async function storedOfT1(): Promise<Record<string, unknown>[]> {
  const mongo = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
  try {
    return await mongo.db().collection<Record<string, unknown>>('notifications').find({ subject: t1 }).sort({ _id: 1 }).toArray();
  } finally {
    await mongo.close();
  }
}

let stiicRed: NotificationItem;

it('tells STIIC of its yellow and red cards, and 督查室 of the notice and of the new case', async () => {
  const stiic = await duban.eventually(`STIIC's red card on ${t1}`, `/notifications?subject=${t1}&type=${RAISED}`, token.stiic, (p: NotificationPage) =>
    p.items.some((n) => n.title.en.startsWith('Red card')) ? p : undefined,
  );
  expect(cards(stiic)).toEqual([
    ['STIIC', 'responsible', `红牌：${t1}`],
    ['STIIC', 'responsible', `黄牌：${t1}`],
  ]);
  stiicRed = stiic.items.find((n) => n.title.en.startsWith('Red card')) as NotificationItem;
  expect(stiicRed).toMatchObject({ recipient: 'STIIC', kind: 'escalation', read: false, link: { kind: 'task', id: t1, escalationId: red } });
  expect(stiicRed.id).toBe(`${stiicRed.eventId}:STIIC`);

  const ducha = await duban.eventually(`督查室's case for ${t1}`, `/notifications?subject=${t1}&type=${RAISED}`, token.supervisor, (p: NotificationPage) =>
    p.items.length >= 2 ? p : undefined,
  );
  expect(cards(ducha)).toEqual([
    ['DUCHA', 'supervision', `新督办案件：STIIC ${t1} 红牌`],
    ['DUCHA', 'supervision', `黄牌通报：STIIC ${t1}`],
  ]);
  // The same case is in the 督查室 inbox, raised at the time of the event that notified.
  // (The tasks consumer replays every topic's history into this test's fresh store first: be patient.)
  const inbox = await waitFor(
    `${red} in the inbox`,
    async () => (await duban.api.get<EscalationInboxPage>(`/escalations?taskId=${t1}&level=red`, token.supervisor)).body.items?.[0],
    { timeoutMs: 300_000, intervalMs: 1_000 },
  );
  expect(inbox).toMatchObject({ escalationId: red, unit: 'STIIC', raisedAt: stiicRed.createdAt });
  // Its age counts working days from the day it was raised (Shanghai) to today.
  const age = escalationAge(toShanghaiDate(inbox.raisedAt), shanghaiDate(0));
  expect(age).toBeGreaterThan(0);
  expect(inbox).toMatchObject({ ageWorkingDays: age, ageBucket: escalationAgeBucket(age) });
  const byAge = await duban.api.get<EscalationInboxPage>(`/escalations?taskId=${t1}&age=${escalationAgeBucket(age)}&count=true`, token.supervisor);
  expect(byAge.body.items.map((e) => e.escalationId)).toContain(red);
  expect(byAge.body.counts?.byAge[escalationAgeBucket(age)]).toBe(byAge.body.total);
}, 420_000);

it('refuses a bad query with the field named, and another unit’s list unless the caller is an admin', async () => {
  expectProblem(await duban.api.get('/notifications?unread=maybe', token.stiic), 400, 'REQUEST.INVALID', 'query.unread');
  expectProblem(await duban.api.get('/notifications?limit=0', token.stiic), 400, 'REQUEST.INVALID', 'query.limit');
  expectProblem(await duban.api.get('/notifications?type=duban.nothing.v1', token.stiic), 400, 'REQUEST.INVALID', 'query.type');
  expectProblem(await duban.api.get('/notifications?colour=red', token.stiic), 400, 'REQUEST.INVALID', 'query.colour');
  expectProblem(await duban.api.get('/notifications?unit=DUCHA', token.stiic), 403, 'AUTH.FORBIDDEN');
  const asAdmin = await duban.api.get<NotificationPage>(`/notifications?unit=STIIC&subject=${t1}&type=${RAISED}`, token.admin);
  expect(asAdmin.status).toBe(200);
  expect(cards(asAdmin.body)).toEqual(cards((await list(`type=${RAISED}`, token.stiic)).body));
  expect((await duban.api.get('/notifications')).status).toBe(401);
});

it('marks a notification read for its recipient unit only; to any other unit it does not exist', async () => {
  const ducha = (await list(`type=${RAISED}`, token.supervisor)).body.items;
  const duchaCase = ducha.find((n) => n.eventId === stiicRed.eventId) as NotificationItem;
  expect(duchaCase.id).toBe(`${stiicRed.eventId}:DUCHA`);

  expectProblem(await duban.api.post(`/notifications/${encodeURIComponent(stiicRed.id)}/read`, {}, token.futian), 404, 'NOTIFICATION.NOT_FOUND');
  expectProblem(await duban.api.post(`/notifications/${encodeURIComponent(stiicRed.id)}/read`, {}, token.supervisor), 404, 'NOTIFICATION.NOT_FOUND');
  expectProblem(await duban.api.post(`/notifications/${encodeURIComponent(duchaCase.id)}/read`, {}, token.stiic), 404, 'NOTIFICATION.NOT_FOUND');
  expectProblem(await duban.api.post(`/notifications/${encodeURIComponent(`${stiicRed.eventId}x:STIIC`)}/read`, {}, token.stiic), 404, 'NOTIFICATION.NOT_FOUND');
  expect((await list('unread=true', token.stiic)).body.items.map((n) => n.id)).toContain(stiicRed.id);

  const marked = await duban.api.post<NotificationItem>(`/notifications/${encodeURIComponent(stiicRed.id)}/read`, {}, token.stiic);
  expect(marked.status).toBe(200);
  expect(marked.body).toMatchObject({ id: stiicRed.id, read: true, readBy: 'li.wei' });
  const again = await duban.api.post<NotificationItem>(`/notifications/${encodeURIComponent(stiicRed.id)}/read`, {}, token.stiic);
  expect(again.body.readAt).toBe(marked.body.readAt);

  const after = (await list('unread=true', token.stiic)).body;
  expect(after.items.map((n) => n.id)).not.toContain(stiicRed.id);
  expect((await list('unread=false', token.stiic)).body.items.map((n) => n.id)).toEqual([stiicRed.id]);
  // 督查室's copy of the same event is untouched.
  expect((await list(`type=${RAISED}`, token.supervisor)).body.items.find((n) => n.id === duchaCase.id)?.read).toBe(false);
});

it('keeps every notification exactly once, read state included, when the consumer re-reads every topic', async () => {
  const before = await storedOfT1();
  const cardsBefore = before.filter((n) => n['eventType'] === RAISED).map((n) => n['_id']);
  expect(cardsBefore).toHaveLength(4); // yellow and red, each for STIIC and DUCHA
  expect(before.filter((n) => n['eventId'] === stiicRed.eventId).map((n) => n['recipient']).sort()).toEqual(['DUCHA', 'STIIC']);

  // A new group on the same store: the consumer reads every topic again from the offsets this run's groups started at.
  await duban.caughtUp([duban.env['NOTIFICATIONS_GROUP_ID'] as string]);
  await duban.caughtUp(await duban.replayWithNewGroups(['NOTIFICATIONS_GROUP_ID'], RUN));

  const after = await storedOfT1();
  expect(after).toEqual(before);
  expect(after.find((n) => n['_id'] === stiicRed.id)).toMatchObject({ read: true, readBy: 'li.wei' });
}, 300_000);

it('tells STIIC that 督查室 acknowledged its red card, and marks all its notifications read', async () => {
  expect((await duban.api.post(`/escalations/${red}/acknowledge`, { note: '已电话督促' }, token.supervisor)).status).toBe(200);
  const ack = await duban.eventually(`STIIC told of the acknowledgement`, `/notifications?subject=${t1}&type=duban.escalation.acknowledged.v1`, token.stiic, (p: NotificationPage) => p.items[0]);
  expect(ack).toMatchObject({ recipient: 'STIIC', kind: 'acknowledged', read: false, link: { escalationId: red } });
  expect(ack.body.zh).toContain('已电话督促');

  const all = await duban.api.post<NotificationsMarkedRead>('/notifications/read-all', {}, token.stiic);
  expect(all.status).toBe(200);
  expect(all.body.marked).toBeGreaterThanOrEqual(2);
  const mine = (await list('', token.stiic)).body;
  expect(mine.items.length).toBeGreaterThanOrEqual(3);
  expect(mine.items.every((n) => n.read)).toBe(true);
  expect((await list('unread=false&count=true', token.supervisor)).body.total).toBe(0); // 督查室's stay unread
});
