import { z } from 'zod';
import { actorSchema } from '@duban/domain';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import { sameShape } from '../http/same-shape';
import type { TaskView } from './task.workflow-api';
import {
  ESCALATION_LEVELS,
  TASK_STATUSES,
  contributeSchema,
  decideExtensionSchema,
  issueDirectiveSchema,
  reportProgressSchema,
  requestExtensionSchema,
  reviewTaskSchema,
  cascadeTaskSchema,
  submitTaskSchema,
  taskInboxPageSchema,
  taskListQuerySchema,
  waiveContributionSchema,
} from './tasks.dto';

// The tasks API (a unit's task and the 督查室's escalation cases), defined once: the API routes
// these operations and /docs/openapi.json is generated from them.

const evidenceRefs = z.array(z.object({ title: z.string(), uri: z.string() }));

/** What the task workflow answers (its view); pinned to the workflow's own `TaskView` type. */
export const taskViewSchema = z.object({
  taskId: z.string().describe('`{planId}.{taskCode}.{unitCode}`'),
  planId: z.string(),
  taskCode: z.string(),
  unit: z.string().describe('the responsible (lead) unit'),
  coUnits: z.array(z.string()),
  title: z.string(),
  titleEn: z.string(),
  deliverable: z.string(),
  due: z.string().describe('the deadline date in force (after extensions and directives)'),
  escalation: z.object({
    reminderDaysBefore: z.array(z.number().int()),
    reminderHour: z.number().int(),
    redAfterWorkingDays: z.number().int(),
    leadingGroupAfterWorkingDays: z.number().int(),
    repeatEveryWorkingDays: z.number().int(),
  }),
  kind: z.enum(['task', 'brief']),
  departments: z.array(z.string()).optional().describe("the plan's departments of `unit`, to whom it may cascade sub-tasks (逐级落实); absent for none and on a sub-task"),
  subtasks: z
    .array(
      z.object({
        taskId: z.string().describe('`{parentTaskId}.{unit}`'),
        unit: z.string().describe('the department'),
        title: z.string(),
        titleEn: z.string(),
        due: z.string().describe("the sub-task's deadline date in force"),
        status: z.enum(TASK_STATUSES),
        cascadedAt: z.string(),
        cascadedBy: actorSchema.optional().describe('absent for a sub-task of the plan definition'),
      }),
    )
    .optional()
    .describe('its sub-tasks (逐级落实): those of the plan definition, then those added; each with its status and deadline as it last reported them. The lead unit submits once all are accepted'),
  parentTaskId: z.string().optional().describe('on a sub-task: the task it was cascaded from'),
  parentUnit: z.string().optional().describe("on a sub-task: the parent task's unit, which answers for it too (notices, score)"),
  status: z.enum(TASK_STATUSES),
  originalDue: z.string().describe("the plan's deadline date"),
  deadline: z.string().describe('the deadline in force as an instant: the end of `due`, Asia/Shanghai'),
  assignedAt: z.string(),
  acceptedAt: z.string().optional(),
  progressPercent: z.number(),
  submissions: z.array(
    z.object({ version: z.number().int(), at: z.string(), actor: actorSchema, summary: z.string(), deliverableRef: z.string().optional(), evidence: evidenceRefs }),
  ),
  contributions: z.array(
    z.object({
      unit: z.string(),
      status: z.enum(['pending', 'contributed', 'waived']),
      at: z.string().optional(),
      actor: actorSchema.optional(),
      summary: z.string().optional(),
      evidence: evidenceRefs.optional(),
      reason: z.string().optional(),
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.number().int(),
      requestedAt: z.string(),
      requestedBy: actorSchema,
      reason: z.string(),
      previousDue: z.string(),
      requestedDue: z.string(),
      status: z.enum(['pending', 'approved', 'refused']),
      decidedAt: z.string().optional(),
      decidedBy: actorSchema.optional(),
      comment: z.string().optional(),
    }),
  ),
  directives: z.array(
    z.object({ id: z.string(), issuedAt: z.string(), issuedBy: actorSchema, previousDue: z.string(), committedDate: z.string(), instructions: z.string() }),
  ),
  escalations: z.array(
    z.object({
      id: z.string().describe('`{taskId}~{epoch}~{level}`: one case per level per deadline'),
      level: z.enum(ESCALATION_LEVELS),
      raisedAt: z.string(),
      due: z.string(),
      repeats: z.number().int(),
      nextRepeatAt: z.string().optional(),
      repeatFrom: z.string().optional().describe('the instant the next repeat is counted from (working days after it)'),
      acknowledgedAt: z.string().optional(),
      acknowledgedBy: actorSchema.optional(),
      resolvedAt: z.string().optional(),
      resolution: z.enum(['completed', 'deadline-moved', 'cancelled']).optional(),
    }),
  ),
  ladder: z.array(
    z.object({
      kind: z.enum(['reminder', 'yellow', 'red', 'leading-group']),
      at: z.string(),
      fired: z.boolean(),
      epoch: z.number().int(),
      daysBefore: z.number().int().optional(),
      repeat: z.number().int().optional(),
      provisionalYears: z
        .array(z.number().int())
        .optional()
        .describe('years without a State Council notice this time was computed over (statutory holidays only, no 调休): it moves if their notice changes them'),
    }),
  ),
  calendar: z
    .object({
      version: z.number().int().describe('the calendar version the ladder was planned on (0: the built-in notices)'),
      provisionalYears: z.array(z.number().int()).describe('the provisional years the planned ladder depends on; empty when every day is covered by a notice'),
    })
    .optional()
    .describe('absent for a workflow started before run-time calendars (it plans on weekends only where no notice is built in)'),
  history: z.array(
    z.object({
      at: z.string(),
      action: z.enum([
        'assigned',
        'progress',
        'contributed',
        'contribution-waived',
        'submitted',
        'accepted',
        'rejected',
        'extension-requested',
        'extension-approved',
        'extension-refused',
        'directive',
        'escalation-acknowledged',
        'cascaded',
      ]),
      status: z.enum(TASK_STATUSES),
      actor: actorSchema.optional(),
      note: z.string().optional(),
    }),
  ),
});
sameShape<TaskView, z.infer<typeof taskViewSchema>>(true);

