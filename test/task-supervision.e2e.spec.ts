import { TASK_OPERATIONS, type EscalationInboxPage, type ProblemDetails, type TaskInboxPage, type TaskResponse } from '@duban/contracts';
import { DubanHarness } from './support/duban-harness';
import { expectProblem } from './support/expect-problem';

/**
 * Supervision end to end, against the real Temporal, Kafka and FerretDB servers: co-units'
 * contributions and a waiver before the lead unit submits, evidence, rejection and resubmission,
 * an extension, directives, the 督查室 inbox, refusals that change nothing, and the projections
 * (the task inbox and the escalation inbox) that the consumers keep from the events.
 */
let duban: DubanHarness;
type Who = 'admin' | 'supervisor' | 'plan' | 'stiic' | 'habitat' | 'stats' | 'futian';
/** Bearer tokens, signed in beforeAll. */
const token = {} as Record<Who, string>;

const DAY_MS = 86_400_000;
/** A date relative to today in Asia/Shanghai, as the workflows count days. */
const shanghaiDate = (daysFromToday: number): string => new Date(Date.now() + 8 * 3_600_000 + daysFromToday * DAY_MS).toISOString().slice(0, 10);

const run = Date.now().toString(36);
const planId = `e2e-sup-${run}`;
const t1 = `${planId}.T1.STIIC`;
const t2 = `${planId}.T2.PLAN`;
const t3 = `${planId}.T3.STIIC`;
/** A second load of the seed plan, rebased so that T1's deadline passed three days ago. */
const latePlanId = `e2e-sup-late-${run}`;
const lateT1 = `${latePlanId}.T1.STIIC`;
const lateYellow = `${lateT1}~0~yellow`;

