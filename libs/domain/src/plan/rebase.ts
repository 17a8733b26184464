import type { PlanDefinition } from './plan-definition';
import { rebaseTarget } from './targets';

const DAY_MS = 86_400_000;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Shifts every date of a plan by whole calendar days so that its issue date falls on `issuedOn`
 * (used to run a historical plan from today). `null` keeps the plan's real dates. Pure: the
 * input is not modified.
 */
export function rebasePlan(plan: PlanDefinition, issuedOn: string | null, planId?: string): PlanDefinition {
  const days = issuedOn === null ? 0 : Math.round((Date.parse(`${issuedOn}T00:00:00Z`) - Date.parse(`${plan.issuedOn}T00:00:00Z`)) / DAY_MS);
  return {
    ...plan,
    planId: planId ?? plan.planId,
    issuedOn: shiftDate(plan.issuedOn, days),
    ...(plan.targets && { targets: plan.targets.map((t) => rebaseTarget(t, days, Number(shiftDate(plan.issuedOn, days).slice(0, 4)) - Number(plan.issuedOn.slice(0, 4)))) }),
    tasks: plan.tasks.map((t) => ({
      ...t,
      due: shiftDate(t.due, days),
      ...(t.subtasks && { subtasks: t.subtasks.map((s) => ({ ...s, due: shiftDate(s.due, days) })) }),
    })),
  };
}
