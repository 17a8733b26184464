import type { EscalationPolicy } from '../escalation';
import type { PlanDefinition } from './plan-definition';

/** One responsible unit's task: the unit of work a task workflow carries. */
export interface TaskAssignment {
  /** `{planId}.{taskCode}.{unitCode}` */
  taskId: string;
  planId: string;
  taskCode: string;
  /** The responsible (lead) unit. */
  unit: string;
  coUnits: string[];
  title: string;
  titleEn: string;
  deliverable: string;
  /** Deadline date; the deadline is the end of this day in Asia/Shanghai. */
  due: string;
  /** The plan's escalation ladder. */
  escalation: EscalationPolicy;
  /** `task` for the plan's tasks, `brief` for an information brief (信息简报). */
  kind: 'task' | 'brief';
}

/**
 * Expands a plan's tasks into one assignment per responsible unit: a task led by a group
 * (e.g. every district) becomes one assignment per member, in the group's order.
 */
export function expandAssignments(plan: PlanDefinition): TaskAssignment[] {
  const groups = new Map(plan.groups.map((g) => [g.code, g.units]));
  return plan.tasks.flatMap((task) =>
    (groups.get(task.lead) ?? [task.lead]).map((unit) => ({
      taskId: `${plan.planId}.${task.code}.${unit}`,
      planId: plan.planId,
      taskCode: task.code,
      unit,
      coUnits: task.coUnits,
      title: task.title,
      titleEn: task.titleEn,
      deliverable: task.deliverable,
      due: task.due,
      escalation: plan.escalation,
      kind: 'task' as const,
    })),
  );
}

/** The units that file information briefs: the plan's `briefs.units` (groups expanded), else every unit that leads a task. */
export function briefUnits(plan: PlanDefinition): string[] {
  const groups = new Map(plan.groups.map((g) => [g.code, g.units]));
  const codes = plan.briefs.units ?? plan.tasks.map((t) => t.lead);
  return [...new Set(codes.flatMap((c) => groups.get(c) ?? [c]))];
}
