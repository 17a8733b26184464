import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TaskAssignment } from '@duban/domain';
import type { Actor } from './events';

export const TASK_WORKFLOW_TYPE = 'taskWorkflow';

export type TaskStatus = 'assigned' | 'in_progress' | 'submitted' | 'accepted';

export interface TaskWorkflowInput {
  assignment: TaskAssignment;
  /** Workflow id of the plan that started this task; status changes are signalled to it. */
  planWorkflowId?: string;
}

export interface TaskHistoryEntry {
  /** ISO-8601 instant (workflow time). */
  at: string;
  action: 'assigned' | 'progress' | 'submitted' | 'accepted' | 'rejected';
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
}

/** What the task workflow answers to its state query. */
export interface TaskView extends TaskAssignment {
  status: TaskStatus;
  progressPercent: number;
  submissions: TaskSubmission[];
  history: TaskHistoryEntry[];
}

export interface ReportProgressCommand {
  actor: Actor;
  percent: number;
  note: string;
}

export interface SubmitTaskCommand {
  actor: Actor;
  summary: string;
  deliverableRef?: string;
}

export interface ReviewTaskCommand {
  actor: Actor;
  decision: 'accept' | 'reject';
  reason?: string;
}

export const reportProgressUpdate = defineUpdate<TaskView, [ReportProgressCommand]>('task.reportProgress');
export const submitTaskUpdate = defineUpdate<TaskView, [SubmitTaskCommand]>('task.submit');
export const reviewTaskUpdate = defineUpdate<TaskView, [ReviewTaskCommand]>('task.review');
export const taskViewQuery = defineQuery<TaskView>('task.view');
