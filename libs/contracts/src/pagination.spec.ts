import type { z } from 'zod';
import { auditQuerySchema } from './audit/audit.dto';
import { enterpriseListQuerySchema } from './enterprises/enterprises.dto';
import { taskListQuerySchema } from './tasks/tasks.dto';
import { notificationListQuerySchema } from './notifications/notification.dto';
import {
  AUDIT_SUBJECT_KEYSET,
  AUDIT_LIST_KEYSET,
  AUDIT_TIME_KEYSET,
  ENTERPRISE_LIST_KEYSET,
  MAX_CURSOR_LENGTH,
  NOTIFICATION_KEYSET,
  TASK_INBOX_KEYSET,
  decodeCursor,
  encodeCursor,
} from './pagination';

const issues = (r: z.SafeParseReturnType<unknown, unknown>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('page cursors', () => {
  it('round-trips the sort key values of each keyset, dates as instants', () => {
    const deadline = new Date('2026-02-27T15:59:59.999Z');
    const cursor = encodeCursor(TASK_INBOX_KEYSET, [deadline, 'shenzhen-2009-98.T1.STIIC']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, TASK_INBOX_KEYSET)).toEqual({ keyset: 'tasks', values: [deadline, 'shenzhen-2009-98.T1.STIIC'] });
    const audit = encodeCursor(AUDIT_TIME_KEYSET, [deadline, 'e-1', 7, 'evt-9']);
    expect(decodeCursor(audit, AUDIT_TIME_KEYSET, AUDIT_SUBJECT_KEYSET)).toEqual({ keyset: 'audit', values: [deadline, 'e-1', 7, 'evt-9'] });
    expect(() => encodeCursor(ENTERPRISE_LIST_KEYSET, ['a', 'b'])).toThrow(RangeError);
  });

  it('refuses anything it did not make: other lists, wrong types or counts, not base64url, not JSON, too long', () => {
    const taskCursor = encodeCursor(TASK_INBOX_KEYSET, [new Date(0), 'x']);
    expect(decodeCursor(taskCursor, ENTERPRISE_LIST_KEYSET)).toBeUndefined();
    expect(decodeCursor(b64({ k: 'tasks', v: ['not-a-date', 'x'] }), TASK_INBOX_KEYSET)).toBeUndefined();
    expect(decodeCursor(b64({ k: 'tasks', v: ['2026-02-27T15:59:59.999Z'] }), TASK_INBOX_KEYSET)).toBeUndefined();
    expect(decodeCursor(b64({ k: 'tasks', v: ['2026-02-27T15:59:59.999Z', { $gt: '' }] }), TASK_INBOX_KEYSET)).toBeUndefined();
    expect(decodeCursor(b64({ k: 'audit-subject', v: ['7', 'e'] }), AUDIT_SUBJECT_KEYSET)).toBeUndefined();
    expect(decodeCursor(b64({ k: 'audit-subject', v: [null, 'e'] }), AUDIT_SUBJECT_KEYSET)).toBeUndefined();
    expect(decodeCursor(b64(['tasks']), TASK_INBOX_KEYSET)).toBeUndefined();
    expect(decodeCursor('not+base64/', TASK_INBOX_KEYSET)).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"k":').toString('base64url'), TASK_INBOX_KEYSET)).toBeUndefined();
    expect(decodeCursor('', TASK_INBOX_KEYSET)).toBeUndefined();
    expect(decodeCursor('A'.repeat(MAX_CURSOR_LENGTH + 1), TASK_INBOX_KEYSET)).toBeUndefined();
  });

  it('validates cursor, offset and count in the list queries (the field named)', () => {
    const cursor = encodeCursor(ENTERPRISE_LIST_KEYSET, [42]);
    expect(enterpriseListQuerySchema.parse({ cursor, count: 'true' })).toEqual({ limit: 50, count: true, cursor: { keyset: 'enterprises-by-position', values: [42] } });
    // A cursor of the list's earlier order (by id) is refused, not misread.
    expect(issues(enterpriseListQuerySchema.safeParse({ cursor: Buffer.from(JSON.stringify({ k: 'enterprises', v: ['ent-0042'] })).toString('base64url') }))).toHaveLength(1);
    expect(issues(enterpriseListQuerySchema.safeParse({ cursor: 'garbage' }))).toEqual([
      'cursor: is not a cursor of this list (pass the nextCursor of the previous page as given)',
    ]);
    expect(issues(enterpriseListQuerySchema.safeParse({ cursor: encodeCursor(TASK_INBOX_KEYSET, [new Date(0), 'x']) }))).toHaveLength(1);
    expect(issues(enterpriseListQuerySchema.safeParse({ cursor, offset: '20' }))).toEqual(['offset: cannot be combined with cursor']);
    expect(issues(taskListQuerySchema.safeParse({ offset: '1001' }))).toEqual(['offset: must be at most 1000; page further with cursor']);
    expect(taskListQuerySchema.parse({ offset: '1000' })).toMatchObject({ offset: 1000 });
    expect(issues(notificationListQuerySchema.safeParse({ count: 'yes' }))).toHaveLength(1);
    expect(notificationListQuerySchema.parse({ cursor: encodeCursor(NOTIFICATION_KEYSET, [new Date(5), 'n:STIIC']) }).cursor?.values).toEqual([new Date(5), 'n:STIIC']);
  });

  it('takes an audit cursor only in the query mode that made it (with or without subject)', () => {
    const bySubject = encodeCursor(AUDIT_SUBJECT_KEYSET, [3, 'evt-3']);
    expect(auditQuerySchema.parse({ subject: 's', cursor: bySubject }).cursor).toEqual({ keyset: 'audit-subject', values: [3, 'evt-3'] });
    expect(issues(auditQuerySchema.safeParse({ cursor: bySubject }))).toEqual(['cursor: is a cursor of another audit query (with or without subject)']);
    const byPosition = encodeCursor(AUDIT_LIST_KEYSET, [64]);
    expect(auditQuerySchema.parse({ cursor: byPosition }).cursor).toEqual({ keyset: 'audit-by-position', values: [64] });
    expect(issues(auditQuerySchema.safeParse({ subject: 's', cursor: byPosition }))).toEqual(['cursor: is a cursor of another audit query (with or without subject)']);
    // A cursor of the trail's earlier order (by time) is refused, not misread.
    expect(issues(auditQuerySchema.safeParse({ cursor: encodeCursor(AUDIT_TIME_KEYSET, [new Date(0), 's', 1, 'e']) }))).toContain('cursor: is not a cursor of this list (pass the nextCursor of the previous page as given)');
  });
});
