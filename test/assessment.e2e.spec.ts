import type { BenefitLedgerResponse, BenefitRecorded, CityAssessmentResponse, EnterpriseView, PlanView, TargetReported, TargetsResponse, TaskResponse } from '@duban/contracts';
import {
  SHENZHEN_2009_98,
  SZ_2009_INDEX_V1,
  assessCity,
  benefitLedger,
  foldAssessmentEvents,
  parsePlanDefinition,
  rebasePlan,
  targetStatuses,
  type DestinationMatch,
  type EnterpriseRegistration,
} from '@duban/domain';
import { waitFor } from '@duban/testing';
import { DubanHarness, type AuditItem } from './support/duban-harness';
import { today } from './support/dates';
import { expectProblem } from './support/expect-problem';

/**
 * Targets (三), the city's assessment (三, 六(三)) and the benefit-sharing ledger (二(四)) end to end,
 * against the real Temporal, Kafka and FerretDB servers: a plan with the seed's targets loads
 * through `POST /plans`; the owning units' officials report values (the plan workflow refuses
 * another unit, a period reported twice without a correction, figures that do not fit the
 * indicator); the district of a transferred enterprise records its ledger; the targets, the city
 * assessment (beside the units' live scores) and the ledger read back through the API; and a
 * recomputation from the plan's events in the audit trail gives the same numbers.
 */
let duban: DubanHarness;
type Who = 'admin' | 'supervisor' | 'performance' | 'lgo' | 'stiic' | 'stats' | 'hrss' | 'futian' | 'luohu';
const token = {} as Record<Who, string>;

const RUN = Date.now().toString(36).toUpperCase();
const planId = `e2e-assess-${RUN.toLowerCase()}`;
const year = Number(today().slice(0, 4));
const period = String(year);
/** One task only (no T1, so the index is an admin's): the plan stays running until the last test completes it. */
const task = `${planId}.T3.STIIC`;
const seed = rebasePlan(parsePlanDefinition(SHENZHEN_2009_98), today(), planId);
const definition = {
  ...seed,
  groups: [],
  tasks: [{ code: 'T3', title: '跟踪协调产业转移工业园建设', titleEn: 'Tracking park construction', lead: 'STIIC', coUnits: [], deliverable: '跟踪协调报告', due: seed.tasks[2]?.due ?? today() }],
};

/** A small labour-intensive processing plant of FUTIAN without a Shenzhen headquarters (五(一): C). */
const enterprise = (suffix: string): EnterpriseRegistration => ({
  id: `E2E-${RUN}-${suffix}`,
  name: `深圳市测试${suffix}电子有限公司`,
  district: 'FUTIAN',
  industry: 'electronics-it',
  indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 0.3, labourIntensity: 120, scale: 800, growth: -5 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
});
const moving = enterprise('MOVE');
const staying = enterprise('STAY');

const WAIT = { timeoutMs: 240_000, intervalMs: 500 };

