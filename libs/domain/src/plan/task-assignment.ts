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
  /**
   * The plan's departments of `unit` (units whose `parent` it is): who its sub-tasks may go to
   * (逐级落实). Absent when it has none, and on a sub-task (a sub-task is not cascaded further).
   */
  departments?: string[];
  /** Sub-tasks the plan definition gives this task from the start; absent for none. */
  subtasks?: SubtaskAssignment[];
  /** On a sub-task: the task it was cascaded from (`{parentTaskId}.{unit}` is its own id). */
  parentTaskId?: string;
  /** On a sub-task: the parent task's unit, which answers for it too (notices, score). */
  parentUnit?: string;
}

/** A sub-task as the plan definition gives it, `titleEn` defaulted. */
export interface SubtaskAssignment {
  unit: string;
  title: string;
  titleEn: string;
  due: string;
}

/**
 * Expands a plan's tasks into one assignment per responsible unit: a task led by a group
 * (e.g. every district) becomes one assignment per member, in the group's order.
 */
export function expandAssignments(plan: PlanDefinition): TaskAssignment[] {
  const groups = new Map(plan.groups.map((g) => [g.code, g.units]));
  const departmentsOf = (unit: string): string[] => plan.units.filter((u) => u.parent === unit).map((u) => u.code);
  const parentOf = new Map(plan.units.map((u) => [u.code, u.parent]));
  return plan.tasks.flatMap((task) =>
    (groups.get(task.lead) ?? [task.lead]).map((unit) => {
      const departments = departmentsOf(unit);
      const subtasks = (task.subtasks ?? [])
        .filter((s) => parentOf.get(s.unit) === unit)
        .map((s) => ({ unit: s.unit, title: s.title, titleEn: s.titleEn ?? s.title, due: s.due }));
      return {
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
        // Only when there are any: a plan without departments starts its tasks with the very input it always did.
        ...(departments.length > 0 && { departments }),
        ...(subtasks.length > 0 && { subtasks }),
      };
    }),
  );
}

/** The units that file information briefs: the plan's `briefs.units` (groups expanded), else every unit that leads a task. */
export function briefUnits(plan: PlanDefinition): string[] {
  const groups = new Map(plan.groups.map((g) => [g.code, g.units]));
  const codes = plan.briefs.units ?? plan.tasks.map((t) => t.lead);
  return [...new Set(codes.flatMap((c) => groups.get(c) ?? [c]))];
}
