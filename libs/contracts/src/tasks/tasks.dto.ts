import { z } from 'zod';
import { ESCALATION_AGE_BUCKETS, type EscalationAgeBucket } from '@duban/domain';
import type { Actor } from '../events';
import { PLAN_ID_PATTERN, TASK_ID_PATTERN } from '../ids';
import { evidenceSchema, isoDate, text, unitCode } from '../http/fields';
import { ESCALATION_INBOX_KEYSET, TASK_INBOX_KEYSET, pageFields, refinePaging, type PageInfo } from '../pagination';
import type { EscalationLevel, TaskStatus, TaskView } from './task.workflow-api';

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

/** What the task routes answer: the workflow's view, and whether its deadline has passed unaccepted. */
export type TaskResponse = TaskView & { overdue: boolean };

/** One row of the task inbox (`GET /tasks`), from the task projection. */
export interface TaskInboxItem {
  taskId: string;
  planId: string;
  taskCode: string;
  unit: string;
  coUnits: string[];
  title: string;
  kind: 'task' | 'brief';
  /** The deadline date in force; `deadline` is the end of that day, Asia/Shanghai (ISO-8601, UTC). */
  due: string;
  deadline: string;
  status: TaskStatus;
  overdue: boolean;
  progressPercent: number;
  /** Co-units whose contribution is neither given nor waived. */
  pendingContributions: string[];
  extensionPending: boolean;
  /** Whether a yellow card, red card or leading-group report is raised and not resolved. */
  yellowCard: boolean;
  redCard: boolean;
  leadingGroup: boolean;
  /** Escalations raised and not yet resolved (acknowledged ones included). */
  openEscalations: number;
  /** The time of the last event applied, and its sequence number. */
  updatedAt: string;
  lastEventSequence: number;
}

export interface TaskInboxPage extends PageInfo {
  items: TaskInboxItem[];
}

/** One case of the 督查室 inbox (`GET /escalations`), from the escalation projection. */
export interface EscalationInboxItem {
  escalationId: string;
  taskId: string;
  planId: string;
  unit: string;
  coUnits: string[];
  level: EscalationLevel;
  state: EscalationState;
  due: string;
  deadline: string;
  /** Working days overdue when the level was last raised. */
  overdueWorkingDays: number;
  raisedAt: string;
  /** Working days since it was raised, today (Asia/Shanghai), and its age bucket. */
  ageWorkingDays: number;
  ageBucket: EscalationAgeBucket;
  lastRaisedAt: string;
  /** Repeated notices of this level so far (0 for none). */
  repeats: number;
  acknowledgedAt?: string;
  acknowledgedBy?: Actor;
  acknowledgementNote?: string;
  resolvedAt?: string;
  resolution?: 'completed' | 'deadline-moved' | 'cancelled';
  updatedAt: string;
}

export interface EscalationInboxPage extends PageInfo {
  items: EscalationInboxItem[];
  /**
   * Counts over every case matching the filters (not only this page), with `count=true` only:
   * they read every match, so the 督查室 board asks them for the open cases (`state=open`), which
   * stay few however large the history grows.
   */
  counts?: { byUnit: Record<string, number>; byLevel: Record<string, number>; byAge: Record<EscalationAgeBucket, number> };
}
