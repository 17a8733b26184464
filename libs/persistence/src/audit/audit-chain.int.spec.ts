import { createHash, randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Collection } from 'mongodb';
import mongoose, { type Connection, type Model } from 'mongoose';
import { EventType, Topic, type DubanEvent } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { waitFor } from '@duban/testing';
import { GENESIS_HASH, canonicalJson, hashAuditRecord, sealHead, type AuditProblem, type AuditRecord } from './audit-chain';
import { AuditChainKeyring, auditChainKey } from './audit-chain-key';
import { appendCheckpoints } from './audit-checkpoint-file';
import { AuditChainHeadRecord, AuditChainHeadSchema } from './audit-chain-head.document';
import { AuditEventRepository } from './audit-event.repository';
import { ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema } from '../store/list-sequence';
import { AuditEvent, AuditEventSchema } from './audit-event.document';
import { AuditVerificationRepository } from './audit-verification.repository';
import { TaskEventStream, official } from '../tasks/task-events.fixture';

/**
 * The hash-chained audit log against the local FerretDB: appends, redelivery, a crash between
 * the record and the head, and tampering done directly in the store with the driver (edit,
 * re-hash, delete in the middle and at the tail, insert, swap two records) — each one found by
 * verification and named by seq and event id. Each test writes its own chain (its own partition).
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_audit_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let events: Model<AuditEvent>;
let heads: Model<AuditChainHeadRecord>;
let raw: Collection;
let rawHeads: Collection;
let verification: AuditVerificationRepository;
let dir: string;
/** The checkpoints' file, outside the store as in production. */
let checkpointFile: string;

/** The chain key, held by the apps and not in the store (any ≥ 32 characters; random per run). */
const key = auditChainKey(randomBytes(24).toString('base64'));
const keyring = new AuditChainKeyring(key);

let nextPartition = 0;
const recordedAt = new Date('2026-03-02T02:00:00.000Z');

/**
 * A fresh repository (no cached chain tips), as after a process restart, writing with `ring`; with
 * `checkpoints`, it checkpoints every chain at each head flush into the checkpoint file.
 */
function repository(ring: AuditChainKeyring = keyring, checkpoints = false): AuditEventRepository {
  const sink = checkpoints ? { everyRecords: 1, intervalMs: 60_000, publish: (c: Parameters<typeof appendCheckpoints>[1]) => appendCheckpoints(checkpointFile, c) } : undefined;
  return new AuditEventRepository(events, heads, connection.model(ListSequenceRecord.name, ListSequenceSchema), connection.model(ListPositionClaim.name, ListPositionClaimSchema), ring, sink);
}

/**
 * The hash an attacker with the store's access only can compute: the plain SHA-256 over the
 * same canonical fields (the key is not in the store). With `dropKeyId`, as if written before the key.
 */
function attackerHash(record: AuditRecord, dropKeyId = false): string {
  const { listSeq: _l, listBucket: _b, hash: _h, ...covered } = record as AuditRecord & { listSeq?: number; listBucket?: number };
  if (dropKeyId) delete covered.keyId;
  return createHash('sha256').update(canonicalJson(covered), 'utf8').digest('hex');
}

/**
 * Rewrites a whole chain with the store's own access, as an attacker would: `edit` changes each
 * record's content, then every hash and link is recomputed with {@link attackerHash} and the head
 * moved to the new last hash (keeping, or with `dropKeyId` removing, the key id and the seal).
 */
async function rewriteChain(chain: string, edit: (r: AuditRecord) => AuditRecord, dropKeyId: boolean): Promise<void> {
  const records = (await raw.find({ chain }).sort({ seq: 1 }).toArray()) as unknown as AuditRecord[];
  let prev = { hash: GENESIS_HASH, id: null as string | null };
  for (const original of records) {
    const forged: AuditRecord = { ...edit(original), prevHash: prev.hash, prevEventId: prev.id };
    if (dropKeyId) delete forged.keyId;
    forged.hash = attackerHash(forged, dropKeyId);
    await raw.replaceOne({ _id: original._id } as never, forged as never);
    prev = { hash: forged.hash, id: forged._id };
  }
  const headUpdate = dropKeyId ? { $set: { hash: prev.hash, eventId: prev.id }, $unset: { keyId: '', mac: '' } } : { $set: { hash: prev.hash, eventId: prev.id } };
  await rawHeads.updateOne({ _id: chain } as never, headUpdate);
}

