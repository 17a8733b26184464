/**
 * China's public-holiday arrangements, one entry per State Council General Office notice
 * (国务院办公厅关于XXXX年部分节假日安排的通知). Each notice gives, per festival, one continuous
 * span of days off and the weekend days worked in exchange (调休上班); that is all a working-day
 * calendar needs. The statute alone cannot answer "is this Sunday a working day", only the year's
 * notice can, so a year is covered only once its notice is entered here.
 *
 * Entering a year: copy the spans and the 上班 days from the notice as printed, including any that
 * fall in the previous December (the 2012 notice works Saturday 2011-12-31). `days` is the notice's
 * 共N天 and is checked against the span when the calendar is built. Where a notice says
 * 与周末连休 ("joined with the weekend") instead of giving a span, the span here is the whole
 * break including those weekend days, and the comment says so.
 *
 * Cross-checks (every date below was compared with at least one of these):
 * - NateScarlet/holiday-cn (`{year}.json`, `holiday-cn.ics`), data scraped from gov.cn notices.
 * - LKI/chinese-calendar (`chinese_calendar/scripts/data.py`), which quotes each notice's text.
 * - Full notice texts reprinted on news and government sites (people.com.cn, gmw.cn, xinhua
 *   reprints, zh.wikisource.org), found through the reference search; named per year below.
 */

/** A calendar day as `YYYY-MM-DD`, with no time and no zone. */
export type IsoDate = string;

/** One festival's break as a notice prints it. */
export interface HolidayPeriod {
  /** Name as printed in the notice, e.g. `春节` or `国庆节、中秋节`. */
  readonly name: string;
  /** First day off, inclusive. */
  readonly firstDay: IsoDate;
  /** Last day off, inclusive. */
  readonly lastDay: IsoDate;
  /** Length of the span in calendar days (the notice's 共N天). Checked against the span. */
  readonly days: number;
  /** Saturdays and Sundays worked for this break (调休上班). Each must be a weekend day. */
  readonly workingWeekendDays: readonly IsoDate[];
}

/** The arrangement of one year, from its notice. */
export interface HolidayYear {
  /** The year the notice arranges (a span or working day may fall in the previous December). */
  readonly year: number;
  /** Document number of the notice, e.g. `国办发明电〔2024〕12号`. */
  readonly notice: string;
  readonly periods: readonly HolidayPeriod[];
}

/**
 * Years entered: 2009–2013 and 2024–2026. 2013 is carried so that the last days of December 2012
 * are known (see `WorkingDayCalendar`). 2027 is not: no notice for 2027 could be found in the
 * sources above when this was written, so 2027 (and late December 2026, which its 元旦
 * arrangement could change) raise `CALENDAR.YEAR_NOT_COVERED` until it is added.
 */
