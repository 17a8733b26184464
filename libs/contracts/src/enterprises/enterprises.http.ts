import { z } from 'zod';
import { ENTERPRISE_ID_PATTERN, ENTERPRISE_STEPS, INTENTION_DECISIONS, RED_LINE_CODES, TRACKS, actorSchema, enterpriseCsvColumns, enterpriseSchemas } from '@duban/domain';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import { sameShape } from '../http/same-shape';
import { taskViewSchema } from '../tasks/tasks.http';
import { reevaluateEnterpriseSchema, type EnterpriseStepState, type EnterpriseView } from './enterprise.workflow-api';
import {
  ENTERPRISE_STATUSES,
  completeEnterpriseStepSchema,
  enterpriseClassificationResponseSchema,
  enterpriseClassificationSchema,
  enterpriseDestinationsSchema,
  enterpriseImportBodySchema,
  enterpriseImportQuerySchema,
  enterpriseImportReportSchema,
  enterpriseListPageSchema,
  enterpriseListQuerySchema,
  enterpriseRollupQuerySchema,
  enterpriseRollupSchema,
  registerEnterpriseSchema,
  registeredEnterpriseSchema,
} from './enterprises.dto';

// The enterprises API (registration, the list and roll-ups, one enterprise's case and its steps),
// defined once: the API routes these operations and /docs/openapi.json is generated from them.

/** One step of an enterprise's case as its workflow keeps it (pinned to `EnterpriseStepState`). */
export const enterpriseStepStateSchema = z
  .object({
    step: z.enum(ENTERPRISE_STEPS),
    name: z.string(),
    unit: z.string().describe('the unit that owns the step'),
    status: z.enum(['open', 'done', 'cancelled']).describe('`cancelled`: closed undone by a re-classification to a track whose steps differ'),
    openedAt: z.string(),
    due: z.string().describe('the deadline date in force, YYYY-MM-DD'),
    deadline: z.string().describe('the end of `due`, Asia/Shanghai'),
    // The ladder, escalation and directive entries are the task's: one definition (tasks.http.ts).
    ladder: taskViewSchema.shape.ladder,
    escalations: taskViewSchema.shape.escalations,
    calendar: taskViewSchema.shape.calendar,
    completedAt: z.string().optional(),
    completedBy: actorSchema.optional(),
    payload: z.record(z.unknown()).optional().describe('what completing the step recorded'),
    overdueWorkingDays: z.number().int().min(0).optional().describe('working days past the deadline at completion; 0 when on time'),
    cancelledAt: z.string().optional(),
    cancelledBy: actorSchema.optional(),
    directives: taskViewSchema.shape.directives.optional().describe('督查室 directives (督办单) that moved this step’s deadline'),
  })
  .strict();
sameShape<EnterpriseStepState, z.infer<typeof enterpriseStepStateSchema>>(true);

/**
 * One enterprise as its workflow sees it (pinned to `EnterpriseView`). The registration is the
 * parsed one, so `redLines` is always there (the request schema lets a caller leave it out).
 */
export const enterpriseViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    district: z.string(),
    industry: z.string(),
    planId: z.string(),
    registeredAt: z.string(),
    status: z.enum(ENTERPRISE_STATUSES),
    registration: enterpriseSchemas().registration.extend({ redLines: z.array(z.enum(RED_LINE_CODES)) }),
    track: z.enum(TRACKS).optional(),
    classification: enterpriseClassificationSchema.optional(),
    intention: z.enum(INTENTION_DECISIONS).optional().describe('`exit` (协助退出), `transfer` or `upgrade` (优化提升), once the enterprise has decided (企业自愿)'),
    park: z
      .object({
        parkId: z.string(),
        parkName: z.string(),
        region: z.string(),
        reasons: z.array(z.string()),
        rank: z.number().int().optional(),
        fit: z.number().optional(),
        matchReasons: z.array(z.string()).optional(),
      })
      .strict()
      .optional()
      .describe('the destination chosen at the destination step'),
    revision: z.number().int().min(1).optional().describe('how many re-evaluations were recorded; absent before the first'),
    steps: z.array(enterpriseStepStateSchema),
    closedAt: z.string().optional(),
  })
  .strict();
sameShape<EnterpriseView, z.infer<typeof enterpriseViewSchema>>(true);

const enterpriseParams = z.object({ id: z.string().regex(ENTERPRISE_ID_PATTERN, 'is not an enterprise id') }).strict();
const answersEnterprise = { status: 200, description: 'the enterprise after the change', schema: enterpriseViewSchema } as const;

