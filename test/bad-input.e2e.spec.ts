import { SignJWT } from 'jose';
import type { ProblemDetails } from '@duban/contracts';
import { today } from './support/dates';
import { DubanHarness } from './support/duban-harness';

/**
 * Bad input is answered with a problem details body that names the problem, and changes
 * nothing: after every case below, the task and the audit trail are as they were.
 */
let duban: DubanHarness;
let admin: string;
let stiic: string;
let futian: string;
let supervisor: string;
const planId = `e2e-bad-${Date.now().toString(36)}`;
const t1 = `${planId}.T1.STIIC`;

beforeAll(async () => {
  duban = await DubanHarness.start('bad-input');
  admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  futian = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  const started = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, admin);
  expect(started.status).toBe(201);
  await duban.auditOf(t1, supervisor, 1);
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
});

function expectProblem(res: { status: number; headers: Headers; body: unknown }, status: number, code: string, field?: string): void {
  const problem = res.body as ProblemDetails;
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(problem).toMatchObject({ status, code, type: expect.stringMatching(/^urn:duban:problem:/), title: expect.any(String), detail: expect.any(String) });
  if (field) expect(problem.errors?.map((e) => e.field)).toContain(field);
}

const submit = `/tasks/${t1}/submit`;

describe('bad input is answered, never absorbed', () => {
  it('malformed JSON → 400 naming the body', async () => {
    const res = await duban.api.request('POST', submit, { token: stiic, rawBody: '{"summary": "unterminated' });
    expectProblem(res, 400, 'REQUEST.MALFORMED_JSON');
  });

  it('a prototype-polluting key → 400', async () => {
    const res = await duban.api.request('POST', submit, { token: stiic, rawBody: '{"summary": "x", "__proto__": {"isAdmin": true}}' });
    expectProblem(res, 400, 'REQUEST.MALFORMED_JSON');
  });

  it('a body that is not JSON → 415', async () => {
    const res = await duban.api.request('POST', submit, { token: stiic, rawBody: 'summary=x', contentType: 'text/plain' });
    expectProblem(res, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('an unknown field → 400 naming the field', async () => {
    const res = await duban.api.post(submit, { summary: 'index', approvedBy: 'me' }, stiic);
    expectProblem(res, 400, 'REQUEST.INVALID', 'body.approvedBy');
  });

  it('a wrong type → 400 naming the field', async () => {
    const res = await duban.api.post(submit, { summary: 42 }, stiic);
    expectProblem(res, 400, 'REQUEST.INVALID', 'body.summary');
  });

  it('a missing field → 400 naming the field', async () => {
    const res = await duban.api.post(submit, {}, stiic);
    expectProblem(res, 400, 'REQUEST.INVALID', 'body.summary');
  });

  it('a Mongo operator smuggled into a body → 400 naming the field', async () => {
    const res = await duban.api.post(submit, { summary: { $ne: 'X' } }, stiic);
    expectProblem(res, 400, 'REQUEST.INVALID', 'body.summary');
    const plan = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId: { $ne: 'x' }, rebaseTo: null }, admin);
    expectProblem(plan, 400, 'REQUEST.INVALID', 'body.planId');
  });

  it('a Mongo operator smuggled into a query string → 400 naming the parameter', async () => {
    const res = await duban.api.get(`/audit/events?subject[$ne]=nothing`, supervisor);
    expectProblem(res, 400, 'REQUEST.INVALID', 'query.subject[$ne]');
    const nested = await duban.api.get(`/audit/events?subject=${encodeURIComponent(t1)}&type[$regex]=.*`, supervisor);
    expectProblem(nested, 400, 'REQUEST.INVALID', 'query.type[$regex]');
  });

  it('a missing token → 401', async () => {
    expectProblem(await duban.api.post(submit, { summary: 'index' }), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('a forged token (signed with another secret) → 401', async () => {
    const forged = await new SignJWT({ unit: 'STIIC', roles: ['official'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer('duban')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
    expectProblem(await duban.api.post(submit, { summary: 'index' }, forged), 401, 'AUTH.UNAUTHENTICATED');
  });

  it('an unsigned token (alg none) → 401', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'mallory', unit: 'STIIC', roles: ['official'], iss: 'duban' })}.`;
    expectProblem(await duban.api.post(submit, { summary: 'index' }, unsigned), 401, 'AUTH.UNAUTHENTICATED');
  });

  it("another unit's task → 404, exactly as a task id that does not exist (issue 12)", async () => {
    expectProblem(await duban.api.post(submit, { summary: 'index' }, futian), 404, 'TASK.NOT_FOUND');
    expectProblem(await duban.api.post(`/tasks/${planId}.T9.STIIC/submit`, { summary: 'x' }, futian), 404, 'TASK.NOT_FOUND');
  });

  it('a role that may not act → 403 (an official reviewing, a supervisor loading a plan)', async () => {
    expectProblem(await duban.api.post(`/tasks/${t1}/review`, { decision: 'accept' }, stiic), 403, 'AUTH.FORBIDDEN');
    expectProblem(await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId: 'another-plan', rebaseTo: null }, supervisor), 403, 'AUTH.FORBIDDEN');
  });

  it('out of turn: reviewing what was not submitted → 409', async () => {
    expectProblem(await duban.api.post(`/tasks/${t1}/review`, { decision: 'accept' }, supervisor), 409, 'TASK.OUT_OF_TURN');
  });

  it('an unknown task of one’s own unit → 404; a malformed task id → 400', async () => {
    expectProblem(await duban.api.post(`/tasks/${planId}.T9.STIIC/submit`, { summary: 'x' }, stiic), 404, 'TASK.NOT_FOUND');
    expectProblem(await duban.api.post(`/tasks/not-a-task-id/submit`, { summary: 'x' }, stiic), 400, 'REQUEST.INVALID', 'path.taskId');
  });

  it('an invalid plan → 400 listing every problem; an unknown template → 400', async () => {
    const res = await duban.api.post('/plans', { planId: 'Bad Id', title: '', tasks: [] }, admin);
    expectProblem(res, 400, 'PLAN.INVALID', 'body.planId');
    expect((res.body as ProblemDetails).errors?.length).toBeGreaterThan(3);
    expectProblem(await duban.api.post('/plans', { template: 'nowhere', planId: 'nowhere-plan', rebaseTo: null }, admin), 400, 'PLAN.TEMPLATE_NOT_FOUND', 'body.template');
  });

  it('changed nothing: the task is still only assigned and the audit holds only its assignment', async () => {
    const task = await duban.api.get<{ status: string; history: unknown[] }>(`/tasks/${t1}`, stiic);
    expect(task.status).toBe(200);
    expect(task.body.status).toBe('assigned');
    expect(task.body.history).toHaveLength(1);
    const audit = await duban.api.get<{ items: { type: string }[] }>(`/audit/events?subject=${encodeURIComponent(t1)}`, supervisor);
    expect(audit.body.items.map((e) => e.type)).toEqual(['duban.task.assigned.v1']);
    expect((await duban.api.get('/plans/another-plan', supervisor)).status).toBe(404);
    expect((await duban.api.get('/plans/nowhere-plan', supervisor)).status).toBe(404);
  });
});
