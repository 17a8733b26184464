import { DateTime } from 'luxon';
import { DEFAULT_ESCALATION_POLICY, nextRepeat, overdueWorkingDays, planLadder } from '../escalation/ladder';
import { CHINA_HOLIDAY_YEARS, CalendarError, CalendarErrorCode, WEEKEND_FALLBACK_YEARS, WorkingDayCalendar, chinaCalendarWithWeekendFallback as fallback } from './index';

/**
 * The strict calendar over the same notices as the fallback (2009–2013, 2024–2026): what
 * `chinaCalendar` was until provisional years were added. The fallback must agree with it on every
 * covered day and answer where it throws.
 */
const strict = new WorkingDayCalendar(CHINA_HOLIDAY_YEARS.filter((y) => WEEKEND_FALLBACK_YEARS.includes(y.year)));

/**
 * The calendar the workflows (the deadline ladder, enterprise steps, brief rounds), scoring and
 * the 督查室 inbox ran on before provisional years: `chinaCalendarWithWeekendFallback`, exact where
 * one of the notices it was built from (2009–2013, 2024–2026) is loaded, Monday–Friday (no holidays
 * at all) for any other day. It stays, frozen, so that histories recorded with it replay unchanged;
 * new code uses `chinaCalendar` (`working-days.spec.ts`, `provisional-calendar.spec.ts`).
 *
 * Whose rules these are:
 * - The seed plan (深府办〔2009〕98号) gives the task deadlines (T3 and T4: 2011-12-31) and asks for
 *   regular information briefs (六(二)); it says nothing about working days or escalation.
 * - Which days are off or worked in a covered year is the State Council's notice for that year,
 *   entered as data in `holidays.data.ts`.
 * - Ours (DESIGN.md, "Escalation ladder" and "Working days"): reminders 30, 7 and 1 calendar days
 *   before, at 09:00, moved back to a working day; a yellow card at the end of the deadline day
 *   (Asia/Shanghai); a red card 5 and a leading-group report 15 working days after, counted
 *   strictly after the deadline day; repeats every 5 working days; briefs monthly, due by the
 *   5th working day of the next month; a December day from the 25th on is covered only once the
 *   next year's notice is loaded.
 * - Ours, and superseded: the weekends-only fallback itself. DESIGN.md asks instead for the
 *   statutory holidays (元旦, 春节, …) without make-up days in a year with no notice, which
 *   `chinaCalendar` now computes. These tests pin the fallback as recorded histories saw it, so
 *   the cases marked "fallback" (e.g. 2027-01-01 counted as a working day) must not change.
 *
 * Every expected date was worked out by hand from the weekday of each date and the notices'
 * dates, not by running the code under test.
 */

const policy = DEFAULT_ESCALATION_POLICY;

/** The ladder of `due` as `[kind, instant]` pairs, as the workflows plan it. */
function ladder(due: string): [string, string][] {
  return planLadder(due, fallback, policy).map((s) => [s.kind, s.at]);
}

const reminder = (day: string): [string, string] => ['reminder', `${day}T09:00:00.000+08:00`];
const endOf = (kind: string, day: string): [string, string] => [kind, `${day}T23:59:59.999+08:00`];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof CalendarError ? e.code : `not a CalendarError: ${String(e)}`;
  }
  return undefined;
}

function days(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(first, { zone: 'utc' }); d <= DateTime.fromISO(last, { zone: 'utc' }); d = d.plus({ days: 1 })) {
    out.push(d.toISODate() as string);
  }
  return out;
}

describe('the weekend-fallback calendar on covered days', () => {
  it('answers exactly as the strict calendar on every covered day', () => {
    // 2009-01-01 … 2013-12-24 and 2024-01-01 … 2026-12-24: every day whose notice (and, from
    // 25 December, the next year's) is loaded. 2013's last week needs 2014, which is not.
    const covered = [...days('2009-01-01', '2013-12-24'), ...days('2024-01-01', '2026-12-24')];
    const differ = covered.filter((d) => fallback.isWorkingDay(d) !== strict.isWorkingDay(d));
    expect(differ).toEqual([]);
    expect(covered.every((d) => fallback.isCovered(d))).toBe(true);
  });

  it('still says which days it only guesses, so a caller can flag them', () => {
    expect(fallback.coveredYears).toEqual([2009, 2010, 2011, 2012, 2013, 2024, 2025, 2026]);
    expect(['2026-12-24', '2013-12-24', '2024-01-01'].map((d) => fallback.isCovered(d))).toEqual([true, true, true]);
    expect(['2026-12-25', '2027-01-01', '2013-12-25', '2014-06-02', '2023-12-29'].map((d) => fallback.isCovered(d))).toEqual([false, false, false, false, false]);
  });
});

