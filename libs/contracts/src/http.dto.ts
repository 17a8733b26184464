import { z } from 'zod';
import { DISTRICT_CODES, ENTERPRISE_ID_PATTERN, ENTERPRISE_STEPS, ESCALATION_AGE_BUCKETS, TRACKS, enterpriseRegistrationSchema, type EscalationAgeBucket, type EnterpriseClassification } from '@duban/domain';
import { EventType, type Actor } from './events';
import { CODE_PATTERN, PLAN_ID_PATTERN, TASK_ID_PATTERN } from './ids';
import {
  AUDIT_SUBJECT_KEYSET,
  AUDIT_LIST_KEYSET,
  ENTERPRISE_LIST_KEYSET,
  ESCALATION_INBOX_KEYSET,
  TASK_INBOX_KEYSET,
  pageFields,
  refinePaging,
  type PageInfo,
} from './pagination';
import type { EscalationLevel, TaskStatus, TaskView } from './task.workflow-api';

/**
 * Request bodies and query strings of the HTTP API. Every schema is strict: an unknown field is a
 * 400 naming the field, and nothing but plain JSON values gets through (so `{"$ne": …}` smuggled
 * into a field fails its type).
 */

/** A calendar date `YYYY-MM-DD` that exists (`2026-02-30` does not). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'is not a calendar date');

const text = (max: number) => z.string().trim().min(1).max(max);

/** Evidence (佐证材料): references only, `https://…` or a document-store `doc://…` URI; at most 20. */
export const evidenceSchema = z
  .array(
    z
      .object({
        title: text(200),
        uri: z.string().trim().max(2000).regex(/^(https:\/\/|doc:\/\/)\S+$/, 'must be an https:// or doc:// URI'),
      })
      .strict(),
  )
  .max(20);

export const startPlanFromTemplateSchema = z
  .object({
    template: z.string().min(1).max(64),
    planId: z.string().regex(PLAN_ID_PATTERN, 'must be 3–64 lower-case letters, digits or dashes'),
    rebaseTo: isoDate.nullable(),
  })
  .strict();
export type StartPlanFromTemplate = z.infer<typeof startPlanFromTemplateSchema>;

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

const eventTypes = Object.values(EventType) as [EventType, ...EventType[]];

/** The audit trail's filters, shared by the list and its export; they combine with AND. */
const auditFilters = {
  subject: z.string().min(1).max(200).optional(),
  type: z.enum(eventTypes).optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
};

export const auditQuerySchema = z
  .object({
    ...auditFilters,
    ...pageFields(100, 1000, AUDIT_LIST_KEYSET, AUDIT_SUBJECT_KEYSET),
  })
  .strict()
  .superRefine((q, ctx) => {
    refinePaging(q, ctx);
    // One subject's trail is in sequence order, the whole trail in log order: a cursor of one is no place in the other.
    const expected = q.subject !== undefined ? AUDIT_SUBJECT_KEYSET.name : AUDIT_LIST_KEYSET.name;
    if (q.cursor !== undefined && q.cursor.keyset !== expected) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['cursor'], message: 'is a cursor of another audit query (with or without subject)' });
    }
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const AUDIT_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** `GET /audit/events/export`: every matching event, no paging; JSON Lines unless `format=csv`. */
export const auditExportQuerySchema = z
  .object({
    ...auditFilters,
    format: z.enum(AUDIT_EXPORT_FORMATS, { errorMap: () => ({ message: 'must be jsonl or csv' }) }).default('jsonl'),
  })
  .strict();
export type AuditExportQuery = z.infer<typeof auditExportQuerySchema>;

/** `GET /audit/verify`: one chain (`topic/partition`, e.g. `duban.tasks.v1/0`) or, by default, all. */
export const auditVerifyQuerySchema = z
  .object({ chain: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,199}\/\d{1,6}$/, 'must be a chain: topic/partition').optional() })
  .strict();
export type AuditVerifyQuery = z.infer<typeof auditVerifyQuerySchema>;

/** A Temporal workflow id as `GET /audit/workflows/:workflowId/history` takes it: printable, no spaces. */
export const workflowIdSchema = z.string().min(1).max(255).regex(/^[\x21-\x7e]+$/, 'must be a workflow id (printable ASCII, no spaces)');

const unitCode = z.string().regex(CODE_PATTERN, 'must be a unit code');

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

/** The most rows one bulk import takes (CSV data rows or JSON items). */
export const ENTERPRISE_IMPORT_MAX_ROWS = 1000;
const planIdField = z.string().regex(PLAN_ID_PATTERN, 'is not a plan id');

/** `POST /enterprises`: one registration, for a plan whose evaluation index (T1) classifies it. */
export const registerEnterpriseSchema = z.object({ planId: planIdField, enterprise: enterpriseRegistrationSchema }).strict();
export type RegisterEnterpriseRequest = z.infer<typeof registerEnterpriseSchema>;