beforeAll(async () => {
  duban = await DubanHarness.start('task-supervision');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.plan = await duban.token({ sub: 'zhao.lei', unit: 'PLAN', roles: ['official'] });
  token.stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  token.habitat = await duban.token({ sub: 'sun.li', unit: 'HABITAT', roles: ['official'] });
  token.stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });

  const started = await duban.api.post<{ tasks: string[] }>('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: shanghaiDate(0) }, token.admin);
  expect(started.status).toBe(201);
  expect(started.body.tasks).toHaveLength(11);
  // Updates need the task workflows started: their assignment events say they are.
  await Promise.all([t1, t2, t3].map((id) => duban.auditOf(id, token.supervisor, 1)));
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

const post = <T = TaskResponse>(path: string, body: unknown, as: string) => duban.api.post<T>(path, body, as);

/** The success body of a typed call (`duban.api.call`), or the test fails naming the problem. */
function answered<T>(res: { ok: true; body: T } | { ok: false; status: number; body: ProblemDetails }): T {
  if (!res.ok) throw new Error(`expected success, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}
const viewTask = async (taskId: string, as: string) => answered(await duban.api.call(TASK_OPERATIONS.viewTask, { params: { taskId } }, as));

function ok(res: { status: number; body: unknown }): TaskResponse {
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as TaskResponse;
}

describe('T2: co-units, evidence, rejection and resubmission', () => {
  const evidence = [{ title: '园区规划草案', uri: 'doc://plans/t2/draft-1' }, { title: '用地图', uri: 'https://example.gov.cn/t2/map.pdf' }];

  it('refuses the lead unit’s submit while co-units have not contributed (409)', async () => {
    const res = await post<ProblemDetails>(`/tasks/${t2}/submit`, { summary: 'park plan' }, token.plan);
    expectProblem(res, 409, 'TASK.CONTRIBUTIONS_PENDING');
    expect(res.body.detail).toMatch(/STIIC, HABITAT/);
  });

  it('takes STIIC’s contribution, refuses outsiders’ (404, existing task or not) and the lead unit’s', async () => {
    const view = ok(await post(`/tasks/${t2}/contributions`, { summary: '产业目录意见', evidence: [{ title: '意见', uri: 'doc://stiic/t2' }] }, token.stiic));
    expect(view.contributions.find((c) => c.unit === 'STIIC')).toMatchObject({ status: 'contributed', summary: '产业目录意见', actor: { sub: 'li.wei', unit: 'STIIC' } });
    expect(view.contributions.find((c) => c.unit === 'HABITAT')?.status).toBe('pending');

    expectProblem(await post(`/tasks/${t2}/contributions`, { summary: 'not ours' }, token.futian), 404, 'TASK.NOT_FOUND');
    expectProblem(await post(`/tasks/${planId}.T9.PLAN/contributions`, { summary: 'guess' }, token.futian), 404, 'TASK.NOT_FOUND');
    expectProblem(await post(`/tasks/${t2}/contributions`, { summary: 'own task' }, token.plan), 403, 'TASK.FORBIDDEN');
    expectProblem(await post(`/tasks/${t2}/contributions`, { summary: 'twice' }, token.stiic), 409, 'TASK.OUT_OF_TURN');
    expectProblem(await post(`/tasks/${t2}/contributions`, { summary: 'x', evidence: [{ title: 't', uri: 'ftp://x' }] }, token.habitat), 400, 'REQUEST.INVALID', 'body.evidence.0.uri');
  });

  it('lets a supervisor waive HABITAT’s contribution, with a reason', async () => {
    expectProblem(await post(`/tasks/${t2}/contributions/HABITAT/waive`, { reason: 'x' }, token.plan), 403, 'AUTH.FORBIDDEN');
    const view = ok(await post(`/tasks/${t2}/contributions/HABITAT/waive`, { reason: '人居委意见已在规划环评中体现' }, token.supervisor));
    expect(view.contributions.find((c) => c.unit === 'HABITAT')).toMatchObject({ status: 'waived', reason: '人居委意见已在规划环评中体现' });
    expectProblem(await post(`/tasks/${t2}/contributions/HABITAT/waive`, { reason: 'again' }, token.supervisor), 409, 'TASK.OUT_OF_TURN');
  });

  it('takes progress and a submission with evidence, a rejection with a reason, a resubmission and acceptance', async () => {
    const progress = ok(await post(`/tasks/${t2}/progress`, { percent: 60, note: '初稿完成', evidence }, token.plan));
    expect(progress).toMatchObject({ status: 'in_progress', progressPercent: 60, overdue: false });

    const submitted = ok(await post(`/tasks/${t2}/submit`, { summary: '产业转移工业园规划 v1', deliverableRef: 'doc://plans/t2/v1', evidence }, token.plan));
    expect(submitted.status).toBe('submitted');
    expect(submitted.submissions[0]).toMatchObject({ version: 1, evidence });

    expectProblem(await post(`/tasks/${t2}/review`, { decision: 'reject' }, token.supervisor), 400, 'REQUEST.INVALID', 'body.reason');
    const rejected = ok(await post(`/tasks/${t2}/review`, { decision: 'reject', reason: '缺少入园标准' }, token.supervisor));
    expect(rejected.status).toBe('in_progress');

    const again = ok(await post(`/tasks/${t2}/submit`, { summary: '产业转移工业园规划 v2（含入园标准）', evidence: [evidence[0]] }, token.plan));
    expect(again.submissions.map((s) => [s.version, s.evidence.length])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    const accepted = ok(await post(`/tasks/${t2}/review`, { decision: 'accept' }, token.supervisor));
    expect(accepted).toMatchObject({ status: 'accepted', overdue: false });
  });

  it('refuses a submit after acceptance (409)', async () => {
    expectProblem(await post(`/tasks/${t2}/submit`, { summary: 'late' }, token.plan), 409, 'TASK.OUT_OF_TURN');
  });
});

describe('T1: an extension, and refusals that change nothing', () => {
  const newDue = shanghaiDate(40);
  let originalDue: string;

  it('moves the deadline on an approved extension, and restarts the ladder in a new epoch', async () => {
    // Typed calls: input and answer types come from the operations the API document is generated from.
    const before = await viewTask(t1, token.stiic);
    originalDue = before.due;
    expect(before.ladder.every((s) => s.epoch === 0)).toBe(true);

    expectProblem(await post(`/tasks/${t1}/extensions`, { newDue: shanghaiDate(-1), reason: 'past' }, token.stiic), 400, 'TASK.INVALID_DATE', 'body.newDue');
    expectProblem(await post(`/tasks/${t1}/extensions`, { newDue: '2026-02-30', reason: 'no such day' }, token.stiic), 400, 'REQUEST.INVALID', 'body.newDue');

    const requested = answered(await duban.api.call(TASK_OPERATIONS.requestExtension, { params: { taskId: t1 }, body: { newDue, reason: '统计口径待统计局确认' } }, token.stiic));
    expect(requested.extensions).toEqual([expect.objectContaining({ id: 1, status: 'pending', requestedDue: newDue, previousDue: originalDue })]);
    expectProblem(await post(`/tasks/${t1}/extensions`, { newDue: shanghaiDate(50), reason: 'again' }, token.stiic), 409, 'TASK.EXTENSION_PENDING');
    expectProblem(await post(`/tasks/${t1}/extensions/decision`, { decision: 'approve' }, token.stiic), 403, 'AUTH.FORBIDDEN');

    answered(await duban.api.call(TASK_OPERATIONS.decideExtension, { params: { taskId: t1 }, body: { decision: 'approve', comment: '同意' } }, token.supervisor));
    const after = await viewTask(t1, token.stiic);
    expect(after).toMatchObject({ due: newDue, originalDue, overdue: false });
    expect(after.extensions[0]).toMatchObject({ status: 'approved', decidedBy: { sub: 'wang.fang' } });
    const newEpoch = after.ladder.filter((s) => s.epoch === 1);
    expect(newEpoch.map((s) => s.kind)).toEqual(expect.arrayContaining(['yellow', 'red', 'leading-group']));
    expect(newEpoch.find((s) => s.kind === 'yellow')?.at.slice(0, 10)).toBe(newDue);
    expect(after.ladder.filter((s) => s.epoch === 0 && !s.fired)).toEqual([]);
  });

  it('refuses a decision with no pending request (409)', async () => {
    expectProblem(await post(`/tasks/${t1}/extensions/decision`, { decision: 'refuse' }, token.supervisor), 409, 'TASK.NO_PENDING_EXTENSION');
  });

  it('refuses an official reviewing or issuing a directive (403), and FUTIAN acting on T1 as on a missing task (404)', async () => {
    expectProblem(await post(`/tasks/${t1}/review`, { decision: 'accept' }, token.stiic), 403, 'AUTH.FORBIDDEN');
    expectProblem(await post(`/tasks/${t1}/directive`, { committedDate: shanghaiDate(10), instructions: 'x' }, token.stiic), 403, 'AUTH.FORBIDDEN');
    expectProblem(await post(`/tasks/${t1}/progress`, { percent: 10, note: 'x' }, token.futian), 404, 'TASK.NOT_FOUND');
    expectProblem(await post(`/tasks/${t1}/submit`, { summary: 'x' }, token.futian), 404, 'TASK.NOT_FOUND');
    expectProblem(await post(`/tasks/${t1}/extensions`, { newDue: shanghaiDate(60), reason: 'x' }, token.futian), 404, 'TASK.NOT_FOUND');
    expectProblem(await post(`/tasks/${t1}/contributions`, { summary: 'x' }, token.futian), 404, 'TASK.NOT_FOUND');
    expectProblem(await duban.api.get(`/tasks/${t1}`, token.futian), 404, 'TASK.NOT_FOUND');
    const view = ok(await duban.api.get(`/tasks/${t1}`, token.stats));
    expect(view).toMatchObject({ status: 'assigned', due: newDue, submissions: [] });
  });

  it('lets a supervisor issue a directive on a task: its committed date becomes the deadline', async () => {
    const committedDate = shanghaiDate(20);
    const view = ok(await post(`/tasks/${t3}/directive`, { committedDate, instructions: '限期报送园区建设跟踪方案' }, token.supervisor));
    expect(view.due).toBe(committedDate);
    expect(view.directives[0]).toMatchObject({ committedDate, issuedBy: { sub: 'wang.fang', unit: 'DUCHA' } });
  });
});

describe('the audit trail of T2', () => {
  it('shows every step once, in order, each with its actor', async () => {
    const events = await duban.auditOf(t2, token.supervisor, 8);
    expect(events.map((e) => [e.sequence, e.type, e.data.actor?.sub])).toEqual([
      [1, 'duban.task.assigned.v1', undefined],
      [2, 'duban.task.contribution-submitted.v1', 'li.wei'],
      [3, 'duban.task.contribution-waived.v1', 'wang.fang'],
      [4, 'duban.task.progress-reported.v1', 'zhao.lei'],
      [5, 'duban.task.submitted.v1', 'zhao.lei'],
      [6, 'duban.task.rejected.v1', 'wang.fang'],
      [7, 'duban.task.submitted.v1', 'zhao.lei'],
      [8, 'duban.task.accepted.v1', 'wang.fang'],
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(8);
    expect(events[1]?.data).toMatchObject({ unit: 'STIIC', evidence: [{ title: '意见', uri: 'doc://stiic/t2' }] });
    expect(events[2]?.data).toMatchObject({ unit: 'HABITAT', reason: '人居委意见已在规划环评中体现' });
    expect(events[5]?.data).toMatchObject({ version: 1, reason: '缺少入园标准' });
  });
});

describe('GET /tasks: the task inbox from the projection', () => {
  const inbox = (query: string, as: string) => duban.api.get<TaskInboxPage>(`/tasks?${query}`, as);

  it('lists the plan’s 11 tasks to a supervisor, by deadline, with their projected state', async () => {
    const page = await duban.eventually(`the projection of ${planId}`, `/tasks?planId=${planId}&count=true`, token.supervisor, (body: TaskInboxPage) =>
      body.total === 11 && body.items.find((t) => t.taskId === t2)?.status === 'accepted' && body.items.find((t) => t.taskId === t3)?.due === shanghaiDate(20)
        ? body
        : undefined,
    );
    expect(page.items).toHaveLength(11);
    const deadlines = page.items.map((t) => t.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
    expect(page.items.find((t) => t.taskId === t2)).toMatchObject({ unit: 'PLAN', coUnits: ['STIIC', 'HABITAT'], pendingContributions: [], lastEventSequence: 8 });
    expect(page.items.find((t) => t.taskId === t1)).toMatchObject({ due: shanghaiDate(40), status: 'assigned', extensionPending: false, overdue: false });

    const paged = await inbox(`planId=${planId}&limit=4&offset=8&count=true`, token.supervisor);
    expect(paged.body.total).toBe(11);
    expect(paged.body.items.map((t) => t.taskId)).toEqual(page.items.slice(8).map((t) => t.taskId));
    // The cursor walks the same order: 4 + 4 + 3, each task once, the last page without nextCursor.
    const walked: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 3; i++) {
      const res = await inbox(`planId=${planId}&limit=4${cursor ? `&cursor=${cursor}` : ''}`, token.supervisor);
      expect(res.body.total).toBeUndefined();
      walked.push(...res.body.items.map((t) => t.taskId));
      cursor = res.body.nextCursor;
    }
    expect(walked).toEqual(page.items.map((t) => t.taskId));
    expect(cursor).toBeUndefined();
    const accepted = await inbox(`planId=${planId}&status=accepted`, token.supervisor);
    expect(accepted.body.items.map((t) => t.taskId)).toEqual([t2]);
  });

  it('lists to an official only their unit’s tasks, led or as a co-unit', async () => {
    const futian = await inbox(`planId=${planId}&count=true`, token.futian);
    expect(futian.status).toBe(200);
    expect(futian.body.items.map((t) => t.taskId)).toEqual([`${planId}.T4.FUTIAN`]);
    expect(futian.body.total).toBe(1);

    const stiic = await inbox(`planId=${planId}&unit=STIIC`, token.stiic);
    expect(stiic.body.items.map((t) => t.taskId).sort()).toEqual([t1, t2, t3].sort());
    expectProblem(await inbox(`planId=${planId}&unit=STIIC`, token.futian), 403, 'AUTH.FORBIDDEN');
  });

  it('refuses operators and bad values in the query string (400 naming the parameter)', async () => {
    expectProblem(await inbox('unit[$ne]=X', token.supervisor), 400, 'REQUEST.INVALID', 'query.unit[$ne]');
    expectProblem(await inbox('overdue=maybe&limit=501', token.supervisor), 400, 'REQUEST.INVALID', 'query.limit');
    expectProblem(await inbox('dueBefore=2026-13-01', token.supervisor), 400, 'REQUEST.INVALID', 'query.dueBefore');
    expectProblem(await inbox('cursor=bm90LWEtY3Vyc29y', token.supervisor), 400, 'REQUEST.INVALID', 'query.cursor');
    expectProblem(await inbox('offset=1001', token.supervisor), 400, 'REQUEST.INVALID', 'query.offset');
  });
});

describe('the 督查室 inbox: an overdue task', () => {
  it('raises a yellow card on a plan whose T1 deadline has passed, listed in the inbox with counts', async () => {
    const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId: latePlanId, rebaseTo: shanghaiDate(-8) }, token.admin);
    expect(started.status).toBe(201);
    const page = await duban.eventually(`the yellow card of ${lateT1}`, `/escalations?planId=${latePlanId}&state=open&count=true`, token.supervisor, (body: EscalationInboxPage) =>
      (body.total ?? 0) >= 1 ? body : undefined,
    );
    expect(page.items).toEqual([expect.objectContaining({ escalationId: lateYellow, taskId: lateT1, unit: 'STIIC', level: 'yellow', state: 'open', repeats: 0 })]);
    expect(page.counts).toEqual({ byUnit: { STIIC: 1 }, byLevel: { yellow: 1 }, byAge: { '0-4': 1, '5-14': 0, '15+': 0 } }); // raised 3 days ago

    const overdue = await duban.eventually(`${lateT1} overdue in the task inbox`, `/tasks?planId=${latePlanId}&overdue=true`, token.supervisor, (body: TaskInboxPage) =>
      body.items[0]?.yellowCard ? body : undefined,
    );
    expect(overdue.items.map((t) => [t.taskId, t.overdue, t.openEscalations])).toEqual([[lateT1, true, 1]]);
    expect(ok(await duban.api.get(`/tasks/${lateT1}`, token.stiic))).toMatchObject({ overdue: true, escalations: [expect.objectContaining({ id: lateYellow })] });
    expectProblem(await duban.api.get('/escalations', token.stiic), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.get('/escalations?state=closed', token.supervisor), 400, 'REQUEST.INVALID', 'query.state');
  });

  it('acknowledges the case once; unknown and malformed cases are refused', async () => {
    const view = ok(await post(`/escalations/${lateYellow}/acknowledge`, { note: '已电话督促' }, token.supervisor));
    expect(view.escalations.find((e) => e.id === lateYellow)).toMatchObject({ acknowledgedBy: { sub: 'wang.fang' } });
    expectProblem(await post(`/escalations/${lateYellow}/acknowledge`, {}, token.supervisor), 409, 'ESCALATION.ALREADY_ACKNOWLEDGED');
    expectProblem(await post(`/escalations/${lateT1}~0~red/acknowledge`, {}, token.supervisor), 404, 'ESCALATION.NOT_FOUND');
    expectProblem(await post(`/escalations/${latePlanId}.T9.STIIC~0~yellow/acknowledge`, {}, token.supervisor), 404, 'ESCALATION.NOT_FOUND');
    expectProblem(await post(`/escalations/not-an-escalation/acknowledge`, {}, token.supervisor), 400, 'REQUEST.INVALID', 'path.id');
    expectProblem(await post(`/escalations/${lateYellow}/acknowledge`, {}, token.stiic), 403, 'AUTH.FORBIDDEN');

    const acknowledged = await duban.eventually(`${lateYellow} acknowledged`, `/escalations?taskId=${lateT1}`, token.supervisor, (body: EscalationInboxPage) =>
      body.items[0]?.state === 'acknowledged' ? body.items[0] : undefined,
    );
    expect(acknowledged).toMatchObject({ acknowledgedBy: { sub: 'wang.fang', unit: 'DUCHA' }, acknowledgementNote: '已电话督促' });
  });

  it('issues a directive from the case: the committed date becomes the deadline and the case is resolved', async () => {
    const committedDate = shanghaiDate(10);
    expectProblem(await post(`/escalations/${lateYellow}/directive`, { committedDate, instructions: 'x' }, token.stiic), 403, 'AUTH.FORBIDDEN');
    const view = ok(await post(`/escalations/${lateYellow}/directive`, { committedDate, instructions: '十个工作日内报送指标体系' }, token.supervisor));
    expect(view).toMatchObject({ due: committedDate, overdue: false });
    expect(view.escalations.find((e) => e.id === lateYellow)).toMatchObject({ resolution: 'deadline-moved' });
    expectProblem(await post(`/escalations/${lateYellow}/directive`, { committedDate, instructions: 'again' }, token.supervisor), 409, 'TASK.OUT_OF_TURN');

    const resolved = await duban.eventually(`${lateYellow} resolved`, `/escalations?taskId=${lateT1}&state=resolved`, token.supervisor, (body: EscalationInboxPage) => body.items[0]);
    expect(resolved).toMatchObject({ escalationId: lateYellow, resolution: 'deadline-moved' });
    const task = await duban.eventually(`${lateT1} back on time`, `/tasks?planId=${latePlanId}&unit=STIIC&dueBefore=${shanghaiDate(11)}`, token.supervisor, (body: TaskInboxPage) =>
      body.items.find((t) => t.taskId === lateT1 && t.due === committedDate),
    );
    expect(task).toMatchObject({ overdue: false, yellowCard: false, openEscalations: 0 });

    const audit = await duban.auditOf(lateT1, token.supervisor, 5);
    expect(audit.map((e) => [e.type, e.data.actor?.sub])).toEqual([
      ['duban.task.assigned.v1', undefined],
      ['duban.escalation.raised.v1', undefined],
      ['duban.escalation.acknowledged.v1', 'wang.fang'],
      ['duban.escalation.resolved.v1', undefined],
      ['duban.directive.issued.v1', 'wang.fang'],
    ]);
  });
});
