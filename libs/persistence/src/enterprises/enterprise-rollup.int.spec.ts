import { randomBytes } from 'node:crypto';
import mongoose, { type Connection, type Model } from 'mongoose';
import { ENTERPRISE_ROLLUP_KEYS, EVENT_CATALOG, EventType, eventSource, formatSequence, type DubanEvent, type EventData, type EventType as EventTypeName } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { EnterpriseListRepository } from './enterprise-list.repository';
import { EnterpriseProjectionRepository } from './enterprise-projection.repository';
import { EnterpriseRollupRepository } from './enterprise-rollup.repository';
import { EnterpriseRollupCell, EnterpriseRollupCellSchema } from './enterprise-rollup.document';
import { ENTERPRISE_LIST, EnterpriseRecord, EnterpriseRecordSchema } from './enterprise.document';
import { ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema, listBucketOf } from '../store/list-sequence';

/**
 * The enterprise roll-ups kept as documents against the real store: after registrations,
 * classifications, steps, parks and closures, every roll-up read from the cells equals a `$group`
 * over the projection; a replay of every event changes no cell; a crash between the row's write
 * and the cells' recount is repaired by the redelivered event.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_rollup_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let enterprises: Model<EnterpriseRecord>;
let cells: Model<EnterpriseRollupCell>;
let positions: Model<ListSequenceRecord>;
let claims: Model<ListPositionClaim>;
let rollups: EnterpriseRollupRepository;
let projection: EnterpriseProjectionRepository;
let list: EnterpriseListRepository;

const planId = 'int-rollup';
const now = new Date('2026-04-15T00:00:00Z');
const official = (unit: string) => ({ sub: `official.${unit.toLowerCase()}`, unit, roles: ['official'] });

class Stream {
  private sequence = 0;
  private clock = Date.parse('2026-03-02T01:00:00.000Z');
  constructor(readonly id: string) {}

  next<T extends EventTypeName>(type: T, data: EventData<T>): DubanEvent<T> {
    this.clock += 60_000;
    this.sequence++;
    return {
      specversion: '1.0',
      id: `${this.id}#${this.sequence}`,
      source: eventSource('enterpriseWorkflow'),
      type,
      subject: this.id,
      time: new Date(this.clock).toISOString(),
      datacontenttype: 'application/json',
      sequence: formatSequence(this.sequence),
      data: EVENT_CATALOG[type].data.parse(data) as EventData<T>,
    };
  }
}

/** One enterprise's events; `i` picks its district, track, how far it gets, its deadlines and park. */
function lifecycle(i: number): DubanEvent[] {
  const id = `ENT-ROLLUP-${String(i).padStart(3, '0')}`;
  const district = ['FUTIAN', 'LUOHU', 'NANSHAN'][i % 3]!;
  const track = (['B', 'C', 'C', 'D'] as const)[i % 4]!;
  const s = new Stream(id);
  const events: DubanEvent[] = [s.next(EventType.EnterpriseRegistered, { enterpriseId: id, name: `企业${i}`, district, industry: 'electronics-it', planId, actor: official(district) })];
  if (i % 7 === 6) return events; // still awaiting classification
  events.push(
    s.next(EventType.EnterpriseClassified, { enterpriseId: id, district, track, score: 30 + i, indexVersion: 'sz-2009-v1', thresholdCrossed: 't', redLines: [], explanation: ['…'] }),
  );
  const step = (name: string, unit: string, due: string) => {
    events.push(s.next(EventType.EnterpriseStepOpened, { enterpriseId: id, stepId: `${id}/${name}`, step: name, unit, due, deadline: `${due}T23:59:59.999+08:00` }));
  };
  const complete = (name: string, unit: string, payload: Record<string, unknown>) => {
    events.push(s.next(EventType.EnterpriseStepCompleted, { enterpriseId: id, stepId: `${id}/${name}`, step: name, unit, payload, overdueWorkingDays: 0, actor: official(unit) }));
  };
  // Half the deadlines are before `now` (overdue), half after.
  step('intention', district, i % 2 === 0 ? '2026-03-31' : '2026-05-31');
  if (i % 5 === 0) return events;
  complete('intention', district, { decision: 'transfer' });
  step('destination', 'STIIC', i % 3 === 0 ? '2026-04-10' : '2026-06-30');
  if (i % 4 === 1) return events;
  const park = i % 2 === 0 ? { parkId: 'sw-park', parkName: '汕尾园', region: 'east-wing' } : { parkId: 'cz-park', parkName: '潮州园', region: 'east-wing' };
  complete('destination', 'STIIC', park);
  if (i % 3 === 0) events.push(s.next(EventType.EnterpriseClosed, { enterpriseId: id, track, outcome: 'transferred' }));
  return events;
}

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  enterprises = connection.model(EnterpriseRecord.name, EnterpriseRecordSchema);
  cells = connection.model(EnterpriseRollupCell.name, EnterpriseRollupCellSchema);
  await Promise.all([enterprises.init(), cells.init()]);
  rollups = new EnterpriseRollupRepository(cells, enterprises);
  positions = connection.model(ListSequenceRecord.name, ListSequenceSchema);
  claims = connection.model(ListPositionClaim.name, ListPositionClaimSchema);
  projection = new EnterpriseProjectionRepository(enterprises, positions, claims, rollups);
  list = new EnterpriseListRepository(enterprises, positions);
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