describe('the working-day ladder of a deadline, on the fallback calendar', () => {
  it('a deadline on an ordinary Friday (2025-03-14): red a week later, the report after 清明', () => {
    expect(ladder('2025-03-14')).toEqual([
      reminder('2025-02-12'), // 30 days before: Wed 02-12
      reminder('2025-03-07'), // 7 days before: Fri 03-07
      reminder('2025-03-13'), // 1 day before: Thu 03-13
      endOf('yellow', '2025-03-14'),
      endOf('red', '2025-03-21'), // Mon 03-17 … Fri 03-21
      // 03-17…21 (5), 03-24…28 (10), 03-31, 04-01, 02, 03 (14); 清明 Fri 04-04 … Sun 04-06 off; Mon 04-07 (15).
      endOf('leading-group', '2025-04-07'),
    ]);
  });

  it('a deadline on an ordinary Saturday (2025-03-15): reminders move back to Friday, cards count from Monday', () => {
    expect(ladder('2025-03-15')).toEqual([
      reminder('2025-02-13'), // 30 days before: Thu 02-13
      reminder('2025-03-07'), // 7 days before is Sat 03-08: back to Fri 03-07
      reminder('2025-03-14'), // 1 day before: Fri 03-14
      endOf('yellow', '2025-03-15'), // the yellow card is at the deadline itself, working day or not
      endOf('red', '2025-03-21'), // the Saturday and Sunday do not count: same red card as Friday's deadline
      endOf('leading-group', '2025-04-07'),
    ]);
  });

  it('a deadline on the Friday before 春节 2026: the worked Saturdays on either side count, the nine days off do not', () => {
    expect(ladder('2026-02-13')).toEqual([
      reminder('2026-01-14'), // 30 days before: Wed 01-14
      reminder('2026-02-06'), // 7 days before: Fri 02-06
      reminder('2026-02-12'), // 1 day before: Thu 02-12
      endOf('yellow', '2026-02-13'),
      // Sat 02-14 worked (1); 春节 02-15 … Mon 02-23 off; Tue 02-24, 25, 26, Fri 27 (5).
      endOf('red', '2026-02-27'),
      // Sat 02-28 worked (6); 03-02 … 06 (11); 03-09, 10, 11, 12 (15).
      endOf('leading-group', '2026-03-12'),
    ]);
  });

  it('a deadline on the worked Saturday 2026-02-14, the day before a listed holiday: its red card lands on the other worked Saturday', () => {
    expect(ladder('2026-02-14')).toEqual([
      reminder('2026-01-15'), // 30 days before: Thu 01-15
      reminder('2026-02-06'), // 7 days before is Sat 02-07, an ordinary Saturday: back to Fri 02-06
      reminder('2026-02-13'), // 1 day before: Fri 02-13
      endOf('yellow', '2026-02-14'),
      endOf('red', '2026-02-28'), // 02-24, 25, 26, 27 (4), Sat 02-28 worked (5)
      endOf('leading-group', '2026-03-13'), // 03-02 … 06 (10), 03-09 … 13 (15)
    ]);
  });

  it('a deadline on the eve of 国庆 2025 (Tue 09-30): the 30-day reminder moves off a Sunday, the cards skip the eight days off', () => {
    expect(ladder('2025-09-30')).toEqual([
      reminder('2025-08-29'), // 30 days before is Sun 08-31: back to Fri 08-29
      reminder('2025-09-23'), // 7 days before: Tue 09-23
      reminder('2025-09-29'), // 1 day before: Mon 09-29
      endOf('yellow', '2025-09-30'),
      // 国庆节、中秋节 10-01 … 10-08 off; Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 worked (3), 10-13 (4), 10-14 (5).
      endOf('red', '2025-10-14'),
      // 10-15, 16, 17 (8), 10-20 … 24 (13), 10-27, 28 (15).
      endOf('leading-group', '2025-10-28'),
    ]);
  });

  it('a deadline at year end with both notices loaded (2025-12-31): 元旦 2026 off, its worked Sunday counts', () => {
    expect(ladder('2025-12-31')).toEqual([
      reminder('2025-12-01'), // 30 days before: Mon 12-01
      reminder('2025-12-24'), // 7 days before: Wed 12-24
      reminder('2025-12-30'), // 1 day before: Tue 12-30
      endOf('yellow', '2025-12-31'),
      // 01-01 … 03 off; Sun 01-04 worked (1), 01-05, 06, 07, 08 (5).
      endOf('red', '2026-01-08'),
      // 01-09 (6), 01-12 … 16 (11), 01-19, 20, 21, 22 (15).
      endOf('leading-group', '2026-01-22'),
    ]);
  });

  it('a deadline at year end into a year with no notice (2026-12-31) — fallback: 元旦 2027 counts as a working day', () => {
    expect(codeOf(() => planLadder('2026-12-31', strict, policy))).toBe(CalendarErrorCode.YearNotCovered);
    expect(ladder('2026-12-31')).toEqual([
      reminder('2026-12-01'), // 30 days before: Tue 12-01
      reminder('2026-12-24'), // 7 days before: Thu 12-24, the last covered day
      reminder('2026-12-30'), // 1 day before: Wed 12-30 (fallback: 2027's 元旦 arrangement is unknown)
      endOf('yellow', '2026-12-31'),
      // Fallback: Fri 2027-01-01 (1), 01-04, 05, 06, 07 (5).
      endOf('red', '2027-01-07'),
      // 01-08 (6), 01-11 … 15 (11), 01-18, 19, 20, 21 (15).
      endOf('leading-group', '2027-01-21'),
    ]);
  });

  it('a deadline just before the last covered week runs into the fallback (2013-12-24; 2014 has no notice)', () => {
    expect(ladder('2013-12-24')).toEqual([
      reminder('2013-11-22'), // 30 days before is Sun 11-24: back to Fri 11-22
      reminder('2013-12-17'), // 7 days before: Tue 12-17
      reminder('2013-12-23'), // 1 day before: Mon 12-23
      endOf('yellow', '2013-12-24'),
      // Fallback from 12-25: Wed 12-25, 26, 27, 30, 31 (5).
      endOf('red', '2013-12-31'),
      // Fallback: Wed 2014-01-01 (6; 元旦 in fact), 01-02, 03 (8), 01-06 … 10 (13), 01-13, 14 (15).
      endOf('leading-group', '2014-01-14'),
    ]);
  });

  it('a deadline on a Friday of an uncovered year (2014-03-07) — fallback: plain weeks, 春节 2014 unknown', () => {
    expect(ladder('2014-03-07')).toEqual([
      reminder('2014-02-05'), // 30 days before: Wed 02-05 (in fact a 春节 day off; the fallback cannot know)
      reminder('2014-02-28'), // 7 days before: Fri 02-28
      reminder('2014-03-06'), // 1 day before: Thu 03-06
      endOf('yellow', '2014-03-07'),
      endOf('red', '2014-03-14'), // five weekdays: the next Friday
      endOf('leading-group', '2014-03-28'), // fifteen weekdays: three Fridays on
    ]);
  });

  it('a deadline on a Saturday of an uncovered year (2014-03-08) — fallback', () => {
    expect(ladder('2014-03-08')).toEqual([
      reminder('2014-02-06'), // 30 days before: Thu 02-06
      reminder('2014-02-28'), // 7 days before is Sat 03-01: back to Fri 02-28
      reminder('2014-03-07'), // 1 day before: Fri 03-07
      endOf('yellow', '2014-03-08'),
      endOf('red', '2014-03-14'), // Mon 03-10 … Fri 03-14
      endOf('leading-group', '2014-03-28'),
    ]);
  });

  it('a deadline in an uncovered year the day before a listed break (2023-12-29, before 2024 元旦): the walk meets the loaded notice', () => {
    expect(ladder('2023-12-29')).toEqual([
      reminder('2023-11-29'), // 30 days before: Wed 11-29 (fallback)
      reminder('2023-12-22'), // 7 days before: Fri 12-22 (fallback)
      reminder('2023-12-28'), // 1 day before: Thu 12-28 (fallback)
      endOf('yellow', '2023-12-29'),
      // Sat 12-30, Sun 12-31 (listed off by the 2024 notice, a weekend either way); Mon 2024-01-01
      // listed off and covered; 01-02, 03, 04, 05 (4), Mon 01-08 (5).
      endOf('red', '2024-01-08'),
      // 01-09 … 12 (9), 01-15 … 19 (14), Mon 01-22 (15).
      endOf('leading-group', '2024-01-22'),
    ]);
  });

  it('a deadline in an uncovered December reaches the worked Sunday of the next, covered, 元旦 (2008-12-31 → 2009)', () => {
    expect(ladder('2008-12-31')).toEqual([
      reminder('2008-12-01'), // 30 days before: Mon 12-01 (fallback)
      reminder('2008-12-24'), // 7 days before: Wed 12-24 (fallback)
      reminder('2008-12-30'), // 1 day before: Tue 12-30 (fallback)
      endOf('yellow', '2008-12-31'),
      // 2009 元旦: 01-01 … 03 off, Sun 01-04 worked (1); 01-05, 06, 07, 08 (5).
      endOf('red', '2009-01-08'),
      // 01-09 (6), 01-12 … 16 (11), 01-19 … 22 (15).
      endOf('leading-group', '2009-01-22'),
    ]);
  });

  it('repeats and counts overdue days across the fallback boundary', () => {
    // A red card of 2026-12-31 repeats 5 working days later: Fri 2027-01-01 (fallback), 01-04 … 07.
    expect(nextRepeat('2026-12-31T23:59:59.999+08:00', fallback, policy)).toBe('2027-01-07T23:59:59.999+08:00');
    // A red card of Tue 2013-12-31 repeats on Tue 2014-01-07: 01-01 (fallback), 02, 03, 06, 07.
    expect(nextRepeat('2013-12-31T23:59:59.999+08:00', fallback, policy)).toBe('2014-01-07T23:59:59.999+08:00');
    // Overdue on 2027-01-07 for a deadline of 2026-12-31: 01-01, 04, 05, 06, 07.
    expect(overdueWorkingDays('2026-12-31', '2027-01-07T12:00:00+08:00', fallback)).toBe(5);
    // Overdue on Mon 2024-01-08 for a deadline of Fri 2023-12-29: 01-02, 03, 04, 05, 08.
    expect(overdueWorkingDays('2023-12-29', '2024-01-08T12:00:00+08:00', fallback)).toBe(5);
  });
});

