import { EventType, formatSequence } from '@duban/contracts';
import { SHENZHEN_2009_98, parsePlanDefinition } from '@duban/domain';
import { buildReport, excerpt, renderMarkdown, type ReportEvent } from './report';
import { diffScores, type ScoreComparison, type ScoreRow } from './scores';

const plan = parsePlanDefinition({ ...SHENZHEN_2009_98, planId: 'shenzhen-2009-98-sim-x' });
const T = (code: string, unit: string) => `shenzhen-2009-98-sim-x.${code}.${unit}`;
const seq = new Map<string, number>();
let n = 0;
const ev = (type: string, subject: string, time: string, data: Record<string, unknown>): ReportEvent => {
  const sequence = (seq.get(subject) ?? 0) + 1;
  seq.set(subject, sequence);
  return { id: `e${++n}`, type, subject, sequence: formatSequence(sequence), time, data };
};
const assigned = (taskId: string, unit: string, due: string, kind: 'task' | 'brief') => ev(EventType.TaskAssigned, taskId, '2009-08-26T09:00:00+08:00', { taskId, unit, due, kind });
const raised = (taskId: string, unit: string, level: string, time: string, repeat = 0, due = '2011-12-31') =>
  ev(EventType.EscalationRaised, taskId, time, { escalationId: `${taskId}~0~${level}`, taskId, unit, level, due, repeat });

const events: ReportEvent[] = [
  // T1: submitted and accepted on time.
  assigned(T('T1', 'STIIC'), 'STIIC', '2009-08-31', 'task'),
  ev(EventType.TaskSubmitted, T('T1', 'STIIC'), '2009-08-27T10:00:00+08:00', { version: 1 }),
  ev(EventType.TaskAccepted, T('T1', 'STIIC'), '2009-08-27T10:05:00+08:00', { version: 1 }),
  // T3: extended to 2012-03-31, submitted 03-20: on time against the date in force.
  assigned(T('T3', 'STIIC'), 'STIIC', '2011-12-31', 'task'),
  ev(EventType.ExtensionDecided, T('T3', 'STIIC'), '2011-12-21T10:00:00+08:00', { decision: 'approve', due: '2012-03-31' }),
  ev(EventType.TaskSubmitted, T('T3', 'STIIC'), '2012-03-20T10:00:00+08:00', { version: 1 }),
  ev(EventType.TaskAccepted, T('T3', 'STIIC'), '2012-03-20T10:05:00+08:00', { version: 1 }),
  // T4 LUOHU: rejected once, resubmitted after the deadline: late.
  assigned(T('T4', 'LUOHU'), 'LUOHU', '2011-12-31', 'task'),
  ev(EventType.TaskSubmitted, T('T4', 'LUOHU'), '2011-12-20T10:00:00+08:00', { version: 1 }),
  ev(EventType.TaskRejected, T('T4', 'LUOHU'), '2011-12-21T10:00:00+08:00', { version: 1 }),
  raised(T('T4', 'LUOHU'), 'LUOHU', 'yellow', '2011-12-31T23:59:59.999+08:00'),
  ev(EventType.TaskSubmitted, T('T4', 'LUOHU'), '2012-01-05T10:00:00+08:00', { version: 2 }),
  ev(EventType.TaskAccepted, T('T4', 'LUOHU'), '2012-01-05T10:05:00+08:00', { version: 2 }),
  // T4 FUTIAN: never submitted; yellow, red and its repeat, report.
  assigned(T('T4', 'FUTIAN'), 'FUTIAN', '2011-12-31', 'task'),
  raised(T('T4', 'FUTIAN'), 'FUTIAN', 'yellow', '2011-12-31T23:59:59.999+08:00'),
  raised(T('T4', 'FUTIAN'), 'FUTIAN', 'red', '2012-01-10T23:59:59.999+08:00'),
  raised(T('T4', 'FUTIAN'), 'FUTIAN', 'red', '2012-01-17T23:59:59.999+08:00', 1),
  raised(T('T4', 'FUTIAN'), 'FUTIAN', 'leading-group', '2012-01-29T23:59:59.999+08:00'),
  // Briefs: one on time, one late, one never filed.
  assigned(T('BRIEF_2009_09', 'FUTIAN'), 'FUTIAN', '2009-10-14', 'brief'),
  ev(EventType.TaskSubmitted, T('BRIEF_2009_09', 'FUTIAN'), '2009-10-12T09:30:00+08:00', { version: 1 }),
  ev(EventType.TaskAccepted, T('BRIEF_2009_09', 'FUTIAN'), '2009-10-12T09:35:00+08:00', { version: 1 }),
  assigned(T('BRIEF_2009_09', 'LUOHU'), 'LUOHU', '2009-10-14', 'brief'),
  raised(T('BRIEF_2009_09', 'LUOHU'), 'LUOHU', 'yellow', '2009-10-14T23:59:59.999+08:00', 0, '2009-10-14'),
  ev(EventType.TaskSubmitted, T('BRIEF_2009_09', 'LUOHU'), '2009-10-16T09:30:00+08:00', { version: 1 }),
  ev(EventType.TaskAccepted, T('BRIEF_2009_09', 'LUOHU'), '2009-10-16T09:35:00+08:00', { version: 1 }),
  assigned(T('BRIEF_2009_09', 'BAOAN'), 'BAOAN', '2009-10-14', 'brief'),
  // Enterprises: a C transferred to a park, a D closed, a B still in progress, one step late.
  ev(EventType.EnterpriseRegistered, 'ENT-A', '2009-09-01T10:30:00+08:00', { enterpriseId: 'ENT-A' }),
  ev(EventType.EnterpriseClassified, 'ENT-A', '2009-09-01T10:30:00+08:00', { track: 'C' }),
  ev(EventType.EnterpriseStepCompleted, 'ENT-A', '2009-10-01T11:00:00+08:00', { step: 'destination', overdueWorkingDays: 0, payload: { parkId: 'shanwei', parkName: '汕尾园', region: 'east-wing' } }),
  ev(EventType.EnterpriseStepCompleted, 'ENT-A', '2009-12-01T11:00:00+08:00', { step: 'relocation', overdueWorkingDays: 3, payload: {} }),
  ev(EventType.EnterpriseClosed, 'ENT-A', '2010-06-01T11:00:00+08:00', { track: 'C', outcome: 'transferred' }),
  ev(EventType.EnterpriseRegistered, 'ENT-D', '2009-09-01T10:30:00+08:00', { enterpriseId: 'ENT-D' }),
  ev(EventType.EnterpriseClassified, 'ENT-D', '2009-09-01T10:30:00+08:00', { track: 'D' }),
  ev(EventType.EnterpriseClosed, 'ENT-D', '2009-11-01T11:00:00+08:00', { track: 'D', outcome: 'closed-by-law' }),
  ev(EventType.EnterpriseRegistered, 'ENT-B', '2010-09-01T10:30:00+08:00', { enterpriseId: 'ENT-B' }),
  ev(EventType.EnterpriseClassified, 'ENT-B', '2010-09-01T10:30:00+08:00', { track: 'B' }),
];

