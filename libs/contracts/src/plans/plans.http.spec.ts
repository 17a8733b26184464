import { PLAN_TEMPLATES, SZ_2009_INDEX_V1, expandAssignments, parsePlanDefinition, rebasePlan } from '@duban/domain';
import { buildOpenApiDocument } from '../http/openapi';
import { startedPlanSchema } from './plans.dto';
import { PLAN_OPERATIONS, planViewSchema } from './plans.http';

// Samples of each answer as the plan workflow and the plans service build them, from the seed
// template itself (the tasks it expands to, its escalation ladder, the default evaluation index).

const plan = rebasePlan(parsePlanDefinition(PLAN_TEMPLATES['shenzhen-2009-98']), '2026-01-05', 'sz-rebased');
const tasks = expandAssignments(plan);

const running = {
  planId: plan.planId,
  title: plan.title,
  issuedOn: plan.issuedOn,
  status: 'running',
  startedAt: '2026-01-05T01:00:00.000Z',
  template: { name: 'shenzhen-2009-98', rebaseTo: '2026-01-05' },
  tasks: tasks.map((t) => ({ taskId: t.taskId, taskCode: t.taskCode, unit: t.unit, due: t.due, status: 'assigned' })),
  deliverables: {},
  escalation: plan.escalation,
};

describe('plan answers', () => {
  it('GET /plans/{planId}: a running plan before T1, and one with its deliverables and evaluation index', () => {
    expect(planViewSchema.parse(running)).toEqual(running);
    const withIndex = {
      ...running,
      tasks: running.tasks.map((t) => (t.taskCode === 'T1' ? { ...t, status: 'accepted' } : t)),
      deliverables: { T1: [{ taskId: 'sz-rebased.T1.STIIC', summary: '工业企业综合评价指标体系', deliverableRef: 'doc://t1/index-v1', acceptedAt: '2026-03-01T02:00:00.000Z' }] },
      evaluationIndex: SZ_2009_INDEX_V1,
      clockOffsetMs: -536_457_600_000,
    };
    expect(planViewSchema.parse(withIndex)).toEqual(withIndex);
    const { template: _t, ...fromDefinition } = running;
    expect(planViewSchema.parse(fromDefinition)).toEqual(fromDefinition);
    expect(planViewSchema.parse({ ...running, template: { name: 'shenzhen-2009-98', rebaseTo: null } }).template?.rebaseTo).toBeNull();
  });

  it('refuses an index as sent rather than as the plan keeps it, or an unknown plan status', () => {
    const { highTechCertifiedBonus: _b, ...sent } = SZ_2009_INDEX_V1;
    expect(planViewSchema.safeParse({ ...running, evaluationIndex: sent }).success).toBe(false);
    expect(planViewSchema.safeParse({ ...running, status: 'paused' }).success).toBe(false);
    expect(planViewSchema.safeParse({ ...running, tasks: [{ ...running.tasks[0], overdue: false }] }).success).toBe(false);
  });

  it('POST /plans: the started plan and its task ids', () => {
    const started = { planId: plan.planId, workflowId: 'plan/sz-rebased', tasks: tasks.map((t) => t.taskId) };
    expect(startedPlanSchema.parse(started)).toEqual(started);
    expect(startedPlanSchema.safeParse({ ...started, tasks: 11 }).success).toBe(false);
  });

  it('documents the routes: both kinds of plan body, the Location of a started plan, and each refusal', () => {
    const doc = buildOpenApiDocument(Object.values(PLAN_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual(['/plan-templates', '/plans', '/plans/validate', '/plans/{planId}', '/plans/{planId}/evaluation-index']);
    const start = JSON.stringify(doc.paths?.['/plans']?.post);
    expect(start).toContain('"Location"');
    expect(start).toContain('"anyOf"');
    expect(start).toContain('PLAN.TEMPLATE_NOT_FOUND');
    expect(JSON.stringify(doc.paths?.['/plans/{planId}/evaluation-index']?.put?.responses?.['409'])).toContain('PLAN.INDEX_ALREADY_SET');
    expect(JSON.stringify(doc.paths?.['/plans/{planId}']?.get?.responses?.['404'])).toContain('PLAN.NOT_FOUND');
  });
});
