import type { PlanDefinition } from './plan-definition';

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
    tasks: plan.tasks.map((t) => ({ ...t, due: shiftDate(t.due, days) })),
  };
}
