import type { EscalationLevel, OverdueBoard } from '@duban/contracts';
import { ESCALATION_AGE_BUCKETS, escalationAgeBucket, toShanghaiDate, type EscalationAgeBucket, type WorkingDayCalendar } from '@duban/domain';
import type { EscalationCaseRow } from '@duban/persistence';
import { workingDaysCounter } from '../inbox/inbox-items';

/** The board's columns, lowest card first; a later one outranks an earlier one. */
export const BOARD_LEVELS: readonly EscalationLevel[] = ['yellow', 'red', 'leading-group'];

/** One overdue deadline on the board: a task's or an enterprise step's, at its highest unresolved card. */
interface OverdueItem {
  unit: string;
  level: EscalationLevel;
  ageWorkingDays: number;
}

type Stats = OverdueBoard['totals']['total'];

/**
 * The 督查室 board (ours): every unresolved case (open or acknowledged) grouped by its deadline —
 * `{taskId}~{epoch}` of the case id, one task's or step's deadline — and counted once, at its
 * highest card, so a task with a yellow and a red card is one red item. Its age is the working
 * days it is overdue today (after its deadline date, on the calendar in force), the measure the
 * ladder itself escalates on.
 */
export function buildOverdueBoard(cases: readonly EscalationCaseRow[], calendar: WorkingDayCalendar, calendarVersion: number, now: Date, truncated: boolean): OverdueBoard {
  const today = toShanghaiDate(now.toISOString());
  const overdueDays = workingDaysCounter(calendar, today);
  const byDeadline = new Map<string, OverdueItem>();
  for (const c of cases) {
    const key = c._id.slice(0, c._id.lastIndexOf('~'));
    const current = byDeadline.get(key);
    if (current && BOARD_LEVELS.indexOf(current.level) >= BOARD_LEVELS.indexOf(c.level)) continue;
    byDeadline.set(key, { unit: c.unit, level: c.level, ageWorkingDays: -overdueDays(c.due, true) });
  }
  const items = [...byDeadline.values()];
  const units = new Map<string, OverdueItem[]>();
  for (const item of items) units.set(item.unit, [...(units.get(item.unit) ?? []), item]);
  const rows = [...units]
    .map(([unit, mine]) => ({ unit, ...summarise(mine) }))
    .sort((a, b) => b.total.count - a.total.count || a.unit.localeCompare(b.unit));
  return { today, calendarVersion, levels: [...BOARD_LEVELS], rows, totals: summarise(items), truncated };
}

function summarise(items: readonly OverdueItem[]): { total: Stats; byLevel: Record<string, Stats>; byAge: Record<EscalationAgeBucket, number> } {
  const byLevel: Record<string, Stats> = {};
  for (const level of BOARD_LEVELS) {
    const of = items.filter((i) => i.level === level);
    if (of.length > 0) byLevel[level] = stats(of);
  }
  const byAge = Object.fromEntries(ESCALATION_AGE_BUCKETS.map((b) => [b, items.filter((i) => escalationAgeBucket(i.ageWorkingDays) === b).length])) as Record<EscalationAgeBucket, number>;
  return { total: stats(items), byLevel, byAge };
}

/** Count, oldest and median age (the mean of the middle two for an even count; 0 for none). */
export function stats(items: readonly { ageWorkingDays: number }[]): Stats {
  const ages = items.map((i) => i.ageWorkingDays).sort((a, b) => a - b);
  const mid = Math.floor(ages.length / 2);
  const median = ages.length === 0 ? 0 : ages.length % 2 === 1 ? (ages[mid] as number) : ((ages[mid - 1] as number) + (ages[mid] as number)) / 2;
  return { count: ages.length, maxAgeWorkingDays: ages.at(-1) ?? 0, medianAgeWorkingDays: median };
}
