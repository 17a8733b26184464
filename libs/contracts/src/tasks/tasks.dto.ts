import { z } from 'zod';
import { ESCALATION_AGE_BUCKETS, actorSchema } from '@duban/domain';
import { PLAN_ID_PATTERN, TASK_ID_PATTERN } from '../ids';
import { evidenceSchema, isoDate, text, unitCode } from '../http/fields';
import { ESCALATION_INBOX_KEYSET, TASK_INBOX_KEYSET, pageFields, pageSchema, refinePaging } from '../pagination';
import type { EscalationLevel, TaskStatus } from './task.workflow-api';

// Request bodies, query strings and answers of the tasks API: task steps, the task inbox, briefs and the 督查室 board (strict schemas).

export const reportProgressSchema = z
  .object({
    percent: z.number().int().min(0).max(100),
    note: z.string().trim().min(1).max(4000),
    evidence: evidenceSchema.optional(),
  })
  .strict();
export type ReportProgressRequest = z.infer<typeof reportProgressSchema>;

export const submitTaskSchema = z
  .object({
    summary: z.string().trim().min(1).max(4000),
    deliverableRef: z.string().trim().min(1).max(2000).optional(),
    evidence: evidenceSchema.optional(),
  })
  .strict();
export type SubmitTaskRequest = z.infer<typeof submitTaskSchema>;

/** A co-unit's contribution to a task (协办单位意见). */
export const contributeSchema = z
  .object({
    summary: text(4000),
    evidence: evidenceSchema.optional(),
  })
  .strict();
export type ContributeRequest = z.infer<typeof contributeSchema>;

export const waiveContributionSchema = z.object({ reason: text(4000) }).strict();
export type WaiveContributionRequest = z.infer<typeof waiveContributionSchema>;

/** 延期申请: the new deadline date (the end of that day, Asia/Shanghai) and why. */
export const requestExtensionSchema = z.object({ newDue: isoDate, reason: text(4000) }).strict();
export type RequestExtensionRequest = z.infer<typeof requestExtensionSchema>;

export const decideExtensionSchema = z
  .object({
    decision: z.enum(['approve', 'refuse']),
    comment: text(4000).optional(),
  })
  .strict();
export type DecideExtensionRequest = z.infer<typeof decideExtensionSchema>;

/** 督办单: the date the unit commits to (it becomes the deadline in force) and the instructions. */
export const issueDirectiveSchema = z.object({ committedDate: isoDate, instructions: text(4000) }).strict();
export type IssueDirectiveRequest = z.infer<typeof issueDirectiveSchema>;

/**
 * 逐级落实: a sub-task for a department of the task's unit, due on or before the task's deadline in
 * force (the workflow checks the department, the date and duplicates; `titleEn` defaults to `title`).
 */
export const cascadeTaskSchema = z.object({ unit: unitCode, title: text(400), titleEn: text(400).optional(), due: isoDate }).strict();
export type CascadeTaskRequest = z.infer<typeof cascadeTaskSchema>;

export const acknowledgeEscalationSchema = z.object({ note: text(4000).optional() }).strict();
export type AcknowledgeEscalationRequest = z.infer<typeof acknowledgeEscalationSchema>;

