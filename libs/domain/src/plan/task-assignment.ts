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
    })),
  );
}
