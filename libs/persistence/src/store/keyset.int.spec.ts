import { randomBytes } from 'node:crypto';
import mongoose, { type Connection, type Model } from 'mongoose';
import {
  AUDIT_SUBJECT_KEYSET,
  AUDIT_LIST_KEYSET,
  ENTERPRISE_LIST_KEYSET,
  ESCALATION_INBOX_KEYSET,
  EVENT_CATALOG,
  EventType,
  NOTIFICATION_KEYSET,
  TASK_INBOX_KEYSET,
  decodeCursor,
  eventSource,
  formatSequence,
  type DubanEvent,
  type PageQuery,
} from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { AuditChainHeadRecord, AuditChainHeadSchema } from '../audit/audit-chain-head.document';
import { AuditEventRepository } from '../audit/audit-event.repository';
import { AuditChainKeyring, auditChainKey } from '../audit/audit-chain-key';
import { AuditEvent, AuditEventSchema } from '../audit/audit-event.document';
import { EnterpriseListRepository } from '../enterprises/enterprise-list.repository';
import { ENTERPRISE_LIST, EnterpriseRecord, EnterpriseRecordSchema } from '../enterprises/enterprise.document';
import { ESCALATION_LIST } from '../tasks/escalation.document';
import { ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema, listBucketOf } from './list-sequence';
import { EscalationRecord, EscalationRecordSchema } from '../tasks/escalation.document';
import { NotificationRepository } from '../notifications/notification.repository';
import { NotificationRecord, NotificationRecordSchema } from '../notifications/notification.document';
import { TaskInboxRepository } from '../tasks/task-inbox.repository';
import { TaskRecord, TaskRecordSchema } from '../tasks/task.document';

/**
 * Keyset pagination against the real store: walking every list page by page with `nextCursor`
 * returns each document exactly once, in the list's order, ties on the sort keys included, and
 * the last page has no `nextCursor`.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_keyset_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let tasks: Model<TaskRecord>;
let escalations: Model<EscalationRecord>;
let enterprises: Model<EnterpriseRecord>;
let positions: Model<ListSequenceRecord>;
let notifications: Model<NotificationRecord>;
let audit: AuditEventRepository;
let inbox: TaskInboxRepository;
let list: EnterpriseListRepository;
let notes: NotificationRepository;

const planId = 'int-keyset';
const now = new Date('2026-06-01T00:00:00Z');
/** Four deadlines for 23 tasks: most share theirs with others. */
const deadlines = ['2026-03-31T15:59:59.999Z', '2026-04-30T15:59:59.999Z', '2026-05-31T15:59:59.999Z', '2026-06-30T15:59:59.999Z'].map((d) => new Date(d));
const page = (limit: number, extra: Partial<PageQuery> = {}): PageQuery => ({ limit, count: false, ...extra });

/** Walks a list to its end; fails if it does not end within `maxPages`. */
async function walk<T>(read: (cursor: PageQuery['cursor']) => Promise<{ items: T[]; nextCursor?: string }>, decode: (c: string) => PageQuery['cursor'], maxPages = 50): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: PageQuery['cursor'];
  for (let pages = 1; pages <= maxPages; pages++) {
    const res = await read(cursor);
    items.push(...res.items);
    if (res.nextCursor === undefined) return { items, pages };
    cursor = decode(res.nextCursor);
  }
  throw new Error(`no last page within ${maxPages} pages`);
}

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  tasks = connection.model(TaskRecord.name, TaskRecordSchema);
  escalations = connection.model(EscalationRecord.name, EscalationRecordSchema);
  enterprises = connection.model(EnterpriseRecord.name, EnterpriseRecordSchema);
  notifications = connection.model(NotificationRecord.name, NotificationRecordSchema);
  const auditEvents = connection.model(AuditEvent.name, AuditEventSchema);
  const heads = connection.model(AuditChainHeadRecord.name, AuditChainHeadSchema);
  await Promise.all([tasks.init(), escalations.init(), enterprises.init(), notifications.init(), auditEvents.init(), heads.init()]);
  positions = connection.model(ListSequenceRecord.name, ListSequenceSchema);
  inbox = new TaskInboxRepository(tasks, escalations, positions);
  list = new EnterpriseListRepository(enterprises, positions);
  notes = new NotificationRepository(notifications);
  audit = new AuditEventRepository(auditEvents, heads, positions, connection.model(ListPositionClaim.name, ListPositionClaimSchema), new AuditChainKeyring(auditChainKey('keyset-int-spec-audit-chain-key-0123456789')));
});

afterAll(async () => {
  await audit?.flushHeads();
  await connection?.dropDatabase();
  await connection?.close();
});

