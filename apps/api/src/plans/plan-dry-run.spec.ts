import { PLAN_TEMPLATES } from '@duban/domain';
import { dryRunPlan, planTemplates } from './plan-dry-run';

const seed = PLAN_TEMPLATES['shenzhen-2009-98'] as Record<string, unknown> & { tasks: Record<string, unknown>[]; units: Record<string, unknown>[] };

describe('dryRunPlan', () => {
  it('lists every schema problem with its path and zod code, starting nothing', () => {
    const { result, plan } = dryRunPlan({ ...seed, planId: 'Bad Id', issuedOn: '2009-13-01', colour: 'red', tasks: [{ ...seed.tasks[0], due: 7 }] });
    expect(plan).toBeUndefined();
    expect(result.valid).toBe(false);
    const found = result.problems.map((p) => [p.path, p.code]);
    expect(found).toEqual(expect.arrayContaining([['planId', 'invalid_string'], ['tasks.0.due', 'invalid_type'], ['', 'unrecognized_keys']]));
    expect(found.some(([path]) => path === 'issuedOn')).toBe(true);
  });

  it('lists the rules across fields once the schema passes', () => {
    const tasks = [{ ...seed.tasks[0], lead: 'NOWHERE' }, { ...seed.tasks[1], due: '2000-01-01' }, ...seed.tasks.slice(2)];
    const { result } = dryRunPlan({ ...seed, tasks });
    expect(result.valid).toBe(false);
    expect(result.problems.filter((p) => p.code === 'plan-rule').map((p) => p.path)).toEqual(expect.arrayContaining(['tasks.0.lead', 'tasks.1.due']));
  });

  it('answers what a valid definition or template would start', () => {
    const full = dryRunPlan(seed);
    expect(full.result).toMatchObject({ valid: true, problems: [], plan: { planId: 'shenzhen-2009-98', firstDue: '2009-08-31', lastDue: '2011-12-31' } });
    expect(full.result.plan?.tasks).toHaveLength(11);
    const rebased = dryRunPlan({ template: 'shenzhen-2009-98', planId: 'demo-plan', rebaseTo: '2026-01-01' });
    expect(rebased.result).toMatchObject({ valid: true, plan: { planId: 'demo-plan', issuedOn: '2026-01-01' } });
    expect(rebased.result.plan?.tasks[0]).toMatch(/^demo-plan\.T1\./);
  });

  it('names an unknown template and a bad template request', () => {
    expect(dryRunPlan({ template: 'nope', planId: 'demo-plan', rebaseTo: null }).result.problems).toEqual([expect.objectContaining({ path: 'template', code: 'template-not-found' })]);
    const bad = dryRunPlan({ template: 'shenzhen-2009-98', planId: 'X', rebaseTo: 'soon' }).result;
    expect([...new Set(bad.problems.map((p) => p.path))].sort()).toEqual(['planId', 'rebaseTo']);
  });

  it('answers anything that is not a plan with its problems', () => {
    expect(dryRunPlan('text').result).toMatchObject({ valid: false, problems: [{ path: '', code: 'invalid_type' }] });
    expect(dryRunPlan(null).result.valid).toBe(false);
  });
});

it('lists the built-in templates', () => {
  const { items } = planTemplates();
  expect(items.map((t) => t.name)).toContain('shenzhen-2009-98');
  expect(items.find((t) => t.name === 'shenzhen-2009-98')).toMatchObject({ issuedOn: '2009-08-26', tasks: expect.arrayContaining([expect.objectContaining({ code: 'T4', due: '2011-12-31' })]) });
});
