import { EventType } from '../events';
import { parsePlanDefinition } from '../plan/plan-definition';
import { SHENZHEN_2009_98 } from '../plan/templates/shenzhen-2009-98.plan';
import { foldAssessmentEvents, type AssessmentEvent } from './assessment-events';
import { benefitLedger, checkBenefitEntry } from './benefit-ledger';
import { CITY_ASSESSMENT_GOAL, assessCity, attainmentOf, expectedIn, targetStatuses } from './city-assessment';

const plan = parsePlanDefinition(SHENZHEN_2009_98);
const planId = plan.planId;
const actor = (unit: string) => ({ sub: `o.${unit.toLowerCase()}`, unit, roles: ['official'] });

/** The plan's own event stream, numbered as its outbox numbers it. */
function stream() {
  let sequence = 0;
  const events: AssessmentEvent[] = [];
  const push = (type: string, data: Record<string, unknown>, time = '2012-01-10T02:00:00.000Z'): AssessmentEvent => {
    const e = { id: `${planId}#${++sequence}`, type, subject: planId, time, sequence, data };
    events.push(e);
    return e;
  };
  return { events, push };
}

function started() {
  const s = stream();
  s.push(EventType.PlanStarted, { planId, title: plan.title, issuedOn: plan.issuedOn, tasks: [], scoring: plan.scoring, targets: plan.targets, actor: actor('LGO') }, '2009-08-26T01:00:00.000Z');
  const report = (targetCode: string, period: string, value: number, extra: Record<string, unknown> = {}) =>
    s.push(EventType.TargetReported, { planId, targetCode, period, value, met: false, evidence: [], actor: actor('STIIC'), ...extra });
  return { ...s, report };
}