function verifier(options: { ring?: AuditChainKeyring; checkpoints?: boolean } = {}): AuditVerificationRepository {
  return new AuditVerificationRepository(events, heads, options.ring ?? keyring, options.checkpoints === false ? undefined : checkpointFile);
}

/** Appends `count` events of one task to a chain of its own; returns the chain and the events. */
async function appendChain(count: number, repo = repository(keyring, true)): Promise<{ chain: string; partition: number; events: DubanEvent[] }> {
  const partition = nextPartition++;
  const stream = new TaskEventStream(`int-audit.T${partition}.PLAN`);
  const list: DubanEvent[] = [];
  for (let i = 0; i < count; i++) {
    const event = stream.next(EventType.TaskProgressReported, { percent: i * 10, note: `step ${i}`, evidence: [], actor: official('PLAN') });
    list.push(event);
    expect(await repo.record(event, { topic: Topic.Tasks, partition, offset: String(100 + i) }, recordedAt)).toBe('stored');
  }
  await repo.flushHeads();
  return { chain: `${Topic.Tasks}/${partition}`, partition, events: list };
}

async function problemsOf(chain: string): Promise<AuditProblem[]> {
  const result = await verification.verify(chain);
  expect(result.ok).toBe(result.problems.length === 0);
  return result.problems;
}

/** The background head write happens within a fraction of a second; wait for it without a fixed sleep. */
function waitForHead(chain: string, seq: number): Promise<unknown> {
  return waitFor(`the head of ${chain} at seq ${seq}`, async () => {
    const head = await rawHeads.findOne({ _id: chain } as never);
    return head?.['seq'] === seq ? head : undefined;
  }, { timeoutMs: 10_000, intervalMs: 50 });
}

const at = (chain: string, seq: number) => raw.findOne({ chain, seq }) as Promise<AuditRecord | null>;
const idOf = (e: DubanEvent) => e.id;

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  events = connection.model(AuditEvent.name, AuditEventSchema);
  heads = connection.model(AuditChainHeadRecord.name, AuditChainHeadSchema);
  await Promise.all([events.init(), heads.init()]);
  raw = connection.db!.collection('audit_events');
  rawHeads = connection.db!.collection('audit_chain_heads');
  dir = await mkdtemp(join(tmpdir(), 'duban-audit-int-'));
  checkpointFile = join(dir, 'audit-checkpoints.jsonl');
  verification = verifier();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  await connection?.dropDatabase();
  await connection?.close();
});

