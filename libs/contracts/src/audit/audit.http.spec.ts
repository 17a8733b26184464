import { buildOpenApiDocument } from '../http/openapi';
import { EventType } from '../events';
import { AUDIT_OPERATIONS } from './audit.http';
import { auditEventPageSchema, auditVerificationSchema, workflowHistorySchema } from './audit.dto';

// Samples of each answer as the API builds them (persistence's toStoredEvent, the verifier's
// report, the workflow-history service's view), parsed with the documented schemas.

const taskId = 'shenzhen-2009-98.T1.STIIC';
const event = {
  specversion: '1.0',
  id: `${taskId}#2`,
  source: '/duban/workflows/taskWorkflow',
  type: EventType.TaskSubmitted,
  subject: taskId,
  time: '2009-08-20T02:00:00.000Z',
  datacontenttype: 'application/json',
  sequence: 2,
  data: { taskId, version: 1, summary: '评价指标体系初稿', evidence: [], actor: { sub: 'li.ming', unit: 'STIIC', roles: ['official'] } },
  recordedAt: '2009-08-20T02:00:00.512Z',
};

describe('audit answers', () => {
  it('GET /audit/events: a page of recorded events, with or without nextCursor and total', () => {
    const page = { items: [event], nextCursor: 'eyJrIjoiYXVkaXQtc3ViamVjdCJ9', total: 7 };
    expect(auditEventPageSchema.parse(page)).toEqual(page);
    expect(auditEventPageSchema.parse({ items: [] })).toEqual({ items: [] });
  });

  it('refuses an event whose sequence is the wire string, not the stored counter, or that carries a store field', () => {
    expect(auditEventPageSchema.safeParse({ items: [{ ...event, sequence: '00000000000000000002' }] }).success).toBe(false);
    expect(auditEventPageSchema.safeParse({ items: [{ ...event, hash: 'ab' }] }).success).toBe(false);
    expect(auditEventPageSchema.safeParse({ items: [{ ...event, type: 'duban.nothing.v1' }] }).success).toBe(false);
  });

  it('GET /audit/verify: chains with and without heads, and the problems found', () => {
    const verification = {
      ok: false,
      chains: [
        { chain: 'duban.tasks.v1/0', records: 12, head: { seq: 11, hash: 'f'.repeat(64), eventId: `${taskId}#11` }, unconfirmed: 1, keyed: 10, unkeyed: 2, checkpoint: { seq: 10, hash: 'e'.repeat(64), time: '2026-12-01T00:00:00.000Z' } },
        { chain: 'duban.plans.v1/0', records: 0, head: null, unconfirmed: 0, keyed: 0, unkeyed: 0, checkpoint: null },
        { chain: 'duban.scores.v1/0', records: 0, head: { seq: 0, hash: '0'.repeat(64), eventId: null }, unconfirmed: 0, keyed: 0, unkeyed: 0, checkpoint: null },
      ],
      problems: [
        { chain: 'duban.tasks.v1/0', seq: 4, eventId: `${taskId}#4`, problem: 'edited', detail: 'its content no longer matches its hash' },
        { chain: 'duban.tasks.v1/0', seq: null, eventId: null, problem: 'head-missing', detail: 'the chain has records and no head' },
        // Issue 12: a store rewritten without the key, a head moved without it, a tail cut off.
        { chain: 'duban.tasks.v1/0', seq: 5, eventId: `${taskId}#5`, problem: 'unkeyed', detail: 'carries a plain SHA-256' },
        { chain: 'duban.tasks.v1/0', seq: 11, eventId: `${taskId}#11`, problem: 'head-forged', detail: 'its seal does not match' },
        { chain: 'duban.tasks.v1/0', seq: 14, eventId: `${taskId}#14`, problem: 'truncated', detail: 'the checkpoint confirmed seq 14' },
      ],
    };
    expect(auditVerificationSchema.parse(verification)).toEqual(verification);
    expect(auditVerificationSchema.safeParse({ ...verification, problems: [{ ...verification.problems[0], problem: 'lost' }] }).success).toBe(false);
  });

  it('GET /audit/workflows/{workflowId}/history: events with and without decoded input and actor', () => {
    const history = {
      workflowId: `task/${taskId}`,
      runs: ['run-1', 'run-2'],
      truncated: false,
      events: [
        { runId: 'run-1', eventId: 1, time: '2009-06-01T01:00:00.000Z', type: 'WorkflowExecutionStarted', name: 'taskWorkflow', identity: 'api@host', input: [{ taskId }] },
        {
          runId: 'run-2',
          eventId: 9,
          time: '2009-08-20T02:00:00.000Z',
          type: 'WorkflowExecutionUpdateAccepted',
          name: 'submit',
          identity: 'api@host',
          updateId: 'u-1',
          input: [{ summary: 'x', actor: { sub: 'li.ming', unit: 'STIIC', roles: ['official'] } }],
          actor: { sub: 'li.ming', unit: 'STIIC', roles: ['official'] },
        },
        { runId: 'run-2', eventId: 10, time: '2009-08-20T02:00:00.100Z', type: 'WorkflowExecutionUpdateCompleted', updateId: 'u-1', outcome: 'failure', detail: 'TASK.OUT_OF_TURN' },
      ],
    };
    expect(workflowHistorySchema.parse(history)).toEqual(history);
    expect(workflowHistorySchema.safeParse({ ...history, events: [{ ...history.events[2], outcome: 'maybe' }] }).success).toBe(false);
  });

  it('documents every route: a schema for each JSON answer, the export as JSON Lines, problem+json for errors', () => {
    const doc = buildOpenApiDocument(Object.values(AUDIT_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(['/audit/events', '/audit/events/export', '/audit/verify', '/audit/workflows/{workflowId}/history']);
    expect(doc.paths?.['/audit/events']?.get?.responses?.['200']?.content?.['application/json']?.schema).toBeDefined();
    expect(doc.paths?.['/audit/workflows/{workflowId}/history']?.get?.responses?.['404']?.content?.['application/problem+json']).toBeDefined();
  });
});
