/**
 * China's public-holiday arrangements, one entry per State Council General Office notice
 * (国务院办公厅关于XXXX年部分节假日安排的通知). Each notice gives, per festival, one continuous
 * span of days off and the weekend days worked in exchange (调休上班); that is all a working-day
 * calendar needs. The statute alone cannot answer "is this Sunday a working day", only the year's
 * notice can, so a year is covered only once its notice is entered here (or loaded at run time);
 * until then `chinaCalendar` computes it provisionally from the regulation (`statutory-holidays.ts`).
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
 * - For the document numbers and per-year tallies of 2008–2026: the hc-holiday CN table
 *   documentation (a public Rust crate's notes, read against gov.cn), which also lists the three
 *   later documents that changed a year (2015, 2019, 2020).
 */

/** A calendar day as `YYYY-MM-DD`, with no time and no zone. */
export type IsoDate = string;

/**
 * One festival's break as a notice prints it. Spans: where a notice gives "X至Y放假" the span is
 * X..Y; where it says "X放假，Y补休" the span is X..Y as printed (2014 清明, 2015 清明 and 端午,
 * 2016 劳动节, 2017 元旦); where it says "X放假，与周末连休" it is the whole break including the
 * weekend it joins, and the entry's comment says so. Days off are the same either way; only
 * `days` and the span differ. A period may also come from a later document that changed the year
 * (2015, 2019, 2020); its name then carries that document's number.
 */
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
 * Years entered: every year from 2008 (the first under the regulation's 2007 revision, which
 * added 清明, 端午 and 中秋) to 2026. 2027 is not: no notice for 2027 is assumed, so 2027 (and late
 * December 2026, which its 元旦 arrangement could change) is *provisional* in `chinaCalendar`:
 * computed from the regulation (see `statutory-holidays.ts`) until the notice is loaded, at run time
 * (`WorkingDayCalendar.withNotices`) or here.
 *
 * See {@link WEEKEND_FALLBACK_YEARS} for the years the legacy weekend-fallback calendar keeps.
 */