describe('appending to the audit chain on FerretDB', () => {
  it('links each record to the one before it and moves the head; an untouched log verifies ok', async () => {
    const { chain, events: list } = await appendChain(5);
    const records = (await raw.find({ chain }).sort({ seq: 1 }).toArray()) as unknown as AuditRecord[];
    expect(records.map((r) => [r.seq, r._id])).toEqual(list.map((e, i) => [i + 1, e.id]));
    expect(records[0]).toMatchObject({ prevHash: GENESIS_HASH, prevEventId: null });
    for (let i = 1; i < records.length; i++) expect(records[i]).toMatchObject({ prevHash: records[i - 1]?.hash, prevEventId: records[i - 1]?._id });
    for (const r of records) expect(hashAuditRecord(r, r, key)).toBe(r.hash);
    expect(await rawHeads.findOne({ _id: chain } as never)).toMatchObject({ seq: 5, hash: records[4]?.hash, eventId: list[4]?.id });

    const result = await verification.verify(chain);
    expect(result).toEqual({
      ok: true,
      problems: [],
      chains: [{ chain, records: 5, head: { seq: 5, hash: records[4]?.hash, eventId: list[4]?.id }, unconfirmed: 0, keyed: 5, unkeyed: 0, checkpoint: { seq: 5, hash: records[4]?.hash, time: expect.any(String) } }],
    });
    expect(records.every((r) => r.keyId === key.id)).toBe(true);
  });

  it('writes the head in the background: until then the new records are unconfirmed, never a problem', async () => {
    const repo = repository();
    const { chain, events: list } = await appendChain(2, repo);
    const stream = new TaskEventStream(list[0]?.subject ?? '', '2026-05-01T00:00:00.000Z');
    for (let i = 0; i < 2; i++) stream.next(EventType.TaskProgressReported, { percent: 1, note: 'n', evidence: [], actor: official('PLAN') });
    const third = stream.next(EventType.TaskProgressReported, { percent: 30, note: 'third', evidence: [], actor: official('PLAN') });
    const partition = Number(chain.split('/')[1]);
    expect(await repo.record(third, { topic: Topic.Tasks, partition, offset: '102' }, new Date())).toBe('stored');
    expect(await verification.verify(chain)).toMatchObject({ ok: true, chains: [{ records: 3, head: { seq: 2 }, unconfirmed: 1 }] });
    const head = await waitForHead(chain, 3);
    expect(head).toMatchObject({ seq: 3, eventId: third.id });
    expect(await verification.verify(chain)).toMatchObject({ ok: true, chains: [{ records: 3, head: { seq: 3 }, unconfirmed: 0 }] });
  });

  it('drops a redelivered event, also from a restarted process: nothing is appended or re-chained', async () => {
    const { chain, partition, events: list } = await appendChain(3);
    const before = await raw.find({ chain }).sort({ seq: 1 }).toArray();
    for (const repo of [repository(), repository()]) {
      for (const [i, event] of list.entries()) {
        expect(await repo.record(event, { topic: Topic.Tasks, partition, offset: String(100 + i) }, new Date())).toBe('duplicate');
      }
    }
    expect(await raw.find({ chain }).sort({ seq: 1 }).toArray()).toEqual(before);
    expect(await rawHeads.findOne({ _id: chain } as never)).toMatchObject({ seq: 3 });
    expect(await problemsOf(chain)).toEqual([]);
  });

  it('survives a crash between the record insert and the head update: verify reports no tamper, the next append repairs the head', async () => {
    const { chain, partition, events: list } = await appendChain(3);
    const third = await at(chain, 3);
    const second = await at(chain, 2);
    // The state a consumer leaves when it dies right after inserting seq 3: the head sealed at seq 2.
    const atTwo = { seq: 2, hash: second?.hash ?? '', eventId: second?._id ?? null };
    await rawHeads.updateOne({ _id: chain } as never, { $set: { ...atTwo, ...sealHead(key, chain, atTwo) } });
    const lagging = await verification.verify(chain);
    expect(lagging).toMatchObject({ ok: true, problems: [], chains: [{ chain, records: 3, unconfirmed: 1 }] });

    // Kafka redelivers the event whose offset was never committed: dropped, and the head catches up.
    expect(await repository().record(list[2] as DubanEvent, { topic: Topic.Tasks, partition, offset: '102' }, new Date())).toBe('duplicate');
    expect(await rawHeads.findOne({ _id: chain } as never)).toMatchObject({ seq: 3, hash: third?.hash });

    // The same crash, then a new event: it chains after seq 3, not over it.
    await rawHeads.updateOne({ _id: chain } as never, { $set: { ...atTwo, ...sealHead(key, chain, atTwo) } });
    const next = new TaskEventStream(`int-audit.T${partition}.PLAN`, '2026-04-01T00:00:00.000Z');
    for (let i = 0; i < 3; i++) next.next(EventType.TaskProgressReported, { percent: 1, note: 'n', evidence: [], actor: official('PLAN') });
    const fourth = next.next(EventType.TaskProgressReported, { percent: 40, note: 'fourth', evidence: [], actor: official('PLAN') });
    const restarted = repository();
    expect(await restarted.record(fourth, { topic: Topic.Tasks, partition, offset: '103' }, new Date())).toBe('stored');
    expect(await at(chain, 4)).toMatchObject({ _id: fourth.id, prevHash: third?.hash, prevEventId: list[2]?.id });
    await restarted.flushHeads();
    expect(await verification.verify(chain)).toMatchObject({ ok: true, chains: [{ records: 4, head: { seq: 4, eventId: fourth.id }, unconfirmed: 0 }] });
  });
});

