import { createHash } from 'node:crypto';
import type { DubanEvent } from '@duban/contracts';
import { GENESIS_HASH, auditRecordContent, hashAuditRecord, type AuditChainLink, type AuditRecordContent } from './audit-chain';

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

const PINNED_GENESIS = '31916ec4e917408ca8e399e5d13206f543e50d13326bf48d8d5c957e8f2db08f';
const PINNED_SECOND = '62aa9037f1b3510b7673d1b68c7996480db09b19f72a07f1f4680100b70c0e16';
