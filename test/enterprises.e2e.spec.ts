import type { DestinationMatch, Park } from '@duban/domain';
import type { EnterpriseClassificationResponse, EnterpriseImportReport, EnterpriseListPage, EnterpriseRollup, EnterpriseView, ProblemDetails, TaskResponse } from '@duban/contracts';
import { SZ_2009_INDEX_V1, classifyEnterprise, enterpriseCsvColumns, enterpriseCsvHeader, enterpriseToCsvRecord, enterpriseToCsvRow, type EnterpriseRegistration } from '@duban/domain';
import { DubanHarness } from './support/duban-harness';
import { today } from './support/dates';
import { expectProblem } from './support/expect-problem';

/**
 * The transfer programme end to end, against the real Temporal, Kafka and FerretDB servers: an
 * enterprise registered before the evaluation index waits and is classified once T1 is accepted;
 * a CSV import with bad rows registers only the good ones and stores nothing of the bad; a step
 * completed over HTTP by its owning unit; refusals; the enterprise list and a roll-up from the
 * projection the enterprises consumer keeps.
 */
let duban: DubanHarness;
type Who = 'admin' | 'supervisor' | 'stiic' | 'stats' | 'futian' | 'luohu' | 'hrss' | 'plan';
const token = {} as Record<Who, string>;

const RUN = Date.now().toString(36).toUpperCase();
const planId = `e2e-ent-${RUN.toLowerCase()}`;
const t1 = `${planId}.T1.STIIC`;
const id = (suffix: string) => `E2E-${RUN}-${suffix}`;

/** A small, labour-intensive, low-value enterprise without a Shenzhen headquarters: track C. */
function trackC(enterpriseId: string, district: EnterpriseRegistration['district']): EnterpriseRegistration {
  return {
    id: enterpriseId,
    name: `深圳市测试${enterpriseId}电子有限公司`,
    district,
    industry: 'electronics-it',
    indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 1.5, labourIntensity: 120, scale: 800, growth: -5 },
    flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
    redLines: [],
  };
}

const early = trackC(id('EARLY'), 'FUTIAN');
const good1 = trackC(id('F1'), 'FUTIAN');
const good2 = trackC(id('F2'), 'FUTIAN');
const badEnergy = trackC(id('BAD1'), 'FUTIAN');
const otherDistrict = trackC(id('L1'), 'LUOHU');

