import { SZ_2009_INDEX_V1, chinaCalendar, toShanghaiDate, type DestinationMatch, type EnterpriseRegistration } from '@duban/domain';
import type { Cockpit, EnterpriseView, EscalationInboxPage, Inbox, OverdueBoard, PlanDryRun, PlanTemplateList, ProblemDetails, ScoreDrillDown, ScoresPage } from '@duban/contracts';
import { waitFor, type ApiResponse } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { expectProblem } from './support/expect-problem';

/**
 * The console's read models (issue 13) against the real Temporal, Kafka and FerretDB servers: a
 * plan loaded three weeks in the past, so T1 is overdue with a yellow and a red card; an enterprise
 * of Futian whose steps reach STIIC and a destination park. The inbox orders and counts working
 * days as the ladder does, and hides Futian's rows from Luohu; the board, the cockpit and the score
 * drill-down show exactly what was created; the plan dry run lists problems and starts nothing.
 */
let duban: DubanHarness;
const token = {} as Record<'admin' | 'supervisor' | 'performance' | 'stiic' | 'futian' | 'luohu' | 'plan', string>;

const RUN = Date.now().toString(36);
const planId = `e2e-reads-${RUN}`;
const t1 = `${planId}.T1.STIIC`;
const t2 = `${planId}.T2.PLAN`;
const enterpriseId = `E2E-READS-${RUN.toUpperCase()}`;
const shanghaiDate = (days: number): string => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const SLOW = { timeoutMs: 240_000, intervalMs: 1_000 };

const registration: EnterpriseRegistration = {
  id: enterpriseId,
  name: `深圳市读模型${RUN}电子有限公司`,
  district: 'FUTIAN',
  industry: 'electronics-it',
  indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 0.5, labourIntensity: 120, scale: 800, growth: -5 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
};

/**
 * A write as a well-behaved client makes it on a loaded machine: a 503 (with Retry-After) is sent
 * again, and a refusal with one of `appliedCodes` on a later attempt means an earlier attempt
 * applied before its answer was lost. Any other answer is returned as is.
 */
async function retrying(what: string, send: () => Promise<ApiResponse>, appliedCodes: string[]): Promise<number> {
  let attempts = 0;
  return waitFor(
    what,
    async () => {
      const res = await send();
      attempts++;
      if (res.status === 503) return undefined;
      if (attempts > 1 && res.status === 409 && appliedCodes.includes((res.body as ProblemDetails).code)) return 200;
      return res.status;
    },
    { timeoutMs: 180_000, intervalMs: 1_000 },
  );
}

const inboxOf = (as: string, query = '') => duban.api.get<Inbox>(`/inbox?planId=${planId}${query}`, as);

