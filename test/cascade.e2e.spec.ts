import { TASK_OPERATIONS, type ProblemDetails, type StartedPlan, type TargetsResponse, type TaskResponse } from '@duban/contracts';
import type { PlanDefinitionInput } from '@duban/domain';
import { waitFor } from '@duban/testing';
import { DubanHarness } from './support/duban-harness';
import { expectProblem } from './support/expect-problem';

/**
 * 逐级落实 (六(三)) end to end, against the real Temporal, Kafka and FerretDB servers: a plan whose
 * district task is broken down for a department loads through `POST /plans`; the sub-task is a task
 * of its own with its deadline; an official of the district adds a second sub-task over HTTP (and
 * the refusals change nothing); the district cannot submit before its departments' work is
 * accepted; each department submits, a supervisor accepts, the parent's view follows, and then the
 * district submits. The departments (福田区经济促进局, 福田区发展和改革局) are examples of ours.
 */
let duban: DubanHarness;
type Who = 'admin' | 'supervisor' | 'futian' | 'econ' | 'drc' | 'luohu';
const token = {} as Record<Who, string>;

const DAY_MS = 86_400_000;
/** A date relative to today in Asia/Shanghai, as the workflows count days. */
const shanghaiDate = (daysFromToday: number): string => new Date(Date.now() + 8 * 3_600_000 + daysFromToday * DAY_MS).toISOString().slice(0, 10);

const planId = `e2e-cascade-${Date.now().toString(36)}`;
const parentId = `${planId}.T4.FUTIAN`;
const econId = `${parentId}.FUTIAN_ECON`;
const drcId = `${parentId}.FUTIAN_DRC`;
const parentDue = shanghaiDate(60);
const econDue = shanghaiDate(30);
const drcDue = shanghaiDate(45);

const unit = (code: string, name: string, nameEn: string, parent?: string) => ({ code, name, nameEn, ...(parent && { parent }) });
const plan: PlanDefinitionInput = {
  planId,
  title: '产业转移招商引资（逐级落实测试）',
  titleEn: 'Investment promotion, cascaded (test)',
  issuedOn: shanghaiDate(0),
  timeZone: 'Asia/Shanghai',
  units: [
    unit('FUTIAN', '福田区政府', 'Futian District Government'),
    unit('FUTIAN_ECON', '福田区经济促进局', 'Futian Economic Promotion Bureau', 'FUTIAN'),
    unit('FUTIAN_DRC', '福田区发展和改革局', 'Futian Development and Reform Bureau', 'FUTIAN'),
    unit('LUOHU', '罗湖区政府', 'Luohu District Government'),
  ],
  tasks: [
    {
      code: 'T4',
      title: '开展产业转移工业园的招商引资工作',
      titleEn: 'Investment promotion for the transfer parks',
      lead: 'FUTIAN',
      deliverable: '区产业转移规划',
      due: parentDue,
      subtasks: [{ unit: 'FUTIAN_ECON', title: '组织辖区企业赴园区考察', titleEn: 'Organise site visits', due: econDue }],
    },
  ],
  // A target beside the cascade (三; the number is ours): the district reports how many of its
  // enterprises were transferred, and the city's assessment weighs it.
  targets: [
    {
      code: 'TRANSFERRED',
      title: '有序转移企业数',
      titleEn: 'Enterprises transferred in order',
      clause: '三',
      owner: 'FUTIAN',
      indicator: { measure: 'enterprises', kind: 'cumulative', comparator: 'atLeast', value: 10 },
      by: shanghaiDate(365).slice(0, 4),
      period: 'annual',
      weight: 1,
      ours: ['owner', 'indicator', 'value', 'by', 'period'],
    },
  ],
};

