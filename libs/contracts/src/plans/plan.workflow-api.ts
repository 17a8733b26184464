import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { EscalationPolicy, EvaluationIndexDefinition, PlanDefinition } from '@duban/domain';
import type { Actor } from '../events';
import type { TaskStatus } from '../tasks/task.workflow-api';

export const PLAN_WORKFLOW_TYPE = 'planWorkflow';

export interface PlanWorkflowInput {
  plan: PlanDefinition;
  /** Who loaded the plan. */
  actor: Actor;
  /** When the plan was built from a template: which one, and the date it was rebased to. */
  template?: { name: string; rebaseTo: string | null };
  /** See TaskWorkflowInput.clockOffsetMs: 0 except in simulations of historical plans. */
  clockOffsetMs?: number;
}

export interface PlanTaskSummary {
  taskId: string;
  taskCode: string;
  unit: string;
  due: string;
  status: TaskStatus;
}

export interface PlanView {
  planId: string;
  title: string;
  issuedOn: string;
  status: 'running' | 'completed';
  startedAt: string;
  template?: { name: string; rebaseTo: string | null };
  tasks: PlanTaskSummary[];
  /** Accepted deliverables by task code (T1's evaluation index, T2's park plan…), for the work that depends on them. */
  deliverables: Record<string, { taskId: string; summary: string; deliverableRef?: string; acceptedAt: string }[]>;
  /** The evaluation index in force, once T1 is accepted (or an admin supplied one). */
  evaluationIndex?: EvaluationIndexDefinition;
  /** The plan's escalation ladder, which enterprise steps follow too. */
  escalation: EscalationPolicy;
  /** The plan's clock offset (see PlanWorkflowInput), which its enterprises' workflows take too; absent for 0. */
  clockOffsetMs?: number;
}

export interface SetEvaluationIndexCommand {
  actor: Actor;
  index: EvaluationIndexDefinition;
}

/** An admin supplies the evaluation index of a plan that has no T1 (or replaces none: once set, it stays). */
export const setEvaluationIndexUpdate = defineUpdate<PlanView, [SetEvaluationIndexCommand]>('plan.setEvaluationIndex');

export interface TaskStatusChanged {
  taskId: string;
  status: TaskStatus;
  /** The deadline date in force. */
  due: string;
}

export const taskStatusChangedSignal = defineSignal<[TaskStatusChanged]>('plan.taskStatusChanged');
export const planViewQuery = defineQuery<PlanView>('plan.view');
