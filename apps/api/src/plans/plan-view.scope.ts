import type { PlanView } from '@duban/contracts';

/** The task whose accepted deliverable is the plan's evaluation index (五(一)'s "measuring scale"). */
const INDEX_TASK_CODE = 'T1';

/**
 * What an official (a caller without the supervisor, performance or admin role) is shown of a plan:
 * the plan's own fields and only the rows of the tasks their unit leads or co-works (issue 12;
 * ours, the seed says nothing of who reads what). Decided field by field:
 *
 * - `planId`, `title`, `issuedOn`, `status`, `startedAt`, `template`, `escalation`, `clockOffsetMs`:
 *   kept. They describe the plan itself (a published document and its ladder policy), the same
 *   for every unit, and an official needs them to read their own rows.
 * - `tasks`: only the rows whose `unit` is the caller's (led) or whose task lists the caller's unit
 *   among its co-units (`coWorked`, task ids). Another unit's status and due date are not shown,
 *   as `GET /tasks/:id` does not show them either.
 * - `deliverables`: only the entries of the rows kept (a task code's list may shrink or vanish).
 * - `evaluationIndex`: kept only when the caller sees a row of T1, whose deliverable it is (STIIC
 *   leads it, STATS co-works it). An index an admin supplied to a plan without T1 is shown to
 *   supervisors, the performance office and admins only. Districts see each enterprise's
 *   classification and its explanation on the enterprise routes, not the index itself.
 *
 * Pure, and never changes `view` (the cached view is shared by every caller of the plan).
 */
export function scopePlanView(view: PlanView, unit: string, coWorked: ReadonlySet<string>): PlanView {
  const tasks = view.tasks.filter((t) => t.unit === unit || coWorked.has(t.taskId)).map((t) => ({ ...t }));
  const shown = new Set(tasks.map((t) => t.taskId));
  const deliverables: PlanView['deliverables'] = {};
  for (const [code, entries] of Object.entries(view.deliverables)) {
    const kept = entries.filter((d) => shown.has(d.taskId)).map((d) => ({ ...d }));
    if (kept.length > 0) deliverables[code] = kept;
  }
  const { evaluationIndex, ...rest } = view;
  const seesIndex = evaluationIndex !== undefined && tasks.some((t) => t.taskCode === INDEX_TASK_CODE);
  return { ...rest, tasks, deliverables, ...(seesIndex && { evaluationIndex }) };
}