export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = [
  // 国办发明电〔2007〕52号, issued 2007-12 after the regulation's 2007 revision (国务院令第513号).
  // The number is from the hc-holiday CN table (read against gov.cn) and a second public test suite;
  // the notice text as reprinted by 中新网 (2007-12-18, via news.cdc.net.cn and forums) omits it.
  // Dates: that text and holiday-cn 2008.json. Its 元旦 reaches back into 2007: 12-30 and 12-31 off,
  // Saturday 2007-12-29 worked.
  {
    year: 2008,
    notice: '国办发明电〔2007〕52号',
    periods: [
      { name: '元旦', firstDay: '2007-12-30', lastDay: '2008-01-01', days: 3, workingWeekendDays: ['2007-12-29'] },
      { name: '春节', firstDay: '2008-02-06', lastDay: '2008-02-12', days: 7, workingWeekendDays: ['2008-02-02', '2008-02-03'] },
      { name: '清明节', firstDay: '2008-04-04', lastDay: '2008-04-06', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2008-05-01', lastDay: '2008-05-03', days: 3, workingWeekendDays: ['2008-05-04'] },
      { name: '端午节', firstDay: '2008-06-07', lastDay: '2008-06-09', days: 3, workingWeekendDays: [] },
      { name: '中秋节', firstDay: '2008-09-13', lastDay: '2008-09-15', days: 3, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2008-09-29', lastDay: '2008-10-05', days: 7, workingWeekendDays: ['2008-09-27', '2008-09-28'] },
    ],
  },
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
  // 国办发明电〔2013〕28号, dated 2013-12-11, the first under the 2013 revision (国务院令第644号:
  // 春节 from 初一, 除夕 no longer a holiday). Dates: holiday-cn 2014.json; LKI/chinese-calendar
  // (quotes the notice); notice text with its number reprinted from Xinhua (2013-12-11).
  {
    year: 2014,
    notice: '国办发明电〔2013〕28号',
    periods: [
      { name: '元旦', firstDay: '2014-01-01', lastDay: '2014-01-01', days: 1, workingWeekendDays: [] },
      { name: '春节', firstDay: '2014-01-31', lastDay: '2014-02-06', days: 7, workingWeekendDays: ['2014-01-26', '2014-02-08'] },
      // "4月5日放假，4月7日（星期一）补休": Saturday 04-05 to Monday 04-07.
      { name: '清明节', firstDay: '2014-04-05', lastDay: '2014-04-07', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2014-05-01', lastDay: '2014-05-03', days: 3, workingWeekendDays: ['2014-05-04'] },
      // "6月2日放假，与周末连休": Saturday 05-31 to Monday 06-02.
      { name: '端午节', firstDay: '2014-05-31', lastDay: '2014-06-02', days: 3, workingWeekendDays: [] },
      // "9月8日放假，与周末连休": Saturday 09-06 to Monday 09-08.
      { name: '中秋节', firstDay: '2014-09-06', lastDay: '2014-09-08', days: 3, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2014-10-01', lastDay: '2014-10-07', days: 7, workingWeekendDays: ['2014-09-28', '2014-10-11'] },
    ],
  },
  // 国办发明电〔2014〕28号, dated 2014-12-16. Dates: holiday-cn 2015.json; LKI/chinese-calendar;
  // notice text reprinted from gov.cn (2014-12-16). The number: the hc-holiday CN table and the
  // notice's page on newton.com.tw. Also in force that year: 国发明电〔2015〕1号 (国务院, 2015-05-13),
  // the 70th anniversary of the victory, carried as its own period (text reprinted by xuexila.com).
  {
    year: 2015,
    notice: '国办发明电〔2014〕28号',
    periods: [
      { name: '元旦', firstDay: '2015-01-01', lastDay: '2015-01-03', days: 3, workingWeekendDays: ['2015-01-04'] },
      { name: '春节', firstDay: '2015-02-18', lastDay: '2015-02-24', days: 7, workingWeekendDays: ['2015-02-15', '2015-02-28'] },
      // "4月5日放假，4月6日（星期一）补休": Sunday 04-05 and Monday 04-06.
      { name: '清明节', firstDay: '2015-04-05', lastDay: '2015-04-06', days: 2, workingWeekendDays: [] },
      // "5月1日放假，与周末连休": Friday 05-01 to Sunday 05-03.
      { name: '劳动节', firstDay: '2015-05-01', lastDay: '2015-05-03', days: 3, workingWeekendDays: [] },
      // "6月20日放假，6月22日（星期一）补休": Saturday 06-20 to Monday 06-22.
      { name: '端午节', firstDay: '2015-06-20', lastDay: '2015-06-22', days: 3, workingWeekendDays: [] },
      {
        name: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日（国发明电〔2015〕1号）',
        firstDay: '2015-09-03',
        lastDay: '2015-09-05',
        days: 3,
        workingWeekendDays: ['2015-09-06'],
      },
      // "9月27日放假": Sunday 09-27 alone, with no day given back.
      { name: '中秋节', firstDay: '2015-09-27', lastDay: '2015-09-27', days: 1, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2015-10-01', lastDay: '2015-10-07', days: 7, workingWeekendDays: ['2015-10-10'] },
    ],
  },
  // 国办发明电〔2015〕18号, dated 2015-12-10. Dates: holiday-cn 2016.ics; LKI/chinese-calendar;
  // notice text on gov.cn (content_10394) and reprints.
  {
    year: 2016,
    notice: '国办发明电〔2015〕18号',
    periods: [
      // "1月1日放假，与周末连休": Friday 01-01 to Sunday 01-03.
      { name: '元旦', firstDay: '2016-01-01', lastDay: '2016-01-03', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2016-02-07', lastDay: '2016-02-13', days: 7, workingWeekendDays: ['2016-02-06', '2016-02-14'] },
      // "4月4日放假，与周末连休": Saturday 04-02 to Monday 04-04.
      { name: '清明节', firstDay: '2016-04-02', lastDay: '2016-04-04', days: 3, workingWeekendDays: [] },
      // "5月1日放假，5月2日（星期一）补休": Sunday 05-01 and Monday 05-02.
      { name: '劳动节', firstDay: '2016-05-01', lastDay: '2016-05-02', days: 2, workingWeekendDays: [] },
      { name: '端午节', firstDay: '2016-06-09', lastDay: '2016-06-11', days: 3, workingWeekendDays: ['2016-06-12'] },
      { name: '中秋节', firstDay: '2016-09-15', lastDay: '2016-09-17', days: 3, workingWeekendDays: ['2016-09-18'] },
      { name: '国庆节', firstDay: '2016-10-01', lastDay: '2016-10-07', days: 7, workingWeekendDays: ['2016-10-08', '2016-10-09'] },
    ],
  },
  // 国办发明电〔2016〕17号, dated 2016-12-01. Dates: holiday-cn 2017.json; LKI/chinese-calendar;
  // notice text on zh.wikisource.org.
  {
    year: 2017,
    notice: '国办发明电〔2016〕17号',
    periods: [
      // "1月1日放假，1月2日（星期一）补休": Sunday 01-01 and Monday 01-02.
      { name: '元旦', firstDay: '2017-01-01', lastDay: '2017-01-02', days: 2, workingWeekendDays: [] },
      { name: '春节', firstDay: '2017-01-27', lastDay: '2017-02-02', days: 7, workingWeekendDays: ['2017-01-22', '2017-02-04'] },
      { name: '清明节', firstDay: '2017-04-02', lastDay: '2017-04-04', days: 3, workingWeekendDays: ['2017-04-01'] },
      // "5月1日放假，与周末连休": Saturday 04-29 to Monday 05-01.
      { name: '劳动节', firstDay: '2017-04-29', lastDay: '2017-05-01', days: 3, workingWeekendDays: [] },
      { name: '端午节', firstDay: '2017-05-28', lastDay: '2017-05-30', days: 3, workingWeekendDays: ['2017-05-27'] },
      { name: '中秋节、国庆节', firstDay: '2017-10-01', lastDay: '2017-10-08', days: 8, workingWeekendDays: ['2017-09-30'] },
    ],
  },
  // 国办发明电〔2017〕12号, dated 2017-11-30. Dates: holiday-cn 2018.json; LKI/chinese-calendar;
  // notice text on zh.wikisource.org.
  {
    year: 2018,
    notice: '国办发明电〔2017〕12号',
    periods: [
      // "1月1日放假，与周末连休": Saturday 2017-12-30 to Monday 2018-01-01.
      { name: '元旦', firstDay: '2017-12-30', lastDay: '2018-01-01', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2018-02-15', lastDay: '2018-02-21', days: 7, workingWeekendDays: ['2018-02-11', '2018-02-24'] },
      { name: '清明节', firstDay: '2018-04-05', lastDay: '2018-04-07', days: 3, workingWeekendDays: ['2018-04-08'] },
      { name: '劳动节', firstDay: '2018-04-29', lastDay: '2018-05-01', days: 3, workingWeekendDays: ['2018-04-28'] },
      // "6月18日放假，与周末连休": Saturday 06-16 to Monday 06-18.
      { name: '端午节', firstDay: '2018-06-16', lastDay: '2018-06-18', days: 3, workingWeekendDays: [] },
      // "9月24日放假，与周末连休": Saturday 09-22 to Monday 09-24.
      { name: '中秋节', firstDay: '2018-09-22', lastDay: '2018-09-24', days: 3, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2018-10-01', lastDay: '2018-10-07', days: 7, workingWeekendDays: ['2018-09-29', '2018-09-30'] },
    ],
  },
  // 国办发明电〔2018〕15号, dated 2018-12-04. Its 元旦 reaches back into 2018: 12-30 and 12-31 off,
  // Saturday 2018-12-29 worked. Its 劳动节 (5月1日放假) was replaced by 国办发明电〔2019〕3号
  // (2019-03-22): 1–4 May off, Sundays 04-28 and 05-05 worked; the period below is the replacement.
  // Dates: holiday-cn 2019.json (both papers); notice text reprinted by czj.gnzrmzf.gov.cn; the
  // change notice on csglxh.com (首都之窗 copy).
  {
    year: 2019,
    notice: '国办发明电〔2018〕15号',
    periods: [
      { name: '元旦', firstDay: '2018-12-30', lastDay: '2019-01-01', days: 3, workingWeekendDays: ['2018-12-29'] },
      { name: '春节', firstDay: '2019-02-04', lastDay: '2019-02-10', days: 7, workingWeekendDays: ['2019-02-02', '2019-02-03'] },
      // "4月5日放假，与周末连休": Friday 04-05 to Sunday 04-07.
      { name: '清明节', firstDay: '2019-04-05', lastDay: '2019-04-07', days: 3, workingWeekendDays: [] },
      { name: '劳动节（国办发明电〔2019〕3号调整）', firstDay: '2019-05-01', lastDay: '2019-05-04', days: 4, workingWeekendDays: ['2019-04-28', '2019-05-05'] },
      // "6月7日放假，与周末连休": Friday 06-07 to Sunday 06-09.
      { name: '端午节', firstDay: '2019-06-07', lastDay: '2019-06-09', days: 3, workingWeekendDays: [] },
      // "9月13日放假，与周末连休": Friday 09-13 to Sunday 09-15.
      { name: '中秋节', firstDay: '2019-09-13', lastDay: '2019-09-15', days: 3, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2019-10-01', lastDay: '2019-10-07', days: 7, workingWeekendDays: ['2019-09-29', '2019-10-12'] },
    ],
  },
  // 国办发明电〔2019〕16号, dated 2019-11-21. Its 春节 (01-24 to 01-30, Sunday 01-19 and Saturday
  // 02-01 worked) was extended by 国办发明电〔2020〕1号 (2020-01-26) "至2月2日…2月3日起正常上班":
  // carried as the notice's 春节 without the Saturday that was no longer worked, and the extension
  // 01-31 to 02-02 as a period of its own. Dates: holiday-cn 2020.json (both papers); both texts
  // reprinted (gansulong.com, farmer.com.cn from Xinhua 2020-01-27).
  {
    year: 2020,
    notice: '国办发明电〔2019〕16号',
    periods: [
      { name: '元旦', firstDay: '2020-01-01', lastDay: '2020-01-01', days: 1, workingWeekendDays: [] },
      { name: '春节', firstDay: '2020-01-24', lastDay: '2020-01-30', days: 7, workingWeekendDays: ['2020-01-19'] },
      { name: '春节延长（国办发明电〔2020〕1号）', firstDay: '2020-01-31', lastDay: '2020-02-02', days: 3, workingWeekendDays: [] },
      { name: '清明节', firstDay: '2020-04-04', lastDay: '2020-04-06', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2020-05-01', lastDay: '2020-05-05', days: 5, workingWeekendDays: ['2020-04-26', '2020-05-09'] },
      { name: '端午节', firstDay: '2020-06-25', lastDay: '2020-06-27', days: 3, workingWeekendDays: ['2020-06-28'] },
      { name: '国庆节、中秋节', firstDay: '2020-10-01', lastDay: '2020-10-08', days: 8, workingWeekendDays: ['2020-09-27', '2020-10-10'] },
    ],
  },
  // 国办发明电〔2020〕27号, dated 2020-11-25. Dates: holiday-cn 2021.ics; notice text with its number
  // reprinted (0798ci.com, cncaprc.cn from gov.cn; 人民日报).
  {
    year: 2021,
    notice: '国办发明电〔2020〕27号',
    periods: [
      { name: '元旦', firstDay: '2021-01-01', lastDay: '2021-01-03', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2021-02-11', lastDay: '2021-02-17', days: 7, workingWeekendDays: ['2021-02-07', '2021-02-20'] },
      { name: '清明节', firstDay: '2021-04-03', lastDay: '2021-04-05', days: 3, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2021-05-01', lastDay: '2021-05-05', days: 5, workingWeekendDays: ['2021-04-25', '2021-05-08'] },
      { name: '端午节', firstDay: '2021-06-12', lastDay: '2021-06-14', days: 3, workingWeekendDays: [] },
      { name: '中秋节', firstDay: '2021-09-19', lastDay: '2021-09-21', days: 3, workingWeekendDays: ['2021-09-18'] },
      { name: '国庆节', firstDay: '2021-10-01', lastDay: '2021-10-07', days: 7, workingWeekendDays: ['2021-09-26', '2021-10-09'] },
    ],
  },
  // 国办发明电〔2021〕11号, dated 2021-10-25. Dates: holiday-cn 2022.ics; notice text on
  // beijing.gov.cn (首都之窗) and in 人民日报 2021-10-26 p.4.
  {
    year: 2022,
    notice: '国办发明电〔2021〕11号',
    periods: [
      { name: '元旦', firstDay: '2022-01-01', lastDay: '2022-01-03', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2022-01-31', lastDay: '2022-02-06', days: 7, workingWeekendDays: ['2022-01-29', '2022-01-30'] },
      { name: '清明节', firstDay: '2022-04-03', lastDay: '2022-04-05', days: 3, workingWeekendDays: ['2022-04-02'] },
      { name: '劳动节', firstDay: '2022-04-30', lastDay: '2022-05-04', days: 5, workingWeekendDays: ['2022-04-24', '2022-05-07'] },
      { name: '端午节', firstDay: '2022-06-03', lastDay: '2022-06-05', days: 3, workingWeekendDays: [] },
      { name: '中秋节', firstDay: '2022-09-10', lastDay: '2022-09-12', days: 3, workingWeekendDays: [] },
      { name: '国庆节', firstDay: '2022-10-01', lastDay: '2022-10-07', days: 7, workingWeekendDays: ['2022-10-08', '2022-10-09'] },
    ],
  },
  // 国办发明电〔2022〕16号, dated 2022-12-08. Its 元旦 starts Saturday 2022-12-31. Dates: holiday-cn
  // 2023.ics; notice text on zh.wikisource.org (国务院公报 2023 No. 1) and in a script quoting it
  // after LKI/chinese-calendar.
  {
    year: 2023,
    notice: '国办发明电〔2022〕16号',
    periods: [
      { name: '元旦', firstDay: '2022-12-31', lastDay: '2023-01-02', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2023-01-21', lastDay: '2023-01-27', days: 7, workingWeekendDays: ['2023-01-28', '2023-01-29'] },
      { name: '清明节', firstDay: '2023-04-05', lastDay: '2023-04-05', days: 1, workingWeekendDays: [] },
      { name: '劳动节', firstDay: '2023-04-29', lastDay: '2023-05-03', days: 5, workingWeekendDays: ['2023-04-23', '2023-05-06'] },
      { name: '端午节', firstDay: '2023-06-22', lastDay: '2023-06-24', days: 3, workingWeekendDays: ['2023-06-25'] },
      { name: '中秋节、国庆节', firstDay: '2023-09-29', lastDay: '2023-10-06', days: 8, workingWeekendDays: ['2023-10-07', '2023-10-08'] },
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

/**
 * The years `chinaCalendarWithWeekendFallback` is built from: those entered before 2008 and
 * 2014–2023 were added. That calendar must answer exactly as when workflow histories were
 * recorded with it, so it keeps these and treats every other year as Monday–Friday.
 */
export const WEEKEND_FALLBACK_YEARS: readonly number[] = [2009, 2010, 2011, 2012, 2013, 2024, 2025, 2026];
