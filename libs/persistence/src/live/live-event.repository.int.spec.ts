import { randomBytes } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import { stackConfig } from '@duban/stack';
import { EnterpriseRecord, EnterpriseRecordSchema } from '../enterprises/enterprise.document';
import { EscalationRecord, EscalationRecordSchema } from '../tasks/escalation.document';
import { TaskRecord, TaskRecordSchema } from '../tasks/task.document';
import { LIST_BUCKET_SIZE, ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema } from '../store/list-sequence';
import { LiveEventRecord, LiveEventSchema } from './live-event.document';
import { LiveEventRepository } from './live-event.repository';

/**
 * The live feed's retention against the real store: with a retention of two buckets, appending
 * five buckets' worth leaves the newest ones and deletes the rest, bucket by bucket as appends open
 * them; a redelivered entry is not appended twice.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_live_${randomBytes(4).toString('hex')}`);
const RETAINED = 2 * LIST_BUCKET_SIZE;
let connection: Connection;
let feed: LiveEventRepository;

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  const events = connection.model(LiveEventRecord.name, LiveEventSchema);
  await events.init();
  feed = new LiveEventRepository(
    events,
    connection.model(ListSequenceRecord.name, ListSequenceSchema),
    connection.model(ListPositionClaim.name, ListPositionClaimSchema),
    connection.model(TaskRecord.name, TaskRecordSchema),
    connection.model(EscalationRecord.name, EscalationRecordSchema),
    connection.model(EnterpriseRecord.name, EnterpriseRecordSchema),
    RETAINED,
  );
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

const entry = (i: number) => ({ _id: `event-${i}:task`, kind: 'task' as const, type: 'duban.task.progressed.v1', subject: `t${i}`, unit: 'FUTIAN', units: ['FUTIAN'], overseers: true, taskId: `t${i}` });

it('keeps the newest positions and deletes the buckets past the retention as appends open new ones', async () => {
  const appended = 5 * LIST_BUCKET_SIZE;
  for (let i = 0; i < appended; i++) await expect(feed.append(entry(i))).resolves.toBe('stored');
  await expect(feed.append(entry(appended - 1))).resolves.toBe('duplicate');
  const mark = await feed.highWaterMark();
  const kept = (await connection.model(LiveEventRecord.name).find({}, { seq: 1 }).lean<{ seq: number }[]>().exec()).map((e) => e.seq).sort((a, b) => a - b);
  // Nothing within the retention is gone; nothing more than a bucket past it is left.
  expect(kept.at(-1)).toBe(mark);
  expect(kept[0]).toBeLessThanOrEqual(mark - RETAINED);
  expect(kept.length).toBeLessThanOrEqual(RETAINED + 2 * LIST_BUCKET_SIZE);
  expect(kept.length).toBeLessThan(appended);
  for (let seq = mark - RETAINED; seq <= mark; seq++) if (seq > 0) expect(kept).toContain(seq);
});
