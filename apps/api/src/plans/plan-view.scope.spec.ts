import type { PlanView } from '@duban/contracts';
import { SZ_2009_INDEX_V1 } from '@duban/domain';
import { scopePlanView } from './plan-view.scope';

// The seed plan's rows (T1 STIIC + STATS, T2 PLAN + STIIC, HABITAT, T3 STIIC, T4 per district), two deliverables accepted.
const row = (taskCode: string, unit: string, status: PlanView['tasks'][number]['status'] = 'assigned') => ({ taskId: `p.${taskCode}.${unit}`, taskCode, unit, due: '2010-12-31', status });
const view: PlanView = {
  planId: 'p',
  title: '深圳市产业转移行动计划',
  issuedOn: '2009-06-01',
  status: 'running',
  startedAt: '2009-06-02T00:00:00.000Z',
  tasks: [row('T1', 'STIIC', 'accepted'), row('T2', 'PLAN'), row('T3', 'STIIC'), row('T4', 'FUTIAN', 'accepted'), row('T4', 'LUOHU')],
  deliverables: {
    T1: [{ taskId: 'p.T1.STIIC', summary: '工业企业综合评价指标体系', acceptedAt: '2009-08-01T00:00:00.000Z' }],
    T4: [{ taskId: 'p.T4.FUTIAN', summary: '福田区转移方案', deliverableRef: 'doc://futian', acceptedAt: '2009-09-01T00:00:00.000Z' }],
  },
  evaluationIndex: SZ_2009_INDEX_V1,
  escalation: { reminderDaysBefore: [30, 7, 1], reminderHour: 9, redAfterWorkingDays: 5, leadingGroupAfterWorkingDays: 15, repeatEveryWorkingDays: 5 },
};
const coWorks: Record<string, string[]> = { STATS: ['p.T1.STIIC'], HABITAT: ['p.T2.PLAN'], STIIC: ['p.T2.PLAN'] };
const scoped = (unit: string) => scopePlanView(view, unit, new Set(coWorks[unit] ?? []));

describe('scopePlanView', () => {
  it('shows a district only its own row and deliverable, not the index', () => {
    const futian = scoped('FUTIAN');
    expect(futian.tasks.map((t) => t.taskId)).toEqual(['p.T4.FUTIAN']);
    expect(futian.deliverables).toEqual({ T4: view.deliverables['T4'] });
    expect(futian).not.toHaveProperty('evaluationIndex');
    expect(scoped('LUOHU')).toMatchObject({ tasks: [row('T4', 'LUOHU')], deliverables: {} });
  });

  it('shows a co-unit the rows it co-works, and T1’s co-unit the index', () => {
    const stats = scoped('STATS');
    expect(stats.tasks.map((t) => t.taskId)).toEqual(['p.T1.STIIC']);
    expect(stats.deliverables).toEqual({ T1: view.deliverables['T1'] });
    expect(stats.evaluationIndex).toEqual(SZ_2009_INDEX_V1);
    expect(scoped('HABITAT').tasks.map((t) => t.taskId)).toEqual(['p.T2.PLAN']);
    expect(scoped('HABITAT')).not.toHaveProperty('evaluationIndex');
    expect(scoped('STIIC').tasks.map((t) => t.taskId)).toEqual(['p.T1.STIIC', 'p.T2.PLAN', 'p.T3.STIIC']);
  });

  it('keeps the plan’s own fields, and shows a unit with no task no rows at all', () => {
    const { tasks: _t, deliverables: _d, evaluationIndex: _i, ...plan } = view;
    expect(scoped('DUCHA')).toEqual({ ...plan, tasks: [], deliverables: {} });
  });

  it('never changes the view it is given (the cached one every caller shares)', () => {
    const before = JSON.parse(JSON.stringify(view)) as PlanView;
    const futian = scoped('FUTIAN');
    futian.tasks[0]!.status = 'rejected' as never;
    expect(view).toEqual(before);
  });
});