/** `POST /enterprises/import?planId=…` with a CSV body: the plan comes from the query string. */
export const enterpriseImportQuerySchema = z.object({ planId: planIdField.optional() }).strict();
export type EnterpriseImportQuery = z.infer<typeof enterpriseImportQuerySchema>;

/**
 * `POST /enterprises/import` with a JSON body. The items are validated one by one (a bad item is a
 * rejected row of the report, not a 400), so here they are only required to be objects.
 */
export const enterpriseImportBodySchema = z
  .object({
    planId: planIdField,
    enterprises: z.array(z.record(z.unknown())).min(1).max(ENTERPRISE_IMPORT_MAX_ROWS),
  })
  .strict();
export type EnterpriseImportBody = z.infer<typeof enterpriseImportBodySchema>;

/** `POST /enterprises/:id/steps/:step`: what completing the step records (see STEP_PAYLOAD_SCHEMAS). */
export const completeEnterpriseStepSchema = z.object({ payload: z.record(z.unknown()) }).strict();
export type CompleteEnterpriseStepRequest = z.infer<typeof completeEnterpriseStepSchema>;

export const ENTERPRISE_STATUSES = ['awaiting-index', 'active', 'closed'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** `GET /enterprises`: the enterprise list. Every filter is optional; filters combine with AND. */
export const enterpriseListQuerySchema = z
  .object({
    district: z.enum(DISTRICT_CODES).optional(),
    track: z.enum(TRACKS).optional(),
    /** Enterprises where this step is open. */
    step: z.enum(ENTERPRISE_STEPS).optional(),
    /** `true`: an open step's deadline has passed; `false`: none has. */
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    /** The destination park chosen at the destination step. */
    park: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a park id').optional(),
    status: z.enum(ENTERPRISE_STATUSES).optional(),
    planId: planIdField.optional(),
    ...pageFields(50, 500, ENTERPRISE_LIST_KEYSET),
  })
  .strict()
  .superRefine(refinePaging);
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuerySchema>;

export const ENTERPRISE_ROLLUP_KEYS = ['district', 'park', 'track'] as const;
export type EnterpriseRollupKey = (typeof ENTERPRISE_ROLLUP_KEYS)[number];
export const enterpriseRollupQuerySchema = z.object({ by: z.enum(ENTERPRISE_ROLLUP_KEYS), planId: planIdField.optional() }).strict();
export type EnterpriseRollupQuery = z.infer<typeof enterpriseRollupQuerySchema>;

/** An enterprise id in a path: see ENTERPRISE_ID_PATTERN. */
export const isEnterpriseId = (id: string): boolean => ENTERPRISE_ID_PATTERN.test(id);

/** One open step of an enterprise in the list. */
export interface EnterpriseOpenStep {
  step: string;
  stepId: string;
  unit: string;
  due: string;
  /** The end of `due`, Asia/Shanghai (ISO-8601, UTC). */
  deadline: string;
  overdue: boolean;
}

/** One row of `GET /enterprises`, from the enterprise projection. */
export interface EnterpriseListItem {
  enterpriseId: string;
  planId: string;
  name: string;
  district: string;
  industry: string;
  status: EnterpriseStatus;
  track?: string;
  score?: number;
  intention?: 'transfer' | 'upgrade';
  park?: { parkId: string; parkName: string; region: string };
  currentSteps: EnterpriseOpenStep[];
  completedSteps: string[];
  /** Some open step's deadline has passed. */
  overdue: boolean;
  /** Escalation levels raised on open steps and not yet resolved. */
  yellowCard: boolean;
  redCard: boolean;
  leadingGroup: boolean;
  openEscalations: number;
  outcome?: string;
  registeredAt: string;
  classifiedAt?: string;
  closedAt?: string;
  updatedAt: string;
  lastEventSequence: number;
}

export interface EnterpriseListPage extends PageInfo {
  items: EnterpriseListItem[];
}

/** One key of a roll-up (a district, a park or a track; `none` for enterprises without one). */
export interface EnterpriseRollupRow {
  key: string;
  total: number;
  byStatus: Record<string, number>;
  byTrack: Record<string, number>;
  overdue: number;
}

export interface EnterpriseRollup {
  by: EnterpriseRollupKey;
  rows: EnterpriseRollupRow[];
  total: number;
}

/** One rejected row of a bulk import; `code` is set for a rejection that is not a field problem of the row. */
export interface EnterpriseImportRejection {
  /** 1-based: the first data row (the line after the CSV header, or the first JSON item) is row 1. */
  row: number;
  id?: string;
  problems: { field: string; rule: string; code?: string }[];
}

export interface EnterpriseImportReport {
  planId: string;
  registered: string[];
  rejected: EnterpriseImportRejection[];
}

/** `GET /enterprises/:id/classification`. */
export type EnterpriseClassificationResponse = EnterpriseClassification & { enterpriseId: string };

/** An RFC 9457 problem details body, with the stable Duban error code and the fields at fault. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: { field: string; rule: string }[];
}