const row = (unit: string, year: number, score: number): ScoreRow => ({ unit, year, score, excellent: score >= 90, items: [] });
const live = [row('STIIC', 2009, 101), row('FUTIAN', 2011, 98), row('FUTIAN', 2012, 80.5), row('LUOHU', 2012, 97)];
const scores: ScoreComparison = { live, recomputed: live, equal: true, differences: [], auditEvents: events.length + 3 };
const report = buildReport({ seed: 98, plan, period: { from: '2009-08-26T09:00:00+08:00', to: '2012-12-31T23:00:00+08:00' }, events, publishCalls: events.length, scores, elapsedMs: 95_000, timings: {} });

describe('buildReport', () => {
  it('counts tasks by the date in force at the accepted submission', () => {
    expect(report.city.tasks).toMatchObject({ total: 4, acceptedOnTime: 2, acceptedLate: 1, open: 1, extended: 1, rejected: 1 });
    expect(report.city.tasks.list.find((t) => t.taskId === T('T3', 'STIIC'))).toMatchObject({ originalDue: '2011-12-31', due: '2012-03-31', status: 'accepted-on-time', submittedOn: '2012-03-20' });
    expect(report.city.tasks.list.find((t) => t.taskId === T('T4', 'LUOHU'))).toMatchObject({ status: 'accepted-late', submittedOn: '2012-01-05', rejections: 1 });
  });

  it('counts briefs on time, late and never filed', () => {
    expect(report.city.briefs).toEqual({ total: 3, onTime: 1, late: 1, missing: 1 });
  });

  it('counts first notices by year, unit and level, and repeats apart', () => {
    expect(report.escalations).toMatchObject({ total: 5, repeats: 1, byLevel: { yellow: 3, red: 1, 'leading-group': 1 } });
    expect(report.escalations.byYear).toEqual({ '2009': { yellow: 1, red: 0, 'leading-group': 0 }, '2011': { yellow: 2, red: 0, 'leading-group': 0 }, '2012': { yellow: 0, red: 1, 'leading-group': 1 } });
    expect(report.escalations.byUnit['FUTIAN']).toEqual({ yellow: 1, red: 1, 'leading-group': 1 });
    expect(report.escalations.list.find((e) => e.level === 'red')).toMatchObject({ unit: 'FUTIAN', kind: 'task', repeats: 1, year: 2012 });
    expect(report.escalations.list.find((e) => e.unit === 'LUOHU' && e.year === 2009)?.kind).toBe('brief');
  });

  it('summarises enterprises by track and outcome, their steps and the parks chosen', () => {
    expect(report.city.enterprises).toEqual({
      total: 3,
      byTrack: { B: { total: 1, outcomes: { 'in-progress': 1 } }, C: { total: 1, outcomes: { transferred: 1 } }, D: { total: 1, outcomes: { 'closed-by-law': 1 } } },
      steps: { completed: 2, onTime: 1, late: 1 },
    });
    expect(report.city.parks).toEqual([{ parkId: 'shanwei', parkName: '汕尾园', region: 'east-wing', enterprises: 1 }]);
  });

  it('tables every unit by year in plan order, flags those below 90', () => {
    expect(report.scores.years).toEqual([2009, 2011, 2012]);
    expect(report.scores.units.map((u) => u.unit)).toEqual(['STIIC', 'FUTIAN', 'LUOHU']);
    expect(report.scores.units[1]?.byYear).toEqual({ '2009': null, '2011': { score: 98, excellent: true }, '2012': { score: 80.5, excellent: false } });
    expect(report.scores.belowTarget).toEqual([{ unit: 'FUTIAN', year: 2012, score: 80.5 }]);
  });

  it('renders Markdown and an excerpt that carry the same numbers', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('| FUTIAN | 福田区人民政府 | — | 98 | 80.5 * |');
    expect(md).toContain('Live scores equal the recompute from the audit log: **yes**');
    expect(md).toContain('- Tasks: 4; accepted on time 2, accepted late 1, never completed 1; extended 1, rejected at least once 1.');
    expect(md).toContain('| C | 1 | 0 | 0 | 1 |');
    expect(excerpt(report)).toContain('briefs: 1 on time, 1 late, 1 missing (of 3)');
    expect(excerpt(report)).toContain('below 90: 1 unit-years (lowest: FUTIAN 2012 80.5)');
  });
});

