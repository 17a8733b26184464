import { randomBytes } from 'node:crypto';
import mongoose, { type Collection, type Connection, type Model } from 'mongoose';
import { EventType, type DubanEvent } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { ESCALATION_LIST, EscalationRecord, EscalationRecordSchema } from './escalation.document';
import { TaskInboxRepository } from './task-inbox.repository';
import { TaskEventStream, official, supervisor } from './task-events.fixture';
import { projectTaskEvent } from './task-projection';
import { TaskProjectionRepository } from './task-projection.repository';
import { TaskRecord, TaskRecordSchema } from './task.document';
import { ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema, claimListPosition, listBucketOf } from '../store/list-sequence';

/**
 * The task and escalation projections against the local FerretDB (SQLite): what the tasks
 * consumer relies on from the store — guarded conditional updates and upserts, replay from the
 * first event changing nothing, and the inbox reads with their indexes and counts.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_projection_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let tasks: Model<TaskRecord>;
let escalations: Model<EscalationRecord>;
let projection: TaskProjectionRepository;
let inbox: TaskInboxRepository;
let sequences: Model<ListSequenceRecord>;
let claims: Model<ListPositionClaim>;

const planId = 'int-projection';
const t2 = `${planId}.T2.PLAN`;
const t1 = `${planId}.T1.STIIC`;
const red = `${t2}~0~red`;
const yellow = `${t2}~0~yellow`;

/** T2's life: co-units, an escalation raised, repeated, acknowledged, then resolved by a directive, then work to acceptance. */
function t2Events(): DubanEvent[] {
  const s = new TaskEventStream(t2);
  const escalation = (level: 'yellow' | 'red', repeat: number) => ({
    escalationId: level === 'red' ? red : yellow,
    unit: 'PLAN',
    coUnits: ['STIIC', 'HABITAT'],
    level,
    due: '2026-03-31',
    deadline: '2026-03-31T23:59:59.999+08:00',
    overdueWorkingDays: repeat * 5,
    repeat,
    notify: ['PLAN', 'DUCHA'],
  });
  return [
    s.next(EventType.TaskAssigned, {
      planId,
      taskCode: 'T2',
      unit: 'PLAN',
      coUnits: ['STIIC', 'HABITAT'],
      title: 'park plan',
      due: '2026-03-31',
      deadline: '2026-03-31T23:59:59.999+08:00',
      kind: 'task',
    }),
    s.next(EventType.ContributionSubmitted, { unit: 'STIIC', summary: 'ok', evidence: [], actor: official('STIIC') }),
    s.next(EventType.EscalationRaised, escalation('yellow', 0)),
    s.next(EventType.EscalationRaised, escalation('red', 0)),
    s.next(EventType.EscalationRaised, escalation('red', 1)),
    s.next(EventType.EscalationAcknowledged, { escalationId: red, level: 'red', note: 'seen', actor: supervisor }),
    s.next(EventType.EscalationResolved, { escalationId: yellow, level: 'yellow', resolution: 'deadline-moved' }),
    s.next(EventType.EscalationResolved, { escalationId: red, level: 'red', resolution: 'deadline-moved' }),
    s.next(EventType.DirectiveIssued, { directiveId: `${t2}~directive~1`, unit: 'PLAN', previousDue: '2026-03-31', committedDate: '2099-06-30', instructions: 'finish', actor: supervisor }),
    s.next(EventType.ContributionWaived, { unit: 'HABITAT', reason: 'n/a', actor: supervisor }),
    s.next(EventType.TaskSubmitted, { version: 1, summary: 'plan', evidence: [], actor: official('PLAN') }),
  ];
}

function t1Events(): DubanEvent[] {
  const s = new TaskEventStream(t1);
  return [
    s.next(EventType.TaskAssigned, {
      planId,
      taskCode: 'T1',
      unit: 'STIIC',
      coUnits: ['STATS'],
      title: 'index',
      due: '2026-01-31',
      deadline: '2026-01-31T23:59:59.999+08:00',
      kind: 'task',
    }),
    s.next(EventType.EscalationRaised, {
      escalationId: `${t1}~0~yellow`,
      unit: 'STIIC',
      coUnits: ['STATS'],
      level: 'yellow',
      due: '2026-01-31',
      deadline: '2026-01-31T23:59:59.999+08:00',
      overdueWorkingDays: 0,
      repeat: 0,
      notify: ['STIIC', 'DUCHA'],
    }),
  ];
}

async function snapshot(): Promise<unknown[]> {
  return [...(await tasks.find().sort({ _id: 1 }).lean().exec()), ...(await escalations.find().sort({ _id: 1 }).lean().exec())];
}

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  tasks = connection.model(TaskRecord.name, TaskRecordSchema);
  escalations = connection.model(EscalationRecord.name, EscalationRecordSchema);
  sequences = connection.model(ListSequenceRecord.name, ListSequenceSchema);
  claims = connection.model(ListPositionClaim.name, ListPositionClaimSchema);
  await Promise.all([tasks.init(), escalations.init(), sequences.init(), claims.init()]);
  projection = new TaskProjectionRepository(tasks, escalations, sequences, claims);
  inbox = new TaskInboxRepository(tasks, escalations, sequences);
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