it('pages through the task inbox by deadline then id, ties included, with and without filters', async () => {
  const units = ['STIIC', 'PLAN', 'FUTIAN'];
  await tasks.insertMany(
    Array.from({ length: 23 }, (_, i) => ({
      _id: `${planId}.T${String(i).padStart(2, '0')}.${units[i % 3]}`,
      planId,
      taskCode: `T${i}`,
      unit: units[i % 3],
      coUnits: i % 5 === 0 ? ['HABITAT'] : [],
      title: `task ${i}`,
      kind: 'task',
      due: '2026-01-01',
      originalDue: '2026-01-01',
      deadline: deadlines[(i * 7) % 4],
      status: i % 4 === 0 ? 'accepted' : 'assigned',
      progressPercent: 0,
      submissions: 0,
      pendingContributions: [],
      extensionPending: false,
      yellowCard: false,
      redCard: false,
      leadingGroup: false,
      openEscalations: 0,
      assignedAt: now,
      updatedAt: now,
      lastEventSequence: 1,
    })),
  );
  const all = await tasks.find({ planId }).lean().exec();
  const expected = all.sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || (a._id < b._id ? -1 : 1)).map((t) => t._id);
  const decode = (c: string) => decodeCursor(c, TASK_INBOX_KEYSET);

  const walked = await walk((cursor) => inbox.listTasks({ planId, kind: 'task', ...page(5), ...(cursor && { cursor }) }, now), decode);
  expect(walked.pages).toBe(5);
  expect(walked.items.map((t) => t.taskId)).toEqual(expected);

  // A filter whose store form has its own $or (lead or co-unit) and a range (overdue).
  const overdue = all.filter((t) => t.status !== 'accepted' && t.deadline < now && (t.unit === 'STIIC' || t.coUnits.includes('STIIC')));
  const overdueIds = overdue.sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || (a._id < b._id ? -1 : 1)).map((t) => t._id);
  expect(overdueIds.length).toBeGreaterThan(3);
  const filtered = await walk((cursor) => inbox.listTasks({ planId, kind: 'task', unit: 'STIIC', overdue: true, ...page(2), ...(cursor && { cursor }) }, now), decode);
  expect(filtered.items.map((t) => t.taskId)).toEqual(overdueIds);

  // The count, when asked, counts every match, not the page.
  expect((await inbox.listTasks({ planId, kind: 'task', ...page(5, { count: true }) }, now)).total).toBe(23);
  // A capped offset still works for shallow pages.
  expect((await inbox.listTasks({ planId, kind: 'task', ...page(5, { offset: 20 }) }, now)).items.map((t) => t.taskId)).toEqual(expected.slice(20));
});

it('pages through the 督查室 inbox in board position, the order the cases were raised', async () => {
  const raised = [new Date('2026-05-04T01:00:00Z'), new Date('2026-05-05T01:00:00Z')];
  // Positions as the consumer hands them out: the earlier raised first (even i), then the later.
  const positionOf = (i: number) => (i % 2 === 0 ? i / 2 + 1 : 6 + (i + 1) / 2);
  await positions.create({ _id: ESCALATION_LIST, seq: 11 });
  await escalations.insertMany(
    Array.from({ length: 11 }, (_, i) => ({
      _id: `${planId}.T${i}.STIIC~0~${i % 2 === 0 ? 'yellow' : 'red'}`,
      listSeq: positionOf(i),
      listBucket: listBucketOf(positionOf(i)),
      taskId: `${planId}.T${i}.STIIC`,
      planId,
      unit: i < 6 ? 'STIIC' : 'PLAN',
      coUnits: [],
      level: i % 2 === 0 ? 'yellow' : 'red',
      state: 'open',
      due: '2026-04-30',
      deadline: deadlines[1],
      overdueWorkingDays: 0,
      raisedAt: raised[i % 2],
      lastRaisedAt: raised[i % 2],
      repeats: 0,
      updatedAt: now,
      lastEventSequence: 1,
    })),
  );
  const expected = (await escalations.find({ planId }).lean().exec()).sort((a, b) => a.listSeq! - b.listSeq!).map((e) => e._id);
  expect((await escalations.find({ planId }).lean().exec()).sort((a, b) => a.listSeq! - b.listSeq!).map((e) => e.raisedAt)).toEqual([...Array(6).fill(raised[0]), ...Array(5).fill(raised[1])]);
  const walked = await walk((cursor) => inbox.listEscalations({ planId, ...page(3), ...(cursor && { cursor }) }, now), (c) => decodeCursor(c, ESCALATION_INBOX_KEYSET));
  expect(walked.pages).toBe(4);
  expect(walked.items.map((e) => e.escalationId)).toEqual(expected);
  const counted = await inbox.listEscalations({ planId, state: 'open', ...page(3, { count: true }) }, now);
  expect(counted).toMatchObject({ total: 11, counts: { byUnit: { STIIC: 6, PLAN: 5 }, byLevel: { yellow: 6, red: 5 } } });
  expect((await inbox.listEscalations({ planId, ...page(3) }, now)).counts).toBeUndefined();
});

