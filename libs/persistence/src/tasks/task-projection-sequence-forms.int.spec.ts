import { randomBytes } from 'node:crypto';
import mongoose, { type Connection, type Model } from 'mongoose';
import { EventType, dubanEventSchema, type DubanEvent } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { EscalationRecord, EscalationRecordSchema } from './escalation.document';
import { TaskEventStream } from './task-events.fixture';
import { TaskProjectionRepository } from './task-projection.repository';
import { TaskRecord, TaskRecordSchema } from './task.document';
import { ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema } from '../store/list-sequence';

/**
 * A topic replayed from an early offset holds one subject's events in both wire forms of the
 * CloudEvents `sequence`: a JSON integer (written before issue 10, December 2026) and the
 * zero-padded string (since). Parsed at the consumers' edge (`dubanEventSchema`), both guard the
 * projection alike: the stored `lastEventSequence` is the counter, compared numerically, past 9
 * too (where the strings "10" and "9" would sort the wrong way unpadded).
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_seqforms_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let tasks: Model<TaskRecord>;
let escalations: Model<EscalationRecord>;
let projection: TaskProjectionRepository;

const taskId = 'int-seqforms.T2.PLAN';

/** Twelve events of one task, as the workflow's outbox decides them (sequence 1…12). */
function taskEvents(): DubanEvent[] {
  const s = new TaskEventStream(taskId);
  const actor = { sub: 'official.plan', unit: 'PLAN', roles: ['official'] };
  const events: DubanEvent[] = [
    s.next(EventType.TaskAssigned, { planId: 'int-seqforms', taskCode: 'T2', unit: 'PLAN', coUnits: [], title: 'park plan', due: '2026-03-31', deadline: '2026-03-31T23:59:59.999+08:00', kind: 'task' }),
  ];
  for (let percent = 10; percent <= 100; percent += 10) events.push(s.next(EventType.TaskProgressReported, { percent, note: `${percent}%`, evidence: [], actor }));
  events.push(s.next(EventType.TaskSubmitted, { version: 1, summary: 'plan', evidence: [], actor }));
  return events;
}

/** The event as a Kafka message of the given era, read back through the consumers' envelope check. */
function received(event: DubanEvent, form: 'integer' | 'string'): DubanEvent {
  const wire = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
  if (form === 'integer') wire['sequence'] = Number(event.sequence);
  expect(typeof wire['sequence']).toBe(form === 'integer' ? 'number' : 'string');
  return dubanEventSchema.parse(wire) as DubanEvent;
}

async function snapshot(): Promise<unknown[]> {
  return [...(await tasks.find().sort({ _id: 1 }).lean().exec()), ...(await escalations.find().sort({ _id: 1 }).lean().exec())];
}

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  tasks = connection.model(TaskRecord.name, TaskRecordSchema);
  escalations = connection.model(EscalationRecord.name, EscalationRecordSchema);
  const sequences = connection.model(ListSequenceRecord.name, ListSequenceSchema);
  const claims = connection.model(ListPositionClaim.name, ListPositionClaimSchema);
  await Promise.all([tasks.init(), escalations.init(), sequences.init(), claims.init()]);
  projection = new TaskProjectionRepository(tasks, escalations, sequences, claims);
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

it('applies integer-form events, then string-form ones, and stores the counter as a number', async () => {
  const events = taskEvents();
  // The first nine were published before the change, the rest after.
  const outcomes = [];
  for (const [i, event] of events.entries()) outcomes.push((await projection.apply(received(event, i < 9 ? 'integer' : 'string'))).task);
  expect(outcomes).toEqual(events.map(() => 'applied'));
  const row = await tasks.findById(taskId).lean().exec();
  expect(row).toMatchObject({ status: 'submitted', lastEventSequence: 12 });
  expect(typeof row?.lastEventSequence).toBe('number');
});

it('changes nothing when the topic is replayed in either form, or an older event comes after a newer one', async () => {
  const before = await snapshot();
  const events = taskEvents();
  for (const form of ['string', 'integer'] as const) {
    for (const event of events) expect((await projection.apply(received(event, form))).task).toBe('stale');
  }
  // Sequence 9 against a row at 12: a string comparison of unpadded values ("9" > "12") would let it through.
  expect((await projection.apply(received(events[8] as DubanEvent, 'integer'))).task).toBe('stale');
  expect(await snapshot()).toEqual(before);
});
