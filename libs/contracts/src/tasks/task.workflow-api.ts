import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { LadderKind, TaskAssignment } from '@duban/domain';
import type { CalendarInForce } from '../calendar/calendar.workflow-api';
import type { Actor } from '../events';

export const TASK_WORKFLOW_TYPE = 'taskWorkflow';

export type TaskStatus = 'assigned' | 'in_progress' | 'submitted' | 'accepted';

/** A piece of evidence (佐证材料) or a deliverable: a reference, not the file itself. */
export interface EvidenceRef {
  title: string;
  /** `https://…`, a document-store reference such as `doc://…`, or an uploaded evidence file `evidence://<id>` (only data to the workflow). */
  uri: string;
}

export interface TaskHistoryEntry {
  /** ISO-8601 instant (plan clock). */
  at: string;
  action:
    | 'assigned'
    | 'progress'
    | 'contributed'
    | 'contribution-waived'
    | 'submitted'
    | 'accepted'
    | 'rejected'
    | 'extension-requested'
    | 'extension-approved'
    | 'extension-refused'
    | 'directive'
    | 'escalation-acknowledged'
    | 'cascaded';
  status: TaskStatus;
  actor?: Actor;
  note?: string;
}

export interface TaskSubmission {
  version: number;
  at: string;
  actor: Actor;
  summary: string;
  deliverableRef?: string;
  evidence: EvidenceRef[];
}

export interface CoUnitContribution {
  unit: string;
  status: 'pending' | 'contributed' | 'waived';
  at?: string;
  actor?: Actor;
  summary?: string;
  evidence?: EvidenceRef[];
  reason?: string;
}

export interface ExtensionRequest {
  id: number;
  requestedAt: string;
  requestedBy: Actor;
  reason: string;
  previousDue: string;
  requestedDue: string;
  status: 'pending' | 'approved' | 'refused';
  decidedAt?: string;
  decidedBy?: Actor;
  comment?: string;
}

export interface Directive {
  id: string;
  issuedAt: string;
  issuedBy: Actor;
  previousDue: string;
  committedDate: string;
  instructions: string;
}

export type EscalationLevel = 'yellow' | 'red' | 'leading-group';

export interface Escalation {
  /** `{taskId}~{epoch}~{level}`: one case per level per deadline. */
  id: string;
  level: EscalationLevel;
  raisedAt: string;
  due: string;
  repeats: number;
  nextRepeatAt?: string;
  /** The instant {@link nextRepeatAt} is counted from, so that a new calendar can count it again. */
  repeatFrom?: string;
  acknowledgedAt?: string;
  acknowledgedBy?: Actor;
  resolvedAt?: string;
  /** `cancelled`: the enterprise step it escalated was cancelled by a re-classification. */
  resolution?: 'completed' | 'deadline-moved' | 'cancelled';
}

export interface LadderEntry {
  kind: LadderKind;
  /** ISO-8601 with +08:00. */
  at: string;
  fired: boolean;
  /** Which deadline this step belongs to: 0 for the original, +1 for each extension or directive. */
  epoch: number;
  daysBefore?: number;
  /** For a repeated notice of an unacknowledged level: 1, 2, … */
  repeat?: number;
  /** The provisional years (no notice loaded) `at` was computed over; absent when none. */
  provisionalYears?: number[];
}

/** The calendar a deadline's ladder was planned on: its version and the provisional years it depends on. */
export interface LadderCalendar {
  version: number;
  provisionalYears: number[];
}

/** A sub-task (逐级落实) as its parent sees it: kept current by the sub-task's signals. */
export interface SubtaskSummary {
  /** `{parentTaskId}.{unit}`. */
  taskId: string;
  /** The department (a unit whose parent is the task's unit). */
  unit: string;
  title: string;
  titleEn: string;
  /** The sub-task's deadline date in force, as it last told the parent. */
  due: string;
  status: TaskStatus;
  cascadedAt: string;
  /** Who added it; absent for a sub-task of the plan definition. */
  cascadedBy?: Actor;
}

/** What the task workflow answers to its state query. */
export interface TaskView extends TaskAssignment {
  status: TaskStatus;
  /** The deadline date in force (after extensions and directives); `originalDue` is the plan's. */
  originalDue: string;
  /** The deadline in force as an instant: the end of `due`, Asia/Shanghai. */
  deadline: string;
  assignedAt: string;
  acceptedAt?: string;
  progressPercent: number;
  submissions: TaskSubmission[];
  contributions: CoUnitContribution[];
  extensions: ExtensionRequest[];
  directives: Directive[];
  escalations: Escalation[];
  ladder: LadderEntry[];
  /** Absent for a task started before run-time calendars (its ladder counts weekends only where no notice is built in). */
  calendar?: LadderCalendar;
  history: TaskHistoryEntry[];
  /** The sub-tasks, once the task has any: the lead unit submits only when all are accepted. */
  subtasks?: SubtaskSummary[];
}

