import { createHash } from 'node:crypto';
import type { DubanEvent } from '@duban/contracts';
import { createHmac } from 'node:crypto';
import { GENESIS_HASH, auditRecordContent, hashAuditRecord, sealHead, signCheckpoint, type AuditChainLink, type AuditRecordContent } from './audit-chain';
import { auditChainKey, auditChainKeyId } from './audit-chain-key';

/**
 * Known answers for the audit chain's hash, fixed here rather than computed by the code under test:
 * the canonical JSON is written out by hand (keys sorted, no whitespace, dates as ISO-8601 strings,
 * the record's navigation fields left out) and its SHA-256 pinned. A change to the canonical form
 * or to the covered fields breaks every stored chain; this test says so before a verify does.
 */
const content: AuditRecordContent = {
  _id: 'evt-0001',
  specversion: '1.0',
  source: '/duban/workflows/taskWorkflow',
  type: 'duban.task.assigned.v1',
  subject: 'shenzhen-2009-98.T1.STIIC',
  time: new Date('2009-06-01T01:02:03.004Z'),
  datacontenttype: 'application/json',
  sequence: 1,
  data: { taskId: 'shenzhen-2009-98.T1.STIIC', unit: 'STIIC', due: '2009-07-31', notify: ['STIIC', 'PLAN'], note: '评价指标体系' },
  kafka: { topic: 'duban.tasks.v1', partition: 2, offset: '41' },
  recordedAt: new Date('2009-06-01T01:02:03.500Z'),
};
const genesisLink: AuditChainLink = { chain: 'duban.tasks.v1/2', seq: 1, prevHash: GENESIS_HASH, prevEventId: null };

const CANONICAL =
  '{"_id":"evt-0001","chain":"duban.tasks.v1/2",' +
  '"data":{"due":"2009-07-31","note":"评价指标体系","notify":["STIIC","PLAN"],"taskId":"shenzhen-2009-98.T1.STIIC","unit":"STIIC"},' +
  '"datacontenttype":"application/json","kafka":{"offset":"41","partition":2,"topic":"duban.tasks.v1"},' +
  `"prevEventId":null,"prevHash":"${GENESIS_HASH}","recordedAt":"2009-06-01T01:02:03.500Z","seq":1,"sequence":1,` +
  '"source":"/duban/workflows/taskWorkflow","specversion":"1.0","subject":"shenzhen-2009-98.T1.STIIC",' +
  '"time":"2009-06-01T01:02:03.004Z","type":"duban.task.assigned.v1"}';

describe('hashAuditRecord known answers', () => {
  it('is SHA-256 of the hand-written canonical JSON of content and link', () => {
    const expected = createHash('sha256').update(CANONICAL, 'utf8').digest('hex');
    expect(hashAuditRecord(content, genesisLink)).toBe(expected);
    expect(expected).toBe(PINNED_GENESIS);
  });

  it('chains: the second record covers the first one’s hash and id', () => {
    const second: AuditChainLink = { chain: 'duban.tasks.v1/2', seq: 2, prevHash: PINNED_GENESIS, prevEventId: 'evt-0001' };
    const next = { ...content, _id: 'evt-0002', sequence: 2 };
    expect(hashAuditRecord(next, second)).toBe(PINNED_SECOND);
  });

  it('hashes an event alike in either wire form of `sequence`: the padded string (since issue 10) and the integer (before)', () => {
    // Chains recorded before `sequence` became a string must still verify: the hashed form is the counter.
    const wire = { specversion: '1.0', id: content._id, source: content.source, type: content.type, subject: content.subject, time: '2009-06-01T01:02:03.004Z', datacontenttype: 'application/json', data: content.data };
    for (const sequence of ['00000000000000000001', 1]) {
      // The integer form is what a record written before issue 10 was built from; the type says string.
      const event = { ...wire, sequence } as unknown as DubanEvent;
      const stored = auditRecordContent(event, content.kafka, content.recordedAt);
      expect(stored).toEqual(content);
      expect(hashAuditRecord(stored, genesisLink)).toBe(PINNED_GENESIS);
    }
  });

  it('ignores fields outside content and link (the trail positions), and no covered field', () => {
    const withPosition = { ...content, listSeq: 33, listBucket: 1 } as AuditRecordContent;
    expect(hashAuditRecord(withPosition, genesisLink)).toBe(PINNED_GENESIS);
    expect(hashAuditRecord({ ...content, sequence: 2 }, genesisLink)).not.toBe(PINNED_GENESIS);
    expect(hashAuditRecord(content, { ...genesisLink, prevEventId: 'evt-0000' })).not.toBe(PINNED_GENESIS);
  });
});

