import { chinaCalendar } from '@duban/domain';
import type { OpenStepEnterpriseRow, OpenTaskRow } from '@duban/persistence';
import { buildInbox, compareUrgency, levelOf } from './inbox-items';

// Monday 2026-10-12, 10:00 in Shanghai: just after the 2026 National Day holiday (10-01…10-07 off,
// Saturday 10-10 a make-up working day), so counts on the holiday calendar differ from weekdays.
const NOW = new Date('2026-10-12T02:00:00Z');
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

const task = (id: string, due: string, over: Partial<OpenTaskRow> = {}): OpenTaskRow => ({
  _id: id,
  planId: 'p',
  taskCode: 'T1',
  unit: 'FUTIAN',
  coUnits: [],
  title: id,
  kind: 'task',
  due,
  deadline: endOf(due),
  status: 'assigned',
  pendingContributions: [],
  extensionPending: false,
  yellowCard: false,
  redCard: false,
  leadingGroup: false,
  ...over,
});

const enterprise: OpenStepEnterpriseRow = {
  _id: 'E1',
  planId: 'p',
  name: '深圳市测试电子有限公司',
  currentSteps: [
    { step: 'site-visit', stepId: 'E1/site-visit', unit: 'FUTIAN', due: '2026-12-31', deadline: endOf('2026-12-31'), openedAt: NOW },
    { step: 'labour', stepId: 'E1/labour', unit: 'HRSS', due: '2026-09-01', deadline: endOf('2026-09-01'), openedAt: NOW },
  ],
  openEscalationIds: ['E1/labour~0~red'],
};

describe('buildInbox', () => {
  const inbox = buildInbox({
    unit: 'FUTIAN',
    now: NOW,
    calendar: chinaCalendar,
    calendarVersion: 0,
    tasks: [
      task('late', '2026-09-30', { yellowCard: true, redCard: true }),
      task('soon', '2026-10-16', { pendingContributions: ['LUOHU'] }),
      task('co-done', '2026-10-13', { unit: 'LUOHU', coUnits: ['FUTIAN'] }),
      task('co-pending', '2026-10-20', { unit: 'LUOHU', coUnits: ['FUTIAN'], pendingContributions: ['FUTIAN'] }),
    ],
    briefs: [task('brief', '2026-10-09', { kind: 'brief', yellowCard: true })],
    steps: [enterprise],
    truncated: false,
  });

  it('counts working days on the holiday calendar: overdue negative, 0 due today', () => {
    const left = Object.fromEntries(inbox.items.map((i) => [i.id, i.workingDaysLeft]));
    // 09-30 → 10-12: 10-08, 10-09, the make-up Saturday 10-10 and 10-12 (weekdays alone would say 8).
    expect(left['late']).toBe(-4);
    expect(left['brief']).toBe(-2);
    expect(left['soon']).toBe(4);
    expect(inbox.today).toBe('2026-10-12');
  });

  it('sorts overdue first (longest first), then fewest working days left', () => {
    expect(inbox.items.map((i) => i.id)).toEqual(['late', 'brief', 'soon', 'co-pending', 'E1/site-visit']);
    expect(inbox.counts).toMatchObject({ total: 5, overdue: 2, byKind: { task: 3, brief: 1, 'enterprise-step': 1 } });
  });

  it('lists a co-unit only where its own contribution is pending, and only its own enterprise steps', () => {
    const co = inbox.items.find((i) => i.id === 'co-pending');
    expect(co).toMatchObject({ role: 'co-unit', contributionPending: true, href: '/console/tasks/co-pending' });
    expect(inbox.items.find((i) => i.id === 'soon')).toMatchObject({ role: 'lead', contributionPending: true });
    expect(inbox.items.some((i) => i.id === 'co-done' || i.id === 'E1/labour')).toBe(false);
    expect(inbox.items.find((i) => i.kind === 'enterprise-step')).toMatchObject({
      enterpriseId: 'E1',
      step: 'site-visit',
      title: '深圳市测试电子有限公司：组织赴园区考察',
      level: 'none',
      href: '/console/enterprises/E1',
    });
  });

  it("shows the ladder's highest card, else 提醒 within 30 days of the deadline", () => {
    const level = Object.fromEntries(inbox.items.map((i) => [i.id, i.level]));
    expect(level).toMatchObject({ late: 'red', brief: 'yellow', soon: 'reminder', 'E1/site-visit': 'none' });
    expect(levelOf({ yellow: true, red: true, leadingGroup: true }, NOW, NOW)).toBe('leading-group');
  });

  it('breaks ties by deadline, then id', () => {
    const a = inbox.items[2] as (typeof inbox.items)[number];
    expect(compareUrgency(a, { ...a, id: 'zz' })).toBeLessThan(0);
    expect(compareUrgency(a, { ...a, deadlineAt: '2000-01-01T00:00:00.000Z' })).toBeGreaterThan(0);
  });
});