it('pages through the enterprise list in position order, a district official’s view included', async () => {
  const districts = ['FUTIAN', 'LUOHU'];
  // Positions in the reverse of the ids, so the order is the position's, not the id's.
  await positions.create({ _id: ENTERPRISE_LIST, seq: 14 });
  await enterprises.insertMany(
    Array.from({ length: 14 }, (_, i) => ({
      _id: `ENT-KEYSET-${String(i).padStart(3, '0')}`,
      listSeq: 14 - i,
      listBucket: listBucketOf(14 - i),
      planId,
      name: `企业${i}`,
      district: districts[i % 2],
      industry: 'electronics-it',
      status: 'awaiting-index',
      currentSteps: [],
      openStepNames: [],
      completedSteps: [],
      units: [districts[i % 2]],
      nextDeadline: null,
      openEscalationIds: [],
      registeredAt: now,
      updatedAt: now,
      lastEventSequence: 1,
    })),
  );
  const decode = (c: string) => decodeCursor(c, ENTERPRISE_LIST_KEYSET);
  const everyone = await walk((cursor) => list.list({ planId, ...page(4), ...(cursor && { cursor }) }, now), decode);
  expect(everyone.pages).toBe(4);
  expect(everyone.items.map((e) => e.enterpriseId)).toEqual(Array.from({ length: 14 }, (_, i) => `ENT-KEYSET-${String(13 - i).padStart(3, '0')}`));
  const futian = await walk((cursor) => list.list({ planId, ...page(3), ...(cursor && { cursor }) }, now, { district: 'FUTIAN' }), decode);
  expect(futian.items.map((e) => e.enterpriseId)).toEqual(everyone.items.filter((e) => e.district === 'FUTIAN').map((e) => e.enterpriseId));
  expect(futian.pages).toBe(3);
});

it('pages through a unit’s notifications newest first, ties on the time broken by id', async () => {
  const times = [new Date('2026-05-01T00:00:00Z'), new Date('2026-05-02T00:00:00Z'), new Date('2026-05-03T00:00:00Z')];
  await notifications.insertMany(
    Array.from({ length: 17 }, (_, i) => ({
      _id: `evt-${String(i).padStart(2, '0')}:STIIC`,
      recipient: 'STIIC',
      role: 'responsible',
      kind: 'reminder',
      unit: 'STIIC',
      eventId: `evt-${i}`,
      eventType: EventType.DeadlineReminder,
      subject: `${planId}.T1.STIIC`,
      title: { zh: '提醒', en: 'reminder' },
      body: { zh: '提醒', en: 'reminder' },
      link: { kind: 'task', id: `${planId}.T1.STIIC` },
      createdAt: times[i % 3],
      read: i % 4 === 0,
    })),
  );
  const expected = (await notifications.find({ recipient: 'STIIC' }).lean().exec()).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a._id < b._id ? -1 : 1)).map((n) => n._id);
  const walked = await walk((cursor) => notes.list('STIIC', { ...page(4), ...(cursor && { cursor }) }), (c) => decodeCursor(c, NOTIFICATION_KEYSET));
  expect(walked.pages).toBe(5);
  expect(walked.items.map((n) => n.id)).toEqual(expected);
  expect(await notes.list('STIIC', page(4, { count: true }))).toMatchObject({ total: 17, unread: 12 });
});

it('pages through the audit trail in recording order, and one subject by sequence', async () => {
  const at = '2026-05-01T00:00:00.000Z';
  const event = (subject: string, sequence: number): DubanEvent => ({
    specversion: '1.0',
    id: `${subject}#${sequence}`,
    source: eventSource('taskWorkflow'),
    type: EventType.DeadlineReminder,
    subject,
    // Three events share each instant: the subject, then the sequence, break the tie.
    time: new Date(Date.parse(at) + Math.floor(sequence / 2) * 60_000).toISOString(),
    datacontenttype: 'application/json',
    sequence: formatSequence(sequence),
    data: EVENT_CATALOG[EventType.DeadlineReminder].data.parse({ taskId: subject, unit: 'STIIC', due: '2026-05-31', deadline: '2026-05-31T23:59:59.999+08:00', daysBefore: 30, notify: ['STIIC'] }),
  });
  const subjects = [`${planId}.T1.STIIC`, `${planId}.T2.STIIC`, `${planId}.T3.STIIC`];
  let offset = 0;
  for (let sequence = 1; sequence <= 5; sequence++) {
    for (const subject of subjects) await audit.record(event(subject, sequence), { topic: 'duban.tasks.v1', partition: 0, offset: String(offset++) }, new Date(at));
  }
  const decode = (c: string) => decodeCursor(c, AUDIT_LIST_KEYSET, AUDIT_SUBJECT_KEYSET);
  const all = await walk((cursor) => audit.find({ ...page(4), ...(cursor && { cursor }) }), decode);
  // Recorded sequence by sequence, subject by subject (the loop above).
  const expected = [1, 2, 3, 4, 5].flatMap((q) => subjects.map((s) => event(s, q).id));
  expect(all.items.map((e) => e.id)).toEqual(expected);
  expect(all.pages).toBe(4);
  // A type filter (an equality) walks the same order.
  const typed = await walk((cursor) => audit.find({ type: EventType.DeadlineReminder, ...page(6), ...(cursor && { cursor }) }), decode);
  expect(typed.items.map((e) => e.id)).toEqual(expected);
  const one = await walk((cursor) => audit.find({ subject: subjects[1], ...page(2), ...(cursor && { cursor }) }), decode);
  expect(one.items.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5]);
  expect(one.pages).toBe(3);
});