describe('verification finds tampering done directly in the store, naming the record', () => {
  it('a field edited', async () => {
    const { chain, events: list } = await appendChain(5);
    await raw.updateOne({ _id: list[2]?.id } as never, { $set: { 'data.note': 'rewritten after the fact' } });
    expect(await problemsOf(chain)).toEqual([{ chain, seq: 3, eventId: list[2]?.id, problem: 'edited', detail: expect.stringMatching(/no longer matches its hash/) }]);
  });

  it('a field edited at the tail, and a field added', async () => {
    const { chain, events: list } = await appendChain(4);
    await raw.updateOne({ _id: list[3]?.id } as never, { $set: { time: new Date('2020-01-01T00:00:00Z') } });
    await raw.updateOne({ _id: list[0]?.id } as never, { $set: { approvedBy: 'nobody' } });
    expect(await problemsOf(chain)).toEqual([
      { chain, seq: 1, eventId: list[0]?.id, problem: 'edited', detail: expect.stringMatching(/approvedBy/) },
      { chain, seq: 4, eventId: list[3]?.id, problem: 'edited', detail: expect.any(String) },
    ]);
  });

  it('a record edited and re-hashed (its own hash recomputed, without the key)', async () => {
    const { chain, events: list } = await appendChain(5);
    const record = (await at(chain, 2)) as AuditRecord;
    const forged = { ...record, data: { ...record.data, percent: 100 } };
    await raw.updateOne({ _id: record._id } as never, { $set: { data: forged.data, hash: attackerHash(forged) } });
    expect(await problemsOf(chain)).toEqual([{ chain, seq: 2, eventId: list[1]?.id, problem: 'edited', detail: expect.stringMatching(/re-hashed/) }]);
  });

  it('a record deleted from the middle', async () => {
    const { chain, events: list } = await appendChain(5);
    await raw.deleteOne({ _id: list[2]?.id } as never);
    expect(await problemsOf(chain)).toEqual([{ chain, seq: 3, eventId: list[2]?.id, problem: 'deleted', detail: expect.stringMatching(/between seq 2 and seq 4/) }]);
  });

  it('records deleted from the tail (the head remembers them)', async () => {
    const { chain, events: list } = await appendChain(5);
    await raw.deleteMany({ _id: { $in: [list[3]?.id, list[4]?.id] } } as never);
    expect(await problemsOf(chain)).toEqual([
      { chain, seq: 4, eventId: null, problem: 'deleted', detail: expect.stringMatching(/head is at seq 5/) },
      { chain, seq: 5, eventId: list[4]?.id, problem: 'deleted', detail: expect.stringMatching(/head is at seq 5/) },
    ]);
  });

  it('a deleted chain head', async () => {
    const { chain } = await appendChain(2);
    await rawHeads.deleteOne({ _id: chain } as never);
    expect(await problemsOf(chain)).toEqual([{ chain, seq: null, eventId: null, problem: 'head-missing', detail: expect.any(String) }]);
  });

  it('records inserted: after the tail, between two seqs, and one forged with a self-consistent hash', async () => {
    const { chain, partition } = await appendChain(4);
    const template = (await at(chain, 2)) as AuditRecord;
    const forge = (id: string, seq: number, extra: Partial<AuditRecord> = {}) => ({ ...template, _id: id, seq, data: { ...template.data, note: 'forged' }, ...extra });
    await raw.insertOne(forge('forged-after-tail', 5) as never);
    await raw.insertOne(forge('forged-between', 2.5) as never);
    const selfConsistent = forge('forged-rehashed', 7, { prevHash: template.hash, prevEventId: template._id, kafka: { topic: Topic.Tasks, partition, offset: '999' } });
    await raw.insertOne({ ...selfConsistent, hash: attackerHash(selfConsistent) } as never);
    const problems = await problemsOf(chain);
    expect(problems).toEqual([
      { chain, seq: 2.5, eventId: 'forged-between', problem: 'inserted', detail: expect.any(String) },
      { chain, seq: 5, eventId: 'forged-after-tail', problem: 'inserted', detail: expect.any(String) },
      { chain, seq: 7, eventId: 'forged-rehashed', problem: 'inserted', detail: expect.stringMatching(/no record or head links to it/) },
    ]);
  });

  it('two records whose seq values were exchanged', async () => {
    const { chain, events: list } = await appendChain(6);
    // Through a free seq, since {chain, seq} is unique.
    await raw.updateOne({ _id: list[1]?.id } as never, { $set: { seq: -1 } });
    await raw.updateOne({ _id: list[4]?.id } as never, { $set: { seq: 2 } });
    await raw.updateOne({ _id: list[1]?.id } as never, { $set: { seq: 5 } });
    expect(await problemsOf(chain)).toEqual([
      { chain, seq: 2, eventId: list[4]?.id, problem: 'reordered', detail: 'was appended at seq 5 and now sits at seq 2; its content is intact' },
      { chain, seq: 5, eventId: list[1]?.id, problem: 'reordered', detail: 'was appended at seq 2 and now sits at seq 5; its content is intact' },
    ]);
  });

  it('two neighbouring records whose contents were exchanged (each keeps its seq and hashes)', async () => {
    const { chain, events: list } = await appendChain(5);
    const a = (await at(chain, 3)) as AuditRecord;
    const b = (await at(chain, 4)) as AuditRecord;
    const link = (r: AuditRecord) => ({ chain: r.chain, seq: r.seq, prevHash: r.prevHash, prevEventId: r.prevEventId, hash: r.hash });
    await raw.deleteMany({ _id: { $in: [a._id, b._id] } } as never);
    await raw.insertMany([{ ...b, ...link(a) }, { ...a, ...link(b) }] as never);
    expect(await problemsOf(chain)).toEqual([
      { chain, seq: 3, eventId: list[3]?.id, problem: 'reordered', detail: expect.stringContaining(`appended at seq 4 (${list[3]?.id})`) },
      { chain, seq: 4, eventId: list[2]?.id, problem: 'reordered', detail: expect.stringContaining(`appended at seq 3 (${list[2]?.id})`) },
    ]);
  });

  it('walks every chain when none is named, and an untouched chain stays ok beside a tampered one', async () => {
    const clean = await appendChain(2);
    const all = await verification.verify();
    expect(all.ok).toBe(false);
    expect(all.chains.map((c) => c.chain)).toContain(clean.chain);
    expect(all.problems.some((p) => p.chain === clean.chain)).toBe(false);
    expect(all.chains.find((c) => c.chain === clean.chain)).toMatchObject({ records: 2, head: { seq: 2 }, unconfirmed: 0 });
    expect(idOf(clean.events[1] as DubanEvent)).toBe(all.chains.find((c) => c.chain === clean.chain)?.head?.eventId);
  });
});