/**
 * The keyed form (issue 12): the record names its key by id, the canonical JSON covers `keyId`
 * (between `kafka` and `prevEventId` in key order), and the hash is HMAC-SHA256 under the key.
 * The key id is HMAC-SHA256(key, "duban.audit.chain.key-id.v1"), its first 16 hex characters.
 */
describe('keyed chain known answers', () => {
  const KEY = 'duban-audit-chain-test-key-0123456789abcdef';
  const key = auditChainKey(KEY);

  it('derives the key id from the key', () => {
    expect(key.id).toBe(createHmac('sha256', KEY).update('duban.audit.chain.key-id.v1', 'utf8').digest('hex').slice(0, 16));
    expect(auditChainKeyId(KEY)).toBe(PINNED_KEY_ID);
  });

  it('is HMAC-SHA256 under the key of the hand-written canonical JSON, key id included', () => {
    const canonical = CANONICAL.replace('"prevEventId":null', `"keyId":"${PINNED_KEY_ID}","prevEventId":null`);
    const expected = createHmac('sha256', KEY).update(canonical, 'utf8').digest('hex');
    const link = { ...genesisLink, keyId: key.id };
    expect(hashAuditRecord(content, link, key)).toBe(expected);
    expect(expected).toBe(PINNED_KEYED_GENESIS);
    // Without the key (or with another one) it cannot be computed: an attacker gets only the plain form.
    expect(() => hashAuditRecord(content, link)).toThrow(/not configured/);
    expect(() => hashAuditRecord(content, link, auditChainKey('x'.repeat(32)))).toThrow(/not configured/);
    expect(hashAuditRecord(content, genesisLink)).toBe(PINNED_GENESIS);
  });

  it('seals a head and signs a checkpoint over labelled canonical JSON', () => {
    const head = { seq: 1, hash: PINNED_KEYED_GENESIS, eventId: 'evt-0001' };
    const headJson = `{"chain":"duban.tasks.v1/2","eventId":"evt-0001","hash":"${PINNED_KEYED_GENESIS}","kind":"duban.audit.head.v1","seq":1}`;
    expect(sealHead(key, 'duban.tasks.v1/2', head)).toEqual({ keyId: PINNED_KEY_ID, mac: createHmac('sha256', KEY).update(headJson, 'utf8').digest('hex') });
    const time = '2009-06-01T01:02:04.000Z';
    const checkpointJson = `{"chain":"duban.tasks.v1/2","eventId":"evt-0001","hash":"${PINNED_KEYED_GENESIS}","kind":"duban.audit.checkpoint.v1","seq":1,"time":"${time}"}`;
    expect(signCheckpoint(key, { chain: 'duban.tasks.v1/2', ...head, time })).toEqual({
      chain: 'duban.tasks.v1/2',
      ...head,
      time,
      keyId: PINNED_KEY_ID,
      mac: createHmac('sha256', KEY).update(checkpointJson, 'utf8').digest('hex'),
    });
  });
});

const PINNED_KEY_ID = '9a908d545e0298bc';
const PINNED_KEYED_GENESIS = '5128d07381b7da325a81c3754705affece147ad82a8d7534390f7021430d69f7';
const PINNED_GENESIS = '31916ec4e917408ca8e399e5d13206f543e50d13326bf48d8d5c957e8f2db08f';
const PINNED_SECOND = '62aa9037f1b3510b7673d1b68c7996480db09b19f72a07f1f4680100b70c0e16';
