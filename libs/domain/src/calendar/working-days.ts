import { DateTime } from 'luxon';
import { CalendarError, CalendarErrorCode } from './calendar-error';
import { CHINA_HOLIDAY_YEARS, WEEKEND_FALLBACK_YEARS } from './holidays.data';
import type { HolidayPeriod, HolidayYear, IsoDate } from './holidays.data';
import { provisionalHolidayYear, regulationInForce } from './statutory-holidays';

export { CalendarError, CalendarErrorCode } from './calendar-error';

/** The zone every deadline and escalation instant is expressed in. */
export const SHANGHAI_ZONE = 'Asia/Shanghai';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A notice's 元旦 arrangement can reach back into the previous December: the 2012 notice works
 * Saturday 2011-12-31, and the 2019 one works 2018-12-29 and gives 2018-12-31 off. So far such
 * days have all been in 29–31 December; from the 25th on (a margin of a few days) a date counts
 * as known only once the next year's notice is loaded as well.
 */
const NEXT_NOTICE_REACHES_BACK_TO_DECEMBER_DAY = 25;

/** A day the arrangement sets: a day off within `period`, or a weekend day worked for it. */
export interface ArrangedDay {
  readonly kind: 'off' | 'work';
  readonly period: HolidayPeriod;
  /** True where the period was computed from the regulation (a provisional year), not read from a notice. */
  readonly provisional?: boolean;
}

/**
 * What a calendar does with a year that has no notice loaded:
 * - `'provisional'`: computes the year from the holiday regulation in force (see
 *   `statutory-holidays.ts`): its statutory holidays and 补假, no make-up working days. Years
 *   before 2008 (and after 2100) still throw `CALENDAR.YEAR_NOT_COVERED`.
 * - `'error'`: throws `CALENDAR.YEAR_NOT_COVERED`.
 * - `'weekends-only'`: Monday–Friday work, no holidays at all. Kept only so that workflow
 *   histories recorded with it replay unchanged.
 */
export type UncoveredYears = 'provisional' | 'error' | 'weekends-only';

/** Where a year's arrangement comes from. */
export type YearSource = { readonly kind: 'notice'; readonly notice: string } | { readonly kind: 'provisional'; readonly regulation: string };

/**
 * Parses a calendar day. Calendar days are zone-free, so arithmetic on them runs in UTC, where
 * every day is exactly 24 hours; only {@link endOfDay} turns a day into a Shanghai instant.
 */