describe('the fallback day by day', () => {
  it.each([
    ['2027-01-01', true, 'Fri, 元旦 — fallback: no holidays without a notice'],
    ['2027-01-02', false, 'Sat'],
    ['2027-02-08', true, 'Mon'],
    ['2026-12-24', true, 'Thu, covered'],
    ['2026-12-25', true, 'Fri, fallback: 2027 could still change it'],
    ['2026-12-26', false, 'Sat, fallback'],
    ['2014-01-31', true, 'Fri, 春节 2014 in fact — fallback'],
    ['2014-10-01', true, 'Wed, 国庆 2014 in fact — fallback'],
    ['2014-10-04', false, 'Sat'],
    ['2023-12-29', true, 'Fri, uncovered'],
    ['2023-12-30', false, 'Sat, also listed off by the 2024 notice'],
    ['2024-01-01', false, 'Mon, 元旦, covered'],
    ['2008-12-31', true, 'Wed, uncovered'],
    ['2009-01-04', true, 'Sun, worked for 2009 元旦, covered'],
    ['2030-06-30', false, 'Sun'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(fallback.isWorkingDay(date)).toBe(expected);
  });

  it('walks back over a listed break into an uncovered year instead of throwing', () => {
    // Mon 2024-01-01 is off; Sun 12-31 and Sat 12-30 are weekend days; Fri 2023-12-29 works.
    expect(fallback.previousWorkingDayOnOrBefore('2024-01-01')).toBe('2023-12-29');
    expect(codeOf(() => strict.previousWorkingDayOnOrBefore('2024-01-01'))).toBe(CalendarErrorCode.YearNotCovered);
    // Fri 2009-01-02 and Thu 01-01 are off (covered); Wed 2008-12-31 works (fallback).
    expect(fallback.previousWorkingDayOnOrBefore('2009-01-02')).toBe('2008-12-31');
    // Sun 2027-01-03, Sat 01-02: back to Fri 01-01 (fallback).
    expect(fallback.previousWorkingDayOnOrBefore('2027-01-03')).toBe('2027-01-01');
    expect(fallback.previousWorkingDayOnOrBefore('2014-02-02')).toBe('2014-01-31');
  });

  it('adds working days over the year end in either direction of coverage', () => {
    expect(fallback.addWorkingDays('2026-12-24', 1)).toBe('2026-12-25'); // Fri, fallback
    expect(fallback.addWorkingDays('2026-12-24', 2)).toBe('2026-12-28'); // over the weekend
    expect(fallback.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(fallback.addWorkingDays('2008-12-31', 1)).toBe('2009-01-04'); // the worked Sunday
  });

  it('counts working days across the boundary, and stays the inverse of addWorkingDays', () => {
    // (2026-12-24, 2027-01-08]: 12-25 (1), 12-28 … 31 (5), 2027-01-01 (6), 01-04 … 08 (11).
    expect(fallback.workingDaysBetween('2026-12-24', '2027-01-08')).toBe(11);
    // (Fri 2013-12-20, Fri 2014-01-03]: 12-23, 24 (2; covered), 12-25 … 27, 30, 31, 01-01 … 03 (10; fallback).
    expect(fallback.workingDaysBetween('2013-12-20', '2014-01-03')).toBe(10);
    for (const from of ['2013-12-20', '2023-12-22', '2026-12-18', '2008-12-26', '2014-09-26']) {
      for (const n of [1, 5, 15]) expect([from, n, fallback.workingDaysBetween(from, fallback.addWorkingDays(from, n))]).toEqual([from, n, n]);
    }
  });

  it('gives the brief rounds their due dates: the 5th working day of the next month', () => {
    // Covered: 2012 元旦 01-01 … 03 off: 01-04, 05, 06, 09, 10.
    expect(fallback.nthWorkingDayOfMonth(2012, 1, 5)).toBe('2012-01-10');
    // Covered: 2026 元旦 01-01 … 03 off, Sun 01-04 worked: 01-04, 05, 06, 07, 08.
    expect(fallback.nthWorkingDayOfMonth(2026, 1, 5)).toBe('2026-01-08');
    // Fallback, the round of December 2026: Fri 01-01 counts: 01-01, 04, 05, 06, 07.
    expect(fallback.nthWorkingDayOfMonth(2027, 1, 5)).toBe('2027-01-07');
    expect(codeOf(() => strict.nthWorkingDayOfMonth(2027, 1, 5))).toBe(CalendarErrorCode.YearNotCovered);
    // Fallback: February 2014 starts on a Saturday: 02-03 … 07 (春节 2014 in fact ran to 02-06).
    expect(fallback.nthWorkingDayOfMonth(2014, 2, 5)).toBe('2014-02-07');
  });

  it('still rejects what no calendar can answer', () => {
    expect(codeOf(() => fallback.isWorkingDay('2027-02-30'))).toBe(CalendarErrorCode.InvalidDate);
    expect(codeOf(() => fallback.addWorkingDays('2027-01-01', -1))).toBe(CalendarErrorCode.InvalidArgument);
    // Fallback February 2027 has 20 weekdays (02-01 … 26), fewer than 21.
    expect(fallback.nthWorkingDayOfMonth(2027, 2, 20)).toBe('2027-02-26');
    expect(codeOf(() => fallback.nthWorkingDayOfMonth(2027, 2, 21))).toBe(CalendarErrorCode.InvalidArgument);
  });
});