beforeAll(async () => {
  duban = await DubanHarness.start('enterprises');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  token.stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  token.luohu = await duban.token({ sub: 'he.ping', unit: 'LUOHU', roles: ['official'] });
  token.hrss = await duban.token({ sub: 'xu.hua', unit: 'HRSS', roles: ['official'] });
  token.plan = await duban.token({ sub: 'lin.tao', unit: 'PLAN', roles: ['official'] });

  const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, token.admin);
  expect(started.status).toBe(201);
  await duban.auditOf(t1, token.supervisor, 1);
  expect(classifyEnterprise(SZ_2009_INDEX_V1, early).track).toBe('C');
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

function ok<T>(res: { status: number; body: unknown }, status = 200): T {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

const listed = (query: string, as: string, accept: (page: EnterpriseListPage) => boolean) =>
  duban.eventually<EnterpriseListPage, EnterpriseListPage>(`GET /enterprises?${query}`, `/enterprises?${query}`, as, (page) => (accept(page) ? page : undefined));

describe('registration before the evaluation index', () => {
  it('registers an enterprise of the caller’s district, which waits for T1', async () => {
    const res = await duban.api.post('/enterprises', { planId, enterprise: early }, token.futian);
    expect(ok(res, 201)).toEqual({ enterpriseId: early.id, planId, workflowId: `enterprise/${early.id}`, awaitingIndex: true });
    expect(res.headers.get('location')).toBe(`/enterprises/${early.id}`);
    expectProblem(await duban.api.get(`/enterprises/${early.id}/classification`, token.futian), 409, 'ENTERPRISE.AWAITING_INDEX');
    await listed(`planId=${planId}&status=awaiting-index`, token.futian, (p) => p.items.some((i) => i.enterpriseId === early.id));
  });

  it('refuses a second registration (409), an unknown plan (404), another district (403) and a bad registration (400)', async () => {
    expectProblem(await duban.api.post('/enterprises', { planId, enterprise: early }, token.futian), 409, 'ENTERPRISE.ALREADY_REGISTERED');
    expectProblem(await duban.api.post('/enterprises', { planId: 'e2e-no-such-plan', enterprise: trackC(id('NOPLAN'), 'FUTIAN') }, token.futian), 404, 'PLAN.NOT_FOUND');
    expectProblem(await duban.api.post('/enterprises', { planId, enterprise: otherDistrict }, token.futian), 403, 'AUTH.FORBIDDEN');
    const bad = { ...trackC(id('BADREG'), 'FUTIAN'), indicators: { ...early.indicators, technology: 'lots' } };
    expectProblem(await duban.api.post('/enterprises', { planId, enterprise: bad }, token.futian), 400, 'REQUEST.INVALID', 'body.enterprise.indicators.technology');
  });

  it('classifies the waiting enterprise once T1 (the evaluation index) is accepted', async () => {
    ok<TaskResponse>(await duban.api.post(`/tasks/${t1}/contributions`, { summary: '统计口径' }, token.stats));
    ok<TaskResponse>(await duban.api.post(`/tasks/${t1}/submit`, { summary: '工业企业综合评价指标体系 v1' }, token.stiic));
    ok<TaskResponse>(await duban.api.post(`/tasks/${t1}/review`, { decision: 'accept' }, token.supervisor));
    // Answered 409 until the plan has sent the index to the waiting enterprise.
    const classification = await duban.eventually<EnterpriseClassificationResponse, EnterpriseClassificationResponse>(
      'the early enterprise classified',
      `/enterprises/${early.id}/classification`,
      token.futian,
      (b) => b,
    );
    expect(classification).toMatchObject({ enterpriseId: early.id, track: 'C', indexVersion: SZ_2009_INDEX_V1.version });
    // By the seed's tracks (五(一)): a low score is weak momentum, our reading, and says so.
    expect(classification.rule).toMatchObject({ id: 'c-weak-momentum', clause: expect.stringContaining('发展后劲不足'), ours: [expect.stringMatching(/score < 55/)] });
    expect(classification.explanation).toEqual(expect.arrayContaining([`clause: ${classification.rule?.clause}`, expect.stringMatching(/^ours: /)]));
    const view = ok<EnterpriseView>(await duban.api.get(`/enterprises/${early.id}`, token.futian));
    expect(view).toMatchObject({ status: 'active', track: 'C' });
    expect(view.steps.map((s) => [s.step, s.unit, s.status])).toEqual([['intention', 'FUTIAN', 'open']]);
  });
});

describe('bulk import from CSV', () => {
  const line = (record: Record<string, string>) => enterpriseCsvColumns.map((c) => record[c] ?? '').join(',');
  const missingName = { ...enterpriseToCsvRecord(trackC(id('BAD2'), 'FUTIAN')), name: '' };
  const csv =
    [
      enterpriseCsvHeader(),
      enterpriseToCsvRow(good1), // row 1
      line({ ...enterpriseToCsvRecord(badEnergy), energyPerOutput: 'abc' }), // row 2
      enterpriseToCsvRow(good2), // row 3
      line(missingName), // row 4
      enterpriseToCsvRow(otherDistrict), // row 5: LUOHU, imported by FUTIAN
      enterpriseToCsvRow(early), // row 6: registered before
    ].join('\r\n') + '\r\n';
  let report: EnterpriseImportReport;

  it('registers the good rows and reports each bad row with its row number and field', async () => {
    expectProblem(await duban.api.request('POST', '/enterprises/import', { token: token.futian, rawBody: csv, contentType: 'text/csv' }), 400, 'REQUEST.INVALID', 'query.planId');
    report = ok<EnterpriseImportReport>(await duban.api.request('POST', `/enterprises/import?planId=${planId}`, { token: token.futian, rawBody: csv, contentType: 'text/csv' }));
    expect(report.registered.sort()).toEqual([good1.id, good2.id].sort());
    expect(report.rejected.map((r) => [r.row, r.id, r.problems.map((p) => p.field)])).toEqual([
      [2, badEnergy.id, ['energyPerOutput']],
      [4, id('BAD2'), ['name']],
      [5, otherDistrict.id, ['district']],
      [6, early.id, ['id']],
    ]);
    expect(report.rejected[3]?.problems[0]).toMatchObject({ code: 'ENTERPRISE.ALREADY_REGISTERED' });
  });

  it('starts the good rows’ workflows and lists them; stores nothing for a bad row', async () => {
    for (const e of [good1, good2]) expect(ok<EnterpriseView>(await duban.api.get(`/enterprises/${e.id}`, token.futian))).toMatchObject({ id: e.id, planId });
    await listed(`planId=${planId}&district=FUTIAN`, token.supervisor, (p) => [good1.id, good2.id].every((g) => p.items.some((i) => i.enterpriseId === g && i.status === 'active')));
    // The good rows' events reached the audit trail; by then any event of a bad row would have too.
    await duban.auditOf(good2.id, token.supervisor, 3);
    for (const bad of [badEnergy.id, id('BAD2'), otherDistrict.id]) {
      expectProblem(await duban.api.get(`/enterprises/${bad}`, token.supervisor), 404, 'ENTERPRISE.NOT_FOUND');
      const audit = ok<{ items: unknown[] }>(await duban.api.get(`/audit/events?subject=${bad}`, token.supervisor));
      expect(audit.items).toEqual([]);
    }
    const page = ok<EnterpriseListPage>(await duban.api.get(`/enterprises?planId=${planId}`, token.supervisor));
    expect(page.items.map((i) => i.enterpriseId)).not.toEqual(expect.arrayContaining([badEnergy.id]));
    expect(page.items.map((i) => i.enterpriseId).filter((e) => [badEnergy.id, id('BAD2'), otherDistrict.id].includes(e))).toEqual([]);
  });

  it('imports JSON too, and refuses CSV on other routes (415)', async () => {
    const json = ok<EnterpriseImportReport>(await duban.api.post('/enterprises/import', { planId, enterprises: [trackC(id('J1'), 'LUOHU'), { id: 'bad id' }] }, token.luohu));
    expect(json.registered).toEqual([id('J1')]);
    expect(json.rejected[0]).toMatchObject({ row: 2, id: 'bad id' });
    expect(json.rejected[0]?.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['id', 'name']));
    expectProblem(await duban.api.request('POST', `/tasks/${t1}/submit`, { token: token.stiic, rawBody: 'a,b\n1,2\n', contentType: 'text/csv' }), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('steps over HTTP', () => {
  it('lets the district complete the intention, which opens the destination (STIIC) and labour (HRSS) steps', async () => {
    expectProblem(await duban.api.post(`/enterprises/${good1.id}/steps/intention`, { payload: { decision: 'transfer' } }, token.luohu), 404, 'ENTERPRISE.NOT_FOUND');
    expectProblem(await duban.api.post(`/enterprises/${good1.id}/steps/intention`, { payload: { decision: 'move' } }, token.futian), 400, 'ENTERPRISE.STEP_PAYLOAD_INVALID', 'body.payload.decision');
    expectProblem(await duban.api.post(`/enterprises/${good1.id}/steps/agreement`, { payload: { signedOn: today(), agreementRef: 'x' } }, token.futian), 409, 'ENTERPRISE.STEP_OUT_OF_TURN');
    const view = ok<EnterpriseView>(await duban.api.post(`/enterprises/${good1.id}/steps/intention`, { payload: { decision: 'transfer', note: '企业自愿' } }, token.futian));
    expect(view.intention).toBe('transfer');
    expectProblem(await duban.api.post(`/enterprises/${good1.id}/steps/intention`, { payload: { decision: 'transfer' } }, token.futian), 409, 'ENTERPRISE.STEP_OUT_OF_TURN');

    const detail = ok<EnterpriseView>(await duban.api.get(`/enterprises/${good1.id}`, token.futian));
    expect(detail.steps.map((s) => [s.step, s.unit, s.status])).toEqual([
      ['intention', 'FUTIAN', 'done'],
      ['destination', 'STIIC', 'open'],
      ['labour', 'HRSS', 'open'],
    ]);
    expect(detail.steps[0]).toMatchObject({ completedBy: { sub: 'chen.jing', unit: 'FUTIAN' }, payload: { decision: 'transfer', note: '企业自愿' } });
    expect(detail.steps[1]?.ladder.length).toBeGreaterThan(0);
    // Another district's official learns nothing: the answer is exactly the one for a missing id.
    const hidden = await duban.api.get(`/enterprises/${good1.id}`, token.luohu);
    const missing = await duban.api.get(`/enterprises/${id('NOSUCH')}`, token.luohu);
    expectProblem(hidden, 404, 'ENTERPRISE.NOT_FOUND');
    expect((hidden.body as ProblemDetails).detail).toBe((missing.body as ProblemDetails).detail.replace(id('NOSUCH'), good1.id));
    expect(ok<EnterpriseView>(await duban.api.get(`/enterprises/${good1.id}`, token.hrss)).id).toBe(good1.id);
  });

  it('filters the list by open step, and shows STIIC the enterprises with a step it owns', async () => {
    // The destination and labour steps open in two events: wait for both.
    const page = await listed(`planId=${planId}&step=destination`, token.futian, (p) => p.items.some((i) => i.enterpriseId === good1.id && i.currentSteps.length === 2));
    expect(page.items.map((i) => i.enterpriseId)).toEqual([good1.id]);
    expect(page.items[0]).toMatchObject({ district: 'FUTIAN', track: 'C', intention: 'transfer', overdue: false, completedSteps: ['intention'] });
    expect(page.items[0]?.currentSteps.map((s) => s.step).sort()).toEqual(['destination', 'labour']);

    const stiic = ok<EnterpriseListPage>(await duban.api.get(`/enterprises?planId=${planId}`, token.stiic));
    expect(stiic.items.map((i) => i.enterpriseId)).toEqual([good1.id]);
    const intention = ok<EnterpriseListPage>(await duban.api.get(`/enterprises?planId=${planId}&step=intention&track=C&overdue=false`, token.futian));
    expect(intention.items.map((i) => i.enterpriseId).sort()).toEqual([early.id, good2.id].sort());
    expect(ok<EnterpriseListPage>(await duban.api.get(`/enterprises?planId=${planId}&overdue=true&count=true`, token.supervisor)).total).toBe(0);
    expectProblem(await duban.api.get(`/enterprises?district=FUTIAN`, token.luohu), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.get(`/enterprises?district[$ne]=X`, token.supervisor), 400, 'REQUEST.INVALID', 'query.district[$ne]');
  });

  it('rolls up by district', async () => {
    const rollup = ok<EnterpriseRollup>(await duban.api.get(`/enterprises/rollups?by=district&planId=${planId}`, token.supervisor));
    expect(rollup.by).toBe('district');
    expect(rollup.rows.find((r) => r.key === 'FUTIAN')).toEqual({ key: 'FUTIAN', total: 3, byStatus: { active: 3 }, byTrack: { C: 3 }, overdue: 0 });
    expect(rollup.rows.find((r) => r.key === 'LUOHU')).toMatchObject({ total: 1 });
    const own = ok<EnterpriseRollup>(await duban.api.get(`/enterprises/rollups?by=track&planId=${planId}`, token.luohu));
    expect(own.rows).toEqual([{ key: 'C', total: 1, byStatus: { active: 1 }, byTrack: { C: 1 }, overdue: 0 }]);
    expectProblem(await duban.api.get('/enterprises/rollups?by=colour', token.supervisor), 400, 'REQUEST.INVALID', 'query.by');
  });
});

describe('parks, destinations and the destination step', () => {
  const parkId = `e2e-${RUN.toLowerCase()}-park`;
  const park = {
    id: parkId,
    name: '测试电子产业园',
    nameEn: 'E2E electronics park',
    city: '（测试）',
    region: 'east-wing',
    fictional: true,
    industries: ['electronics-it'],
    capacity: { enterprises: 10, occupied: 1 },
    source: 'e2e test',
  };

  it('serves the seeded default parks, loads a new one (admin), and refuses bad, duplicate and unauthorised loads', async () => {
    const parks = ok<Park[]>(await duban.api.get('/parks', token.futian));
    expect(parks.map((p) => p.id)).toEqual(expect.arrayContaining(['sz-chaozhou-park', 'sz-shanwei-park']));
    expect(ok<Park>(await duban.api.get('/parks/sz-shanwei-park', token.futian))).toMatchObject({ region: 'east-wing', paired: true });
    expectProblem(await duban.api.get('/parks/no-such-park', token.futian), 404, 'PARK.NOT_FOUND');

    const bad = await duban.api.post('/parks', { ...park, id: 'X', region: 'south-pole', capacity: { enterprises: 1, occupied: 2 }, extra: 1 }, token.admin);
    expectProblem(bad, 400, 'REQUEST.INVALID');
    expect((bad.body as ProblemDetails).errors?.map((e) => e.field).sort()).toEqual(['body.capacity.occupied', 'body.extra', 'body.id', 'body.region']);
    expectProblem(await duban.api.post('/parks', park, token.futian), 403, 'AUTH.FORBIDDEN');
    const created = await duban.api.post('/parks', park, token.admin);
    expect(ok<Park>(created, 201)).toMatchObject({ id: parkId, paired: false, entryStandards: { tracks: ['A', 'B', 'C'], minScore: 0 } });
    expect(created.headers.get('location')).toBe(`/parks/${parkId}`);
    expectProblem(await duban.api.post('/parks', park, token.admin), 409, 'PARK.ALREADY_EXISTS');
  });

  it('ranks the stored parks for an enterprise, and validates the destination step’s park against the store and the matcher', async () => {
    const match = ok<DestinationMatch & { enterpriseId: string }>(await duban.api.get(`/enterprises/${good1.id}/destinations`, token.stiic));
    const candidate = match.candidates.find((c) => c.parkId === parkId);
    expect(candidate?.reasons.length).toBeGreaterThan(0);
    // 1.5 tce per 10k CNY is above Shanwei's ceiling of 0.8.
    expect(match.excluded.find((e) => e.parkId === 'sz-shanwei-park')?.blockedBy.join(' ')).toMatch(/energy 1.5/);
    expectProblem(await duban.api.get(`/enterprises/${early.id}/destinations`, token.luohu), 404, 'ENTERPRISE.NOT_FOUND');

    const step = `/enterprises/${good1.id}/steps/destination`;
    expectProblem(await duban.api.post(step, { payload: { parkId: 'no-such-park', reasons: ['x'] } }, token.stiic), 400, 'REQUEST.INVALID', 'body.payload.parkId');
    const blocked = await duban.api.post(step, { payload: { parkId: 'sz-shanwei-park', reasons: ['近'] } }, token.stiic);
    expectProblem(blocked, 409, 'ENTERPRISE.PARK_NOT_ELIGIBLE', 'body.payload.parkId');
    expect((blocked.body as ProblemDetails).detail).toMatch(/energy 1.5/);
    expect(ok<EnterpriseView>(await duban.api.get(`/enterprises/${good1.id}`, token.stiic)).steps.find((s) => s.step === 'destination')?.status).toBe('open');

    const view = ok<EnterpriseView>(await duban.api.post(step, { payload: { parkId, reasons: ['电子配套齐全'], parkName: 'ignored' } }, token.stiic));
    expect(view.steps.find((s) => s.step === 'destination')?.payload).toEqual({
      parkId,
      parkName: park.name,
      region: 'east-wing',
      reasons: ['电子配套齐全'],
      rank: candidate?.rank,
      fit: candidate?.fit,
      matchReasons: candidate?.reasons,
    });
    expect(view.park).toMatchObject({ parkId, parkName: park.name });
  });
});

describe('re-evaluation', () => {
  const values = (e: EnterpriseRegistration, redLines: string[]) => ({ indicators: e.indicators, flags: e.flags, redLines });

  it('re-classifies before any step is recorded: a red line moves good2 to track D, cancelling its intention step and opening the notice', async () => {
    const url = `/enterprises/${good2.id}/evaluation`;
    expectProblem(await duban.api.post(url, values(good2, ['unlicensed']), token.futian), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.post(url, { ...values(good2, ['arson']), indicators: { ...good2.indicators, growth: 'fast' } }, token.stiic), 400, 'REQUEST.INVALID', 'body.indicators.growth');
    expectProblem(await duban.api.post(`/enterprises/${id('NOSUCH')}/evaluation`, values(good2, []), token.stiic), 404, 'ENTERPRISE.NOT_FOUND');

    const view = ok<EnterpriseView>(await duban.api.post(url, values(good2, ['unlicensed']), token.stiic));
    expect(view).toMatchObject({ track: 'D', revision: 1, classification: { track: 'D' } });
    expect(view.steps.map((s) => [s.step, s.status])).toEqual([
      ['intention', 'cancelled'],
      ['notice', 'open'],
    ]);
    const audit = await duban.auditOf(good2.id, token.supervisor, 6);
    expect(audit.map((e) => e.type).slice(-3)).toEqual(['duban.enterprise.classified.v1', 'duban.enterprise.step-cancelled.v1', 'duban.enterprise.step-opened.v1']);
    // The list follows: track D, the notice open, the intention gone.
    await listed(`planId=${planId}&track=D`, token.futian, (p) => p.items.some((i) => i.enterpriseId === good2.id && i.currentSteps.map((s) => s.step).join() === 'notice'));
  });

  it('refuses a re-evaluation once a step is recorded (409) and changes nothing', async () => {
    const before = ok<EnterpriseView>(await duban.api.get(`/enterprises/${good1.id}`, token.supervisor));
    expectProblem(await duban.api.post(`/enterprises/${good1.id}/evaluation`, values(good1, ['unlicensed']), token.supervisor), 409, 'ENTERPRISE.EVALUATION_OUT_OF_TURN');
    expect(ok<EnterpriseView>(await duban.api.get(`/enterprises/${good1.id}`, token.supervisor))).toEqual(before);
  });
});

describe('escalations of enterprise steps', () => {
  it('routes acknowledge and directive on a step’s escalation id to the enterprise workflow', async () => {
    const escalation = encodeURIComponent(`${good1.id}/labour~0~yellow`);
    // The labour step has no escalation yet: the enterprise workflow answers, not the task route (which would be a 400 for a malformed task id).
    expectProblem(await duban.api.post(`/escalations/${escalation}/acknowledge`, {}, token.supervisor), 404, 'ESCALATION.NOT_FOUND');
    expectProblem(await duban.api.post(`/escalations/${escalation}/directive`, { committedDate: today(), instructions: '限期' }, token.supervisor), 404, 'ESCALATION.NOT_FOUND');
    expectProblem(await duban.api.post(`/escalations/${encodeURIComponent(`${id('NOSUCH')}/labour~0~red`)}/acknowledge`, {}, token.supervisor), 404, 'ESCALATION.NOT_FOUND');
  });
});

describe('the seed’s tracks over HTTP (五(一))', () => {
  const exiting: EnterpriseRegistration = { ...trackC(id('EXIT'), 'FUTIAN'), productionCategory: 'labour-intensive' };
  const hqStays: EnterpriseRegistration = { ...trackC(id('HQ'), 'FUTIAN'), flags: { highTechCertified: false, headquartersInShenzhen: true, productionInShenzhen: true, productionMovingOut: true } };
  const step = (e: EnterpriseRegistration, name: string, payload: Record<string, unknown>, as: string) => duban.api.post(`/enterprises/${e.id}/steps/${name}`, { payload }, as);
  const classified = (e: EnterpriseRegistration) =>
    duban.eventually<EnterpriseView, EnterpriseView>(`${e.id} classified`, `/enterprises/${e.id}`, token.futian, (v) => (v.status === 'active' ? v : undefined));

  it('a labour-intensive plant is put on C by its category and chooses assisted exit (企业自愿); PLAN and HRSS do their steps; it closes as exited', async () => {
    ok(await duban.api.post('/enterprises', { planId, enterprise: exiting }, token.futian), 201);
    const view = await classified(exiting);
    expect(view.classification).toMatchObject({ track: 'C', rule: { id: 'c-production-category', clause: expect.stringContaining('劳动密集型') } });
    expect(view.classification?.explanation.at(-1)).toContain('企业自愿');
    expect(view.registration.productionCategory).toBe('labour-intensive');

    expectProblem(await step(exiting, 'exit-plan', { plan: '有序停产', exitBy: today() }, token.futian), 409, 'ENTERPRISE.STEP_OUT_OF_TURN');
    const chose = ok<EnterpriseView>(await step(exiting, 'intention', { decision: 'exit', note: '企业自愿退出' }, token.futian));
    expect(chose.intention).toBe('exit');
    expect(chose.steps.filter((s) => s.status === 'open').map((s) => [s.step, s.unit])).toEqual([
      ['exit-plan', 'FUTIAN'],
      ['labour', 'HRSS'],
    ]);
    expectProblem(await step(exiting, 'exit-plan', { plan: '有序停产' }, token.futian), 400, 'ENTERPRISE.STEP_PAYLOAD_INVALID', 'body.payload.exitBy');
    ok<EnterpriseView>(await step(exiting, 'exit-plan', { plan: '有序停产、设备处置与员工安置', exitBy: today() }, token.futian));
    expectProblem(await step(exiting, 'legacy-land', { resolution: 'revitalised' }, token.futian), 403, 'AUTH.FORBIDDEN');
    ok<EnterpriseView>(await step(exiting, 'legacy-land', { resolution: 'revitalised', notes: '原厂房纳入存量盘活' }, token.plan));
    ok<EnterpriseView>(await step(exiting, 'labour', { disputesResolved: 2, workersRetrained: 30 }, token.hrss));
    const closed = ok<EnterpriseView>(await step(exiting, 'exit-verified', { verifiedOn: today() }, token.futian));
    expect(closed.status).toBe('closed');
    expect(closed.steps.map((s) => [s.step, s.status])).toEqual(['intention', 'exit-plan', 'labour', 'legacy-land', 'exit-verified'].map((s) => [s, 'done']));

    const audit = await duban.auditOf(exiting.id, token.supervisor, 13);
    expect(audit.at(-1)).toMatchObject({ type: 'duban.enterprise.closed.v1' });
    await listed(`planId=${planId}&status=closed`, token.futian, (p) => p.items.some((i) => i.enterpriseId === exiting.id && i.intention === 'exit' && i.outcome === 'exited'));
  });

  it('a low-score headquarters firm whose production moves out is put on B: the headquarters-rooting service beside the production move', async () => {
    ok(await duban.api.post('/enterprises', { planId, enterprise: hqStays }, token.futian), 201);
    const view = await classified(hqStays);
    expect(view.classification).toMatchObject({ track: 'B', rule: { id: 'b-headquarters-stays', ours: [] } });
    expect(view.steps.map((s) => [s.step, s.unit, s.status])).toEqual([
      ['hq-rooting', 'STIIC', 'open'],
      ['destination', 'STIIC', 'open'],
      ['labour', 'HRSS', 'open'],
    ]);
    expect(view.steps[0]?.name).toBe('总部扎根服务');
    expectProblem(await step(hqStays, 'intention', { decision: 'transfer' }, token.futian), 409, 'ENTERPRISE.STEP_OUT_OF_TURN');
    expect(ok<EnterpriseView>(await step(hqStays, 'hq-rooting', { measures: ['总部用房保障', '人才安居'] }, token.stiic)).status).toBe('active');
  });

  it('D goes from the notice to the closure decision: no rectification order', async () => {
    // good2 was moved to D by its re-evaluation above.
    ok<EnterpriseView>(await step(good2, 'notice', { noticeRef: '福田淘汰〔2026〕1号' }, token.futian));
    expectProblem(await step(good2, 'order', { order: 'rectify', deadline: today() }, token.futian), 409, 'ENTERPRISE.STEP_OUT_OF_TURN');
    const view = ok<EnterpriseView>(await step(good2, 'closure-decision', { decisionRef: '福田关闭〔2026〕1号', closeBy: today() }, token.futian));
    expect(view.steps.filter((s) => s.status === 'open').map((s) => s.step)).toEqual(['closure-verified']);
    const closed = ok<EnterpriseView>(await step(good2, 'closure-verified', { verifiedOn: today() }, token.futian));
    expect(closed.status).toBe('closed');
    await listed(`planId=${planId}&status=closed&track=D`, token.futian, (p) => p.items.some((i) => i.enterpriseId === good2.id && i.outcome === 'closed-by-law'));
  });
});

// Last, so that the enterprise it registers counts in no list or roll-up above.
describe('bulk import of a CSV in a Chinese code page', () => {
  it('reads a CSV saved by Chinese Excel (GBK, no charset declared) and refuses one in a charset it does not read', async () => {
    // 深圳企业 in GBK; the rest of the row is ASCII, the same in both encodings.
    const gbkName = Buffer.from([0xc9, 0xee, 0xdb, 0xda, 0xc6, 0xf3, 0xd2, 0xb5]);
    const record = { ...enterpriseToCsvRecord(trackC(id('GBK1'), 'FUTIAN')), name: 'NAME' };
    const [before, after] = enterpriseCsvColumns.map((c) => (record as Record<string, string>)[c] ?? '').join(',').split('NAME') as [string, string];
    const body = Buffer.concat([Buffer.from(`${enterpriseCsvHeader()}\r\n${before}`), gbkName, Buffer.from(`${after}\r\n`)]);
    const imported = ok<EnterpriseImportReport>(await duban.api.request('POST', `/enterprises/import?planId=${planId}`, { token: token.futian, rawBody: body, contentType: 'text/csv' }));
    expect(imported).toMatchObject({ registered: [id('GBK1')], rejected: [] });
    expect(ok<EnterpriseView>(await duban.api.get(`/enterprises/${id('GBK1')}`, token.futian)).name).toBe('深圳企业');
    expectProblem(await duban.api.request('POST', `/enterprises/import?planId=${planId}`, { token: token.futian, rawBody: body, contentType: 'text/csv; charset=big5' }), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
    expectProblem(await duban.api.request('POST', `/enterprises/import?planId=${planId}`, { token: token.futian, rawBody: body, contentType: 'text/csv; charset=utf-8' }), 400, 'REQUEST.INVALID', 'body');
  });
});