describe('the city assessment (三: ≥ 90; formula ours)', () => {
  it('weighs each target’s attainment, capped at 100 %, and compares the score with the seed’s 90', () => {
    const s = started();
    // 2012 is the fourth of DEMO_PARKS' six years (2009–2014): its milestone is 2 × 4/6.
    s.report('DEMO_PARKS', '2012', 2);
    s.report('TRANSFERRED', '2012', 80);
    s.report('GROWTH_BALANCE', '2012', 1.1, { values: { entering: 110, leaving: 100 } });
    s.report('RETRAINED', '2012', 0.6, { values: { retrained: 60, affected: 100 } });
    const a = assessCity(foldAssessmentEvents(s.events, planId), 2012);
    expect(a.indicators.map((i) => [i.code, i.expected, i.value, i.attainment, i.points])).toEqual([
      ['DEMO_PARKS', 1.3333, 2, 1, 30],
      ['TRANSFERRED', 100, 80, 0.8, 24],
      ['GROWTH_BALANCE', 1, 1.1, 1, 25],
      ['RETRAINED', 0.8, 0.6, 0.75, 11.25],
    ]);
    // 30 + 24 + 25 + 11.25
    expect(a).toMatchObject({ planId, year: 2012, assessed: true, score: 90.25, goal: CITY_ASSESSMENT_GOAL, meetsGoal: true, ledBy: { lead: 'DUCHA', with: ['LGO', 'PERF'], clause: '六(三)' } });
    expect(a.indicators[3]?.ours).toContain('weight');
  });

  it('gives an unreported target 0 and assesses only the targets whose years include the year', () => {
    const s = started();
    s.report('DEMO_PARKS', '2013', 1);
    const a = assessCity(foldAssessmentEvents(s.events, planId), 2013);
    // Only DEMO_PARKS runs to 2014; its 2013 milestone is 2 × 5/6.
    expect(a.indicators.map((i) => i.code)).toEqual(['DEMO_PARKS']);
    expect(a.score).toBe(60);
    expect(a.meetsGoal).toBe(false);
    const unreported = assessCity(foldAssessmentEvents(s.events, planId), 2010);
    expect(unreported.score).toBe(0);
    expect(unreported.indicators[1]?.reason).toBe('TRANSFERRED: nothing reported for 2010 by STIIC: 0 % attained');
    expect(assessCity(foldAssessmentEvents(s.events, planId), 2015)).toMatchObject({ assessed: false, score: null, meetsGoal: false, indicators: [] });
    expect(assessCity(foldAssessmentEvents(s.events, planId), 2008).assessed).toBe(false);
  });

  it('lets a correction replace its period, counts an event id once, and ignores other plans and bad data', () => {
    const s = started();
    const first = s.report('TRANSFERRED', '2011', 30);
    s.report('TRANSFERRED', '2011', 45, { correction: { reason: '补报宝安区数据' } });
    s.events.push({ ...first, sequence: 99 });
    s.push(EventType.TargetReported, { planId: 'other-plan', targetCode: 'TRANSFERRED', period: '2011', value: 1000, met: true, evidence: [], actor: actor('STIIC') });
    s.push(EventType.TargetReported, { planId, targetCode: 'TRANSFERRED', period: '2011', value: 'lots' });
    const log = foldAssessmentEvents(s.events, planId);
    const transferred = targetStatuses(log).find((t) => t.code === 'TRANSFERRED');
    expect(transferred?.reports.map((r) => [r.period, r.value, r.correction?.reason])).toEqual([['2011', 45, '补报宝安区数据']]);
    expect(transferred?.met).toBe(false);
    expect(targetStatuses(log).find((t) => t.code === 'DEMO_PARKS')).toMatchObject({ reports: [], met: null });
    expect(log.eventsRead).toBe(3);
  });

  it('takes a quarterly target’s last reported quarter of the year', () => {
    const quarterly = { ...plan, targets: plan.targets?.map((t) => (t.code === 'TRANSFERRED' ? { ...t, period: 'quarterly' as const } : t)) };
    const s = stream();
    s.push(EventType.PlanStarted, { planId, title: 't', issuedOn: plan.issuedOn, tasks: [], targets: quarterly.targets, actor: actor('LGO') });
    for (const [period, value] of [['2011-Q1', 10], ['2011-Q3', 60], ['2011-Q2', 30]] as const) {
      s.push(EventType.TargetReported, { planId, targetCode: 'TRANSFERRED', period, value, met: false, evidence: [], actor: actor('STIIC') });
    }
    const a = assessCity(foldAssessmentEvents(s.events, planId), 2011);
    // 2011 is the third of TRANSFERRED's four years: 100 × 3/4.
    expect(a.indicators.find((i) => i.code === 'TRANSFERRED')).toMatchObject({ period: '2011-Q3', value: 60, expected: 75, attainment: 0.8 });
  });

  it('computes attainment both ways, capped, and straight-line milestones', () => {
    expect([attainmentOf('atLeast', 5, 10), attainmentOf('atLeast', 20, 10), attainmentOf('atLeast', 0, 0)]).toEqual([0.5, 1, 1]);
    expect([attainmentOf('atMost', 5, 10), attainmentOf('atMost', 20, 10), attainmentOf('atMost', 0, 0)]).toEqual([1, 0.5, 1]);
    const parks = plan.targets?.[0];
    if (!parks) throw new Error('no target');
    expect([2009, 2011, 2014, 2016].map((y) => expectedIn(parks, 2009, y))).toEqual([0.3333, 1, 2, 2]);
  });
});

