import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { PlanDefinition } from '@duban/domain';
import type { Actor } from './events';
import type { TaskStatus } from './task.workflow-api';

export const PLAN_WORKFLOW_TYPE = 'planWorkflow';

export interface PlanWorkflowInput {
  plan: PlanDefinition;
  /** Who loaded the plan. */
  actor: Actor;
  /** When the plan was built from a template: which one, and the date it was rebased to. */
  template?: { name: string; rebaseTo: string | null };
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
}

export interface TaskStatusChanged {
  taskId: string;
  status: TaskStatus;
}

export const taskStatusChangedSignal = defineSignal<[TaskStatusChanged]>('plan.taskStatusChanged');
export const planViewQuery = defineQuery<PlanView>('plan.view');