/**
 * The threat of issue 12: someone with the store's own access (not the apps' key) rewrites every
 * record and the head of a chain, recomputing the hashes as the plain chain would allow. The key
 * (keyed records, a sealed head) and the checkpoints kept outside the store find it.
 */
describe('anchoring: a whole chain rewritten with the store access only is found', () => {
  const kinds = (problems: AuditProblem[]) => [...new Set(problems.map((p) => p.problem))].sort();

  it('every record and the head rewritten and re-hashed, key ids kept: every record edited, the head forged', async () => {
    const { chain, events: list } = await appendChain(4);
    await rewriteChain(chain, (r) => ({ ...r, data: { ...r.data, note: 'rewritten' } }), false);
    const problems = await problemsOf(chain);
    expect(problems.filter((p) => p.problem === 'edited').map((p) => p.eventId)).toEqual(list.map(idOf));
    expect(problems).toContainEqual({ chain, seq: 4, eventId: list[3]?.id, problem: 'head-forged', detail: expect.stringMatching(/seal does not match/) });
  });

  it('every record and the head rewritten as if written before the key (key ids and seal dropped): every record unkeyed, the head unsealed', async () => {
    const { chain, events: list } = await appendChain(4);
    await rewriteChain(chain, (r) => ({ ...r, data: { ...r.data, percent: 100 } }), true);
    const problems = await problemsOf(chain);
    expect(problems.filter((p) => p.problem === 'unkeyed').map((p) => p.eventId)).toEqual(list.map(idOf));
    expect(problems).toContainEqual({ chain, seq: 4, eventId: list[3]?.id, problem: 'head-forged', detail: expect.stringMatching(/no seal/) });
    // Even where unkeyed records are accepted (a store from before the key), the checkpoint kept
    // outside the store holds the keyed hash of seq 4: the rewrite cannot match it.
    const lenient = await verifier({ ring: new AuditChainKeyring(key, [], true) }).verify(chain);
    expect(lenient.ok).toBe(false);
    expect(lenient.problems).toEqual([{ chain, seq: 4, eventId: list[3]?.id, problem: 'checkpoint-mismatch', detail: expect.stringMatching(/another hash for seq 4/) }]);
    expect(lenient.chains[0]).toMatchObject({ keyed: 0, unkeyed: 4, checkpoint: { seq: 4 } });
  });

  it('the tail cut off and the head rolled back to an older sealed value (a saved head or a restored backup): truncated', async () => {
    const repo = repository(keyring, true);
    const { chain, partition, events: list } = await appendChain(3, repo);
    const sealedAtThree = await rawHeads.findOne({ _id: chain } as never);
    const stream = new TaskEventStream(list[0]?.subject ?? '', '2026-06-01T00:00:00.000Z');
    for (let i = 0; i < 3; i++) stream.next(EventType.TaskProgressReported, { percent: 1, note: 'n', evidence: [], actor: official('PLAN') });
    const later = [0, 1].map((i) => stream.next(EventType.TaskProgressReported, { percent: 50 + i, note: `later ${i}`, evidence: [], actor: official('PLAN') }));
    for (const [i, e] of later.entries()) expect(await repo.record(e, { topic: Topic.Tasks, partition, offset: String(200 + i) }, recordedAt)).toBe('stored');
    await repo.flushHeads();
    expect(await problemsOf(chain)).toEqual([]);

    await raw.deleteMany({ _id: { $in: later.map(idOf) } } as never);
    await rawHeads.replaceOne({ _id: chain } as never, sealedAtThree as never);
    // Nothing in the store contradicts it any more: only the checkpoint outside it does.
    expect((await verifier({ checkpoints: false }).verify(chain)).problems).toEqual([]);
    expect(await problemsOf(chain)).toEqual([{ chain, seq: 5, eventId: later[1]?.id, problem: 'truncated', detail: expect.stringMatching(/confirmed seq 5; the chain now ends at seq 3 with its head at seq 3/) }]);
  });

  it('a head moved back by hand to an earlier record (its seal cannot be made without the key): forged', async () => {
    const { chain } = await appendChain(4);
    const second = (await at(chain, 2)) as AuditRecord;
    await rawHeads.updateOne({ _id: chain } as never, { $set: { seq: 2, hash: second.hash, eventId: second._id } });
    await raw.deleteMany({ chain, seq: { $gt: 2 } } as never);
    expect(kinds(await verifier({ checkpoints: false }).verify(chain).then((r) => r.problems))).toEqual(['head-forged']);
    expect(kinds(await problemsOf(chain))).toEqual(['head-forged', 'truncated']);
  });

  it('a checkpoint line written without the key is reported, and does not count', async () => {
    const { chain } = await appendChain(1);
    await appendFile(checkpointFile, `${JSON.stringify({ chain, seq: 9, hash: 'f'.repeat(64), eventId: null, time: new Date().toISOString(), keyId: key.id, mac: '0'.repeat(64) })}\n`);
    const result = await verification.verify(chain);
    expect(result.problems).toEqual([{ chain, seq: null, eventId: null, problem: 'checkpoint-forged', detail: expect.stringMatching(/^line \d+ of the checkpoint file/) }]);
    expect(result.chains[0]).toMatchObject({ checkpoint: { seq: 1 } });
  });
});

