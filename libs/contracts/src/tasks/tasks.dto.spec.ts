import {
  acknowledgeEscalationSchema,
  contributeSchema,
  escalationListQuerySchema,
  issueDirectiveSchema,
  reportProgressSchema,
  requestExtensionSchema,
  submitTaskSchema,
  taskListQuerySchema,
} from './tasks.dto';

const issues = (r: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('request schemas', () => {
  it('takes evidence as up to 20 https:// or doc:// references', () => {
    const evidence = [{ title: ' 规划草案 ', uri: 'doc://plans/t2/v1' }, { title: 'map', uri: 'https://example.org/map.pdf' }];
    expect(submitTaskSchema.parse({ summary: 'plan', evidence })).toEqual({ summary: 'plan', evidence: [{ title: '规划草案', uri: 'doc://plans/t2/v1' }, evidence[1]] });
    expect(issues(reportProgressSchema.safeParse({ percent: 5, note: 'n', evidence: [{ title: 't', uri: 'http://insecure' }] }))).toEqual([
      'evidence.0.uri: must be an https://, doc:// or evidence:// URI',
    ]);
    expect(issues(reportProgressSchema.safeParse({ percent: 5, note: 'n', evidence: [{ title: 't', uri: 'javascript:alert(1)' }] }))).toHaveLength(1);
    expect(issues(contributeSchema.safeParse({ summary: 's', evidence: [{ title: 't', uri: 'doc://x', size: 1 }] }))).toEqual(["evidence.0: Unrecognized key(s) in object: 'size'"]);
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `e${i}`, uri: `doc://e/${i}` }));
    expect(issues(contributeSchema.safeParse({ summary: 's', evidence: many }))).toEqual(['evidence: Array must contain at most 20 element(s)']);
  });

  it('takes only calendar dates that exist', () => {
    expect(requestExtensionSchema.parse({ newDue: '2028-02-29', reason: 'r' })).toEqual({ newDue: '2028-02-29', reason: 'r' });
    expect(issues(requestExtensionSchema.safeParse({ newDue: '2026-02-30', reason: 'r' }))).toEqual(['newDue: is not a calendar date']);
    expect(issues(issueDirectiveSchema.safeParse({ committedDate: '30/06/2026', instructions: 'i' }))).toEqual(['committedDate: must be a date YYYY-MM-DD', 'committedDate: is not a calendar date']);
  });

  it('takes an acknowledgement with or without a note', () => {
    expect(acknowledgeEscalationSchema.parse({})).toEqual({});
    expect(issues(acknowledgeEscalationSchema.safeParse({ note: '' }))).toHaveLength(1);
  });

  it('parses the inbox query strings: booleans, paging defaults and limits, unknown keys refused', () => {
    expect(taskListQuerySchema.parse({})).toEqual({ kind: 'task', limit: 50, count: false });
    expect(taskListQuerySchema.parse({ overdue: 'false', limit: '500', offset: '10', count: 'true' })).toEqual({ overdue: false, kind: 'task', limit: 500, offset: 10, count: true });
    expect(issues(taskListQuerySchema.safeParse({ limit: '501' }))).toEqual(['limit: Number must be less than or equal to 500']);
    expect(issues(taskListQuerySchema.safeParse({ overdue: 'yes', unit: 'stiic', status: 'closed' }))).toHaveLength(3);
    expect(issues(taskListQuerySchema.safeParse({ 'unit[$ne]': 'X' }))).toEqual([": Unrecognized key(s) in object: 'unit[$ne]'"]);
    expect(issues(taskListQuerySchema.safeParse({ unit: ['A', 'B'] }))).toEqual(['unit: Expected string, received array']);
    expect(escalationListQuerySchema.parse({ state: 'open', level: 'leading-group' })).toEqual({ state: 'open', level: 'leading-group', limit: 50, count: false });
    expect(issues(escalationListQuerySchema.safeParse({ state: 'closed' }))).toHaveLength(1);
  });
});
