import { CalendarError, CalendarErrorCode } from './calendar-error';
import type { HolidayPeriod, HolidayYear } from './holidays.data';
import { dayNumberOf, isoOfDayNumber, lunarFestivals, dayNumberOfIso } from './lunar';

/**
 * The national holiday regulation, 全国年节及纪念日放假办法, in the revisions this project models.
 * Its Article 2 lists the holidays of all citizens and their length; Article 6 gives back on a
 * working day a holiday of all citizens that falls on a Saturday or Sunday (补假). A year's State
 * Council notice then arranges the actual breaks (调休); without a notice, the regulation is all
 * that is known, and that is what a *provisional* year is computed from.
 */
export interface HolidayRegulation {
  /** Citation, e.g. `全国年节及纪念日放假办法（2024年修订，国务院令第795号）`. */
  readonly citation: string;
  /** First Gregorian year the revision governs (its arrangements are made per calendar year). */
  readonly firstYear: number;
  /** Last year it governs, inclusive; `undefined` while in force. */
  readonly lastYear: number | undefined;
  /** 春节's statutory days: from 除夕 (`-1`) or from 初一 (`0`), and how many. */
  readonly springFestival: { readonly from: -1 | 0; readonly days: number };
  /** 劳动节's statutory days from 1 May. */
  readonly labourDayDays: number;
}

/**
 * The revisions, oldest first. Article 2 in each: 元旦 1 day (1 January); 春节 as below; 清明 1;
 * 劳动节 as below; 端午 1 (lunar 5/5); 中秋 1 (lunar 8/15); 国庆 3 (1–3 October).
 * - 2007 (国务院令第513号, in force 2008-01-01): 春节 3 days, 除夕 to 初二; 劳动节 1 day.
 * - 2013 (国务院令第644号, in force 2014-01-01): 春节 3 days, 初一 to 初三; 劳动节 1 day.
 * - 2024 (国务院令第795号, in force 2025-01-01): 春节 4 days, 除夕 to 初三; 劳动节 2 days (1–2 May).
 * Years before 2008 are not modelled (the 1999 text had no 清明, 端午 or 中秋 and a 3-day 劳动节).
 */
export const HOLIDAY_REGULATIONS: readonly HolidayRegulation[] = [
  {
    citation: '全国年节及纪念日放假办法（2007年修订，国务院令第513号）',
    firstYear: 2008,
    lastYear: 2013,
    springFestival: { from: -1, days: 3 },
    labourDayDays: 1,
  },
  {
    citation: '全国年节及纪念日放假办法（2013年修订，国务院令第644号）',
    firstYear: 2014,
    lastYear: 2024,
    springFestival: { from: 0, days: 3 },
    labourDayDays: 1,
  },
  {
    citation: '全国年节及纪念日放假办法（2024年修订，国务院令第795号）',
    firstYear: 2025,
    lastYear: undefined,
    springFestival: { from: -1, days: 4 },
    labourDayDays: 2,
  },
];

/** First and last year a provisional arrangement is computed for (the lunar computation is checked for 1950–2100). */
export const PROVISIONAL_FIRST_YEAR = 2008;
export const PROVISIONAL_LAST_YEAR = 2100;

/**
 * The revision of the regulation that governs `year`.
 *
 * @throws CalendarError `CALENDAR.YEAR_NOT_COVERED` for a year before 2008 or after 2100.
 */
export function regulationInForce(year: number): HolidayRegulation {
  if (!Number.isInteger(year) || year < PROVISIONAL_FIRST_YEAR || year > PROVISIONAL_LAST_YEAR) {
    throw new CalendarError(
      CalendarErrorCode.YearNotCovered,
      `${year}: no holiday regulation is modelled for this year (provisional years are computed for ${PROVISIONAL_FIRST_YEAR}–${PROVISIONAL_LAST_YEAR}); load 国务院办公厅关于${year}年部分节假日安排的通知`,
    );
  }
  const found = HOLIDAY_REGULATIONS.find((r) => r.firstYear <= year && (r.lastYear === undefined || year <= r.lastYear));
  // The revisions above cover 2008 onwards without a gap, so this only fails if that table is edited wrongly.
  if (found === undefined) throw new Error(`no regulation revision covers ${year}`);
  return found;
}

