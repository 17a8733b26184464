import { DateTime } from 'luxon';
import {
  DEFAULT_ESCALATION_POLICY,
  SHANGHAI_ZONE,
  chinaCalendar,
  endOfDay,
  planLadder,
  toShanghaiDate,
  validateHolidayYear,
  type EscalationPolicy,
  type HolidayYear,
  type LadderStep,
} from '@duban/domain';

/**
 * A task that is overdue now and whose red card a holiday notice loaded at run time brings
 * forward into the past, so that the red card fires the moment the notice is loaded: for a test
 * that watches a task turn from 黄牌 to 红牌 in real time, on the real servers, without time
 * skipping and without waiting for midnight (cards fire at the end of a day, Asia/Shanghai).
 *
 * How (every date relative to `now`, Asia/Shanghai; the notices are made up for the test, as in
 * `test/calendar.e2e.spec.ts`, and go only to the harness's own calendar workflow, which is per
 * task queue):
 * - the task is due the day before yesterday, and its plan's red card comes 1 working day after
 *   the deadline: the yellow card (end of the due date) is already past when the plan starts;
 * - {@link RedCardScenario.holdNotice}, loaded before the plan starts, makes yesterday and today
 *   days off, so no working day has passed since the deadline and the red card lies a day or more
 *   ahead (never at tonight's midnight, which a test running at 23:59 would otherwise race);
 * - {@link RedCardScenario.releaseNotice}, its correction (same year, a later version), moves the
 *   day off to the due date itself and makes yesterday a working day (a weekend yesterday is
 *   listed as worked, 调休), so 1 working day has passed: the running ladder re-plans (DESIGN.md,
 *   Working days) and its red card, now in the past, fires at once.
 *
 * The card times are computed here with the same functions the task workflow uses
 * (`planLadder` on `chinaCalendar.withNotices`), and the scenario refuses to exist when they do
 * not come out as described, so a test never waits for a card that cannot come.
 *
 * @param nowMs the current time, ms since the epoch (`Date.now()`).
 * @throws Error when, for this `nowMs`, a notice would be refused or a card would not fall as above.
 */
export function redCardScenario(nowMs: number): RedCardScenario {
  const now = DateTime.fromMillis(nowMs, { zone: SHANGHAI_ZONE });
  const today = toShanghaiDate(now);
  const day = (offset: number): string => now.plus({ days: offset }).toISODate() as string;
  const yesterday = day(-1);
  const due = day(-2);
  // A notice arranges its year and may reach back to 25–31 December before it: today's year holds
  // yesterday and the due date even on 1 or 2 January.
  const year = now.year;
  const notice = (version: string): string => `测试通知〔${year}〕${version}号 (test notice, live-card e2e)`;
  const weekend = (iso: string): boolean => DateTime.fromISO(iso, { zone: SHANGHAI_ZONE }).weekday >= 6;

  const holdNotice: HolidayYear = {
    year,
    notice: notice('1'),
    periods: [{ name: '测试假期', firstDay: yesterday, lastDay: today, days: 2, workingWeekendDays: [] }],
  };
  const releaseNotice: HolidayYear = {
    year,
    notice: notice('2'),
    periods: [{ name: '测试假期（更正）', firstDay: due, lastDay: due, days: 1, workingWeekendDays: weekend(yesterday) ? [yesterday] : [] }],
  };
  const escalation: EscalationPolicy = { ...DEFAULT_ESCALATION_POLICY, redAfterWorkingDays: 1, leadingGroupAfterWorkingDays: 10 };

  const ladderOn = (n: HolidayYear): { yellow: string; red: string; leadingGroup: string } => {
    const checked = validateHolidayYear(n);
    if (!checked.ok) throw new Error(`the made-up notice for ${today} would be refused: ${JSON.stringify(checked.problems)}`);
    const steps = planLadder(due, chinaCalendar.withNotices([checked.year]), escalation);
    const at = (kind: LadderStep['kind']): string => {
      const step = steps.find((s) => s.kind === kind);
      if (!step) throw new Error(`no ${kind} step planned for a task due ${due}`);
      return step.at;
    };
    return { yellow: at('yellow'), red: at('red'), leadingGroup: at('leading-group') };
  };
  const held = ladderOn(holdNotice);
  const released = ladderOn(releaseNotice);
  const problems = [
    Date.parse(held.yellow) < nowMs ? undefined : `the yellow card (${held.yellow}) is not past`,
    // Today is a day off under the hold notice, so the red card is tomorrow's midnight or later.
    Date.parse(held.red) > endOfDay(today).toMillis() ? undefined : `the red card before the correction (${held.red}) is not after today`,
    Date.parse(released.red) < nowMs ? undefined : `the red card after the correction (${released.red}) is not past`,
    Date.parse(released.leadingGroup) > nowMs ? undefined : `the leading-group report after the correction (${released.leadingGroup}) is past`,
  ].filter((p): p is string => p !== undefined);
  if (problems.length > 0) throw new Error(`no red-card scenario for ${now.toISO()}: ${problems.join('; ')}`);
  return { due, issuedOn: due, escalation, holdNotice, releaseNotice, redBefore: held.red, redAfter: released.red };
}

/** See {@link redCardScenario}. Dates are `YYYY-MM-DD`, instants ISO-8601 with +08:00. */
export interface RedCardScenario {
  /** The task's due date: the day before yesterday, Asia/Shanghai. */
  readonly due: string;
  /** The plan's issue date (a plan's tasks may not be due before it): the due date. */
  readonly issuedOn: string;
  /** The plan's `escalation`: red 1 working day after the deadline, the leading group 10. */
  readonly escalation: EscalationPolicy;
  /** Load before the plan starts: yesterday and today are days off. */
  readonly holdNotice: HolidayYear;
  /** Load to fire the red card: the correction (the due date off, yesterday worked). */
  readonly releaseNotice: HolidayYear;
  /** The red card's planned time under {@link holdNotice}: after today. */
  readonly redBefore: string;
  /** The red card's planned time under {@link releaseNotice}: the end of yesterday, past. */
  readonly redAfter: string;
}