describe('the task projections on FerretDB', () => {
  it('builds the task row and the escalation cases from the events', async () => {
    for (const event of [...t2Events(), ...t1Events()]) await projection.apply(event);
    const task = await tasks.findById(t2).lean().exec();
    expect(task).toMatchObject({
      unit: 'PLAN',
      status: 'submitted',
      due: '2099-06-30',
      originalDue: '2026-03-31',
      deadline: new Date('2099-06-30T15:59:59.999Z'),
      pendingContributions: [],
      yellowCard: false,
      redCard: false,
      openEscalations: 0,
      submissions: 1,
      lastEventSequence: 11,
    });
    const redCase = await escalations.findById(red).lean().exec();
    expect(redCase).toMatchObject({
      taskId: t2,
      planId,
      level: 'red',
      state: 'resolved',
      repeats: 1,
      resolution: 'deadline-moved',
      acknowledgedBy: supervisor,
      acknowledgementNote: 'seen',
      lastEventSequence: 8,
    });
    expect(redCase?.raisedAt.getTime()).toBeLessThan(redCase?.lastRaisedAt.getTime() ?? 0);
    expect(await tasks.findById(t1).lean().exec()).toMatchObject({ yellowCard: true, openEscalations: 1, status: 'assigned' });
  });

  it('changes nothing when every event is delivered again from the first', async () => {
    const before = await snapshot();
    const outcomes = [];
    for (const event of [...t2Events(), ...t1Events()]) outcomes.push(await projection.apply(event));
    expect(outcomes.every((o) => o.task !== 'applied' && o.escalation !== 'applied')).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an older event after a newer one, and finishes an event half-applied before a crash', async () => {
    const events = t2Events();
    expect(await projection.apply(events[1] as DubanEvent)).toEqual({ task: 'stale', escalation: 'none' });

    // A fresh task whose escalation write landed but whose task write did not.
    const s = new TaskEventStream(`${planId}.T3.STIIC`);
    const assigned = s.next(EventType.TaskAssigned, { planId, taskCode: 'T3', unit: 'STIIC', coUnits: [], title: 'parks', due: '2026-02-27', deadline: '2026-02-27T23:59:59.999+08:00', kind: 'task' });
    const raised = s.next(EventType.EscalationRaised, {
      escalationId: `${planId}.T3.STIIC~0~yellow`,
      unit: 'STIIC',
      coUnits: [],
      level: 'yellow',
      due: '2026-02-27',
      deadline: '2026-02-27T23:59:59.999+08:00',
      overdueWorkingDays: 0,
      repeat: 0,
      notify: ['STIIC', 'DUCHA'],
    });
    await projection.apply(assigned);
    const half = projectTaskEvent(raised).escalation;
    if (!half) throw new Error('expected an escalation write');
    // As the projection writes a raised case: with its board position in the same upsert.
    const listSeq = await claimListPosition({ sequences, claims }, ESCALATION_LIST);
    const update = { ...half.update, $setOnInsert: { ...half.update.$setOnInsert, listSeq, listBucket: listBucketOf(listSeq) } };
    await escalations.updateOne({ _id: half.id, lastEventSequence: { $lt: half.sequence } }, update, { upsert: true }).exec();
    expect(await projection.apply(raised)).toEqual({ task: 'applied', escalation: 'stale' });
    expect(await projection.apply(raised)).toEqual({ task: 'stale', escalation: 'stale' });
    expect(await tasks.findById(`${planId}.T3.STIIC`).lean().exec()).toMatchObject({ yellowCard: true, openEscalations: 1, lastEventSequence: 2 });
  });

  it('never creates a task from an event other than its assignment', async () => {
    const s = new TaskEventStream(`${planId}.T4.FUTIAN`);
    s.next(EventType.TaskAssigned, { planId, taskCode: 'T4', unit: 'FUTIAN', coUnits: [], title: 't4', due: '2026-12-31', deadline: '2026-12-31T23:59:59.999+08:00', kind: 'task' });
    const progress = s.next(EventType.TaskProgressReported, { percent: 10, note: 'n', evidence: [], actor: official('FUTIAN') });
    expect(await projection.apply(progress)).toEqual({ task: 'stale', escalation: 'none' });
    expect(await tasks.findById(`${planId}.T4.FUTIAN`).lean().exec()).toBeNull();
  });

  it('serves the task inbox: a unit as lead or co-unit, overdue, dueBefore, sorted by deadline', async () => {
    const now = new Date('2026-03-10T00:00:00Z');
    const ids = async (query: Record<string, unknown>) =>
      (await inbox.listTasks({ planId, kind: 'task', limit: 50, count: false, ...query }, now)).items.map((t) => t.taskId);
    expect(await ids({})).toEqual([t1, `${planId}.T3.STIIC`, t2]);
    expect(await ids({ unit: 'STIIC' })).toEqual([t1, `${planId}.T3.STIIC`, t2]);
    expect(await ids({ unit: 'HABITAT' })).toEqual([t2]);
    expect(await ids({ unit: 'PLAN', status: 'submitted' })).toEqual([t2]);
    expect(await ids({ overdue: true })).toEqual([t1, `${planId}.T3.STIIC`]);
    expect(await ids({ overdue: false, unit: 'STIIC' })).toEqual([t2]);
    expect(await ids({ dueBefore: '2026-02-27' })).toEqual([t1]);
    const page = await inbox.listTasks({ planId, kind: 'task', limit: 1, offset: 1, count: true }, now);
    expect(page.total).toBe(3);
    expect(page.items.map((t) => [t.taskId, t.overdue, t.deadline])).toEqual([[`${planId}.T3.STIIC`, true, '2026-02-27T15:59:59.999Z']]);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect((await inbox.listTasks({ planId, kind: 'task', limit: 5, count: false }, now)).total).toBeUndefined();
  });

  it('serves the 督查室 inbox with counts by unit, level and age', async () => {
    // Every case was raised on Monday 2026-03-02: 6 working days before Tuesday 2026-03-10.
    const now = new Date('2026-03-10T00:00:00Z');
    const all = await inbox.listEscalations({ planId, limit: 50, count: true }, now);
    expect(all.total).toBe(4);
    expect(all.counts).toEqual({ byUnit: { PLAN: 2, STIIC: 2 }, byLevel: { red: 1, yellow: 3 }, byAge: { '0-4': 0, '5-14': 4, '15+': 0 } });
    expect(all.items.map((e) => [e.ageWorkingDays, e.ageBucket])).toEqual(Array(4).fill([6, '5-14']));
    expect((await inbox.listEscalations({ planId, age: '0-4', limit: 50, count: true }, now)).total).toBe(0);
    expect((await inbox.listEscalations({ planId, age: '0-4', limit: 50, count: true }, new Date('2026-03-06T00:00:00Z'))).total).toBe(4);
    const open = await inbox.listEscalations({ planId, state: 'open', age: '5-14', limit: 50, count: true }, now);
    expect(open.items.map((e) => [e.escalationId, e.state, e.level])).toEqual([
      [`${t1}~0~yellow`, 'open', 'yellow'],
      [`${planId}.T3.STIIC~0~yellow`, 'open', 'yellow'],
    ]);
    expect(open.counts).toEqual({ byUnit: { STIIC: 2 }, byLevel: { yellow: 2 }, byAge: { '0-4': 0, '5-14': 2, '15+': 0 } });
    const redCases = await inbox.listEscalations({ planId, level: 'red', unit: 'PLAN', limit: 50, count: false });
    expect(redCases.items[0]).toMatchObject({ escalationId: red, state: 'resolved', repeats: 1, acknowledgedBy: supervisor, resolution: 'deadline-moved' });
  });

  it('lists every case with its board position, and backfills cases stored before positions were kept', async () => {
    const now = new Date('2026-03-10T00:00:00Z');
    const cases = await escalations.find({ planId }).lean().exec();
    expect(cases.every((c) => typeof c.listSeq === 'number')).toBe(true);
    // A case from before positions: listed only once the backfill gave it one.
    const legacyId = `${planId}.T9.PLAN~0~yellow`;
    const { _id: _ignored, listSeq: _seq, listBucket: _bucket, ...rest } = cases[0]!;
    await escalations.collection.insertOne({ ...rest, _id: legacyId as never, taskId: `${planId}.T9.PLAN` });
    const before = await inbox.listEscalations({ planId, limit: 50, count: true }, now);
    expect(before.total).toBe(cases.length + 1);
    expect(before.items.map((e) => e.escalationId)).not.toContain(legacyId);
    await sequences.updateOne({ _id: ESCALATION_LIST }, { $unset: { backfilledAt: 1 } }).exec();
    expect(await projection.backfillBoardPositions()).toBe(1);
    expect(await projection.backfillBoardPositions()).toBe(0);
    expect((await inbox.listEscalations({ planId, limit: 50, count: false }, now)).items.map((e) => e.escalationId)).toContain(legacyId);
    await escalations.deleteOne({ _id: legacyId }).exec();
  });

  it('has the indexes the inbox queries use', async () => {
    const keys = async (collection: Collection) => (await collection.listIndexes().toArray()).map((i) => JSON.stringify(i['key']));
    expect(await keys(tasks.collection)).toEqual(
      expect.arrayContaining(['{"unit":1,"status":1,"deadline":1}', '{"coUnits":1,"deadline":1}', '{"planId":1,"deadline":1}', '{"deadline":1,"_id":1}']),
    );
    expect(await keys(escalations.collection)).toEqual(expect.arrayContaining(['{"state":1,"unit":1,"level":1,"raisedAt":1}', '{"taskId":1}']));
  });
});
