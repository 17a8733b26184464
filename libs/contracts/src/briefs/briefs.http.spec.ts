import { buildOpenApiDocument } from '../http/openapi';
import { taskInboxPageSchema } from '../tasks/tasks.dto';
import { BRIEF_OPERATIONS } from './briefs.http';
import { briefTaskCode } from './brief.workflow-api';

// A page of briefs as the task projection answers it: briefs are tasks of kind `brief`, one per
// unit and month (`BRIEF_2026_01`), so the page is the task inbox's.

const brief = (unit: string, status: string, overdue: boolean) => ({
  taskId: `shenzhen-2009-98.${briefTaskCode('2026-01')}.${unit}`,
  planId: 'shenzhen-2009-98',
  taskCode: briefTaskCode('2026-01'),
  unit,
  coUnits: [],
  title: '2026-01 信息简报',
  kind: 'brief',
  due: '2026-02-06',
  deadline: '2026-02-06T15:59:59.999Z',
  status,
  overdue,
  progressPercent: 0,
  pendingContributions: [],
  extensionPending: false,
  yellowCard: overdue,
  redCard: false,
  leadingGroup: false,
  openEscalations: overdue ? 1 : 0,
  updatedAt: '2026-02-07T01:00:00.000Z',
  lastEventSequence: overdue ? 3 : 2,
});

describe('brief answers', () => {
  it('GET /briefs: a page of one month’s briefs, filed and overdue', () => {
    const page = { items: [brief('STIIC', 'accepted', false), brief('FUTIAN', 'assigned', true)], nextCursor: 'eyJrIjoidGFza3MifQ' };
    expect(taskInboxPageSchema.parse(page)).toEqual(page);
    expect(taskInboxPageSchema.parse({ items: [], total: 0 })).toEqual({ items: [], total: 0 });
    expect(taskInboxPageSchema.safeParse({ items: [{ ...brief('STIIC', 'filed', false) }] }).success).toBe(false);
  });

  it('documents GET /briefs with its query, its page and the 403 for another unit’s briefs', () => {
    const doc = buildOpenApiDocument(Object.values(BRIEF_OPERATIONS), { title: 't', version: '1', description: 'd' });
    const list = doc.paths?.['/briefs']?.get;
    expect((list?.parameters ?? []).map((p) => ('name' in p ? p.name : '')).sort()).toEqual(['count', 'cursor', 'limit', 'offset', 'period', 'planId', 'status', 'unit']);
    expect(list?.responses?.['200']).toBeDefined();
    expect(JSON.stringify(list?.responses?.['403'])).toContain('AUTH.FORBIDDEN');
  });
});
