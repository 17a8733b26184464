import { PLAN_TEMPLATES, SHENZHEN_2009_98 } from './templates/shenzhen-2009-98.plan';
import { expandAssignments } from './task-assignment';
import { parsePlanDefinition, validatePlanDefinition, PlanDefinitionError } from './plan-definition';
import { rebasePlan } from './rebase';

describe('the seed plan shenzhen-2009-98', () => {
  const plan = parsePlanDefinition(SHENZHEN_2009_98);

  it('is a valid definition, registered as a template', () => {
    expect(plan.planId).toBe('shenzhen-2009-98');
    expect(PLAN_TEMPLATES['shenzhen-2009-98']).toBe(SHENZHEN_2009_98);
  });

  it('expands to 11 tasks: T1–T3 and T4 once per district', () => {
    const ids = expandAssignments(plan).map((a) => a.taskId);
    expect(ids).toHaveLength(11);
    expect(ids.slice(0, 4)).toEqual(['shenzhen-2009-98.T1.STIIC', 'shenzhen-2009-98.T2.PLAN', 'shenzhen-2009-98.T3.STIIC', 'shenzhen-2009-98.T4.FUTIAN']);
    expect(ids).toContain('shenzhen-2009-98.T4.PINGSHAN');
  });

  it('gives T1 to STIIC with STATS as co-unit, due 2009-08-31', () => {
    const t1 = expandAssignments(plan)[0];
    expect(t1).toMatchObject({ unit: 'STIIC', coUnits: ['STATS'], due: '2009-08-31' });
  });
});

describe('validatePlanDefinition', () => {
  it('lists every problem with its path, not only the first', () => {
    const broken = {
      ...SHENZHEN_2009_98,
      planId: 'Bad Id',
      tasks: [{ ...SHENZHEN_2009_98.tasks[0], due: '2009-02-30' }, { ...SHENZHEN_2009_98.tasks[1], extra: 1 }],
    };
    const result = validatePlanDefinition(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['planId', 'tasks.0.due', 'tasks.1']));
  });

  it('reports unknown units, duplicates and co-units that lead', () => {
    const result = validatePlanDefinition({
      ...SHENZHEN_2009_98,
      tasks: [
        { ...SHENZHEN_2009_98.tasks[0], lead: 'NOBODY' },
        { ...SHENZHEN_2009_98.tasks[1], code: 'T1', coUnits: ['PLAN'] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'tasks.0.lead', rule: 'unknown unit or group NOBODY' },
        { path: 'tasks.1.code', rule: 'duplicate task code T1' },
        { path: 'tasks.1.coUnits.0', rule: 'co-unit PLAN is also the lead' },
      ]),
    );
  });

  it('throws a PlanDefinitionError naming the problems from parsePlanDefinition', () => {
    expect(() => parsePlanDefinition({ planId: 'x' })).toThrow(PlanDefinitionError);
  });
});

describe('rebasePlan', () => {
  const plan = parsePlanDefinition(SHENZHEN_2009_98);

  it('keeps the real dates for null', () => {
    expect(rebasePlan(plan, null)).toEqual(plan);
  });

  it('shifts every date so that the issue date lands on the new date', () => {
    const rebased = rebasePlan(plan, '2026-11-27', 'demo-plan');
    expect(rebased.planId).toBe('demo-plan');
    expect(rebased.issuedOn).toBe('2026-11-27');
    // T1 was due 5 days after issue (2009-08-26 → 2009-08-31).
    expect(rebased.tasks[0]?.due).toBe('2026-12-02');
    expect(plan.tasks[0]?.due).toBe('2009-08-31');
  });
});
