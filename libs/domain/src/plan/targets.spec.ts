import { validatePlanDefinition, parsePlanDefinition, type PlanDefinitionInput } from './plan-definition';
import { rebasePlan } from './rebase';
import { checkTargetReport, periodStart } from './targets';
import { targetDefinitionSchema, type TargetDefinition } from './targets.schema';
import { SHENZHEN_2009_98 } from './templates/shenzhen-2009-98.plan';

const seed = parsePlanDefinition(SHENZHEN_2009_98);
const target = (code: string): TargetDefinition => {
  const t = seed.targets?.find((x) => x.code === code);
  if (!t) throw new Error(`no target ${code}`);
  return t;
};

describe('the seed plan’s targets (三, 二(二), 五(三)2)', () => {
  it('carries the seed’s goals with their clause, owner and every number of ours labelled', () => {
    expect(seed.targets?.map((t) => [t.code, t.clause, t.owner, t.by])).toEqual([
      ['DEMO_PARKS', '三', 'STIIC', '2014'],
      ['TRANSFERRED', '三', 'STIIC', '2012'],
      ['GROWTH_BALANCE', '二(二)', 'STATS', '2012'],
      ['RETRAINED', '五(三)2', 'HRSS', '2012'],
    ]);
    // 1～2 省示范性产业转移工业园 in three to five years: the figure and the year are our reading.
    expect(target('DEMO_PARKS')).toMatchObject({ indicator: { kind: 'cumulative', comparator: 'atLeast', value: 2 }, ours: expect.arrayContaining(['value', 'by']) });
    // 长大于消、长消平衡: entering ÷ leaving ≥ 1 is the seed's "what enters outweighs what leaves".
    expect(target('GROWTH_BALANCE').indicator).toMatchObject({ comparator: 'atLeast', value: 1, ratio: { numerator: 'entering', denominator: 'leaving' } });
    expect(target('GROWTH_BALANCE').ours).not.toContain('value');
    // The seed sets no number of enterprises: TRANSFERRED's figure is ours.
    expect(target('TRANSFERRED').ours).toEqual(expect.arrayContaining(['value', 'indicator']));
    expect(seed.targets?.reduce((s, t) => s + t.weight, 0)).toBe(100);
  });

  it('moves year deadlines by whole years and dates by days when the plan is rebased', () => {
    const rebased = rebasePlan(seed, '2026-03-02');
    expect(rebased.targets?.map((t) => t.by)).toEqual(['2031', '2029', '2029', '2029']);
    const dated = rebasePlan({ ...seed, targets: [{ ...target('TRANSFERRED'), by: '2012-06-30' }] }, '2009-08-27');
    expect(dated.targets?.[0]?.by).toBe('2012-07-01');
  });
});

describe('target validation in the plan definition', () => {
  const withTargets = (targets: unknown[]): unknown => ({ ...SHENZHEN_2009_98, targets });
  const problems = (input: unknown) => {
    const r = validatePlanDefinition(input);
    return r.ok ? [] : r.problems;
  };
  const base = SHENZHEN_2009_98.targets?.[1] as NonNullable<PlanDefinitionInput['targets']>[number];

  it('names an unknown owner, a duplicate code and a deadline before the issue date by their paths', () => {
    expect(problems(withTargets([base, { ...base, owner: 'NOBODY' }, { ...base, code: 'EARLY', by: '2008' }]))).toEqual([
      { path: 'targets.1.code', rule: 'duplicate target code TRANSFERRED' },
      { path: 'targets.1.owner', rule: 'unknown unit NOBODY' },
      { path: 'targets.2.by', rule: "is before the plan's issue date 2009-08-26" },
    ]);
  });

  it('refuses bad shapes with their paths: a by that is neither a year nor a date, a cumulative atMost, an unknown part of ours', () => {
    const paths = problems(withTargets([{ ...base, by: '2012-02-30' }, { ...base, code: 'B', indicator: { ...base.indicator, comparator: 'atMost' } }, { ...base, code: 'C', ours: ['colour'] }])).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['targets.0.by', 'targets.1.indicator.kind', 'targets.2.ours.0']));
  });

  it('needs a weight above 0 on at least one target, and accepts a plan without targets', () => {
    expect(problems(withTargets([{ ...base, weight: 0 }]))).toEqual([{ path: 'targets', rule: 'at least one target must have a weight above 0' }]);
    const { targets: _none, ...without } = SHENZHEN_2009_98;
    expect(validatePlanDefinition(without).ok).toBe(true);
  });
});