function ok<T>(res: { status: number; body: unknown }, status = 200): T {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** The plan's own events in the audit trail (its subject is the plan id), once `accept` holds. */
const planEvents = (accept: (items: AuditItem[]) => boolean) =>
  waitFor(`the audit trail of ${planId}`, async () => {
    const items = ok<{ items: AuditItem[] }>(await duban.api.get(`/audit/events?subject=${planId}&limit=500`, token.supervisor)).items;
    return accept(items) ? items : undefined;
  }, WAIT);
const asEvents = (items: AuditItem[]) => items.map((e) => ({ id: e.id, type: e.type, subject: e.subject, time: e.time, sequence: e.sequence, data: e.data }));

beforeAll(async () => {
  // A loaded two-core machine can take longer than the default 5 s budget to run a workflow task
  // (measured here: 5.7–10.9 s at load 13); this file tests the assessment, not the deadlines
  // (dependency-outage.e2e.spec.ts does), so its requests get a wider budget.
  duban = await DubanHarness.start('assessment', { REQUEST_TIMEOUT_MS: '30000', TEMPORAL_RPC_TIMEOUT_MS: '25000' });
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.performance = await duban.token({ sub: 'liu.yang', unit: 'PERF', roles: ['performance'] });
  token.lgo = await duban.token({ sub: 'zhao.lei', unit: 'LGO', roles: ['official'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  token.stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
  token.hrss = await duban.token({ sub: 'xu.hua', unit: 'HRSS', roles: ['official'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  token.luohu = await duban.token({ sub: 'he.ping', unit: 'LUOHU', roles: ['official'] });

  ok(await duban.api.post('/plans', definition, token.admin), 201);
  ok<PlanView>(await duban.api.request('PUT', `/plans/${planId}/evaluation-index`, { json: SZ_2009_INDEX_V1, token: token.admin }));
}, 400_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('a plan with targets', () => {
  it('refuses a definition whose targets break the rules, naming each path', async () => {
    const broken = { ...definition, planId: `${planId}-bad`, targets: [{ ...seed.targets?.[0], owner: 'NOBODY' }, { ...seed.targets?.[0], by: '2001' }] };
    const res = await duban.api.post('/plans', broken, token.admin);
    expectProblem(res, 400, 'PLAN.INVALID', 'body.targets.0.owner');
    expectProblem(res, 400, 'PLAN.INVALID', 'body.targets.1.by');
  });

  it('lists its targets from the audit trail before anything is reported', async () => {
    const listed = await duban.eventually<TargetsResponse, TargetsResponse>('the targets', `/plans/${planId}/targets`, token.stiic, (b) => b);
    expect(listed.targets.map((t) => [t.code, t.owner, t.by, t.met, t.reports.length])).toEqual([
      ['DEMO_PARKS', 'STIIC', String(year + 5), null, 0],
      ['TRANSFERRED', 'STIIC', String(year + 3), null, 0],
      ['GROWTH_BALANCE', 'STATS', String(year + 3), null, 0],
      ['RETRAINED', 'HRSS', String(year + 3), null, 0],
    ]);
    expectProblem(await duban.api.get('/plans/e2e-no-such-plan/targets', token.stiic), 404, 'PLAN.NOT_FOUND');
  });
});

describe('target reports', () => {
  const reports = (code: string) => `/plans/${planId}/targets/${code}/reports`;

  it('records a value from an official of the owning unit, and says whether it meets the target', async () => {
    const parks = ok<TargetReported>(await duban.api.post(reports('DEMO_PARKS'), { period, value: 0, note: '汕尾园区在建' }, token.stiic), 201);
    expect(parks).toMatchObject({ planId, targetCode: 'DEMO_PARKS', period, value: 0, met: false });
    ok(await duban.api.post(reports('TRANSFERRED'), { period, value: 10 }, token.stiic), 201);
    const balance = ok<TargetReported>(await duban.api.post(reports('GROWTH_BALANCE'), { period, values: { entering: 130, leaving: 100 } }, token.stats), 201);
    expect(balance).toMatchObject({ value: 1.3, values: { entering: 130, leaving: 100 }, met: true });
    ok(await duban.api.post(reports('RETRAINED'), { period, values: { retrained: 45, affected: 50 }, evidence: [{ title: '培训名册', uri: 'doc://hrss/2026/roster' }] }, token.hrss), 201);
  });

  it('refuses another unit (403), a second report of the period (409), figures that do not fit (400) and an unknown target (404)', async () => {
    expectProblem(await duban.api.post(reports('DEMO_PARKS'), { period, value: 1 }, token.futian), 403, 'TARGET.FORBIDDEN');
    expectProblem(await duban.api.post(reports('DEMO_PARKS'), { period, value: 1 }, token.supervisor), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.post(reports('DEMO_PARKS'), { period, value: 1 }, token.stiic), 409, 'TARGET.PERIOD_REPORTED');
    expectProblem(await duban.api.post(reports('DEMO_PARKS'), { period: String(year - 1), value: 1 }, token.stiic), 400, 'TARGET.REPORT_INVALID', 'body.period');
    expectProblem(await duban.api.post(reports('DEMO_PARKS'), { period: `${year}-Q1`, value: 1 }, token.stiic), 400, 'TARGET.REPORT_INVALID', 'body.period');
    const ratio = await duban.api.post(reports('GROWTH_BALANCE'), { period, value: 1.2 }, token.stats);
    expectProblem(ratio, 400, 'TARGET.REPORT_INVALID', 'body.value');
    expectProblem(ratio, 400, 'TARGET.REPORT_INVALID', 'body.values.entering');
    expectProblem(await duban.api.post(reports('NO_SUCH'), { period, value: 1 }, token.stiic), 404, 'TARGET.NOT_FOUND');
    const bad = await duban.api.post(reports('DEMO_PARKS'), { period: 'last year', value: -1, colour: 'red' }, token.stiic);
    for (const field of ['body.period', 'body.value', 'body.colour']) expectProblem(bad, 400, 'REQUEST.INVALID', field);
  });

  it('replaces a period’s report with a correction and its reason', async () => {
    const corrected = ok<TargetReported>(await duban.api.post(reports('DEMO_PARKS'), { period, value: 1, correction: { reason: '汕尾园区通过省级验收' } }, token.stiic), 201);
    expect(corrected).toMatchObject({ value: 1, met: false, correction: { reason: '汕尾园区通过省级验收' } });
    const listed = await duban.eventually<TargetsResponse, TargetsResponse>('the corrected report', `/plans/${planId}/targets`, token.supervisor, (b) =>
      b.targets.every((t) => t.reports.length === 1) && b.targets[0]?.latest?.correction ? b : undefined,
    );
    expect(listed.targets.map((t) => [t.code, t.latest?.value, t.met])).toEqual([
      ['DEMO_PARKS', 1, false],
      ['TRANSFERRED', 10, false],
      ['GROWTH_BALANCE', 1.3, true],
      ['RETRAINED', 0.9, true],
    ]);
    expect(listed.targets[0]?.latest?.reportedBy).toEqual({ sub: 'li.wei', unit: 'STIIC' });
  });
});

describe('the benefit-sharing ledger', () => {
  const ledger = `/plans/${planId}/benefit-ledger`;
  const entry = (enterpriseId: string, extra: Record<string, unknown> = {}) => ({
    enterpriseId,
    period,
    outputValue: 1200,
    tax: 80,
    statistics: { outbound: 0.4, inbound: 0.6 },
    taxSplit: { outbound: 0.5, inbound: 0.5 },
    agreementRef: '深汕利益共享协议（试行）',
    ...extra,
  });
  /** A park of our own, so that the matcher's view of the seeded parks (their entry standards) does not decide this test. */
  const parkId = `e2e-${RUN.toLowerCase()}-park`;
  const park = { id: parkId, name: '测试电子产业园', nameEn: 'E2E electronics park', city: '汕尾（测试）', region: 'east-wing', fictional: true, industries: ['electronics-it'], capacity: { enterprises: 10, occupied: 1 }, source: 'e2e test' };

  it('takes an enterprise of the district onto its transfer path: registered, classified C, intention transfer, destination matched', async () => {
    for (const e of [moving, staying]) ok(await duban.api.post('/enterprises', { planId, enterprise: e }, token.futian), 201);
    const classified = await duban.eventually<EnterpriseView, EnterpriseView>('the intention step', `/enterprises/${moving.id}`, token.futian, (v) => (v.steps.some((s) => s.step === 'intention' && s.status === 'open') ? v : undefined));
    expect(['B', 'C']).toContain(classified.track);
    ok(await duban.api.post(`/enterprises/${moving.id}/steps/intention`, { payload: { decision: 'transfer', note: '企业自愿' } }, token.futian));
    ok(await duban.api.post('/parks', park, token.admin), 201);
    await duban.eventually<DestinationMatch, DestinationMatch>('our park among the destinations', `/enterprises/${moving.id}/destinations`, token.stiic, (m) => (m.candidates.some((c) => c.parkId === parkId) ? m : undefined));
    await duban.eventually<EnterpriseView, EnterpriseView>('the destination step', `/enterprises/${moving.id}`, token.stiic, (v) => (v.steps.some((s) => s.step === 'destination' && s.status === 'open') ? v : undefined));
    const view = ok<EnterpriseView>(await duban.api.post(`/enterprises/${moving.id}/steps/destination`, { payload: { parkId, reasons: ['电子配套齐全'] } }, token.stiic));
    expect(view.park?.parkId).toBe(parkId);
  });

  it('records the district’s entry with the park and its city from the enterprise and the park store', async () => {
    // The body cannot say where the enterprise is from or going to: an unknown field is a 400.
    expectProblem(await duban.api.post(ledger, entry(moving.id, { district: 'LUOHU' }), token.futian), 400, 'REQUEST.INVALID', 'body.district');
    const recorded = ok<BenefitRecorded>(await duban.api.post(ledger, entry(moving.id), token.futian), 201);
    expect(recorded).toMatchObject({ planId, enterpriseId: moving.id, enterpriseName: moving.name, period, district: 'FUTIAN', park: { parkId }, outputValue: 1200, tax: 80 });
    expect(recorded.park).toEqual({ parkId, parkName: park.name, city: park.city });
  });

  it('refuses another district (404 as for a missing id), a unit that sees but does not own it (403), bad shares (400), a second entry (409) and an enterprise not on a transfer path (409)', async () => {
    expectProblem(await duban.api.post(ledger, entry(moving.id), token.luohu), 404, 'ENTERPRISE.NOT_FOUND');
    expectProblem(await duban.api.post(ledger, entry(moving.id), token.stiic), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.post(ledger, entry('E2E-NO-SUCH'), token.futian), 404, 'ENTERPRISE.NOT_FOUND');
    expectProblem(await duban.api.post(ledger, entry(moving.id, { statistics: { outbound: 0.5, inbound: 0.6 } }), token.futian), 400, 'REQUEST.INVALID', 'body.statistics.inbound');
    expectProblem(await duban.api.post(ledger, entry(moving.id), token.futian), 409, 'BENEFIT.PERIOD_RECORDED');
    expectProblem(await duban.api.post(ledger, entry(staying.id), token.futian), 409, 'BENEFIT.NOT_TRANSFERRING');
    const corrected = ok<BenefitRecorded>(await duban.api.post(ledger, entry(moving.id, { outputValue: 1500, correction: { reason: '年报审计调整' } }), token.futian), 201);
    expect(corrected).toMatchObject({ outputValue: 1500, correction: { reason: '年报审计调整' } });
  });

  it('sums the entries in force per district and per park; a district sees its own, and the audit trail gives the same sums', async () => {
    const byDistrict = await duban.eventually<BenefitLedgerResponse, BenefitLedgerResponse>('the corrected ledger', `${ledger}?groupBy=district`, token.supervisor, (b) =>
      b.entries[0]?.correction ? b : undefined,
    );
    expect(byDistrict.groups).toEqual([
      { key: 'FUTIAN', entries: 1, enterprises: 1, outputValue: 1500, outputOutbound: 600, outputInbound: 900, tax: 80, taxOutbound: 40, taxInbound: 40 },
    ]);
    const byPark = ok<BenefitLedgerResponse>(await duban.api.get(`${ledger}?groupBy=park&year=${year}`, token.lgo));
    expect(byPark.groups.map((g) => [g.key, g.outputValue])).toEqual([[parkId, 1500]]);
    expect(ok<BenefitLedgerResponse>(await duban.api.get(ledger, token.luohu)).groups).toEqual([]);
    expect(ok<BenefitLedgerResponse>(await duban.api.get(ledger, token.futian)).totals.outputValue).toBe(1500);
    expectProblem(await duban.api.get(`${ledger}?groupBy=city`, token.supervisor), 400, 'REQUEST.INVALID', 'query.groupBy');

    const events = asEvents(await planEvents((items) => items.filter((e) => e.type === 'duban.benefit.recorded.v1').length >= 2));
    const { eventsRead: _read, ...served } = byDistrict;
    expect(served).toEqual(benefitLedger(foldAssessmentEvents(events, planId), 'district'));
  });
});

describe('the city assessment', () => {
  it('scores the city on the targets (formula ours) against the seed’s 90, beside the units’ live scores, led by 督查室 with LGO and PERF', async () => {
    const city = await duban.eventually<CityAssessmentResponse, CityAssessmentResponse>('the city assessment with STIIC’s score', `/assessment/city?planId=${planId}&year=${year}`, token.supervisor, (b) =>
      b.units.some((u) => u.unit === 'STIIC') && b.indicators.every((i) => i.value !== null) && b.indicators[0]?.value === 1 ? b : undefined,
    );
    // DEMO_PARKS: 1 park against the first-year milestone 2 × 1/6 (100 %, 30 points); TRANSFERRED: 10 of
    // the first-year 100 × 1/4 = 25 (40 %, 12 of 30); GROWTH_BALANCE 1.3 ≥ 1 (25); RETRAINED 0.9 ≥ 0.8 (15).
    expect(city.indicators.map((i) => [i.code, i.expected, i.value, i.attainment, i.points])).toEqual([
      ['DEMO_PARKS', 0.3333, 1, 1, 30],
      ['TRANSFERRED', 25, 10, 0.4, 12],
      ['GROWTH_BALANCE', 1, 1.3, 1, 25],
      ['RETRAINED', 0.8, 0.9, 1, 15],
    ]);
    expect(city).toMatchObject({ planId, year, assessed: true, score: 82, goal: 90, goalClause: '三', meetsGoal: false, ledBy: { lead: 'DUCHA', with: ['LGO', 'PERF'], clause: '六(三)' } });
    expect(city.units.find((u) => u.unit === 'STIIC')).toEqual({ unit: 'STIIC', score: 100, excellent: true });

    // Recomputed from the plan's events in the audit trail alone: the same numbers.
    const events = asEvents(await planEvents((items) => items.filter((e) => e.type === 'duban.target.reported.v1').length >= 5));
    const { units: _units, eventsRead: _read, ...served } = city;
    expect(served).toEqual(assessCity(foldAssessmentEvents(events, planId), year));
    const targets = ok<TargetsResponse>(await duban.api.get(`/plans/${planId}/targets`, token.performance));
    expect(targets.targets).toEqual(targetStatuses(foldAssessmentEvents(events, planId)));
  });

  it('is read by 督查室, 绩效办, admins and LGO’s officials only, and names a bad query', async () => {
    for (const who of ['performance', 'admin', 'lgo'] as const) ok(await duban.api.get(`/assessment/city?planId=${planId}&year=${year}`, token[who]));
    expectProblem(await duban.api.get(`/assessment/city?planId=${planId}&year=${year}`, token.futian), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.get(`/assessment/city?planId=${planId}`, token.supervisor), 400, 'REQUEST.INVALID', 'query.year');
    expectProblem(await duban.api.get(`/assessment/city?planId=e2e-no-such-plan&year=${year}`, token.supervisor), 404, 'PLAN.NOT_FOUND');
    const later = ok<CityAssessmentResponse>(await duban.api.get(`/assessment/city?planId=${planId}&year=${year + 9}`, token.supervisor));
    expect(later).toMatchObject({ assessed: false, score: null, meetsGoal: false, indicators: [] });
  });
});

describe('a completed plan', () => {
  it('takes no more reports once its tasks are accepted (409 PLAN.CLOSED)', async () => {
    ok<TaskResponse>(await duban.api.post(`/tasks/${task}/submit`, { summary: '园区建设跟踪协调报告' }, token.stiic));
    ok<TaskResponse>(await duban.api.post(`/tasks/${task}/review`, { decision: 'accept' }, token.supervisor));
    await waitFor('the plan to complete', async () => ((await duban.api.get<PlanView>(`/plans/${planId}`, token.supervisor)).body.status === 'completed' ? true : undefined), WAIT);
    await waitFor('the plan workflow to close', async () => {
      const res = await duban.api.post(`/plans/${planId}/targets/TRANSFERRED/reports`, { period, value: 12, correction: { reason: '年末补报' } }, token.stiic);
      if (res.status === 201) throw new Error('a completed plan took a report');
      return res.status === 409 ? res : undefined;
    }, WAIT).then((res) => expectProblem(res, 409, 'PLAN.CLOSED'));
  });
});