/** Every roll-up from the cells equals the `$group` over the projection, for everyone and for each district. */
async function expectCellsEqualRecount(): Promise<void> {
  for (const by of ENTERPRISE_ROLLUP_KEYS) {
    expect(await rollups.rollup(by, planId, now)).toEqual(await list.rollup(by, planId, now));
    expect(await rollups.rollup(by, undefined, now)).toEqual(await list.rollup(by, undefined, now));
    for (const district of ['FUTIAN', 'LUOHU']) expect(await rollups.rollup(by, planId, now, district)).toEqual(await list.rollup(by, planId, now, { district }));
  }
}

const streams = Array.from({ length: 24 }, (_, i) => lifecycle(i));

it('keeps every roll-up equal to a $group over the projection, event by event, interleaved', async () => {
  // Interleave the enterprises as the partitions would: one event of each in turn.
  const longest = Math.max(...streams.map((s) => s.length));
  for (let k = 0; k < longest; k++) {
    for (const s of streams) if (s[k]) expect(await projection.apply(s[k]!)).toBe('applied');
    if (k % 3 === 2) await expectCellsEqualRecount();
  }
  await expectCellsEqualRecount();
  const district = await rollups.rollup('district', planId, now);
  expect(district.total).toBe(24);
  expect(district.rows.reduce((sum, r) => sum + r.overdue, 0)).toBeGreaterThan(0);
  expect((await rollups.rollup('park', planId, now)).rows.map((r) => r.key)).toEqual(['cz-park', 'sw-park', 'none']);
  // Nothing is left pending on any row.
  expect(await enterprises.countDocuments({ rollupPending: { $exists: true } }).exec()).toBe(0);
});

it('changes no cell when every event is replayed', async () => {
  const before = await cells.find().sort({ _id: 1 }).lean().exec();
  for (const s of streams) for (const e of s) expect(await projection.apply(e)).toBe('stale');
  expect(await cells.find().sort({ _id: 1 }).lean().exec()).toEqual(before);
  await expectCellsEqualRecount();
});

it('repairs a crash between the row write and the recount when the event is redelivered', async () => {
  const id = 'ENT-ROLLUP-CRASH';
  const s = new Stream(id);
  const registered = s.next(EventType.EnterpriseRegistered, { enterpriseId: id, name: '崩溃', district: 'FUTIAN', industry: 'electronics-it', planId, actor: official('FUTIAN') });
  const classified = s.next(EventType.EnterpriseClassified, { enterpriseId: id, district: 'FUTIAN', track: 'C', score: 40, indexVersion: 'sz-2009-v1', thresholdCrossed: 't', redLines: [], explanation: ['…'] });
  expect(await projection.apply(registered)).toBe('applied');

  // A process that dies after writing the row, before recounting its cells.
  const dying = new EnterpriseProjectionRepository(enterprises, positions, claims, {
    recompute: () => Promise.reject(new Error('killed')),
  } as unknown as EnterpriseRollupRepository);
  await expect(dying.apply(classified)).rejects.toThrow('killed');
  expect((await enterprises.findById(id).lean().exec())?.rollupPending).toEqual([`${planId}|FUTIAN|-|-|awaiting-index`, `${planId}|FUTIAN|-|C|active`]);
  expect(await rollups.rollup('district', planId, now)).not.toEqual(await list.rollup('district', planId, now));

  // Kafka redelivers it: the row has it already, the recount is done now.
  expect(await projection.apply(classified)).toBe('stale');
  expect((await enterprises.findById(id).lean().exec())?.rollupPending).toBeUndefined();
  await expectCellsEqualRecount();
});

it('gives every row its own list position as it first writes it, and keeps it through later events', async () => {
  const rows = await enterprises.find({}, { listSeq: 1, listBucket: 1 }).lean().exec();
  expect(rows.length).toBeGreaterThan(24);
  const seqs = rows.map((r) => r.listSeq);
  expect(seqs.every((s) => typeof s === 'number' && s >= 1)).toBe(true);
  expect(new Set(seqs).size).toBe(rows.length);
  for (const r of rows) expect(r.listBucket).toBe(listBucketOf(r.listSeq!));
  expect((await positions.findById(ENTERPRISE_LIST).lean().exec())?.seq).toBeGreaterThanOrEqual(Math.max(...(seqs as number[])));
});

it('backfills positions once for rows written before positions were kept, in registration order', async () => {
  const legacy = (await enterprises.find({}).sort({ _id: 1 }).limit(3).lean().exec()).map((r, i) => ({ ...r, _id: `ENT-LEGACY-${i}`, registeredAt: new Date(Date.UTC(2010, 0, 3 - i)) }));
  await enterprises.insertMany(legacy.map(({ listSeq: _s, listBucket: _b, ...rest }) => rest));
  await positions.updateOne({ _id: ENTERPRISE_LIST }, { $unset: { backfilledAt: 1 } }).exec();
  const before = (await positions.findById(ENTERPRISE_LIST).lean().exec())!.seq;

  expect(await projection.backfillListPositions()).toBe(3);
  const filled = await enterprises.find({ _id: { $in: legacy.map((l) => l._id) } }).lean().exec();
  // The earliest registered first (one writer: no gaps).
  expect(Object.fromEntries(filled.map((r) => [r._id, r.listSeq]))).toEqual({ 'ENT-LEGACY-2': before + 1, 'ENT-LEGACY-1': before + 2, 'ENT-LEGACY-0': before + 3 });
  expect((await positions.findById(ENTERPRISE_LIST).lean().exec())?.backfilledAt).toBeInstanceOf(Date);
  // Once per database.
  expect(await projection.backfillListPositions()).toBe(0);
});