describe('checkTargetReport', () => {
  const parks = target('DEMO_PARKS');
  const balance = target('GROWTH_BALANCE');
  const none = new Set<string>();

  it('accepts a year’s value and says whether it meets the figure', () => {
    expect(checkTargetReport(parks, seed.issuedOn, { period: '2011', value: 1 }, none, '2012-01-15')).toEqual({ ok: true, value: 1, met: false });
    expect(checkTargetReport(parks, seed.issuedOn, { period: '2012', value: 2 }, none, '2012-01-15')).toEqual({ ok: true, value: 2, met: true });
  });

  it('computes a ratio from its two figures', () => {
    expect(checkTargetReport(balance, seed.issuedOn, { period: '2010', values: { entering: 150, leaving: 120 } }, none, '2011-01-10')).toEqual({
      ok: true,
      value: 1.25,
      values: { entering: 150, leaving: 120 },
      met: true,
    });
  });

  it('names every field at fault', () => {
    const bad = checkTargetReport(balance, seed.issuedOn, { period: '2010-Q1', value: 3, values: { entering: 1, leaving: 0, moved: 2 } }, none, '2011-01-10');
    expect(bad).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [
        { path: 'period', rule: 'must be a year YYYY (the target is reported annually)' },
        { path: 'value', rule: 'is not used: this target is a ratio, send values.entering and values.leaving' },
        { path: 'values.moved', rule: 'is not a figure of this target (entering, leaving)' },
        { path: 'values.leaving', rule: 'must be greater than 0 (it divides)' },
      ],
    });
    const periods = ['2008', '2015', '2013'].map((period) => checkTargetReport(parks, seed.issuedOn, { period, value: 1 }, none, '2013-06-01'));
    expect(periods.map((c) => (c.ok ? 'ok' : c.kind === 'invalid' ? c.problems[0]?.rule : c.kind))).toEqual(['is before the plan was issued (2009-08-26)', "is after the target's deadline 2014", 'ok']);
    const future = checkTargetReport(parks, seed.issuedOn, { period: '2014', value: 1 }, none, '2013-06-01');
    expect(future).toMatchObject({ ok: false, kind: 'invalid', problems: [{ path: 'period', rule: 'has not begun yet (today is 2013-06-01)' }] });
    expect(checkTargetReport(parks, seed.issuedOn, { period: '2011' }, none, '2012-01-01')).toMatchObject({ ok: false, problems: [{ path: 'value', rule: 'is required' }] });
  });

  it('refuses a period reported twice unless it is a correction, and a correction of nothing', () => {
    const reported = new Set(['2011']);
    expect(checkTargetReport(parks, seed.issuedOn, { period: '2011', value: 1 }, reported, '2012-01-15')).toMatchObject({ ok: false, kind: 'already-reported' });
    expect(checkTargetReport(parks, seed.issuedOn, { period: '2011', value: 2, correction: { reason: '统计口径更正' } }, reported, '2012-01-15')).toMatchObject({ ok: true, value: 2 });
    expect(checkTargetReport(parks, seed.issuedOn, { period: '2010', value: 2, correction: { reason: 'x' } }, reported, '2012-01-15')).toMatchObject({ ok: false, kind: 'nothing-to-correct' });
  });

  it('reads quarters for a quarterly target', () => {
    const quarterly = targetDefinitionSchema.parse({ ...SHENZHEN_2009_98.targets?.[1], period: 'quarterly' });
    expect(periodStart('2011-Q3', 'quarterly')).toBe('2011-07-01');
    expect(periodStart('2011', 'quarterly')).toBeUndefined();
    expect(checkTargetReport(quarterly, seed.issuedOn, { period: '2011-Q3', value: 40 }, none, '2011-07-01')).toMatchObject({ ok: true, value: 40 });
    expect(checkTargetReport(quarterly, seed.issuedOn, { period: '2011-Q4', value: 40 }, none, '2011-09-30')).toMatchObject({ ok: false, kind: 'invalid' });
  });
});