/** What the task routes answer: the workflow's view, and whether its deadline has passed unaccepted. */
export const taskResponseSchema = taskViewSchema.extend({ overdue: z.boolean() });
export type TaskResponse = z.infer<typeof taskResponseSchema>;

const taskParams = z.object({ taskId: z.string().min(1) }).strict();
const answersTask = { status: 200, description: 'the task after the step', schema: taskResponseSchema } as const;
/** Every step on a task: it may not exist, or not be the caller's unit's, or be out of turn. */
const stepErrors = [ErrorCode.TaskNotFound, ErrorCode.TaskForbidden, ErrorCode.Forbidden, ErrorCode.TaskOutOfTurn] as const;

export const TASK_OPERATIONS = {
  listTasks: operation({
    operationId: 'listTasks',
    method: 'get',
    path: '/tasks',
    tag: 'tasks',
    summary: "The task inbox, nearest deadline first; officials see their own unit's tasks (led or co-unit)",
    query: taskListQuerySchema,
    success: { status: 200, description: 'a page of the inbox', schema: taskInboxPageSchema },
    errors: [ErrorCode.Forbidden],
  }),
  viewTask: operation({
    operationId: 'viewTask',
    method: 'get',
    path: '/tasks/{taskId}',
    tag: 'tasks',
    summary: 'One task: its state, deadline, ladder, contributions, extensions, escalations and history',
    params: taskParams,
    success: { status: 200, description: 'the task', schema: taskResponseSchema },
    errors: [ErrorCode.TaskNotFound, ErrorCode.Forbidden],
  }),
  reportProgress: operation({
    operationId: 'reportProgress',
    method: 'post',
    path: '/tasks/{taskId}/progress',
    tag: 'tasks',
    summary: "Report progress (officials of the task's unit)",
    roles: ['official'],
    params: taskParams,
    body: reportProgressSchema,
    success: answersTask,
    errors: [...stepErrors, ErrorCode.EvidenceUnknownRef],
  }),
  contribute: operation({
    operationId: 'contribute',
    method: 'post',
    path: '/tasks/{taskId}/contributions',
    tag: 'tasks',
    summary: 'Contribute to a task (officials of a co-unit); the lead unit submits once every co-unit contributed or was waived',
    roles: ['official'],
    params: taskParams,
    body: contributeSchema,
    success: answersTask,
    errors: [...stepErrors, ErrorCode.EvidenceUnknownRef],
  }),
  waiveContribution: operation({
    operationId: 'waiveContribution',
    method: 'post',
    path: '/tasks/{taskId}/contributions/{unit}/waive',
    tag: 'tasks',
    summary: "Waive a co-unit's pending contribution, with a reason (supervisors)",
    roles: ['supervisor'],
    params: taskParams.extend({ unit: z.string().describe('the co-unit whose contribution is waived') }),
    body: waiveContributionSchema,
    success: answersTask,
    errors: stepErrors,
  }),
  submitTask: operation({
    operationId: 'submitTask',
    method: 'post',
    path: '/tasks/{taskId}/submit',
    tag: 'tasks',
    summary: "Submit the deliverable (officials of the task's unit); a second submit is a 409, and so is one before the co-units contributed or the sub-tasks were accepted",
    roles: ['official'],
    params: taskParams,
    body: submitTaskSchema,
    success: answersTask,
    errors: [...stepErrors, ErrorCode.ContributionsPending, ErrorCode.SubtasksPending, ErrorCode.EvidenceUnknownRef],
  }),
  cascadeTask: operation({
    operationId: 'cascadeTask',
    method: 'post',
    path: '/tasks/{taskId}/subtasks',
    tag: 'tasks',
    summary:
      "Break the task down for a department of its unit (逐级落实, 六(三); officials of the task's unit): the sub-task `{taskId}.{unit}` starts with its own deadline and ladder, due on or before the task's; the task is submitted once its sub-tasks are accepted",
    roles: ['official'],
    params: taskParams,
    body: cascadeTaskSchema,
    success: { status: 201, description: 'the parent task with its new sub-task', schema: taskResponseSchema },
    errors: [...stepErrors, ErrorCode.InvalidSubtask, ErrorCode.SubtaskExists, ErrorCode.InvalidDate],
  }),
  reviewTask: operation({
    operationId: 'reviewTask',
    method: 'post',
    path: '/tasks/{taskId}/review',
    tag: 'tasks',
    summary: 'Accept or reject (with a reason) a submission (supervisors; not the submitter: separation of duties)',
    roles: ['supervisor'],
    params: taskParams,
    body: reviewTaskSchema,
    success: answersTask,
    errors: [...stepErrors, ErrorCode.TaskSeparationOfDuties],
  }),
  requestExtension: operation({
    operationId: 'requestExtension',
    method: 'post',
    path: '/tasks/{taskId}/extensions',
    tag: 'tasks',
    summary: "Ask for a later deadline (延期申请; officials of the task's unit); one request at a time",
    roles: ['official'],
    params: taskParams,
    body: requestExtensionSchema,
    success: answersTask,
    errors: [...stepErrors, ErrorCode.ExtensionPending, ErrorCode.InvalidDate],
  }),
  decideExtension: operation({
    operationId: 'decideExtension',
    method: 'post',
    path: '/tasks/{taskId}/extensions/decision',
    tag: 'tasks',
    summary: 'Approve or refuse the pending extension request (supervisors; not its requester: separation of duties); approval moves the deadline and restarts the ladder',
    roles: ['supervisor'],
    params: taskParams,
    body: decideExtensionSchema,
    success: answersTask,
    errors: [...stepErrors, ErrorCode.NoPendingExtension, ErrorCode.InvalidDate, ErrorCode.TaskSeparationOfDuties],
  }),
  issueTaskDirective: operation({
    operationId: 'issueTaskDirective',
    method: 'post',
    path: '/tasks/{taskId}/directive',
    tag: 'tasks',
    summary: 'Issue a directive (督办单) with a committed date (supervisors); the date becomes the deadline in force',
    roles: ['supervisor'],
    params: taskParams,
    body: issueDirectiveSchema,
    success: answersTask,
    errors: [...stepErrors, ErrorCode.InvalidDate],
  }),
};
