import { z } from 'zod';
import { evaluationIndexSchemas } from '@duban/domain';
import { ErrorCode } from '../errors';
import { planIdField } from '../http/fields';
import { operation } from '../http/operation';
import { sameShape } from '../http/same-shape';
import { TASK_STATUSES } from '../tasks/tasks.dto';
import { taskViewSchema } from '../tasks/tasks.http';
import type { PlanView } from './plan.workflow-api';
import { planTemplateListSchema, planValidationSchema, startPlanSchema, startedPlanSchema } from './plans.dto';

// The plans API (load a plan, supply its evaluation index, read its status), defined once: the API
// routes these operations and /docs/openapi.json is generated from them.

/**
 * An evaluation index as the plan keeps it: the domain's definition after parsing, so the fields
 * the request schema defaults (`highTechCertifiedBonus`, each indicator's `transform`) are
 * required here. The request schema's cross-field rules (weights add up to 1…) are left out: an
 * answer only describes what was accepted.
 */
const evaluationIndexSchema = evaluationIndexSchemas().definition.innerType().extend({
  indicators: z.array(evaluationIndexSchemas().indicator.innerType().innerType().extend({ transform: z.enum(['linear', 'log10']) })),
  highTechCertifiedBonus: z.number().min(0).max(100),
});

/** A plan as its workflow sees it (pinned to `PlanView`). */
export const planViewSchema = z
  .object({
    planId: z.string(),
    title: z.string(),
    issuedOn: z.string(),
    status: z.enum(['running', 'completed']),
    startedAt: z.string(),
    template: z.object({ name: z.string(), rebaseTo: z.string().nullable() }).strict().optional().describe('the template the plan was built from, and the date it was rebased to'),
    tasks: z.array(z.object({ taskId: z.string(), taskCode: z.string(), unit: z.string(), due: z.string(), status: z.enum(TASK_STATUSES) }).strict()),
    deliverables: z
      .record(z.array(z.object({ taskId: z.string(), summary: z.string(), deliverableRef: z.string().optional(), acceptedAt: z.string() }).strict()))
      .describe("accepted deliverables by task code (T1's evaluation index, T2's park plan…)"),
    evaluationIndex: evaluationIndexSchema.optional().describe('the evaluation index in force, once T1 is accepted (or an admin supplied one)'),
    escalation: taskViewSchema.shape.escalation.describe("the plan's escalation ladder, which enterprise steps follow too"),
    clockOffsetMs: z.number().int().optional().describe("the plan's clock offset (ms; only a simulation of a historical plan has one); absent for 0"),
  })
  .strict();
sameShape<PlanView, z.infer<typeof planViewSchema>>(true);

const planParams = z.object({ planId: planIdField }).strict();

export const PLAN_OPERATIONS = {
  startPlan: operation({
    operationId: 'startPlan',
    method: 'post',
    path: '/plans',
    tag: 'plans',
    summary: 'Load and start a plan: a template rebased to a date, or a full definition',
    roles: ['admin'],
    body: startPlanSchema,
    success: { status: 201, description: "the plan's workflow is started, with one task per (task, responsible unit)", schema: startedPlanSchema, headers: { Location: '/plans/{planId}' } },
    errors: [ErrorCode.TemplateNotFound, ErrorCode.PlanInvalid, ErrorCode.PlanAlreadyExists],
  }),
  setPlanEvaluationIndex: operation({
    operationId: 'setPlanEvaluationIndex',
    method: 'put',
    path: '/plans/{planId}/evaluation-index',
    tag: 'plans',
    summary: "Supply the evaluation index of a plan that has no T1 (T1's accepted deliverable sets it otherwise); once only",
    roles: ['admin'],
    params: planParams,
    body: evaluationIndexSchemas().definition,
    success: { status: 200, description: 'the plan with its evaluation index', schema: planViewSchema },
    // The plan workflow validates the index (PLAN.INVALID naming each field) and keeps the first one.
    errors: [ErrorCode.PlanNotFound, ErrorCode.PlanForbidden, ErrorCode.PlanInvalid, ErrorCode.IndexAlreadySet],
  }),
  validatePlan: operation({
    operationId: 'validatePlan',
    method: 'post',
    path: '/plans/validate',
    tag: 'plans',
    summary:
      'Dry run of POST /plans (admins): the same body — a template with a plan id and a date, or a full definition — checked for every problem, each with its path; nothing is started or recorded. A body that is not a plan at all is answered 200 with its problems too (only JSON that does not parse is a 400)',
    roles: ['admin'],
    // Anything JSON: the point is to report what is wrong with it, not to refuse it.
    body: z.unknown().describe('what POST /plans would be sent (see startPlan)'),
    success: { status: 200, description: 'every problem found, and what would be started when none', schema: planValidationSchema },
  }),
  listPlanTemplates: operation({
    operationId: 'listPlanTemplates',
    method: 'get',
    path: '/plan-templates',
    tag: 'plans',
    summary: 'The plan templates an admin may load with POST /plans `{template, planId, rebaseTo}` (admins)',
    roles: ['admin'],
    success: { status: 200, description: 'the templates', schema: planTemplateListSchema },
  }),
  viewPlan: operation({
    operationId: 'viewPlan',
    method: 'get',
    path: '/plans/{planId}',
    tag: 'plans',
    summary: "A plan's status and its tasks' states",
    params: planParams,
    success: { status: 200, description: 'the plan', schema: planViewSchema },
    errors: [ErrorCode.PlanNotFound],
  }),
};
