import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient, type Collection } from 'mongodb';
import { AUDIT_CHECKPOINT_TOPIC, type ProblemDetails } from '@duban/contracts';
import { GENESIS_HASH, canonicalJson, checkpointVerifies, loadAuditChainKeyring, type AuditCheckpoint } from '@duban/persistence';
import { localAuditChainKeyFile, waitFor } from '@duban/testing';
import { today } from './support/dates';
import { DubanHarness } from './support/duban-harness';

/**
 * The audit log end to end on the real stack: the hash chains the audit consumer writes verify
 * ok while it runs, an edit made in the store behind its back is found and named, the export
 * streams JSON Lines and CSV, and a task workflow's own Temporal history shows who updated it.
 */
let duban: DubanHarness;
let admin: string;
let supervisor: string;
let plan: string;
const planId = `e2e-audit-${Date.now().toString(36)}`;
const t2 = `${planId}.T2.PLAN`;

interface Verification {
  ok: boolean;
  chains: { chain: string; records: number; head: { seq: number; hash: string; eventId: string | null } | null; unconfirmed: number }[];
  problems: { chain: string; seq: number | null; eventId: string | null; problem: string; detail: string }[];
}

/** The raw export: the API client would try to parse `application/jsonl` as one JSON document. */
async function download(path: string, token: string): Promise<{ status: number; headers: Headers; text: string; bytes: Buffer }> {
  const response = await fetch(`${duban.api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await response.arrayBuffer());
  // Decoded as a browser would: a leading byte-order mark is dropped.
  return { status: response.status, headers: response.headers, text: new TextDecoder().decode(bytes), bytes };
}

beforeAll(async () => {
  // Checkpoints every half second, so the anchoring tests need not wait the default 10 s.
  duban = await DubanHarness.start('audit', { AUDIT_CHECKPOINT_INTERVAL_MS: '500' });
  admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  plan = await duban.token({ sub: 'zhao.lei', unit: 'PLAN', roles: ['official'] });
  const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, admin);
  expect(started.status).toBe(201);
  // The task workflow answers as soon as the plan has started it; the audit log may lag (below).
  const progress = await waitFor('T2 to take a progress report', async () => {
    const res = await duban.api.post(`/tasks/${t2}/progress`, { percent: 40, note: '园区规划初稿, "草案" 第一版' }, plan);
    return res.status === 200 ? res : undefined;
  });
  expect(progress.status).toBe(200);
}, 300_000);

/**
 * T2's two events in the audit log. The consumer shares the broker with every other test and
 * tool running on this machine, so it may have many of their events to append before ours.
 */
async function auditOfT2(): Promise<void> {
  await waitFor('T2 assigned and progress reported in the audit log', async () => {
    const res = await duban.api.get<{ items: unknown[] }>(`/audit/events?subject=${encodeURIComponent(t2)}`, supervisor);
    return res.status === 200 && res.body.items.length >= 2 ? true : undefined;
  }, { timeoutMs: 240_000, intervalMs: 500 });
}

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('the hash-chained audit log', () => {
  it('verifies ok on the live log, one chain per topic-partition, and finds an edit made in the store, naming the record', async () => {
    await auditOfT2();
    const live = await duban.api.get<Verification>('/audit/verify', supervisor);
    expect(live.status).toBe(200);
    expect(live.body.problems).toEqual([]);
    expect(live.body.ok).toBe(true);
    expect(live.body.chains.length).toBeGreaterThan(0);
    for (const c of live.body.chains) expect(c.chain).toMatch(/^duban\.[a-z]+\.v1\/\d+$/);
    expect(live.body.chains.reduce((n, c) => n + c.records, 0)).toBeGreaterThanOrEqual(2);

    const mongo = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
    try {
      const records = mongo.db().collection<{ _id: string; chain: string; seq: number; data: { note?: string } }>('audit_events');
      const progress = await records.findOne({ subject: t2, type: 'duban.task.progress-reported.v1' });
      expect(progress).not.toBeNull();
      // The chain head follows the appends within a second (docs/audit.md): an edit of a record the
      // head does not cover yet cannot be told from a forged tail record. Wait until it covers ours.
      const heads = mongo.db().collection<{ _id: string; seq: number }>('audit_chain_heads');
      await waitFor(`the head of ${progress?.chain} to cover seq ${progress?.seq}`, async () => ((await heads.findOne({ _id: progress?.chain ?? '' }))?.seq ?? 0) >= (progress?.seq ?? 1) ? true : undefined, { timeoutMs: 30_000, intervalMs: 200 });
      const original = progress?.data.note;
      await records.updateOne({ _id: progress?._id }, { $set: { 'data.note': '已完成 (backdated)' } });
      try {
        const tampered = await duban.api.get<Verification>(`/audit/verify?chain=${encodeURIComponent(progress?.chain ?? '')}`, admin);
        expect(tampered.status).toBe(200);
        expect(tampered.body.ok).toBe(false);
        expect(tampered.body.problems).toEqual([{ chain: progress?.chain, seq: progress?.seq, eventId: progress?._id, problem: 'edited', detail: expect.any(String) }]);
      } finally {
        await records.updateOne({ _id: progress?._id }, { $set: { 'data.note': original } });
      }
    } finally {
      await mongo.close();
    }
    const restored = await duban.api.get<Verification>('/audit/verify', supervisor);
    expect(restored.body).toMatchObject({ ok: true, problems: [] });
  }, 300_000);

  it('refuses a malformed chain and a caller without the role', async () => {
    const bad = await duban.api.get<ProblemDetails>('/audit/verify?chain=nope', supervisor);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'query.chain', rule: 'must be a chain: topic/partition' }]);
    expect((await duban.api.get('/audit/verify', plan)).status).toBe(403);
    expect((await duban.api.get(`/audit/events?subject=${encodeURIComponent(t2)}`, plan)).status).toBe(403);
  });

  it('lets an admin read the trail, as it may export and verify it', async () => {
    const res = await duban.api.get<{ items: { subject: string }[] }>(`/audit/events?subject=${encodeURIComponent(t2)}`, admin);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((e) => e.subject === t2)).toBe(true);
  });

  it('exports the events as JSON Lines: one CloudEvent with its chain fields per line, the same events as the list', async () => {
    const listed = await duban.api.get<{ items: { id: string }[] }>(`/audit/events?subject=${encodeURIComponent(t2)}`, supervisor);
    const res = await download(`/audit/events/export?format=jsonl&subject=${encodeURIComponent(t2)}`, supervisor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/jsonl; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="duban-audit-.+\.jsonl"$/);
    expect(res.text.endsWith('\n')).toBe(true);
    const lines = res.text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'])).toEqual(listed.body.items.map((i) => i.id));
    for (const line of lines) {
      expect(line).toMatchObject({ specversion: '1.0', subject: t2, chain: expect.stringMatching(/^duban\.tasks\.v1\/\d+$/), seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    expect(lines.map((l) => l['type'])).toEqual(expect.arrayContaining(['duban.task.assigned.v1', 'duban.task.progress-reported.v1']));
    expect(lines.find((l) => l['type'] === 'duban.task.progress-reported.v1')).toMatchObject({ data: { percent: 40, actor: { sub: 'zhao.lei', unit: 'PLAN' } } });
  });

  it('exports the events as CSV with a header row, data as JSON in one column (RFC 4180 quoting)', async () => {
    const res = await download(`/audit/events/export?format=csv&subject=${encodeURIComponent(t2)}&type=duban.task.progress-reported.v1`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="duban-audit-.+\.csv"$/);
    // A UTF-8 byte-order mark first, so that Excel reads the Chinese text as UTF-8.
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = res.text.split('\r\n');
    expect(rows[0]).toBe('id,chain,seq,time,type,subject,sequence,source,specversion,datacontenttype,recordedAt,kafka,prevEventId,prevHash,hash,data');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe('');
    // The note holds a comma and quotes, so the data column is quoted with its quotes doubled.
    // The last field: a quoted field holds no lone quote, so this cannot start inside `kafka`.
    const dataColumn = /,"(\{(?:[^"]|"")*\})"$/.exec(rows[1] ?? '')?.[1];
    expect(JSON.parse((dataColumn ?? '').replace(/""/g, '"'))).toMatchObject({ note: '园区规划初稿, "草案" 第一版', actor: { sub: 'zhao.lei' } });
  });

  it('refuses an unknown export format, naming the field', async () => {
    const res = await duban.api.get<ProblemDetails>('/audit/events/export?format=xml', supervisor);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'query.format', rule: 'must be jsonl or csv' }]);
  });

  it("shows a task workflow's Temporal history with who updated it; an unknown workflow is 404", async () => {
    const res = await duban.api.get<{ workflowId: string; runs: string[]; events: { eventId: number; type: string; time: string; name?: string; identity?: string; input?: unknown[]; actor?: unknown }[] }>(
      `/audit/workflows/${encodeURIComponent(`task/${t2}`)}/history`,
      supervisor,
    );
    expect(res.status).toBe(200);
    expect(res.body.workflowId).toBe(`task/${t2}`);
    expect(res.body.runs.length).toBeGreaterThanOrEqual(1);
    expect(res.body.events[0]).toMatchObject({ eventId: 1, type: 'WorkflowExecutionStarted', name: 'taskWorkflow' });
    const update = res.body.events.find((e) => e.type === 'WorkflowExecutionUpdateAccepted' && e.name === 'task.reportProgress');
    expect(update).toMatchObject({
      actor: { sub: 'zhao.lei', unit: 'PLAN', roles: ['official'] },
      identity: expect.any(String),
      input: [expect.objectContaining({ percent: 40 })],
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(res.body.events.some((e) => e.type === 'WorkflowExecutionUpdateCompleted')).toBe(true);

    const unknown = await duban.api.get<ProblemDetails>(`/audit/workflows/${encodeURIComponent('task/no-such-task')}/history`, supervisor);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 404, code: 'AUDIT.WORKFLOW_NOT_FOUND' });
    expect((await duban.api.get(`/audit/workflows/${encodeURIComponent(`task/${t2}`)}/history`, plan)).status).toBe(403);
  });

  it('finds a whole chain rewritten with the store access only (every record re-hashed without the key, the head moved), and a cut-off tail, by the key and the checkpoints', async () => {
    await auditOfT2();
    const mongo = await MongoClient.connect(duban.env['MONGODB_URI'] as string);
    try {
      type Row = Record<string, unknown> & { _id: string; chain: string; seq: number; hash: string; prevHash: string; prevEventId: string | null; keyId?: string; data: Record<string, unknown> };
      const records: Collection<Row> = mongo.db().collection<Row>('audit_events');
      const heads = mongo.db().collection<{ _id: string; seq: number; hash: string; eventId: string | null; keyId?: string; mac?: string }>('audit_chain_heads');
      const progress = (await records.findOne({ subject: t2, type: 'duban.task.progress-reported.v1' })) as Row;
      const chain = progress.chain;
      expect(progress.keyId).toMatch(/^[0-9a-f]{16}$/);

      // The consumers checkpoint the chain outside the store: in the file the API reads, signed with the key…
      const keyring = loadAuditChainKeyring({ AUDIT_CHAIN_KEY_FILE: localAuditChainKeyFile(), AUDIT_CHAIN_ACCEPT_UNKEYED: false }).keyring;
      if (keyring === undefined) throw new Error('the local audit chain key cannot be read');
      const checkpoint = await waitFor(`a checkpoint of ${chain} at seq ${progress.seq} or later`, async () => {
        const text = await readFile(duban.env['AUDIT_CHECKPOINT_FILE'] as string, 'utf8').catch(() => '');
        const mine = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AuditCheckpoint).filter((c) => c.chain === chain && c.seq >= progress.seq);
        return mine.at(-1);
      }, { timeoutMs: 60_000, intervalMs: 250 });
      expect(checkpointVerifies(keyring, checkpoint)).toBe(true);
      // …and on the duban.audit.checkpoints topic.
      const kafka = new Kafka({ brokers: (duban.env['KAFKA_BROKERS'] as string).split(','), clientId: 'e2e-audit-checkpoints', logLevel: logLevel.NOTHING });
      const consumer = kafka.consumer({ groupId: `e2e-audit-checkpoints-${randomBytes(4).toString('hex')}` });
      const published: AuditCheckpoint[] = [];
      await consumer.connect();
      try {
        await consumer.subscribe({ topic: `${duban.env['KAFKA_TOPIC_PREFIX'] ?? ''}${AUDIT_CHECKPOINT_TOPIC}`, fromBeginning: true });
        await consumer.run({ eachMessage: async ({ message }) => void published.push(JSON.parse(message.value?.toString('utf8') ?? 'null') as AuditCheckpoint) });
        const onTopic = await waitFor('the checkpoint on the Kafka topic', async () => published.find((c) => c.chain === chain && c.mac === checkpoint.mac), { timeoutMs: 60_000, intervalMs: 250 });
        expect(onTopic).toEqual(checkpoint);
      } finally {
        await consumer.disconnect();
      }

      // The attacker's rewrite: the note changed, every record of the chain re-hashed with the plain
      // SHA-256 as if written before the key, re-linked, and the head moved to the new last hash.
      const original = await records.find({ chain }).sort({ seq: 1 }).toArray();
      const originalHead = await heads.findOne({ _id: chain });
      let prev = { hash: GENESIS_HASH, id: null as string | null };
      for (const r of original) {
        const { hash: _hash, keyId: _keyId, listSeq: _listSeq, listBucket: _listBucket, ...covered } = r;
        const forged = { ...covered, prevHash: prev.hash, prevEventId: prev.id, ...(r._id === progress._id && { data: { ...r.data, note: '已完成 (backdated)' } }) };
        const hash = createHash('sha256').update(canonicalJson(forged), 'utf8').digest('hex');
        await records.replaceOne({ _id: r._id }, { ...forged, hash, ...(r['listSeq'] !== undefined && { listSeq: r['listSeq'], listBucket: r['listBucket'] }) });
        prev = { hash, id: r._id };
      }
      await heads.updateOne({ _id: chain }, { $set: { hash: prev.hash, eventId: prev.id }, $unset: { keyId: '', mac: '' } });
      try {
        const rewritten = await duban.api.get<Verification>(`/audit/verify?chain=${encodeURIComponent(chain)}`, admin);
        expect(rewritten.status).toBe(200);
        expect(rewritten.body.ok).toBe(false);
        expect(rewritten.body.problems).toContainEqual({ chain, seq: progress.seq, eventId: progress._id, problem: 'unkeyed', detail: expect.any(String) });
        expect(rewritten.body.problems.filter((p) => p.problem === 'unkeyed').length).toBeGreaterThanOrEqual(original.length);
      } finally {
        for (const r of original) await records.replaceOne({ _id: r._id }, r);
        // The live consumer may have moved the head on since: put it back only where we left it.
        if (originalHead) await heads.replaceOne({ _id: chain, hash: prev.hash }, originalHead);
      }
      expect(await duban.api.get<Verification>(`/audit/verify?chain=${encodeURIComponent(chain)}`, supervisor)).toMatchObject({ body: { ok: true, problems: [] } });

      // The tail cut off at the checkpoint's seq: the checkpoint outside the store still names it.
      const tail = await records.find({ chain, seq: { $gte: checkpoint.seq } }).toArray();
      await records.deleteMany({ chain, seq: { $gte: checkpoint.seq } });
      try {
        const truncated = await duban.api.get<Verification>(`/audit/verify?chain=${encodeURIComponent(chain)}`, supervisor);
        expect(truncated.body.ok).toBe(false);
        expect(truncated.body.problems.map((p) => p.problem)).toEqual(expect.arrayContaining(['deleted']));
        const [seal] = await heads.find({ _id: chain }).toArray();
        // And with the head moved back as well (its seal cannot follow without the key): the checkpoint says truncated.
        await heads.updateOne({ _id: chain }, { $set: { seq: checkpoint.seq - 1 } });
        const rolledBack = await duban.api.get<Verification>(`/audit/verify?chain=${encodeURIComponent(chain)}`, supervisor);
        expect(rolledBack.body.problems.map((p) => p.problem)).toEqual(expect.arrayContaining(['truncated', 'head-forged']));
        // The latest checkpoint names the seq (ours, or a later one if the chain moved on meanwhile).
        expect(rolledBack.body.problems.find((p) => p.problem === 'truncated')).toMatchObject({ chain, seq: expect.any(Number), detail: expect.stringMatching(/confirmed seq \d+; the chain now ends at seq/) });
        expect(rolledBack.body.problems.find((p) => p.problem === 'truncated')?.seq).toBeGreaterThanOrEqual(checkpoint.seq);
        if (seal) await heads.updateOne({ _id: chain, seq: checkpoint.seq - 1 }, { $set: { seq: seal.seq } });
      } finally {
        await records.insertMany(tail);
      }
      expect(await duban.api.get<Verification>(`/audit/verify?chain=${encodeURIComponent(chain)}`, supervisor)).toMatchObject({ body: { ok: true, problems: [] } });
    } finally {
      await mongo.close();
    }
  }, 300_000);
});