describe('keys: records from before the key, and rotation', () => {
  it('unkeyed records verify as such up to the first keyed one when accepted; refused by default; never after a keyed one', async () => {
    // A chain written before the key: the plain SHA-256, as every record before issue 12.
    const { chain, partition, events: list } = await appendChain(2);
    await rewriteChain(chain, (r) => r, true);
    const old = (await at(chain, 2)) as AuditRecord;
    // The consumer of issue 12 appends the next records with the key, after the unkeyed ones.
    await rawHeads.updateOne({ _id: chain } as never, { $set: { seq: 2, hash: old.hash, eventId: old._id } });
    const stream = new TaskEventStream(list[0]?.subject ?? '', '2026-07-01T00:00:00.000Z');
    for (let i = 0; i < 2; i++) stream.next(EventType.TaskProgressReported, { percent: 1, note: 'n', evidence: [], actor: official('PLAN') });
    const keyedOnes = [0, 1].map((i) => stream.next(EventType.TaskProgressReported, { percent: 60 + i, note: `keyed ${i}`, evidence: [], actor: official('PLAN') }));
    const repo = repository();
    for (const [i, e] of keyedOnes.entries()) expect(await repo.record(e, { topic: Topic.Tasks, partition, offset: String(300 + i) }, recordedAt)).toBe('stored');
    await repo.flushHeads();

    const lenient = verifier({ ring: new AuditChainKeyring(key, [], true), checkpoints: false });
    expect(await lenient.verify(chain)).toMatchObject({ ok: true, problems: [], chains: [{ records: 4, keyed: 2, unkeyed: 2 }] });
    const strict = await verifier({ checkpoints: false }).verify(chain);
    expect(strict.problems.map((p) => [p.seq, p.problem])).toEqual([
      [1, 'unkeyed'],
      [2, 'unkeyed'],
    ]);
    // The last record downgraded, its head moved along without a seal: an unkeyed record after a
    // keyed one is refused even where unkeyed records are accepted.
    const last = (await at(chain, 4)) as AuditRecord;
    const downgraded = attackerHash(last, true);
    await raw.updateOne({ _id: last._id } as never, { $unset: { keyId: '' }, $set: { hash: downgraded } });
    await rawHeads.updateOne({ _id: chain } as never, { $set: { hash: downgraded }, $unset: { keyId: '', mac: '' } });
    expect((await lenient.verify(chain)).problems).toEqual([
      { chain, seq: 4, eventId: last._id, problem: 'unkeyed', detail: expect.stringMatching(/after the chain's first keyed record \(seq 3\)/) },
      { chain, seq: 4, eventId: last._id, problem: 'head-forged', detail: expect.stringMatching(/no seal/) },
    ]);
  });

  it('rotation: records signed with a retired key still verify; without it they are unknown-key', async () => {
    const retired = auditChainKey(randomBytes(24).toString('base64'));
    const { chain } = await appendChain(2, repository(new AuditChainKeyring(retired), false));
    const rotated = new AuditChainKeyring(key, [retired]);
    expect(await verifier({ ring: rotated, checkpoints: false }).verify(chain)).toMatchObject({ ok: true, chains: [{ keyed: 2 }] });
    const forgotten = await verifier({ checkpoints: false }).verify(chain);
    expect(kinds2(forgotten.problems)).toEqual(['unknown-key']);
  });
});

function kinds2(problems: AuditProblem[]): string[] {
  return [...new Set(problems.map((p) => p.problem))].sort();
}