beforeAll(async () => {
  duban = await DubanHarness.start('cascade');
  token.admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  token.supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  token.futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  token.econ = await duban.token({ sub: 'lin.hua', unit: 'FUTIAN_ECON', roles: ['official'] });
  token.drc = await duban.token({ sub: 'gao.yu', unit: 'FUTIAN_DRC', roles: ['official'] });
  token.luohu = await duban.token({ sub: 'he.ping', unit: 'LUOHU', roles: ['official'] });
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

const post = <T = TaskResponse>(path: string, body: unknown, as: string) => duban.api.post<T>(path, body, as);
function ok(res: { status: number; body: unknown }, status = 200): TaskResponse {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as TaskResponse;
}
/** A task's view once its workflow answers (a sub-task's workflow is started by its parent's). */
const taskOnceStarted = (taskId: string, as: string): Promise<TaskResponse> =>
  waitFor(
    `task ${taskId}`,
    async () => {
      const res = await duban.api.get<TaskResponse>(`/tasks/${taskId}`, as);
      if (res.status === 404) return undefined;
      return ok(res);
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );

describe('a plan with a cascade', () => {
  it('loads through POST /plans, and the sub-task of its definition exists with its own deadline and ladder', async () => {
    const started = await post<StartedPlan>('/plans', plan, token.admin);
    expect(started.status).toBe(201);
    expect(started.body.tasks).toEqual([parentId]);

    const child = await taskOnceStarted(econId, token.econ);
    expect(child).toMatchObject({
      taskId: econId,
      unit: 'FUTIAN_ECON',
      title: '组织辖区企业赴园区考察',
      due: econDue,
      deadline: `${econDue}T23:59:59.999+08:00`,
      status: 'assigned',
      parentTaskId: parentId,
      parentUnit: 'FUTIAN',
      overdue: false,
    });
    expect(child.ladder.find((s) => s.kind === 'yellow')?.at.slice(0, 10)).toBe(econDue);

    const parent = await taskOnceStarted(parentId, token.futian);
    expect(parent.departments).toEqual(['FUTIAN_ECON', 'FUTIAN_DRC']);

    // The same definition carries a target: it is listed from the plan's events, nothing reported yet.
    const targets = await waitFor('the plan’s targets', async () => {
      const res = await duban.api.get<TargetsResponse>(`/plans/${planId}/targets`, token.futian);
      return res.status === 200 && res.body.targets.length > 0 ? res.body.targets : undefined;
    });
    expect(targets.map((t) => [t.code, t.owner, t.reports.length])).toEqual([['TRANSFERRED', 'FUTIAN', 0]]);
    expect(parent.subtasks).toEqual([expect.objectContaining({ taskId: econId, unit: 'FUTIAN_ECON', due: econDue, status: 'assigned' })]);
  });

  it('refuses sub-tasks from the wrong people or with the wrong unit, date or shape, naming the rule (nothing recorded)', async () => {
    const good = { unit: 'FUTIAN_DRC', title: '制定配套政策', due: drcDue };
    expectProblem(await post(`/tasks/${parentId}/subtasks`, good, token.econ), 404, 'TASK.NOT_FOUND');
    expectProblem(await post(`/tasks/${parentId}/subtasks`, good, token.supervisor), 403, 'AUTH.FORBIDDEN');
    expectProblem(await post(`/tasks/${parentId}/subtasks`, { ...good, unit: 'LUOHU' }, token.futian), 400, 'TASK.INVALID_SUBTASK', 'body.unit');
    expectProblem(await post(`/tasks/${parentId}/subtasks`, { ...good, unit: 'FUTIAN_ECON' }, token.futian), 409, 'TASK.SUBTASK_EXISTS');
    expectProblem(await post(`/tasks/${parentId}/subtasks`, { ...good, due: shanghaiDate(61) }, token.futian), 400, 'TASK.INVALID_DATE', 'body.due');
    expectProblem(await post(`/tasks/${parentId}/subtasks`, { ...good, due: shanghaiDate(-1) }, token.futian), 400, 'TASK.INVALID_DATE', 'body.due');
    expectProblem(await post(`/tasks/${parentId}/subtasks`, { unit: 'FUTIAN_DRC', due: drcDue }, token.futian), 400, 'REQUEST.INVALID', 'body.title');
    // A sub-task is not broken down further.
    expectProblem(await post(`/tasks/${econId}/subtasks`, good, token.econ), 409, 'TASK.OUT_OF_TURN');
    const parent = ok(await duban.api.get(`/tasks/${parentId}`, token.futian));
    expect(parent.subtasks?.map((s) => s.taskId)).toEqual([econId]);
    expect(parent.history.filter((h) => h.action === 'cascaded')).toEqual([]);
  });

  it('lets an official of the district add a second sub-task over HTTP: it exists when the answer comes', async () => {
    const res = await duban.api.call(TASK_OPERATIONS.cascadeTask, { params: { taskId: parentId }, body: { unit: 'FUTIAN_DRC', title: '制定配套政策', due: drcDue } }, token.futian);
    if (!res.ok) throw new Error(`expected 201, got ${res.status}: ${JSON.stringify(res.body)}`);
    expect(res.status).toBe(201);
    expect(res.body.subtasks?.map((s) => [s.taskId, s.status, s.due, s.cascadedBy?.sub])).toEqual([
      [econId, 'assigned', econDue, undefined],
      [drcId, 'assigned', drcDue, 'chen.jing'],
    ]);
    const drc = ok(await duban.api.get(`/tasks/${drcId}`, token.drc));
    expect(drc).toMatchObject({ unit: 'FUTIAN_DRC', due: drcDue, parentTaskId: parentId, parentUnit: 'FUTIAN', status: 'assigned' });
  });

  it('shows a sub-task to its department, its district and supervisors, not to another district', async () => {
    expect(ok(await duban.api.get(`/tasks/${econId}`, token.futian)).taskId).toBe(econId);
    expect(ok(await duban.api.get(`/tasks/${econId}`, token.supervisor)).taskId).toBe(econId);
    expectProblem(await duban.api.get(`/tasks/${econId}`, token.luohu), 404, 'TASK.NOT_FOUND');
    expectProblem(await duban.api.get(`/tasks/${econId}`, token.drc), 404, 'TASK.NOT_FOUND');
  });

  it('keeps the district from submitting before its departments’ work is accepted', async () => {
    const res = await post<ProblemDetails>(`/tasks/${parentId}/submit`, { summary: '区产业转移规划' }, token.futian);
    expectProblem(res, 409, 'TASK.SUBTASKS_PENDING');
    expect(res.body.detail).toContain(econId);
    expect(res.body.detail).toContain(drcId);
  });

  it('takes each department’s submission and a supervisor’s acceptance; the parent’s view follows', async () => {
    expectProblem(await post(`/tasks/${econId}/submit`, { summary: 'x' }, token.futian), 403, 'AUTH.FORBIDDEN');
    ok(await post(`/tasks/${econId}/submit`, { summary: '考察名单与行程', evidence: [{ title: '名单', uri: 'doc://futian/econ/visits' }] }, token.econ));
    expect(ok(await post(`/tasks/${econId}/review`, { decision: 'accept' }, token.supervisor)).status).toBe('accepted');
    ok(await post(`/tasks/${drcId}/submit`, { summary: '配套政策草案' }, token.drc));
    expect(ok(await post(`/tasks/${drcId}/review`, { decision: 'accept' }, token.supervisor)).status).toBe('accepted');

    const parent = await waitFor(
      'the parent to see both sub-tasks accepted',
      async () => {
        const view = ok(await duban.api.get(`/tasks/${parentId}`, token.futian));
        return view.subtasks?.every((s) => s.status === 'accepted') ? view : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(parent.subtasks?.map((s) => [s.taskId, s.status])).toEqual([
      [econId, 'accepted'],
      [drcId, 'accepted'],
    ]);
  });

  it('then lets the district submit', async () => {
    const submitted = ok(await post(`/tasks/${parentId}/submit`, { summary: '区产业转移规划', deliverableRef: 'doc://futian/t4/v1' }, token.futian));
    expect(submitted.status).toBe('submitted');
  });

  it('records the cascade in the audit trail: the parent’s events, and the sub-task’s assignment naming its parent', async () => {
    const parentEvents = await duban.auditOf(parentId, token.supervisor, 4);
    expect(parentEvents.map((e) => [e.type, e.data.actor?.sub])).toEqual([
      ['duban.task.assigned.v1', undefined],
      ['duban.task.cascaded.v1', undefined],
      ['duban.task.cascaded.v1', 'chen.jing'],
      ['duban.task.submitted.v1', 'chen.jing'],
    ]);
    expect(parentEvents[2]?.data).toMatchObject({ taskId: parentId, subtaskId: drcId, unit: 'FUTIAN_DRC', due: drcDue });
    const childEvents = await duban.auditOf(drcId, token.supervisor, 3);
    expect(childEvents.map((e) => e.type)).toEqual(['duban.task.assigned.v1', 'duban.task.submitted.v1', 'duban.task.accepted.v1']);
    expect(childEvents[0]?.data).toMatchObject({ taskId: drcId, unit: 'FUTIAN_DRC', parentTaskId: parentId, parentUnit: 'FUTIAN' });
  });
});
