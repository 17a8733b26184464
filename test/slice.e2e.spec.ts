import type { ProblemDetails } from '@duban/contracts';
import { waitFor } from '@duban/testing';
import { daysAfter, today } from './support/dates';
import { DubanHarness, type AuditItem } from './support/duban-harness';

/**
 * The first slice end to end, against the real Temporal, Kafka and FerretDB servers started by
 * tools/stack: load a plan over HTTP, submit its first task, and read the events back from the
 * audit trail that the consumer stored.
 */
let duban: DubanHarness;
let admin: string;
let stiic: string;
let futian: string;
let supervisor: string;
const planId = `e2e-slice-${Date.now().toString(36)}`;
const t1 = `${planId}.T1.STIIC`;
/** Today (Shanghai): a fixed date would put T1 past its deadline, and escalate it, once that date is five days old. */
const issuedOn = today();

beforeAll(async () => {
  duban = await DubanHarness.start('slice');
  const servers = await duban.identify();
  // Printed so a test run shows which real servers it talked to.
  console.log(`end-to-end against real servers: ${JSON.stringify(servers, null, 2)}`);
  expect(servers.store.ferretdbVersion).toBe('v1.24.2');
  expect(servers.kafka.brokerCount).toBe(1);
  expect(servers.temporal.serverVersion).toMatch(/^\d+\.\d+/);
  admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

describe('the slice: plan → task → event → audit', () => {
  it('reports all three dependencies healthy', async () => {
    const res = await duban.api.get<{ status: string; dependencies: Record<string, { status: string }> }>('/health');
    expect(res.status).toBe(200);
    expect(res.body.dependencies).toEqual({
      temporal: expect.objectContaining({ status: 'up' }),
      kafka: expect.objectContaining({ status: 'up' }),
      store: expect.objectContaining({ status: 'up' }),
    });
  });

  it('loads the seed plan, refuses loading it twice, and shows its tasks', async () => {
    const started = await duban.api.post<{ tasks: string[] }>('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: issuedOn }, admin);
    expect(started.status).toBe(201);
    expect(started.headers.get('location')).toBe(`/plans/${planId}`);
    expect(started.body.tasks).toHaveLength(11);
    expect(started.body.tasks[0]).toBe(t1);

    const again = await duban.api.post<ProblemDetails>('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: null }, admin);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PLAN.ALREADY_EXISTS');

    const plan = await duban.api.get<{ status: string; tasks: { taskId: string; due: string }[] }>(`/plans/${planId}`, supervisor);
    expect(plan.status).toBe(200);
    expect(plan.body.status).toBe('running');
    // The seed's T1 is due five days after the plan's issue date; rebasing moves it with the date.
    expect(plan.body.tasks.find((t) => t.taskId === t1)?.due).toBe(daysAfter(issuedOn, 5));
  });

  it('lets STIIC submit T1 once, after its co-unit STATS contributed; a second submit is 409, another unit 404 as for a missing task', async () => {
    await duban.auditOf(t1, supervisor, 1);
    const stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
    expect((await duban.api.post(`/tasks/${t1}/contributions`, { summary: '统计指标口径' }, stats)).status).toBe(200);
    const submitted = await duban.api.post<{ status: string }>(`/tasks/${t1}/submit`, { summary: 'evaluation index v1' }, stiic);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    const twice = await duban.api.post<ProblemDetails>(`/tasks/${t1}/submit`, { summary: 'again' }, stiic);
    expect(twice.status).toBe(409);
    expect(twice.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(twice.body).toMatchObject({ status: 409, code: 'TASK.OUT_OF_TURN' });

    // Another unit's task answers as a missing one does (issue 12): its existence is not revealed.
    const foreign = await duban.api.post<ProblemDetails>(`/tasks/${t1}/submit`, { summary: 'not ours' }, futian);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'TASK.NOT_FOUND', detail: `no task ${t1}` });
  });

  it("opens this month's information briefs for the ten units that lead tasks, listed by month and unit", async () => {
    const period = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const all = await waitFor('the brief round to reach the inbox', async () => {
      const res = await duban.api.get<{ items: { taskId: string; unit: string; kind: string }[]; total?: number }>(`/briefs?planId=${planId}&period=${period}&count=true`, supervisor);
      return res.status === 200 && res.body.total === 10 ? res.body : undefined;
    }, { timeoutMs: 60_000, intervalMs: 250 });
    expect(all.items.every((b) => b.kind === 'brief' && b.taskId.startsWith(`${planId}.BRIEF_`))).toBe(true);
    const own = await duban.api.get<{ items: { unit: string }[] }>(`/briefs?planId=${planId}&period=${period}`, futian);
    expect(own.body.items.map((b) => b.unit)).toEqual(['FUTIAN']);
    // The inbox lists the plan's tasks only (kind=task by default): all 11, and no brief.
    const tasks = await waitFor('the 11 tasks in the inbox', async () => {
      const res = await duban.api.get<{ total?: number; items: { kind: string }[] }>(`/tasks?planId=${planId}&limit=100&count=true`, supervisor);
      return (res.body.total ?? 0) >= 11 ? res.body : undefined;
    });
    expect(tasks.total).toBe(11);
    expect(tasks.items.every((t) => t.kind === 'task')).toBe(true);
  });

  it('stores every event once, in order, with its actor, and serves them from the audit trail', async () => {
    const events = await duban.auditOf(t1, supervisor, 3);
    expect(events.map((e: AuditItem) => [e.type, e.sequence])).toEqual([
      ['duban.task.assigned.v1', 1],
      ['duban.task.contribution-submitted.v1', 2],
      ['duban.task.submitted.v1', 3],
    ]);
    expect(events[1]?.data.actor).toEqual({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
    expect(events[2]?.data.actor).toEqual({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
    const planEvents = await duban.auditOf(planId, supervisor, 1);
    expect(planEvents[0]?.type).toBe('duban.plan.started.v1');
  });
});