beforeAll(async () => {
  duban = await DubanHarness.start('console-reads');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.performance = await duban.token({ sub: 'liu.yang', unit: 'PERF', roles: ['performance'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  token.luohu = await duban.token({ sub: 'zhao.lei', unit: 'LUOHU', roles: ['official'] });
  token.plan = await duban.token({ sub: 'sun.li', unit: 'PLAN', roles: ['official'] });
  // Issued three weeks ago: T1 (due five days after issue) is about two working weeks overdue.
  expect(await retrying('the plan loaded', () => duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: shanghaiDate(-21) }, token.admin), ['PLAN.ALREADY_EXISTS'])).toBeLessThan(300);
  await waitFor(
    'the evaluation index set',
    async () => {
      const res = await duban.api.request('PUT', `/plans/${planId}/evaluation-index`, { token: token.admin, json: SZ_2009_INDEX_V1 });
      if (res.status === 503) return undefined;
      if (res.status === 200 || (res.body as ProblemDetails).code === 'PLAN.INDEX_ALREADY_SET') return true;
      throw new Error(`PUT evaluation-index answered ${res.status}: ${JSON.stringify(res.body)}`);
    },
    { timeoutMs: 60_000, intervalMs: 500 },
  );
  expect(await retrying('the enterprise registered', () => duban.api.post('/enterprises', { planId, enterprise: registration }, token.futian), ['ENTERPRISE.ALREADY_REGISTERED'])).toBeLessThan(300);
  await duban.eventually<EnterpriseView, EnterpriseView>('classified', `/enterprises/${enterpriseId}`, token.futian, (v) => (v.status === 'active' ? v : undefined));
}, 600_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('GET /inbox', () => {
  it("orders STIIC's work by urgency: T1 overdue with its red card first, working days on the holiday calendar", async () => {
    const inbox = await waitFor('T1 red in STIIC’s inbox', async () => {
      const res = await inboxOf(token.stiic);
      expect(res.status).toBe(200);
      return res.body.items.find((i) => i.id === t1)?.level === 'red' ? res.body : undefined;
    }, SLOW);
    expect(inbox.unit).toBe('STIIC');
    const first = inbox.items[0];
    const t1Due = first?.deadline as string;
    expect(first).toMatchObject({ kind: 'task', id: t1, taskId: t1, planId, overdue: true, role: 'lead', href: `/console/tasks/${t1}` });
    expect(first?.workingDaysLeft).toBe(-chinaCalendar.workingDaysBetween(t1Due, inbox.today));
    expect(first?.workingDaysLeft).toBeLessThanOrEqual(-5);
    // T2 is PLAN's, with STIIC a co-unit whose contribution is pending; T3 is STIIC's own.
    expect(inbox.items.find((i) => i.id === t2)).toMatchObject({ role: 'co-unit', contributionPending: true, overdue: false });
    expect(inbox.items.map((i) => i.id)).toContain(`${planId}.T3.STIIC`);
    const rest = inbox.items.slice(1);
    for (const [a, b] of rest.slice(0, -1).map((x, i) => [x, rest[i + 1]] as const)) {
      expect(a.overdue || !b?.overdue).toBe(true);
      if (!a.overdue && b && !b.overdue) expect(a.workingDaysLeft).toBeLessThanOrEqual(b.workingDaysLeft);
    }
    expect(inbox.counts.total).toBe(inbox.items.length);
    expect(inbox.counts.overdue).toBe(inbox.items.filter((i) => i.overdue).length);
  }, 300_000);

  it("shows Futian its task and its enterprise's open step, and Luohu neither", async () => {
    const futian = await waitFor('the intention step in Futian’s inbox', async () => {
      const res = await inboxOf(token.futian);
      return res.body.items.some((i) => i.kind === 'enterprise-step') ? res.body : undefined;
    }, SLOW);
    expect(futian.items.find((i) => i.kind === 'enterprise-step')).toMatchObject({
      id: `${enterpriseId}/intention`,
      enterpriseId,
      step: 'intention',
      status: 'open',
      role: 'lead',
      title: `${registration.name}：转移意向（企业自愿）`,
      href: `/console/enterprises/${enterpriseId}`,
    });
    expect(futian.items.map((i) => i.id)).toContain(`${planId}.T4.FUTIAN`);

    expectProblem(await inboxOf(token.luohu, '&unit=FUTIAN'), 403, 'AUTH.FORBIDDEN');
    // The projection writes each task as its workflow starts: Futian's rows being there does not mean Luohu's T4 is.
    const luohu = await waitFor('Luohu’s T4 in Luohu’s inbox', async () => {
      const res = await inboxOf(token.luohu);
      expect(res.status).toBe(200);
      return res.body.items.some((i) => i.id === `${planId}.T4.LUOHU`) ? res.body : undefined;
    }, SLOW);
    expect(luohu.items.filter((i) => i.id.includes('FUTIAN') || i.id.startsWith(enterpriseId))).toEqual([]);
    // Oversight reads any unit's inbox: the same rows Futian sees.
    const bySupervisor = await inboxOf(token.supervisor, '&unit=FUTIAN');
    expect(bySupervisor.body.items.map((i) => i.id)).toEqual((await inboxOf(token.futian)).body.items.map((i) => i.id));
  }, 300_000);

  it('refuses a bad query with the field named', async () => {
    expectProblem(await duban.api.get('/inbox?unit=futian', token.futian), 400, 'REQUEST.INVALID', 'query.unit');
    expectProblem(await duban.api.get('/inbox?colour=red', token.futian), 400, 'REQUEST.INVALID', 'query.colour');
    expect((await duban.api.get('/inbox')).status).toBe(401);
  });
});

describe('GET /board/overdue', () => {
  it('counts the overdue items by unit × level as the 督查室 inbox lists the cases', async () => {
    const board = await waitFor('STIIC red on the board', async () => {
      const res = await duban.api.get<OverdueBoard>(`/board/overdue?planId=${planId}`, token.supervisor);
      expect(res.status).toBe(200);
      return res.body.rows.find((r) => r.unit === 'STIIC')?.byLevel['red'] ? res.body : undefined;
    }, SLOW);
    const cases = await duban.api.get<EscalationInboxPage>(`/escalations?planId=${planId}&limit=500`, token.supervisor);
    const unresolved = cases.body.items.filter((c) => c.state !== 'resolved');
    // One item per deadline, at its highest card: T1 has a yellow and a red case, and is one red item.
    const deadlines = new Set(unresolved.map((c) => c.escalationId.slice(0, c.escalationId.lastIndexOf('~'))));
    expect(board.totals.total.count).toBe(deadlines.size);
    const stiic = board.rows.find((r) => r.unit === 'STIIC');
    const t1Red = unresolved.find((c) => c.taskId === t1 && c.level === 'red');
    expect(t1Red).toBeDefined();
    expect(stiic?.byLevel['red']?.maxAgeWorkingDays).toBe(chinaCalendar.workingDaysBetween(t1Red?.due as string, board.today));
    expect(stiic?.byLevel['yellow']).toBeUndefined();
    expectProblem(await duban.api.get(`/board/overdue?planId=${planId}`, token.performance), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.get(`/board/overdue?planId=NOT A PLAN`, token.supervisor), 400, 'REQUEST.INVALID', 'query.planId');
  }, 300_000);
});

describe('GET /cockpit', () => {
  it('matches the plan, the cards and the enterprise created, its district, track, steps and park', async () => {
    // The enterprise chooses transfer; STIIC picks the best-ranked park.
    expect(await retrying('the intention recorded', () => duban.api.post(`/enterprises/${enterpriseId}/steps/intention`, { payload: { decision: 'transfer', note: '企业自愿' } }, token.futian), ['ENTERPRISE.STEP_OUT_OF_TURN'])).toBe(200);
    // A park of our own that admits it (the seeded parks' entry standards may not).
    const parkId = `e2e-reads-${RUN.toLowerCase()}-park`;
    const createdPark = { id: parkId, name: '读模型测试园区', nameEn: 'E2E reads park', city: '（测试）', region: 'east-wing', fictional: true, industries: ['electronics-it'], capacity: { enterprises: 10, occupied: 0 }, source: 'e2e test' };
    expect(await retrying('the park created', () => duban.api.post('/parks', createdPark, token.admin), ['PARK.ALREADY_EXISTS'])).toBeLessThan(300);
    const match = await duban.api.get<DestinationMatch>(`/enterprises/${enterpriseId}/destinations`, token.stiic);
    const park = match.body.candidates.find((c) => c.parkId === parkId);
    expect(park).toBeDefined();
    await waitFor('the destination step open', async () => ((await duban.api.get<EnterpriseView>(`/enterprises/${enterpriseId}`, token.stiic)).body.steps.some((s) => s.step === 'destination' && s.status === 'open') ? true : undefined), SLOW);
    expect(await retrying('the destination recorded', () => duban.api.post(`/enterprises/${enterpriseId}/steps/destination`, { payload: { parkId: park?.parkId, reasons: ['产业匹配'] } }, token.stiic), ['ENTERPRISE.STEP_OUT_OF_TURN'])).toBe(200);

    const cockpit = await waitFor('the park chosen in the cockpit', async () => {
      const res = await duban.api.get<Cockpit>(`/cockpit?planId=${planId}`, token.admin);
      expect(res.status).toBe(200);
      // The projections catch up task by task: wait for all 11 of the plan's tasks too.
      return res.body.parks.length > 0 && res.body.cards.some((m) => m.raised.red > 0) && res.body.tasks.total === 11 ? res.body : undefined;
    }, SLOW);
    expect(cockpit.tasks).toMatchObject({ total: 11, byStatus: { accepted: 0 }, percentDone: 0 });
    expect(cockpit.tasks.overdue).toBeGreaterThanOrEqual(1);
    expect(cockpit.tasks.byTask.map((t) => [t.taskCode, t.total])).toEqual([
      ['T1', 1],
      ['T2', 1],
      ['T3', 1],
      ['T4', 8],
    ]);
    expect(cockpit.districts).toEqual([{ district: 'FUTIAN', tasks: expect.objectContaining({ total: 1 }), enterprises: { total: 1, byStatus: { 'awaiting-index': 0, active: 1, closed: 0 } } }]);
    expect(cockpit.enterprises.total).toBe(1);
    const track = (await duban.api.get<EnterpriseView>(`/enterprises/${enterpriseId}`, token.admin)).body.track as string;
    expect(cockpit.enterprises.byTrack).toEqual([{ track, total: 1, openSteps: expect.any(Object) }]);
    expect(cockpit.parks).toEqual([{ parkId: park?.parkId, parkName: expect.any(String), region: expect.any(String), enterprises: 1 }]);
    // Cards: the cases of the plan, by the month they were raised (Shanghai).
    const cases = (await duban.api.get<EscalationInboxPage>(`/escalations?planId=${planId}&limit=500`, token.supervisor)).body.items;
    const raised = (level: string) => cases.filter((c) => c.level === level).length;
    const sum = (level: 'yellow' | 'red') => cockpit.cards.reduce((n, m) => n + m.raised[level], 0);
    expect([sum('yellow'), sum('red')]).toEqual([raised('yellow'), raised('red')]);
    expect(cockpit.cards.map((m) => m.month)).toContain(toShanghaiDate(cases[0]?.raisedAt as string).slice(0, 7));

    expectProblem(await duban.api.get(`/cockpit?planId=${planId}`, token.futian), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.get('/cockpit', token.admin), 400, 'REQUEST.INVALID', 'query.planId');
  }, 300_000);
});

describe('GET /scores/{unit}/{year}', () => {
  it("explains STIIC's score with T1's cards, against the plan's base and target", async () => {
    const year = Number(shanghaiDate(0).slice(0, 4));
    const drill = await waitFor('STIIC’s red card scored', async () => {
      const res = await duban.api.get<ScoreDrillDown>(`/scores/STIIC/${year}?planId=${planId}`, token.performance);
      expect(res.status).toBe(200);
      return res.body.plans[0]?.items.some((i) => i.rule === 'red-card') ? res.body : undefined;
    }, SLOW);
    const plan = drill.plans[0];
    expect(plan).toMatchObject({ planId, unit: 'STIIC', year, base: 100, target: 90 });
    expect(plan?.bySubject.find((s) => s.subject === t1)?.items.map((i) => i.rule)).toEqual(expect.arrayContaining(['yellow-card', 'red-card']));
    expect(plan?.byRule.reduce((n, r) => n + r.points, 0)).toBeCloseTo((plan?.score ?? 0) - 100, 2);
    const listed = (await duban.api.get<ScoresPage>(`/scores?unit=STIIC&year=${year}&planId=${planId}`, token.performance)).body.items[0];
    expect(plan?.items).toEqual(listed?.items);
    expect((await duban.api.get<ScoreDrillDown>(`/scores/STIIC/1999`, token.performance)).body).toEqual({ unit: 'STIIC', year: 1999, plans: [] });
    expectProblem(await duban.api.get(`/scores/STIIC/${year}`, token.stiic), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.get(`/scores/stiic/${year}`, token.performance), 400, 'REQUEST.INVALID', 'path.unit');
  }, 300_000);
});

describe('POST /plans/validate and GET /plan-templates', () => {
  it('lists every problem of a definition with its path, and starts nothing', async () => {
    const templates = await duban.api.get<PlanTemplateList>('/plan-templates', token.admin);
    expect(templates.body.items.map((t) => t.name)).toContain('shenzhen-2009-98');

    const broken = { planId: `${planId}-broken`, title: '', titleEn: 'x', issuedOn: '2026-13-01', timeZone: 'Asia/Shanghai', units: [{ code: 'A', name: 'A', nameEn: 'A' }], tasks: 'none', colour: 'red' };
    const res = await duban.api.post<PlanDryRun>('/plans/validate', broken, token.admin);
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    const paths = res.body.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'issuedOn', 'tasks', '']));
    expect(res.body.problems.find((p) => p.path === '')?.code).toBe('unrecognized_keys');
    expectProblem(await duban.api.get(`/plans/${planId}-broken`, token.admin), 404, 'PLAN.NOT_FOUND');

    const taken = await duban.api.post<PlanDryRun>('/plans/validate', { template: 'shenzhen-2009-98', planId, rebaseTo: shanghaiDate(0) }, token.admin);
    expect(taken.body).toMatchObject({ valid: false, problems: [{ path: 'planId', code: 'plan-exists' }] });
    const fresh = await duban.api.post<PlanDryRun>('/plans/validate', { template: 'shenzhen-2009-98', planId: `${planId}-dry`, rebaseTo: shanghaiDate(0) }, token.admin);
    expect(fresh.body).toMatchObject({ valid: true, problems: [], plan: { planId: `${planId}-dry`, issuedOn: shanghaiDate(0) } });
    expect(fresh.body.plan?.tasks).toHaveLength(11);
    expectProblem(await duban.api.get(`/plans/${planId}-dry`, token.admin), 404, 'PLAN.NOT_FOUND');

    expectProblem(await duban.api.post('/plans/validate', broken, token.supervisor), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.get('/plan-templates', token.stiic), 403, 'AUTH.FORBIDDEN');
  });
});
