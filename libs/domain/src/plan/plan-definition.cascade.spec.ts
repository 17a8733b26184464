import { rebasePlan } from './rebase';
import { expandAssignments } from './task-assignment';
import { parsePlanDefinition, validatePlanDefinition, type PlanDefinitionInput } from './plan-definition';

/**
 * 逐级落实 (六(三)) in a plan definition: departments name their district as `parent`, and a task
 * may give departments of its lead sub-tasks due within its own deadline. The departments here
 * are examples of ours (the seed names none).
 */
const unit = (code: string, parent?: string) => ({ code, name: code, nameEn: code, ...(parent && { parent }) });
const base = (): PlanDefinitionInput => ({
  planId: 'cascade-test',
  title: '逐级落实',
  titleEn: 'Cascade',
  issuedOn: '2026-01-05',
  timeZone: 'Asia/Shanghai',
  units: [unit('STIIC'), unit('FUTIAN'), unit('LUOHU'), unit('FUTIAN_ECON', 'FUTIAN'), unit('FUTIAN_DRC', 'FUTIAN'), unit('LUOHU_ECON', 'LUOHU')],
  groups: [{ code: 'DISTRICTS', name: '各区政府', units: ['FUTIAN', 'LUOHU'] }],
  tasks: [
    {
      code: 'T4',
      title: '招商引资',
      titleEn: 'Investment promotion',
      lead: 'DISTRICTS',
      deliverable: 'plan',
      due: '2026-06-30',
      subtasks: [
        { unit: 'FUTIAN_ECON', title: '福田区企业考察组织', due: '2026-05-31' },
        { unit: 'LUOHU_ECON', title: '罗湖区企业考察组织', titleEn: 'Luohu site visits', due: '2026-06-30' },
      ],
    },
    { code: 'T1', title: '指标体系', titleEn: 'Index', lead: 'STIIC', deliverable: 'index', due: '2026-03-31' },
  ],
});

const problems = (input: PlanDefinitionInput) => {
  const r = validatePlanDefinition(input);
  return r.ok ? [] : r.problems;
};

describe('departments and sub-tasks in a plan definition', () => {
  it('gives each group member its own departments and the sub-tasks of its departments only', () => {
    const assignments = expandAssignments(parsePlanDefinition(base()));
    const futian = assignments.find((a) => a.taskId === 'cascade-test.T4.FUTIAN');
    const luohu = assignments.find((a) => a.taskId === 'cascade-test.T4.LUOHU');
    expect(futian).toMatchObject({
      departments: ['FUTIAN_ECON', 'FUTIAN_DRC'],
      subtasks: [{ unit: 'FUTIAN_ECON', title: '福田区企业考察组织', titleEn: '福田区企业考察组织', due: '2026-05-31' }],
    });
    expect(luohu).toMatchObject({ departments: ['LUOHU_ECON'], subtasks: [{ unit: 'LUOHU_ECON', titleEn: 'Luohu site visits' }] });
    // A unit without departments gets neither field: its task starts with the input it always had.
    const t1 = assignments.find((a) => a.taskCode === 'T1');
    expect(t1 && ('departments' in t1 || 'subtasks' in t1)).toBe(false);
  });

  it('refuses a parent that is unknown, the unit itself, or part of a cycle', () => {
    const plan = base();
    plan.units.push(unit('GHOST_DEPT', 'NOWHERE'), unit('SELF', 'SELF'), unit('A_DEPT', 'B_DEPT'), unit('B_DEPT', 'A_DEPT'));
    expect(problems(plan)).toEqual([
      { path: 'units.6.parent', rule: 'unknown unit NOWHERE' },
      { path: 'units.7.parent', rule: 'SELF cannot be its own parent' },
      { path: 'units.8.parent', rule: 'parents form a cycle: A_DEPT → B_DEPT → A_DEPT' },
      { path: 'units.9.parent', rule: 'parents form a cycle: B_DEPT → A_DEPT → B_DEPT' },
    ]);
  });

  it('refuses a sub-task for a unit that is not a department of the lead, twice for one unit, or due after the task', () => {
    const plan = base();
    const t4 = plan.tasks[0];
    const t1 = plan.tasks[1];
    if (!t4 || !t1) throw new Error('fixture');
    t4.subtasks = [
      { unit: 'STIIC', title: 'x', due: '2026-05-01' },
      { unit: 'FUTIAN_ECON', title: 'x', due: '2026-07-01' },
      { unit: 'FUTIAN_ECON', title: 'y', due: '2025-12-31' },
      { unit: 'NOBODY', title: 'z', due: '2026-05-01' },
    ];
    t1.subtasks = [{ unit: 'FUTIAN_ECON', title: 'not STIIC’s', due: '2026-03-01' }];
    expect(problems(plan)).toEqual([
      { path: 'tasks.0.subtasks.0.unit', rule: 'STIIC is not a department of DISTRICTS (its parent must be FUTIAN or LUOHU)' },
      { path: 'tasks.0.subtasks.1.due', rule: "must be on or before the task's due date 2026-06-30" },
      { path: 'tasks.0.subtasks.2.unit', rule: 'duplicate sub-task for FUTIAN_ECON' },
      { path: 'tasks.0.subtasks.2.due', rule: "due date is before the plan's issue date 2026-01-05" },
      { path: 'tasks.0.subtasks.3.unit', rule: 'unknown unit NOBODY' },
      { path: 'tasks.1.subtasks.0.unit', rule: 'FUTIAN_ECON is not a department of STIIC (its parent must be STIIC)' },
    ]);
  });

  it('is shifted whole by a rebase, sub-tasks included', () => {
    const rebased = rebasePlan(parsePlanDefinition(base()), '2026-01-15');
    expect(rebased.tasks[0]?.subtasks?.map((s) => s.due)).toEqual(['2026-06-10', '2026-07-10']);
    expect(rebased.tasks[0]?.due).toBe('2026-07-10');
    expect(validatePlanDefinition(rebased).ok).toBe(true);
  });
});