/** A year computed from the regulation rather than taken from a notice. */
export interface ProvisionalHolidayYear extends HolidayYear {
  readonly provisional: true;
  /** The revision it was computed from; `notice` carries the same citation, as no notice exists. */
  readonly regulation: string;
}

/** A festival's statutory days (the days Article 2 gives), before 补假. */
interface Festival {
  readonly name: string;
  readonly days: readonly number[];
}

function isWeekendDay(dayNumber: number): boolean {
  // A Julian Day Number modulo 7 is 0 on Monday.
  const weekday = dayNumber % 7;
  return weekday === 5 || weekday === 6;
}

function consecutive(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * The statutory holidays of `year` as the regulation in force gives them, with 补假 under
 * Article 6 and no make-up working days (调休上班), which only a notice can set.
 *
 * How 补假 is read here (ours: the regulation says only "应当在工作日补假"):
 * - Every statutory day that falls on a Saturday or Sunday, or on a day that is already a statutory
 *   day of another festival (中秋 on 1–3 October, as in 2001, 2020 and 2031), is given back once.
 * - It is given back on the first weekday after the festival's last statutory day that is not
 *   already a statutory day or an earlier 补假; several in turn take consecutive such weekdays.
 * - Festivals are served in date order; the days off of each form one span, and spans that
 *   overlap are joined under both names (e.g. `中秋节、国庆节`), as the notices do.
 *
 * @throws CalendarError `CALENDAR.YEAR_NOT_COVERED` outside 2008–2100.
 */
export function provisionalHolidayYear(year: number): ProvisionalHolidayYear {
  const regulation = regulationInForce(year);
  const lunar = lunarFestivals(year);
  const chunjie = dayNumberOfIso(lunar.chunjie);
  const on = (month: number, day: number): number => dayNumberOf({ year, month, day });

  const festivals: Festival[] = [
    { name: '元旦', days: [on(1, 1)] },
    { name: '春节', days: consecutive(chunjie + regulation.springFestival.from, regulation.springFestival.days) },
    { name: '清明节', days: [dayNumberOfIso(lunar.qingming)] },
    { name: '劳动节', days: consecutive(on(5, 1), regulation.labourDayDays) },
    { name: '端午节', days: [dayNumberOfIso(lunar.duanwu)] },
    { name: '中秋节', days: [dayNumberOfIso(lunar.zhongqiu)] },
    { name: '国庆节', days: consecutive(on(10, 1), 3) },
  ].sort((a, b) => (a.days[0] as number) - (b.days[0] as number));

  const off = new Set<number>();
  const owed = new Map<Festival, number>();
  for (const festival of festivals) {
    let n = 0;
    for (const day of festival.days) {
      if (off.has(day) || isWeekendDay(day)) n++;
      off.add(day);
    }
    owed.set(festival, n);
  }

  const spans: { names: string[]; first: number; last: number }[] = [];
  for (const festival of festivals) {
    const first = festival.days[0] as number;
    let last = festival.days[festival.days.length - 1] as number;
    for (let n = owed.get(festival) ?? 0, day = last + 1; n > 0; day++) {
      if (isWeekendDay(day) || off.has(day)) continue;
      off.add(day);
      last = day;
      n--;
    }
    spans.push({ names: [festival.name], first, last });
  }

  // Join overlapping spans (a later span may start inside an earlier one's 补假 walk, or vice versa).
  spans.sort((a, b) => a.first - b.first);
  const joined: { names: string[]; first: number; last: number }[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && span.first <= previous.last) {
      previous.names.push(...span.names);
      previous.last = Math.max(previous.last, span.last);
    } else {
      joined.push({ ...span, names: [...span.names] });
    }
  }

  const periods: HolidayPeriod[] = joined.map((s) => ({
    name: s.names.join('、'),
    firstDay: isoOfDayNumber(s.first),
    lastDay: isoOfDayNumber(s.last),
    days: s.last - s.first + 1,
    workingWeekendDays: [],
  }));
  return { year, notice: regulation.citation, regulation: regulation.citation, provisional: true, periods };
}