export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = [
  // 国办发明电〔2008〕42号, not 47号: the number is from the full text as reprinted by 中新网
  // (2008-12-10, at xixik.com). Dates: holiday-cn 2009.json; the notice's detailed text
  // (which weekend days move where) reprinted at space.foodmate.net.
  {
    year: 2009,
    notice: '国办发明电〔2008〕42号',
    periods: [
      { name: '元旦', firstDay: '2009-01-01', lastDay: '2009-01-03', days: 3, workingWeekendDays: ['2009-01-04'] },
      { name: '春节', firstDay: '2009-01-25', lastDay: '2009-01-31', days: 7, workingWeekendDays: ['2009-01-24', '2009-02-01'] },
      { name: '清明节', firstDay: '2009-04-04', lastDay: '2009-04-06', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2009-05-01', lastDay: '2009-05-03', days: 3, workingWeekendDays: [] },
      { name: '端午节', firstDay: '2009-05-28', lastDay: '2009-05-30', days: 3, workingWeekendDays: ['2009-05-31'] },
      { name: '国庆节、中秋节', firstDay: '2009-10-01', lastDay: '2009-10-08', days: 8, workingWeekendDays: ['2009-09-27', '2009-10-10'] },
    ],
  },
  // 国办发明电〔2009〕27号, dated 2009-12-07. Dates: holiday-cn 2010.json; notice text reprinted
  // from gov.cn (2009-12-08) on several sites, and in 杭州日报.
  {
    year: 2010,
    notice: '国办发明电〔2009〕27号',
    periods: [
      { name: '元旦', firstDay: '2010-01-01', lastDay: '2010-01-03', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2010-02-13', lastDay: '2010-02-19', days: 7, workingWeekendDays: ['2010-02-20', '2010-02-21'] },
      { name: '清明节', firstDay: '2010-04-03', lastDay: '2010-04-05', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2010-05-01', lastDay: '2010-05-03', days: 3, workingWeekendDays: [] },
      { name: '端午节', firstDay: '2010-06-14', lastDay: '2010-06-16', days: 3, workingWeekendDays: ['2010-06-12', '2010-06-13'] },
      { name: '中秋节', firstDay: '2010-09-22', lastDay: '2010-09-24', days: 3, workingWeekendDays: ['2010-09-19', '2010-09-25'] },
      { name: '国庆节', firstDay: '2010-10-01', lastDay: '2010-10-07', days: 7, workingWeekendDays: ['2010-09-26', '2010-10-09'] },
    ],
  },
  // 国办发明电〔2010〕40号, dated 2010-12-09. Dates: holiday-cn 2011.json; notice text on
  // zh.wikisource.org and in 茂名日报 (Xinhua, 2010-12-10).
  {
    year: 2011,
    notice: '国办发明电〔2010〕40号',
    periods: [
      { name: '元旦', firstDay: '2011-01-01', lastDay: '2011-01-03', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2011-02-02', lastDay: '2011-02-08', days: 7, workingWeekendDays: ['2011-01-30', '2011-02-12'] },
      { name: '清明节', firstDay: '2011-04-03', lastDay: '2011-04-05', days: 3, workingWeekendDays: ['2011-04-02'] },
      { name: '劳动节', firstDay: '2011-04-30', lastDay: '2011-05-02', days: 3, workingWeekendDays: [] },
      { name: '端午节', firstDay: '2011-06-04', lastDay: '2011-06-06', days: 3, workingWeekendDays: [] },
      { name: '中秋节', firstDay: '2011-09-10', lastDay: '2011-09-12', days: 3, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2011-10-01', lastDay: '2011-10-07', days: 7, workingWeekendDays: ['2011-10-08', '2011-10-09'] },
    ],
  },
  // 国办发明电〔2011〕45号, dated 2011-12-05. Its 元旦 arrangement works Saturday 2011-12-31.
  // Dates: holiday-cn 2012.json; LKI/chinese-calendar (quotes the notice); text reprinted from gov.cn.
  {
    year: 2012,
    notice: '国办发明电〔2011〕45号',
    periods: [
      { name: '元旦', firstDay: '2012-01-01', lastDay: '2012-01-03', days: 3, workingWeekendDays: ['2011-12-31'] },
      { name: '春节', firstDay: '2012-01-22', lastDay: '2012-01-28', days: 7, workingWeekendDays: ['2012-01-21', '2012-01-29'] },
      { name: '清明节', firstDay: '2012-04-02', lastDay: '2012-04-04', days: 3, workingWeekendDays: ['2012-03-31', '2012-04-01'] },
      { name: '劳动节', firstDay: '2012-04-29', lastDay: '2012-05-01', days: 3, workingWeekendDays: ['2012-04-28'] },
      { name: '端午节', firstDay: '2012-06-22', lastDay: '2012-06-24', days: 3, workingWeekendDays: [] },
      { name: '中秋节、国庆节', firstDay: '2012-09-30', lastDay: '2012-10-07', days: 8, workingWeekendDays: ['2012-09-29'] },
    ],
  },
  // 国办发明电〔2012〕33号, dated 2012-12-08. Dates: holiday-cn 2013.json; LKI/chinese-calendar;
  // notice text reprinted on several forums (2012-12-10).
  {
    year: 2013,
    notice: '国办发明电〔2012〕33号',
    periods: [
      { name: '元旦', firstDay: '2013-01-01', lastDay: '2013-01-03', days: 3, workingWeekendDays: ['2013-01-05', '2013-01-06'] },
      { name: '春节', firstDay: '2013-02-09', lastDay: '2013-02-15', days: 7, workingWeekendDays: ['2013-02-16', '2013-02-17'] },
      { name: '清明节', firstDay: '2013-04-04', lastDay: '2013-04-06', days: 3, workingWeekendDays: ['2013-04-07'] },
      { name: '劳动节', firstDay: '2013-04-29', lastDay: '2013-05-01', days: 3, workingWeekendDays: ['2013-04-27', '2013-04-28'] },
      { name: '端午节', firstDay: '2013-06-10', lastDay: '2013-06-12', days: 3, workingWeekendDays: ['2013-06-08', '2013-06-09'] },
      { name: '中秋节', firstDay: '2013-09-19', lastDay: '2013-09-21', days: 3, workingWeekendDays: ['2013-09-22'] },
      { name: '国庆节', firstDay: '2013-10-01', lastDay: '2013-10-07', days: 7, workingWeekendDays: ['2013-09-29', '2013-10-12'] },
    ],
  },
  // 国办发明电〔2023〕7号, dated 2023-10-25. Dates: holiday-cn 2024.ics; notice text on
  // zh.wikisource.org and in 人民日报 2023-10-26 p.6. The notice only *encourages* employers to
  // give 除夕 (Friday 2024-02-09) off, so it stays a working day here.
  {
    year: 2024,
    notice: '国办发明电〔2023〕7号',
    periods: [
      // "1月1日放假，与周末连休": the break is Sat 2023-12-30 to Mon 2024-01-01.
      { name: '元旦', firstDay: '2023-12-30', lastDay: '2024-01-01', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2024-02-10', lastDay: '2024-02-17', days: 8, workingWeekendDays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', firstDay: '2024-04-04', lastDay: '2024-04-06', days: 3, workingWeekendDays: ['2024-04-07'] },
      { name: '劳动节', firstDay: '2024-05-01', lastDay: '2024-05-05', days: 5, workingWeekendDays: ['2024-04-28', '2024-05-11'] },
      // "6月10日放假，与周末连休": the break is Sat 06-08 to Mon 06-10.
      { name: '端午节', firstDay: '2024-06-08', lastDay: '2024-06-10', days: 3, workingWeekendDays: [] },
      { name: '中秋节', firstDay: '2024-09-15', lastDay: '2024-09-17', days: 3, workingWeekendDays: ['2024-09-14'] },
      { name: '国庆节', firstDay: '2024-10-01', lastDay: '2024-10-07', days: 7, workingWeekendDays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  // 国办发明电〔2024〕12号, dated 2024-11-12, the first under the 2024 revision of the statute
  // (春节 from 除夕, 劳动节 two days). Dates: holiday-cn 2025.ics; notice text on gmw.cn (Xinhua).
  {
    year: 2025,
    notice: '国办发明电〔2024〕12号',
    periods: [
      { name: '元旦', firstDay: '2025-01-01', lastDay: '2025-01-01', days: 1, workingWeekendDays: [] },
      { name: '春节', firstDay: '2025-01-28', lastDay: '2025-02-04', days: 8, workingWeekendDays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', firstDay: '2025-04-04', lastDay: '2025-04-06', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2025-05-01', lastDay: '2025-05-05', days: 5, workingWeekendDays: ['2025-04-27'] },
      { name: '端午节', firstDay: '2025-05-31', lastDay: '2025-06-02', days: 3, workingWeekendDays: [] },
      { name: '国庆节、中秋节', firstDay: '2025-10-01', lastDay: '2025-10-08', days: 8, workingWeekendDays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  // 国办发明电〔2025〕7号, dated 2025-11-04. Dates: notice text on politics.gmw.cn (Xinhua,
  // 2025-11-04) and 中山日报 2025-11-05 A01; the same dates and document number in several public
  // repositories' 2026 tables. (holiday-cn's stored 2026 file was still empty.)
  {
    year: 2026,
    notice: '国办发明电〔2025〕7号',
    periods: [
      { name: '元旦', firstDay: '2026-01-01', lastDay: '2026-01-03', days: 3, workingWeekendDays: ['2026-01-04'] },
      { name: '春节', firstDay: '2026-02-15', lastDay: '2026-02-23', days: 9, workingWeekendDays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', firstDay: '2026-04-04', lastDay: '2026-04-06', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2026-05-01', lastDay: '2026-05-05', days: 5, workingWeekendDays: ['2026-05-09'] },
      { name: '端午节', firstDay: '2026-06-19', lastDay: '2026-06-21', days: 3, workingWeekendDays: [] },
      { name: '中秋节', firstDay: '2026-09-25', lastDay: '2026-09-27', days: 3, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2026-10-01', lastDay: '2026-10-07', days: 7, workingWeekendDays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