export interface TaskWorkflowInput {
  assignment: TaskAssignment;
  /** Workflow id of the plan that started this task; status changes are signalled to it. */
  planWorkflowId?: string;
  /** On a sub-task: workflow id of the parent task, which hears of each change of status or deadline. */
  parentWorkflowId?: string;
  /**
   * Milliseconds added to workflow time to get plan time. 0 in production; a simulation of a
   * historical plan under time skipping sets it so that the plan runs on its real dates.
   */
  clockOffsetMs?: number;
  /** Continue-as-new once the history has this many events (default 5,000); tests set it low. */
  historyLimit?: number;
  /** State carried over continue-as-new. */
  carried?: { view: TaskView; sequence: number; epoch: number; calendar?: CalendarInForce };
}

export interface ReportProgressCommand {
  actor: Actor;
  percent: number;
  note: string;
  evidence?: EvidenceRef[];
}
export interface ContributeCommand {
  actor: Actor;
  summary: string;
  evidence?: EvidenceRef[];
}
export interface WaiveContributionCommand {
  actor: Actor;
  unit: string;
  reason: string;
}
export interface SubmitTaskCommand {
  actor: Actor;
  summary: string;
  deliverableRef?: string;
  evidence?: EvidenceRef[];
}
export interface ReviewTaskCommand {
  actor: Actor;
  decision: 'accept' | 'reject';
  reason?: string;
}
export interface RequestExtensionCommand {
  actor: Actor;
  newDue: string;
  reason: string;
}
export interface DecideExtensionCommand {
  actor: Actor;
  decision: 'approve' | 'refuse';
  comment?: string;
}
export interface AcknowledgeEscalationCommand {
  actor: Actor;
  escalationId: string;
  note?: string;
}
export interface IssueDirectiveCommand {
  actor: Actor;
  committedDate: string;
  instructions: string;
}
/** Breaks the task down for a department of its unit (逐级落实). */
export interface CascadeTaskCommand {
  actor: Actor;
  unit: string;
  title: string;
  titleEn?: string;
  /** On or before the task's deadline in force, and not in the past. */
  due: string;
}
/** A sub-task tells its parent its status and deadline in force after each change. */
export interface SubtaskStatusChanged {
  taskId: string;
  status: TaskStatus;
  due: string;
}

export const reportProgressUpdate = defineUpdate<TaskView, [ReportProgressCommand]>('task.reportProgress');
export const contributeUpdate = defineUpdate<TaskView, [ContributeCommand]>('task.contribute');
export const waiveContributionUpdate = defineUpdate<TaskView, [WaiveContributionCommand]>('task.waiveContribution');
export const submitTaskUpdate = defineUpdate<TaskView, [SubmitTaskCommand]>('task.submit');
export const reviewTaskUpdate = defineUpdate<TaskView, [ReviewTaskCommand]>('task.review');
export const requestExtensionUpdate = defineUpdate<TaskView, [RequestExtensionCommand]>('task.requestExtension');
export const decideExtensionUpdate = defineUpdate<TaskView, [DecideExtensionCommand]>('task.decideExtension');

/**
 * The separation-of-duties rules (ours, issue 12; the seed names none), as a TASK.SEPARATION_OF_DUTIES
 * refusal names them: the reviewer of a submission is not its submitter, the decider of an
 * extension not its requester (same `sub`, whatever roles the token carries).
 */
export const SEPARATION_OF_DUTIES = { reviewNotBySubmitter: 'review-not-by-submitter', decisionNotByRequester: 'decision-not-by-requester' } as const;
export const acknowledgeEscalationUpdate = defineUpdate<TaskView, [AcknowledgeEscalationCommand]>('task.acknowledgeEscalation');
export const issueDirectiveUpdate = defineUpdate<TaskView, [IssueDirectiveCommand]>('task.issueDirective');
export const cascadeTaskUpdate = defineUpdate<TaskView, [CascadeTaskCommand]>('task.cascade');
export const subtaskStatusChangedSignal = defineSignal<[SubtaskStatusChanged]>('task.subtaskStatusChanged');
export const taskViewQuery = defineQuery<TaskView>('task.view');

/** Escalation ids name their task: `{taskId}~{epoch}~{level}`. */
export function escalationId(taskId: string, epoch: number, level: EscalationLevel): string {
  return `${taskId}~${epoch}~${level}`;
}
export function parseEscalationId(id: string): { taskId: string; epoch: number; level: EscalationLevel } | undefined {
  const m = /^(.+)~(\d+)~(yellow|red|leading-group)$/.exec(id);
  return m ? { taskId: m[1] as string, epoch: Number(m[2]), level: m[3] as EscalationLevel } : undefined;
}