export const reviewTaskSchema = z
  .object({
    decision: z.enum(['accept', 'reject']),
    reason: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .refine((r) => r.decision === 'accept' || r.reason !== undefined, { message: 'a rejection needs a reason', path: ['reason'] });
export type ReviewTaskRequest = z.infer<typeof reviewTaskSchema>;

export const TASK_STATUSES = ['assigned', 'in_progress', 'submitted', 'accepted'] as const satisfies readonly TaskStatus[];

/** `GET /tasks`: the task inbox. Every filter is optional; filters combine with AND. */
export const taskListQuerySchema = z
  .object({
    /** Tasks this unit leads or contributes to (co-unit). */
    unit: unitCode.optional(),
    status: z.enum(TASK_STATUSES).optional(),
    /** `true`: the deadline has passed and the task is not accepted; `false`: the others. */
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    /** Due strictly before this date. */
    dueBefore: isoDate.optional(),
    planId: z.string().regex(PLAN_ID_PATTERN, 'is not a plan id').optional(),
    /** The plan's tasks by default; `brief` for information briefs (also at `GET /briefs`). */
    kind: z.enum(['task', 'brief']).default('task'),
    taskCode: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'is not a task code').optional(),
    ...pageFields(50, 500, TASK_INBOX_KEYSET),
  })
  .strict()
  .superRefine(refinePaging);
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

/** `GET /briefs`: information briefs (信息简报) by month and unit. */
export const briefListQuerySchema = z
  .object({
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM').optional(),
    unit: unitCode.optional(),
    planId: z.string().regex(PLAN_ID_PATTERN, 'is not a plan id').optional(),
    status: z.enum(TASK_STATUSES).optional(),
    ...pageFields(50, 500, TASK_INBOX_KEYSET),
  })
  .strict()
  .superRefine(refinePaging);
export type BriefListQuery = z.infer<typeof briefListQuerySchema>;

export const ESCALATION_LEVELS = ['yellow', 'red', 'leading-group'] as const satisfies readonly EscalationLevel[];
export const ESCALATION_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

/** `GET /escalations`: the 督查室 inbox. */
export const escalationListQuerySchema = z
  .object({
    unit: unitCode.optional(),
    level: z.enum(ESCALATION_LEVELS).optional(),
    state: z.enum(ESCALATION_STATES).optional(),
    /** Working days since the case was raised: `0-4`, `5-14` or `15+` (see ESCALATION_AGE_BUCKETS). */
    age: z.enum(ESCALATION_AGE_BUCKETS).optional(),
    planId: z.string().regex(PLAN_ID_PATTERN, 'is not a plan id').optional(),
    taskId: z.string().regex(TASK_ID_PATTERN, 'is not a task id').optional(),
    ...pageFields(50, 500, ESCALATION_INBOX_KEYSET),
  })
  .strict()
  .superRefine(refinePaging);
export type EscalationListQuery = z.infer<typeof escalationListQuerySchema>;

/** One row of the task inbox (`GET /tasks`), from the task projection. */
export const taskInboxItemSchema = z.object({
  taskId: z.string(),
  planId: z.string(),
  taskCode: z.string(),
  unit: z.string(),
  coUnits: z.array(z.string()),
  title: z.string(),
  kind: z.enum(['task', 'brief']),
  due: z.string().describe('the deadline date in force'),
  deadline: z.string().describe('the end of `due`, Asia/Shanghai (ISO-8601, UTC)'),
  status: z.enum(TASK_STATUSES),
  overdue: z.boolean(),
  progressPercent: z.number(),
  pendingContributions: z.array(z.string()).describe('co-units whose contribution is neither given nor waived'),
  extensionPending: z.boolean(),
  yellowCard: z.boolean().describe('a yellow card is raised and not resolved'),
  redCard: z.boolean(),
  leadingGroup: z.boolean(),
  openEscalations: z.number().int().describe('escalations raised and not yet resolved (acknowledged ones included)'),
  updatedAt: z.string().describe('the time of the last event applied'),
  lastEventSequence: z.number().int().describe('the sequence of the last event applied'),
});
export type TaskInboxItem = z.infer<typeof taskInboxItemSchema>;

export const taskInboxPageSchema = pageSchema(taskInboxItemSchema);
export type TaskInboxPage = z.infer<typeof taskInboxPageSchema>;

/** One case of the 督查室 inbox (`GET /escalations`), from the escalation projection. */
export const escalationInboxItemSchema = z.object({
  escalationId: z.string(),
  taskId: z.string(),
  planId: z.string(),
  unit: z.string(),
  coUnits: z.array(z.string()),
  level: z.enum(ESCALATION_LEVELS),
  state: z.enum(ESCALATION_STATES),
  due: z.string(),
  deadline: z.string(),
  overdueWorkingDays: z.number().int().describe('working days overdue when the level was last raised'),
  raisedAt: z.string(),
  ageWorkingDays: z.number().int().describe('working days since it was raised, today (Asia/Shanghai)'),
  ageBucket: z.enum(ESCALATION_AGE_BUCKETS),
  lastRaisedAt: z.string(),
  repeats: z.number().int().describe('repeated notices of this level so far (0 for none)'),
  acknowledgedAt: z.string().optional(),
  acknowledgedBy: actorSchema.optional(),
  acknowledgementNote: z.string().optional(),
  resolvedAt: z.string().optional(),
  resolution: z.enum(['completed', 'deadline-moved', 'cancelled']).optional(),
  updatedAt: z.string(),
});
export type EscalationInboxItem = z.infer<typeof escalationInboxItemSchema>;

export const escalationInboxPageSchema = pageSchema(escalationInboxItemSchema).extend({
  /**
   * Counts over every case matching the filters (not only this page), with `count=true` only:
   * they read every match, so the 督查室 board asks them for the open cases (`state=open`), which
   * stay few however large the history grows.
   */
  counts: z
    .object({
      byUnit: z.record(z.number().int()),
      byLevel: z.record(z.number().int()),
      byAge: z.object({ '0-4': z.number().int(), '5-14': z.number().int(), '15+': z.number().int() }),
    })
    .optional(),
});
export type EscalationInboxPage = z.infer<typeof escalationInboxPageSchema>;
