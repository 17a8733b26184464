import { GENESIS_HASH, AuditChainVerifier, canonicalJson, hashAuditRecord, type AuditRecord, type AuditRecordContent } from './audit-chain';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and writes Dates as ISO-8601', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, u: undefined, t: new Date('2026-01-02T03:04:05.006Z') })).toBe(
      '{"a":{"c":true,"d":[1,"x",null]},"b":1,"t":"2026-01-02T03:04:05.006Z"}',
    );
  });

  it('is the same for the same content in any key order, and differs when a value differs', () => {
    expect(canonicalJson({ x: 1, y: { p: 'a', q: 'b' } })).toBe(canonicalJson({ y: { q: 'b', p: 'a' }, x: 1 }));
    expect(canonicalJson({ x: 1 })).not.toBe(canonicalJson({ x: '1' }));
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/not a JSON number/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/bigint/);
  });
});

function content(id: string, note: string): AuditRecordContent {
  return {
    _id: id,
    specversion: '1.0',
    source: '/duban/workflows/taskWorkflow',
    type: 'duban.task.progress-reported.v1',
    subject: 'p.T1.STIIC',
    time: new Date('2026-03-02T01:00:00.000Z'),
    datacontenttype: 'application/json',
    sequence: 1,
    data: { note, empty: {} },
    kafka: { topic: 'duban.tasks.v1', partition: 0, offset: '0' },
    recordedAt: new Date('2026-03-02T01:00:01.000Z'),
  };
}

function chainOf(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const prev = records[seq - 2];
    const link = { chain: 'c/0', seq, prevHash: prev?.hash ?? GENESIS_HASH, prevEventId: prev?._id ?? null };
    const c = content(`e${seq}`, `note ${seq}`);
    records.push({ ...c, ...link, hash: hashAuditRecord(c, link) });
  }
  return records;
}

function verify(records: AuditRecord[], headSeq = records.length) {
  const verifier = new AuditChainVerifier('c/0');
  for (const r of records) verifier.add(r as unknown as Record<string, unknown>);
  const head = chainOf(headSeq)[headSeq - 1];
  return verifier.finish(head ? { seq: headSeq, hash: head.hash, eventId: head._id } : { seq: 0, hash: GENESIS_HASH, eventId: null });
}

describe('AuditChainVerifier', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(verify(chainOf(4)).problems).toEqual([]);
    expect(verify([], 0)).toEqual({ problems: [], report: { chain: 'c/0', records: 0, head: { seq: 0, hash: GENESIS_HASH, eventId: null }, unconfirmed: 0, keyed: 0, unkeyed: 0, checkpoint: null } });
  });

  it('covers every content field: changing any one of them is an edit', () => {
    const fields: [keyof AuditRecord, unknown][] = [
      ['source', 'x'],
      ['type', 'x'],
      ['subject', 'x'],
      ['time', new Date(0)],
      ['sequence', 9],
      ['data', { note: 'note 2' }],
      ['kafka', { topic: 'duban.tasks.v1', partition: 0, offset: '7' }],
      ['recordedAt', new Date(0)],
      ['prevEventId', 'e9'],
    ];
    for (const [field, value] of fields) {
      const records = chainOf(3);
      records[1] = { ...(records[1] as AuditRecord), [field]: value };
      expect(verify(records).problems.map((p) => [p.seq, p.eventId, p.problem])).toEqual([[2, 'e2', 'edited']]);
    }
  });

  it('reports a record moved beyond the head at its new seq, and its old seq as missing', () => {
    const records = chainOf(4);
    records[1] = { ...(records[1] as AuditRecord), seq: 300 };
    expect(verify(records).problems.map((p) => [p.seq, p.eventId, p.problem])).toEqual([
      [2, 'e2', 'deleted'],
      [300, 'e2', 'reordered'],
    ]);
  });

  it('counts records beyond the head that continue the chain as unconfirmed, not as tampering', () => {
    expect(verify(chainOf(5), 4)).toMatchObject({ problems: [], report: { records: 5, unconfirmed: 1 } });
  });
});
