import { today } from './support/dates';
import { DubanHarness } from './support/duban-harness';

/**
 * Killing the worker with SIGKILL between a plan's start and a submit loses nothing: Temporal
 * hands the work to the restarted worker, and the audit shows each event exactly once.
 */
let duban: DubanHarness;
const planId = `e2e-crash-${Date.now().toString(36)}`;
const t1 = `${planId}.T1.STIIC`;

beforeAll(async () => {
  duban = await DubanHarness.start('worker-crash');
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

it('survives a SIGKILLed worker: the submit succeeds after a restart and every event is stored once', async () => {
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  const stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  const supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });

  expect((await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, admin)).status).toBe(201);
  // First crash: while the plan is starting its eleven tasks and publishing their events.
  await duban.app('worker').stop('SIGKILL');
  await duban.startApp('worker');
  await duban.auditOf(t1, supervisor, 1);

  const stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
  expect((await duban.api.post(`/tasks/${t1}/contributions`, { summary: '统计指标口径' }, stats)).status).toBe(200);

  // Second crash: with the submit on its way.
  await duban.app('worker').stop('SIGKILL');
  // With no worker polling, the update waits on the server; it completes once the new worker picks
  // it up. The API will not wait that long (its request budget): it answers 503 with Retry-After,
  // and the client retries with the same Idempotency-Key until it gets the update's outcome. The
  // update may have been applied behind a 503; the key makes the retry return it, not a 409.
  const key = `submit-${planId}`;
  const submit = (): Promise<{ status: number; body: { status: string } }> =>
    duban.api.request<{ status: string }>('POST', `/tasks/${t1}/submit`, { token: stiic, json: { summary: 'index after crash' }, headers: { 'idempotency-key': key } });
  const first = await submit();
  expect([200, 503]).toContain(first.status);
  await duban.startApp('worker');
  let submitted = first;
  const statuses = [first.status];
  while (submitted.status === 503 && statuses.length < 30) {
    submitted = await submit();
    statuses.push(submitted.status);
  }
  expect(statuses.filter((s) => s !== 503)).toEqual([200]);
  expect(submitted.body.status).toBe('submitted');
  // A retry after success answers the same, and applies nothing twice.
  const again = await submit();
  expect(again.status).toBe(200);
  expect(again.body.status).toBe('submitted');

  const events = await duban.auditOf(t1, supervisor, 3);
  expect(events.map((e) => e.type)).toEqual(['duban.task.assigned.v1', 'duban.task.contribution-submitted.v1', 'duban.task.submitted.v1']);
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);

  // Every task of the plan was assigned exactly once despite the crash.
  const planEvents = await duban.auditOf(planId, supervisor, 1);
  expect(planEvents.filter((e) => e.type === 'duban.plan.started.v1')).toHaveLength(1);
  for (const taskId of planEvents[0]?.data['tasks'] as string[]) {
    const assigned = await duban.auditOf(taskId, supervisor, 1);
    expect(assigned.filter((e) => e.type === 'duban.task.assigned.v1')).toHaveLength(1);
  }
});