function parseDay(date: IsoDate, what = 'date'): DateTime {
  const day = typeof date === 'string' && ISO_DATE.test(date) ? DateTime.fromISO(date, { zone: 'utc' }) : null;
  if (!day?.isValid) {
    throw new CalendarError(CalendarErrorCode.InvalidDate, `${what} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  return day;
}

function isoOf(day: DateTime): IsoDate {
  // toISODate() is only null for invalid DateTimes, which parseDay never returns.
  return day.toISODate() as IsoDate;
}

function isWeekend(day: DateTime): boolean {
  return day.weekday >= 6;
}

function assertCount(n: number, min: number, what: string): void {
  if (!Number.isInteger(n) || n < min) {
    throw new CalendarError(CalendarErrorCode.InvalidArgument, `${what} must be an integer ≥ ${min}, got ${n}`);
  }
}

/**
 * The end of a calendar day in Shanghai: 23:59:59.999 Asia/Shanghai (UTC+08:00) of `date`.
 * Does not depend on holiday data, so it works for any year.
 *
 * @param date calendar day, `YYYY-MM-DD`.
 * @returns a luxon DateTime in zone Asia/Shanghai.
 * @throws CalendarError `CALENDAR.INVALID_DATE` if `date` is not a real `YYYY-MM-DD` date.
 */
export function endOfDay(date: IsoDate): DateTime {
  parseDay(date);
  return DateTime.fromISO(date, { zone: SHANGHAI_ZONE }).endOf('day');
}

/**
 * The Shanghai calendar day an instant falls on, e.g. `2025-01-01T16:30:00Z` → `2025-01-02`.
 *
 * @param instant a luxon DateTime (any zone), or an ISO 8601 date-time string; a string without
 *   an offset is read as Shanghai wall time, never as the host's zone.
 * @returns `YYYY-MM-DD`.
 * @throws CalendarError `CALENDAR.INVALID_DATE` if the instant is invalid.
 */
export function toShanghaiDate(instant: DateTime | string): IsoDate {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant, { zone: SHANGHAI_ZONE }) : instant.setZone(SHANGHAI_ZONE);
  const date = dt.isValid ? dt.toISODate() : null;
  if (date === null) throw new CalendarError(CalendarErrorCode.InvalidDate, `not a valid instant: ${String(instant)}`);
  return date;
}

/**
 * Working days in mainland China: Monday to Friday, except the days off of the State Council's
 * holiday arrangement, plus the weekend days it makes working days (调休上班).
 *
 * Built from {@link HolidayYear} data so tests, plans and notices loaded at run time can supply
 * their own; the default, {@link chinaCalendar}, uses {@link CHINA_HOLIDAY_YEARS} and computes the
 * other years provisionally. Pure and deterministic (no clock, no I/O, no `Intl`), so it is safe in
 * Temporal workflow code.
 *
 * Coverage: a date is *covered* if the notice for its year is loaded, and for 25–31 December also
 * the next year's (whose 元旦 arrangement may change those days; the 25 December margin is ours).
 * Any other date is answered as `options.uncoveredYears` says (see {@link UncoveredYears});
 * {@link provisionalYearsIn} names the years an answer depended on that were not covered, so a
 * caller can flag it.
 *
 * All dates are calendar days written `YYYY-MM-DD`; all instants are luxon DateTimes in
 * Asia/Shanghai.
 */
export class WorkingDayCalendar {
  private readonly entries = new Map<IsoDate, ArrangedDay>();
  private readonly notices = new Map<number, HolidayYear>();
  /** Provisional years computed so far; each is a pure function of its year. */
  private readonly provisionalYears = new Map<number, { year: HolidayYear; entries: Map<IsoDate, ArrangedDay> }>();

  /**
   * @param data one entry per year, each from its notice; checked for consistency.
   * @param options.uncoveredYears what to answer for a year without a notice; `'error'` by default.
   * @throws CalendarError `CALENDAR.INVALID_DATA` if the data contradicts itself.
   */
  constructor(
    data: readonly HolidayYear[],
    private readonly options: { readonly uncoveredYears: UncoveredYears } = { uncoveredYears: 'error' },
  ) {
    for (const year of data) {
      if (!Number.isInteger(year.year)) throw invalidData(`year ${year.year} is not an integer`);
      if (this.notices.has(year.year)) throw invalidData(`year ${year.year} is given twice`);
      this.notices.set(year.year, year);
      for (const period of year.periods) this.addPeriod(year, period, this.entries, false);
    }
  }

  /**
   * A new calendar with `notices` replacing the loaded years they name and adding the others, and
   * the same `uncoveredYears`. This calendar is unchanged. Used for notices loaded at run time.
   *
   * @throws CalendarError `CALENDAR.INVALID_DATA` if the result contradicts itself (e.g. a new
   *   notice's December days clash with the next year's).
   */
  withNotices(notices: readonly HolidayYear[]): WorkingDayCalendar {
    const replaced = new Set(notices.map((n) => n.year));
    const kept = [...this.notices.values()].filter((n) => !replaced.has(n.year));
    return new WorkingDayCalendar([...kept, ...notices].sort((a, b) => a.year - b.year), this.options);
  }

  /**
   * Where `year`'s arrangement comes from: its notice, or (on a provisional calendar) the
   * regulation it is computed from.
   *
   * @throws CalendarError `CALENDAR.YEAR_NOT_COVERED` for a year without a notice on a calendar
   *   that does not compute provisional years, or outside the years they are computed for.
   */
  sourceOf(year: number): YearSource {
    const notice = this.notices.get(year);
    if (notice !== undefined) return { kind: 'notice', notice: notice.notice };
    this.assertProvisionalMode(year);
    return { kind: 'provisional', regulation: regulationInForce(year).citation };
  }

  /**
   * The arrangement of `year`: its notice, or the computed provisional year.
   *
   * @throws CalendarError as {@link sourceOf}.
   */
  yearArrangement(year: number): HolidayYear & { readonly provisional: boolean } {
    const notice = this.notices.get(year);
    if (notice !== undefined) return { ...notice, provisional: false };
    this.assertProvisionalMode(year);
    return { ...this.provisional(year).year, provisional: true };
  }

  /**
   * The years without a loaded notice that an answer about days in the closed range
   * [`fromDate`, `toDate`] depends on, ascending: each year the range touches, and year + 1 when
   * the range reaches 25–31 December of a year (see coverage in the class comment). `[]` when
   * every such year has its notice, or when `toDate` is before `fromDate`. On a provisional
   * calendar these are exactly the provisional years used; on the others, the years guessed
   * (`'weekends-only'`) or refused (`'error'`).
   *
   * @throws CalendarError `CALENDAR.INVALID_DATE` for a malformed date.
   */
  provisionalYearsIn(fromDate: IsoDate, toDate: IsoDate): number[] {
    const from = parseDay(fromDate, 'fromDate');
    const to = parseDay(toDate, 'toDate');
    if (to < from) return [];
    const years = new Set<number>();
    for (let year = from.year; year <= to.year; year++) {
      years.add(year);
      if (to >= DateTime.fromObject({ year, month: 12, day: NEXT_NOTICE_REACHES_BACK_TO_DECEMBER_DAY }, { zone: 'utc' })) years.add(year + 1);
    }
    return [...years].filter((y) => !this.notices.has(y)).sort((a, b) => a - b);
  }

  /** The years whose notice is loaded, ascending. */
  get coveredYears(): readonly number[] {
    return [...this.notices.keys()].sort((a, b) => a - b);
  }

  /**
   * Whether `date` is covered by loaded notices (see the class comment). An uncovered date is
   * still answered on a `'provisional'` or `'weekends-only'` calendar, but not for certain.
   */
  isCovered(date: IsoDate): boolean {
    return this.uncoveredReason(parseDay(date)) === null;
  }

  /**
   * Whether `date` is a working day: Monday–Friday outside the days off, or a weekend day the
   * arrangement makes a working day.
   *
   * @throws CalendarError `CALENDAR.YEAR_NOT_COVERED` / `CALENDAR.INVALID_DATE`.
   */
  isWorkingDay(date: IsoDate): boolean {
    return this.works(parseDay(date));
  }

  /**
   * The holiday break `date` falls in, or the break a worked weekend day pays for, as printed in
   * the notice (or, on a provisional calendar in a year without one, as computed, with
   * `provisional: true`); `undefined` for an ordinary day or a year nothing is known of. Never
   * throws for coverage.
   */
  holidayOn(date: IsoDate): ArrangedDay | undefined {
    const day = parseDay(date);
    const iso = isoOf(day);
    const listed = this.entries.get(iso);
    if (listed !== undefined || this.notices.has(day.year) || this.options.uncoveredYears !== 'provisional') return listed;
    try {
      return this.provisional(day.year).entries.get(iso);
    } catch (e) {
      if (e instanceof CalendarError && e.code === CalendarErrorCode.YearNotCovered) return undefined;
      throw e;
    }
  }

  /**
   * The Nth working day strictly after `date`. `date` itself never counts, working day or not:
   * from Friday 2025-09-26, n = 1 is Sunday 2025-09-28 (a make-up working day).
   *
   * @param date calendar day, `YYYY-MM-DD`.
   * @param n number of working days, an integer ≥ 0; 0 returns `date` unchanged.
   * @throws CalendarError `CALENDAR.YEAR_NOT_COVERED` if any day walked over is one this calendar
   *   does not answer for (see {@link UncoveredYears}).
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    assertCount(n, 0, 'n');
    let day = parseDay(date);
    for (let found = 0; found < n; ) {
      day = day.plus({ days: 1 });
      if (this.works(day)) found++;
    }
    return isoOf(day);
  }

  /**
   * The project's "N working days after a deadline": the end (23:59:59.999 Asia/Shanghai) of the
   * Nth working day strictly after the deadline's calendar day. E.g. a deadline of Friday
   * 2025-09-26 plus 5 working days is 2025-10-10T23:59:59.999+08:00: the worked Sunday 09-28
   * counts, the 国庆 break of 1–8 October does not.
   *
   * @param deadlineDate the deadline's Shanghai calendar day (see {@link toShanghaiDate}).
   * @param n working days, an integer ≥ 0; 0 gives the end of the deadline day itself.
   * @returns a luxon DateTime in Asia/Shanghai.
   */
  workingDaysAfterDeadline(deadlineDate: IsoDate, n: number): DateTime {
    return endOfDay(this.addWorkingDays(deadlineDate, n));
  }

  /**
   * `date` if it is a working day, otherwise the last working day before it. Used to move a
   * reminder that would land on a weekend or holiday to the working day before.
   *
   * @throws CalendarError `CALENDAR.YEAR_NOT_COVERED` if the walk leaves the covered years.
   */
  previousWorkingDayOnOrBefore(date: IsoDate): IsoDate {
    let day = parseDay(date);
    while (!this.works(day)) day = day.minus({ days: 1 });
    return isoOf(day);
  }

  /**
   * The Nth working day of a month, counting the 1st if it works. Briefs are due by the 5th
   * working day of the next month: `nthWorkingDayOfMonth(2009, 10, 5)` is 2009-10-14, because
   * 1–8 October were off and Saturday 10 October was worked.
   *
   * @param year four-digit year.
   * @param month 1 (January) to 12.
   * @param n an integer ≥ 1.
   * @throws CalendarError `CALENDAR.INVALID_ARGUMENT` if the month has fewer than n working
   *   days; `CALENDAR.YEAR_NOT_COVERED` if the days needed are not covered.
   */
  nthWorkingDayOfMonth(year: number, month: number, n: number): IsoDate {
    assertCount(year, 1, 'year');
    assertCount(month, 1, 'month');
    assertCount(n, 1, 'n');
    if (month > 12) throw new CalendarError(CalendarErrorCode.InvalidArgument, `month must be 1 to 12, got ${month}`);
    let day = DateTime.fromObject({ year, month, day: 1 }, { zone: 'utc' });
    let found = 0;
    while (day.month === month) {
      if (this.works(day) && ++found === n) return isoOf(day);
      day = day.plus({ days: 1 });
    }
    throw new CalendarError(CalendarErrorCode.InvalidArgument, `${year}-${String(month).padStart(2, '0')} has only ${found} working days, fewer than ${n}`);
  }

  /**
   * The number of working days in the half-open range (fromDate, toDate]: `fromDate` is not
   * counted, `toDate` is. Counts overdue working days as `workingDaysBetween(deadline, today)`.
   *
   * @returns 0 when `toDate` is on or before `fromDate`.
   * @throws CalendarError `CALENDAR.YEAR_NOT_COVERED` if a day in the range is not covered.
   */
  workingDaysBetween(fromDate: IsoDate, toDate: IsoDate): number {
    let day = parseDay(fromDate, 'fromDate');
    const end = parseDay(toDate, 'toDate');
    let count = 0;
    while (day < end) {
      day = day.plus({ days: 1 });
      if (this.works(day)) count++;
    }
    return count;
  }

  private works(day: DateTime): boolean {
    const iso = isoOf(day);
    const reason = this.uncoveredReason(day);
    if (reason !== null) {
      switch (this.options.uncoveredYears) {
        case 'weekends-only':
          return !isWeekend(day) || this.entries.get(iso)?.kind === 'work';
        case 'provisional': {
          // The day's own year must be answerable (a year before 2008 throws here even where the
          // 2008 notice lists a day of December 2007). A loaded notice's days (e.g. the next
          // year's 元旦 reaching back into December) win over the computed ones; a provisional year
          // never reaches into the previous December, so the two cannot clash.
          const own = this.notices.has(day.year) ? undefined : this.provisional(day.year);
          const entry = this.entries.get(iso) ?? own?.entries.get(iso);
          return entry !== undefined ? entry.kind === 'work' : !isWeekend(day);
        }
        case 'error':
          throw new CalendarError(CalendarErrorCode.YearNotCovered, reason);
      }
    }
    const entry = this.entries.get(iso);
    if (entry !== undefined) return entry.kind === 'work';
    return !isWeekend(day);
  }

  private provisional(year: number): { year: HolidayYear; entries: Map<IsoDate, ArrangedDay> } {
    const cached = this.provisionalYears.get(year);
    if (cached !== undefined) return cached;
    const computed = provisionalHolidayYear(year);
    const entries = new Map<IsoDate, ArrangedDay>();
    for (const period of computed.periods) this.addPeriod(computed, period, entries, true);
    const value = { year: computed, entries };
    this.provisionalYears.set(year, value);
    return value;
  }

  private assertProvisionalMode(year: number): void {
    if (this.options.uncoveredYears !== 'provisional') {
      throw new CalendarError(
        CalendarErrorCode.YearNotCovered,
        `no holiday arrangement loaded for ${year} and this calendar does not compute provisional years; add 国务院办公厅关于${year}年部分节假日安排的通知 to the calendar data`,
      );
    }
  }

  private uncoveredReason(day: DateTime): string | null {
    const year = day.year;
    if (!this.notices.has(year)) {
      return `${isoOf(day)}: no holiday arrangement loaded for ${year}; add 国务院办公厅关于${year}年部分节假日安排的通知 to the calendar data`;
    }
    if (day.month === 12 && day.day >= NEXT_NOTICE_REACHES_BACK_TO_DECEMBER_DAY && !this.notices.has(year + 1)) {
      return `${isoOf(day)}: the ${year + 1} 元旦 arrangement may change this day and no arrangement is loaded for ${year + 1}; add 国务院办公厅关于${year + 1}年部分节假日安排的通知 to the calendar data`;
    }
    return null;
  }

  private addPeriod(year: HolidayYear, period: HolidayPeriod, into: Map<IsoDate, ArrangedDay>, provisional: boolean): void {
    const where = `${year.year} ${period.name}`;
    const first = this.parseOwnDay(year, period.firstDay, where);
    const last = this.parseOwnDay(year, period.lastDay, where);
    const span = last.diff(first, 'days').days + 1;
    if (span !== period.days) throw invalidData(`${where}: ${period.firstDay}..${period.lastDay} is ${span} days, the notice says ${period.days}`);
    const flag = provisional ? { provisional: true } : {};
    for (let day = first; day <= last; day = day.plus({ days: 1 })) this.put(into, isoOf(day), { kind: 'off', period, ...flag }, where);
    for (const date of period.workingWeekendDays) {
      const day = this.parseOwnDay(year, date, where);
      if (!isWeekend(day)) throw invalidData(`${where}: working day ${date} is not a Saturday or Sunday`);
      this.put(into, date, { kind: 'work', period, ...flag }, where);
    }
  }

  /** A date of a year's data must lie in that year or in the previous December's last week. */
  private parseOwnDay(year: HolidayYear, date: IsoDate, where: string): DateTime {
    let day: DateTime;
    try {
      day = parseDay(date, `${where}: date`);
    } catch (e) {
      throw e instanceof CalendarError ? invalidData(e.message) : e;
    }
    const earliest = DateTime.fromObject({ year: year.year - 1, month: 12, day: NEXT_NOTICE_REACHES_BACK_TO_DECEMBER_DAY }, { zone: 'utc' });
    if (day < earliest || day.year > year.year) throw invalidData(`${where}: ${date} is outside the ${year.year} arrangement`);
    return day;
  }

  private put(into: Map<IsoDate, ArrangedDay>, date: IsoDate, entry: ArrangedDay, where: string): void {
    const existing = into.get(date);
    if (existing !== undefined) throw invalidData(`${where}: ${date} is already given by ${existing.period.name}`);
    into.set(date, entry);
  }
}

function invalidData(message: string): CalendarError {
  return new CalendarError(CalendarErrorCode.InvalidData, message);
}

/**
 * The calendar the workflows ran on before provisional years existed: the notices of
 * {@link WEEKEND_FALLBACK_YEARS} only (2009–2013 and 2024–2026), Monday–Friday for every other
 * year. It must answer exactly as it always has, so that workflow histories recorded with it replay
 * unchanged; it does not get the notices entered since.
 *
 * @deprecated replay of histories recorded before the provisional calendar; new code uses chinaCalendar.
 */
export const chinaCalendarWithWeekendFallback = new WorkingDayCalendar(
  CHINA_HOLIDAY_YEARS.filter((y) => WEEKEND_FALLBACK_YEARS.includes(y.year)),
  { uncoveredYears: 'weekends-only' },
);

/**
 * The mainland China calendar: every notice of {@link CHINA_HOLIDAY_YEARS} (2008–2026), and for
 * any other year from 2008 to 2100 the provisional arrangement computed from the holiday
 * regulation. Use {@link WorkingDayCalendar.provisionalYearsIn} to flag answers that depend on a
 * provisional year, and {@link WorkingDayCalendar.withNotices} for notices loaded at run time.
 */
export const chinaCalendar = new WorkingDayCalendar(CHINA_HOLIDAY_YEARS, { uncoveredYears: 'provisional' });

/** {@link WorkingDayCalendar.isWorkingDay} on {@link chinaCalendar}. */
export function isWorkingDay(date: IsoDate): boolean {
  return chinaCalendar.isWorkingDay(date);
}

/** {@link WorkingDayCalendar.addWorkingDays} on {@link chinaCalendar}. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  return chinaCalendar.addWorkingDays(date, n);
}

/** {@link WorkingDayCalendar.workingDaysAfterDeadline} on {@link chinaCalendar}. */
export function workingDaysAfterDeadline(deadlineDate: IsoDate, n: number): DateTime {
  return chinaCalendar.workingDaysAfterDeadline(deadlineDate, n);
}

/** {@link WorkingDayCalendar.previousWorkingDayOnOrBefore} on {@link chinaCalendar}. */
export function previousWorkingDayOnOrBefore(date: IsoDate): IsoDate {
  return chinaCalendar.previousWorkingDayOnOrBefore(date);
}

/** {@link WorkingDayCalendar.nthWorkingDayOfMonth} on {@link chinaCalendar}. */
export function nthWorkingDayOfMonth(year: number, month: number, n: number): IsoDate {
  return chinaCalendar.nthWorkingDayOfMonth(year, month, n);
}

/** {@link WorkingDayCalendar.workingDaysBetween} on {@link chinaCalendar}. */
export function workingDaysBetween(fromDate: IsoDate, toDate: IsoDate): number {
  return chinaCalendar.workingDaysBetween(fromDate, toDate);
}