describe('the benefit-sharing ledger (二(四))', () => {
  const entry = (enterpriseId: string, district: string, parkId: string, period: string, outputValue: number, tax: number, extra: Record<string, unknown> = {}) => ({
    planId,
    enterpriseId,
    enterpriseName: enterpriseId,
    period,
    district,
    park: { parkId, parkName: parkId, city: parkId === 'sz-shanwei-park' ? '汕尾' : '潮州' },
    outputValue,
    tax,
    statistics: { outbound: 0.4, inbound: 0.6 },
    taxSplit: { outbound: 0.5, inbound: 0.5 },
    actor: actor(district),
    ...extra,
  });

  it('sums the entries in force per district and per park, with each side’s share', () => {
    const s = started();
    s.push(EventType.BenefitRecorded, entry('E1', 'FUTIAN', 'sz-shanwei-park', '2011', 1000, 100));
    s.push(EventType.BenefitRecorded, entry('E2', 'FUTIAN', 'sz-chaozhou-park', '2011', 500, 40));
    s.push(EventType.BenefitRecorded, entry('E3', 'BAOAN', 'sz-shanwei-park', '2011', 200, 10, { taxSplit: { outbound: 0, inbound: 1 } }));
    s.push(EventType.BenefitRecorded, entry('E1', 'FUTIAN', 'sz-shanwei-park', '2011', 1200, 100, { correction: { reason: '审计调整' } }));
    s.push(EventType.BenefitRecorded, entry('E1', 'FUTIAN', 'sz-shanwei-park', '2012', 900, 90));
    const log = foldAssessmentEvents(s.events, planId);
    const byDistrict = benefitLedger(log, 'district', 2011);
    expect(byDistrict.groups.map((g) => [g.key, g.enterprises, g.outputValue, g.outputOutbound, g.outputInbound, g.tax, g.taxOutbound, g.taxInbound])).toEqual([
      ['BAOAN', 1, 200, 80, 120, 10, 0, 10],
      ['FUTIAN', 2, 1700, 680, 1020, 140, 70, 70],
    ]);
    expect(byDistrict.totals).toMatchObject({ entries: 3, enterprises: 3, outputValue: 1900, tax: 150 });
    const byPark = benefitLedger(log, 'park');
    expect(byPark.groups.map((g) => [g.key, g.city, g.entries, g.outputValue])).toEqual([
      ['sz-chaozhou-park', '潮州', 1, 500],
      ['sz-shanwei-park', '汕尾', 3, 2300],
    ]);
    expect(byPark.entries.map((e) => `${e.enterpriseId}/${e.period}`)).toEqual(['E1/2011', 'E1/2012', 'E2/2011', 'E3/2011']);
  });

  it('checks an entry: shares adding up to 1, one form per year, no second entry without a correction', () => {
    const ok = { period: '2011', outputValue: 1, tax: 1, statistics: { outbound: 0.4, inbound: 0.6 }, taxSplit: { outbound: 1, inbound: 0 } };
    expect(checkBenefitEntry(ok, plan.issuedOn, new Set(), '2012-01-01')).toEqual({ ok: true });
    expect(checkBenefitEntry({ ...ok, statistics: { outbound: 0.5, inbound: 0.6 } }, plan.issuedOn, new Set(), '2012-01-01')).toEqual({
      ok: false,
      kind: 'invalid',
      problems: [{ path: 'statistics.inbound', rule: 'outbound + inbound must be 1 (got 0.5 + 0.6)' }],
    });
    expect(checkBenefitEntry({ ...ok, period: '2011-Q2' }, plan.issuedOn, new Set(['2011']), '2012-01-01')).toMatchObject({ kind: 'invalid', problems: [{ path: 'period' }] });
    expect(checkBenefitEntry({ ...ok, period: '2008' }, plan.issuedOn, new Set(), '2012-01-01')).toMatchObject({ kind: 'invalid' });
    expect(checkBenefitEntry({ ...ok, period: '2013' }, plan.issuedOn, new Set(), '2012-01-01')).toMatchObject({ kind: 'invalid' });
    expect(checkBenefitEntry(ok, plan.issuedOn, new Set(['2011']), '2012-01-01')).toMatchObject({ kind: 'already-recorded' });
    expect(checkBenefitEntry({ ...ok, correction: { reason: 'r' } }, plan.issuedOn, new Set(['2011']), '2012-01-01')).toEqual({ ok: true });
    expect(checkBenefitEntry({ ...ok, correction: { reason: 'r' } }, plan.issuedOn, new Set(), '2012-01-01')).toMatchObject({ kind: 'nothing-to-correct' });
  });
});
