import { DateTime } from 'luxon';
import { SHANGHAI_ZONE, endOfDay, type WorkingDayCalendar } from '../calendar';

/** The escalation ladder of a plan (DESIGN.md, Escalation ladder); configurable per plan. */
export interface EscalationPolicy {
  /** Reminders this many calendar days before the deadline, at {@link reminderHour}. */
  reminderDaysBefore: number[];
  /** Hour of day (Asia/Shanghai) at which a reminder is sent. */
  reminderHour: number;
  /** A red card this many working days after the deadline (and a case in the 督查室 inbox). */
  redAfterWorkingDays: number;
  /** A report to the leading group this many working days after the deadline. */
  leadingGroupAfterWorkingDays: number;
  /** An unacknowledged red card or leading-group report repeats every this many working days. */
  repeatEveryWorkingDays: number;
}

export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = {
  reminderDaysBefore: [30, 7, 1],
  reminderHour: 9,
  redAfterWorkingDays: 5,
  leadingGroupAfterWorkingDays: 15,
  repeatEveryWorkingDays: 5,
};

export type LadderKind = 'reminder' | 'yellow' | 'red' | 'leading-group';

export interface LadderStep {
  kind: LadderKind;
  /** ISO-8601 instant with +08:00. */
  at: string;
  /** For reminders: calendar days before the deadline. */
  daysBefore?: number;
}

/**
 * The planned ladder of one deadline: reminders before it (a reminder that would fall on a
 * non-working day moves to the working day before it), a yellow card at the deadline (the end of
 * its day, Asia/Shanghai), a red card N working days after, a leading-group report M working days
 * after. Reminders that would fall at or before `notBefore` (the task was assigned too late for
 * them) are left out, never sent late.
 */
export function planLadder(due: string, calendar: WorkingDayCalendar, policy: EscalationPolicy, notBefore?: string): LadderStep[] {
  const start = notBefore === undefined ? undefined : DateTime.fromISO(notBefore, { zone: SHANGHAI_ZONE });
  const reminders = [...policy.reminderDaysBefore]
    .sort((a, b) => b - a)
    .map((days): LadderStep => {
      const day = calendar.previousWorkingDayOnOrBefore(DateTime.fromISO(due, { zone: SHANGHAI_ZONE }).minus({ days }).toISODate() as string);
      const at = DateTime.fromISO(day, { zone: SHANGHAI_ZONE }).set({ hour: policy.reminderHour });
      return { kind: 'reminder', at: iso(at), daysBefore: days };
    })
    .filter((r) => start === undefined || DateTime.fromISO(r.at) > start);
  return [
    ...reminders,
    { kind: 'yellow', at: iso(endOfDay(due)) },
    { kind: 'red', at: iso(calendar.workingDaysAfterDeadline(due, policy.redAfterWorkingDays)) },
    { kind: 'leading-group', at: iso(calendar.workingDaysAfterDeadline(due, policy.leadingGroupAfterWorkingDays)) },
  ];
}

/** When an unacknowledged level fired at `firedAt` repeats: N working days later, end of day. */
export function nextRepeat(firedAt: string, calendar: WorkingDayCalendar, policy: EscalationPolicy): string {
  const day = DateTime.fromISO(firedAt, { zone: SHANGHAI_ZONE }).toISODate() as string;
  return iso(calendar.workingDaysAfterDeadline(day, policy.repeatEveryWorkingDays));
}

/** Working days a task is overdue at `at`: working days after its deadline date, up to `at`'s date. */
export function overdueWorkingDays(due: string, at: string, calendar: WorkingDayCalendar): number {
  const day = DateTime.fromISO(at, { zone: SHANGHAI_ZONE }).toISODate() as string;
  return calendar.workingDaysBetween(due, day);
}

function iso(t: DateTime): string {
  return t.setZone(SHANGHAI_ZONE).toISO({ suppressMilliseconds: false }) as string;
}
