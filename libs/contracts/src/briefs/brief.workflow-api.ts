import type { EscalationPolicy } from '@duban/domain';

export const BRIEF_ROUND_WORKFLOW_TYPE = 'briefRoundWorkflow';

/** Static arguments of the monthly brief schedule; the period comes from when the round runs. */
export interface BriefRoundInput {
  planId: string;
  planTitle: string;
  /** Units that file a brief each month. */
  units: string[];
  /** Due by this working day of the month after the period. */
  dueWorkingDayOfNextMonth: number;
  escalation: EscalationPolicy;
  /** A fixed period `YYYY-MM` instead of the month the round runs in (for a catch-up run). */
  period?: string;
  clockOffsetMs?: number;
}

export interface BriefRoundResult {
  period: string;
  due: string;
  /** Brief tasks this round started; a brief that already existed is not started twice. */
  started: string[];
  existing: string[];
}

/** The task code of a period's brief: `BRIEF_2026_11`. */
export const briefTaskCode = (period: string): string => `BRIEF_${period.replace('-', '_')}`;

/** The schedule id of a plan's monthly briefs. */
export const briefScheduleId = (planId: string): string => `briefs/${planId}`;