export const ENTERPRISE_OPERATIONS = {
  registerEnterprise: operation({
    operationId: 'registerEnterprise',
    method: 'post',
    path: '/enterprises',
    tag: 'enterprises',
    summary: "Register an enterprise of the caller's district in a plan's transfer programme; 409 for an id registered before",
    roles: ['official', 'admin'],
    body: registerEnterpriseSchema,
    success: { status: 201, description: 'the enterprise is registered and its workflow started', schema: registeredEnterpriseSchema, headers: { Location: '/enterprises/{id}' } },
    errors: [ErrorCode.PlanNotFound, ErrorCode.EnterpriseAlreadyRegistered],
  }),
  importEnterprises: operation({
    operationId: 'importEnterprises',
    method: 'post',
    path: '/enterprises/import',
    tag: 'enterprises',
    summary: 'Register many enterprises from CSV (?planId=) or JSON ({planId, enterprises}); answers which rows were registered and why the others were not',
    description: `CSV with the header ${enterpriseCsvColumns.join(',')}, or JSON {planId, enterprises: [registration…]}. Every row is checked before any is registered; a bad row is a rejected row of the report, not a 400.`,
    roles: ['official', 'admin'],
    query: enterpriseImportQuerySchema,
    body: enterpriseImportBodySchema,
    csvBody: true,
    success: { status: 200, description: 'the rows registered and the rows rejected, with every problem', schema: enterpriseImportReportSchema },
    errors: [ErrorCode.PlanNotFound],
  }),
  listEnterprises: operation({
    operationId: 'listEnterprises',
    method: 'get',
    path: '/enterprises',
    tag: 'enterprises',
    summary: "The enterprise list; officials see their district's, or those with a step their unit owns",
    query: enterpriseListQuerySchema,
    success: { status: 200, description: 'a page of the list', schema: enterpriseListPageSchema },
    errors: [ErrorCode.Forbidden],
  }),
  listEnterpriseRollups: operation({
    operationId: 'listEnterpriseRollups',
    method: 'get',
    path: '/enterprises/rollups',
    tag: 'enterprises',
    summary: 'Counts by district, park or track, split by status and track, with how many are overdue',
    query: enterpriseRollupQuerySchema,
    success: { status: 200, description: 'one row per key', schema: enterpriseRollupSchema },
  }),
  viewEnterprise: operation({
    operationId: 'viewEnterprise',
    method: 'get',
    path: '/enterprises/{id}',
    tag: 'enterprises',
    summary: 'One enterprise as its workflow sees it: registration, classification, every step with its ladder',
    params: enterpriseParams,
    success: { status: 200, description: 'the enterprise', schema: enterpriseViewSchema },
    errors: [ErrorCode.EnterpriseNotFound],
  }),
  viewEnterpriseClassification: operation({
    operationId: 'viewEnterpriseClassification',
    method: 'get',
    path: '/enterprises/{id}/classification',
    tag: 'enterprises',
    summary: 'The track, score and explanation; 409 ENTERPRISE.AWAITING_INDEX before the evaluation index is in force',
    params: enterpriseParams,
    success: { status: 200, description: 'the classification', schema: enterpriseClassificationResponseSchema },
    errors: [ErrorCode.EnterpriseNotFound, ErrorCode.EnterpriseAwaitingIndex],
  }),
  viewEnterpriseDestinations: operation({
    operationId: 'viewEnterpriseDestinations',
    method: 'get',
    path: '/enterprises/{id}/destinations',
    tag: 'enterprises',
    summary: 'The stored parks ranked for the enterprise (fit and reasons) and the parks blocked for it (every reason); 409 ENTERPRISE.AWAITING_INDEX before it is classified',
    params: enterpriseParams,
    success: { status: 200, description: 'the candidate parks, best first, and the excluded ones', schema: enterpriseDestinationsSchema },
    errors: [ErrorCode.EnterpriseNotFound, ErrorCode.EnterpriseAwaitingIndex],
  }),
  reevaluateEnterprise: operation({
    operationId: 'reevaluateEnterprise',
    method: 'post',
    path: '/enterprises/{id}/evaluation',
    tag: 'enterprises',
    summary:
      'New indicator values and red-line flags (officials of STIIC, supervisors, admins): re-classified with the plan’s index; a changed track cancels the open step and opens the new track’s first; 409 ENTERPRISE.EVALUATION_OUT_OF_TURN once a step is recorded',
    roles: ['official', 'supervisor', 'admin'],
    params: enterpriseParams,
    body: reevaluateEnterpriseSchema(),
    success: answersEnterprise,
    // The workflow's validator has the last word: another unit (TASK.FORBIDDEN), work already recorded, values it refuses.
    errors: [ErrorCode.EnterpriseNotFound, ErrorCode.TaskForbidden, ErrorCode.EvaluationOutOfTurn, ErrorCode.StepPayloadInvalid],
  }),
  completeEnterpriseStep: operation({
    operationId: 'completeEnterpriseStep',
    method: 'post',
    path: '/enterprises/{id}/steps/{step}',
    tag: 'enterprises',
    summary: "Complete an open step (officials of the step's owning unit); answers the enterprise",
    roles: ['official'],
    params: enterpriseParams.extend({ step: z.enum(ENTERPRISE_STEPS) }),
    body: completeEnterpriseStepSchema,
    success: answersEnterprise,
    errors: [ErrorCode.EnterpriseNotFound, ErrorCode.TaskForbidden, ErrorCode.StepOutOfTurn, ErrorCode.StepPayloadInvalid, ErrorCode.ParkNotEligible],
  }),
};
