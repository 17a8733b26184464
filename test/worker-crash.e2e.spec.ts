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
  // With no worker polling, the update waits on the server; it completes once the new worker picks it up.
  const submit = duban.api.post<{ status: string }>(`/tasks/${t1}/submit`, { summary: 'index after crash' }, stiic);
  await duban.startApp('worker');
  const submitted = await submit;
  expect(submitted.status).toBe(200);
  expect(submitted.body.status).toBe('submitted');

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
