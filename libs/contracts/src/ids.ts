/**
 * Business ids and the workflow ids derived from them. A workflow id is a pure function of the
 * business id, so starting the same plan or task twice is refused by Temporal rather than
 * duplicated.
 */

/** Plan ids: lower-case letters, digits and dashes, 3–64 characters (e.g. `shenzhen-2009-98`). */
export const PLAN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
/** Task codes (`T1`, `T4`) and unit codes (`STIIC`, `FUTIAN`). */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,31}$/;
/**
 * `{planId}.{taskCode}.{unitCode}`, e.g. `shenzhen-2009-98.T4.FUTIAN`, or a sub-task's
 * `{parentTaskId}.{unitCode}`, e.g. `shenzhen-2009-98.T4.FUTIAN.FUTIAN_ECON` (one level only).
 */
export const TASK_ID_PATTERN = /^([a-z0-9][a-z0-9-]{2,63})\.([A-Z][A-Z0-9_]{0,31})\.([A-Z][A-Z0-9_]{0,31})(?:\.([A-Z][A-Z0-9_]{0,31}))?$/;

export function taskId(planId: string, taskCode: string, unitCode: string): string {
  return `${planId}.${taskCode}.${unitCode}`;
}

/** A sub-task's id: its parent's id and the department's unit code (逐级落实). */
export function subtaskId(parentTaskId: string, unitCode: string): string {
  return `${parentTaskId}.${unitCode}`;
}

export interface TaskIdParts {
  planId: string;
  taskCode: string;
  /** The responsible unit: the last segment (a sub-task's department). */
  unitCode: string;
  /** On a sub-task's id: the parent task's unit (the district the department belongs to). */
  parentUnitCode?: string;
}

/** Splits a task id; `undefined` when it does not have the task id shape. */
export function parseTaskId(id: string): TaskIdParts | undefined {
  const m = TASK_ID_PATTERN.exec(id);
  if (!m) return undefined;
  const [, planId, taskCode, unit, department] = m as unknown as [string, string, string, string, string | undefined];
  return department === undefined ? { planId, taskCode, unitCode: unit } : { planId, taskCode, unitCode: department, parentUnitCode: unit };
}

export const planWorkflowId = (planId: string): string => `plan/${planId}`;
export const taskWorkflowId = (id: string): string => `task/${id}`;