describe('the city assessment beside the unit scores', () => {
  const planId = plan.planId;
  const actor = (unit: string) => ({ sub: `${unit.toLowerCase()}.sim`, unit, roles: ['official'] });
  const reported = (targetCode: string, period: string, unit: string, value: number, values?: Record<string, number>) =>
    ev(EventType.TargetReported, planId, `${Number(period) + 1}-01-20T10:00:00+08:00`, { planId, targetCode, period, value, ...(values && { values }), met: false, evidence: [], actor: actor(unit) });
  const withTargets = [
    ev(EventType.PlanStarted, planId, '2009-08-26T09:00:00+08:00', { planId, title: plan.title, issuedOn: plan.issuedOn, tasks: [], targets: plan.targets, actor: actor('LGO') }),
    ...events,
    reported('DEMO_PARKS', '2011', 'STIIC', 1),
    reported('TRANSFERRED', '2011', 'STIIC', 62),
    reported('GROWTH_BALANCE', '2011', 'STATS', 1.1, { entering: 1210, leaving: 1100 }),
    reported('RETRAINED', '2011', 'HRSS', 0.8615, { retrained: 560, affected: 650 }),
  ];
  const r = buildReport({ seed: 98, plan, period: { from: '2009-08-26T09:00:00+08:00', to: '2012-12-31T23:00:00+08:00' }, events: withTargets, publishCalls: withTargets.length, scores, elapsedMs: 1, timings: {} });

  it('scores the city in each year of the unit scores from the reported targets, against the seed’s 90', () => {
    // 2011: parks 1 ≥ 2 × 3/6 (30); transferred 62 of 100 × 3/4 = 75 (82.67 %: 24.8); balance 1.1 ≥ 1 (25); retrained ≥ 0.8 (15).
    expect(r.cityAssessment.map((c) => [c.year, c.score, c.meetsGoal])).toEqual([
      [2009, 0, false],
      [2011, 94.8, true],
      [2012, 0, false],
    ]);
    expect(renderMarkdown(r)).toContain('| 2011 | 94.8 | 1 / 1 (100 %) | 62 / 75 (83 %) | 1.1 / 1 (100 %) | 0.8615 / 0.8 (100 %) |');
    expect(excerpt(r)).toContain('city assessment (三, goal ≥ 90): 2009 0 *, 2011 94.8, 2012 0 *');
    // Without target reports (a plan without targets) the report is what it was.
    expect(report.cityAssessment.every((c) => !c.assessed)).toBe(true);
    expect(excerpt(report)).not.toContain('city assessment');
  });
});

describe('diffScores', () => {
  it('names each unit-year that differs, is missing on one side, or has other items', () => {
    const recomputed = [row('STIIC', 2009, 101), row('FUTIAN', 2011, 96), row('LUOHU', 2013, 100), { ...row('LUOHU', 2012, 97), items: [{ rule: 'overdue', points: -1, subject: 's', eventId: 'e' }] }];
    expect(diffScores(live, recomputed)).toEqual({
      equal: false,
      differences: ['FUTIAN/2011: live 98, recomputed 96', 'FUTIAN/2012: only live (80.5)', 'LUOHU/2012: same score 97, different items', 'LUOHU/2013: only recomputed (100)'],
    });
    expect(diffScores(live, [...live].reverse())).toEqual({ equal: true, differences: [] });
  });
});
