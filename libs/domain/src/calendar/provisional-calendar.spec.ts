import {
  CHINA_HOLIDAY_YEARS,
  CalendarError,
  CalendarErrorCode,
  HOLIDAY_REGULATIONS,
  WorkingDayCalendar,
  chinaCalendar,
  holidayYearSchema,
  lunarFestivals,
  provisionalHolidayYear,
  validateHolidayYear,
} from './index';
import type { HolidayYear } from './index';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof CalendarError ? e.code : `not a CalendarError: ${String(e)}`;
  }
  return undefined;
}

/** `'MM-DD..MM-DD'` (year implied; a full date where it falls in the previous December) and worked days. */
type Row = [span: string, worked?: string];

function expand(year: number, d: string): string {
  return d.length === 10 ? d : `${year}-${d}`;
}

/**
 * Every notice 2008–2026, period by period, written out again from the notices' texts (not from
 * holidays.data.ts): span and weekend days worked. Where a notice says "与周末连休" the span
 * includes the weekend it joins; where it says "X放假，Y补休" it runs from X to Y.
 */
const NOTICES: [number, string, Row[]][] = [
  [2008, '国办发明电〔2007〕52号', [['2007-12-30..01-01', '2007-12-29'], ['02-06..02-12', '02-02 02-03'], ['04-04..04-06'], ['05-01..05-03', '05-04'], ['06-07..06-09'], ['09-13..09-15'], ['09-29..10-05', '09-27 09-28']]],
  [2009, '国办发明电〔2008〕42号', [['01-01..01-03', '01-04'], ['01-25..01-31', '01-24 02-01'], ['04-04..04-06'], ['05-01..05-03'], ['05-28..05-30', '05-31'], ['10-01..10-08', '09-27 10-10']]],
  [2010, '国办发明电〔2009〕27号', [['01-01..01-03'], ['02-13..02-19', '02-20 02-21'], ['04-03..04-05'], ['05-01..05-03'], ['06-14..06-16', '06-12 06-13'], ['09-22..09-24', '09-19 09-25'], ['10-01..10-07', '09-26 10-09']]],
  [2011, '国办发明电〔2010〕40号', [['01-01..01-03'], ['02-02..02-08', '01-30 02-12'], ['04-03..04-05', '04-02'], ['04-30..05-02'], ['06-04..06-06'], ['09-10..09-12'], ['10-01..10-07', '10-08 10-09']]],
  [2012, '国办发明电〔2011〕45号', [['01-01..01-03', '2011-12-31'], ['01-22..01-28', '01-21 01-29'], ['04-02..04-04', '03-31 04-01'], ['04-29..05-01', '04-28'], ['06-22..06-24'], ['09-30..10-07', '09-29']]],
  [2013, '国办发明电〔2012〕33号', [['01-01..01-03', '01-05 01-06'], ['02-09..02-15', '02-16 02-17'], ['04-04..04-06', '04-07'], ['04-29..05-01', '04-27 04-28'], ['06-10..06-12', '06-08 06-09'], ['09-19..09-21', '09-22'], ['10-01..10-07', '09-29 10-12']]],
  [2014, '国办发明电〔2013〕28号', [['01-01..01-01'], ['01-31..02-06', '01-26 02-08'], ['04-05..04-07'], ['05-01..05-03', '05-04'], ['05-31..06-02'], ['09-06..09-08'], ['10-01..10-07', '09-28 10-11']]],
  [2015, '国办发明电〔2014〕28号', [['01-01..01-03', '01-04'], ['02-18..02-24', '02-15 02-28'], ['04-05..04-06'], ['05-01..05-03'], ['06-20..06-22'], ['09-03..09-05', '09-06'], ['09-27..09-27'], ['10-01..10-07', '10-10']]],
  [2016, '国办发明电〔2015〕18号', [['01-01..01-03'], ['02-07..02-13', '02-06 02-14'], ['04-02..04-04'], ['05-01..05-02'], ['06-09..06-11', '06-12'], ['09-15..09-17', '09-18'], ['10-01..10-07', '10-08 10-09']]],
  [2017, '国办发明电〔2016〕17号', [['01-01..01-02'], ['01-27..02-02', '01-22 02-04'], ['04-02..04-04', '04-01'], ['04-29..05-01'], ['05-28..05-30', '05-27'], ['10-01..10-08', '09-30']]],
  [2018, '国办发明电〔2017〕12号', [['2017-12-30..01-01'], ['02-15..02-21', '02-11 02-24'], ['04-05..04-07', '04-08'], ['04-29..05-01', '04-28'], ['06-16..06-18'], ['09-22..09-24'], ['10-01..10-07', '09-29 09-30']]],
  [2019, '国办发明电〔2018〕15号', [['2018-12-30..01-01', '2018-12-29'], ['02-04..02-10', '02-02 02-03'], ['04-05..04-07'], ['05-01..05-04', '04-28 05-05'], ['06-07..06-09'], ['09-13..09-15'], ['10-01..10-07', '09-29 10-12']]],
  [2020, '国办发明电〔2019〕16号', [['01-01..01-01'], ['01-24..01-30', '01-19'], ['01-31..02-02'], ['04-04..04-06'], ['05-01..05-05', '04-26 05-09'], ['06-25..06-27', '06-28'], ['10-01..10-08', '09-27 10-10']]],
  [2021, '国办发明电〔2020〕27号', [['01-01..01-03'], ['02-11..02-17', '02-07 02-20'], ['04-03..04-05'], ['05-01..05-05', '04-25 05-08'], ['06-12..06-14'], ['09-19..09-21', '09-18'], ['10-01..10-07', '09-26 10-09']]],
  [2022, '国办发明电〔2021〕11号', [['01-01..01-03'], ['01-31..02-06', '01-29 01-30'], ['04-03..04-05', '04-02'], ['04-30..05-04', '04-24 05-07'], ['06-03..06-05'], ['09-10..09-12'], ['10-01..10-07', '10-08 10-09']]],
  [2023, '国办发明电〔2022〕16号', [['2022-12-31..01-02'], ['01-21..01-27', '01-28 01-29'], ['04-05..04-05'], ['04-29..05-03', '04-23 05-06'], ['06-22..06-24', '06-25'], ['09-29..10-06', '10-07 10-08']]],
  [2024, '国办发明电〔2023〕7号', [['2023-12-30..01-01'], ['02-10..02-17', '02-04 02-18'], ['04-04..04-06', '04-07'], ['05-01..05-05', '04-28 05-11'], ['06-08..06-10'], ['09-15..09-17', '09-14'], ['10-01..10-07', '09-29 10-12']]],
  [2025, '国办发明电〔2024〕12号', [['01-01..01-01'], ['01-28..02-04', '01-26 02-08'], ['04-04..04-06'], ['05-01..05-05', '04-27'], ['05-31..06-02'], ['10-01..10-08', '09-28 10-11']]],
  [2026, '国办发明电〔2025〕7号', [['01-01..01-03', '01-04'], ['02-15..02-23', '02-14 02-28'], ['04-04..04-06'], ['05-01..05-05', '05-09'], ['06-19..06-21'], ['09-25..09-27'], ['10-01..10-07', '09-20 10-10']]],
];

describe('the notices 2008–2026', () => {
  it('are every year from 2008 to 2026, and no later year', () => {
    expect(CHINA_HOLIDAY_YEARS.map((y) => y.year)).toEqual(NOTICES.map(([year]) => year));
    expect(chinaCalendar.coveredYears).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
  });

  it.each(NOTICES)('%i: %s, every period and make-up day', (year, notice, rows) => {
    const data = CHINA_HOLIDAY_YEARS.find((y) => y.year === year);
    expect(data?.notice).toBe(notice);
    const expected = rows.map(([span, worked]) => {
      const [first, last] = span.split('..') as [string, string];
      return [expand(year, first), expand(year, last), worked === undefined ? [] : worked.split(' ').map((d) => expand(year, d))];
    });
    expect(data?.periods.map((p) => [p.firstDay, p.lastDay, [...p.workingWeekendDays]])).toEqual(expected);
    expect(validateHolidayYear(data)).toEqual({ ok: true, year: data });
    expect(chinaCalendar.sourceOf(year)).toEqual({ kind: 'notice', notice });
  });

  it.each(NOTICES.map(([year]) => year))('%i: the computed 春节, 清明, 端午 and 中秋 fall inside the notice’s breaks', (year) => {
    const f = lunarFestivals(year);
    for (const [festival, date] of [
      ['春节', f.chunjie],
      ['清明', f.qingming],
      ['端午', f.duanwu],
      ['中秋', f.zhongqiu],
    ] as const) {
      const on = chinaCalendar.holidayOn(date);
      expect([festival, date, on?.kind, on?.period.name.includes(festival)]).toEqual([festival, date, 'off', true]);
    }
  });
});

describe('a provisional year: 2027', () => {
  const y2027 = chinaCalendar.yearArrangement(2027);

  it('says it is provisional and names the regulation', () => {
    expect(chinaCalendar.sourceOf(2027)).toEqual({ kind: 'provisional', regulation: '全国年节及纪念日放假办法（2024年修订，国务院令第795号）' });
    expect(y2027.provisional).toBe(true);
    expect(chinaCalendar.holidayOn('2027-01-01')).toMatchObject({ kind: 'off', provisional: true, period: { name: '元旦' } });
    expect(chinaCalendar.isCovered('2027-01-01')).toBe(false);
  });

  it('has the statutory days of the 2024 revision with their 补假 and no make-up working days', () => {
    expect(y2027.periods.map((p) => [p.name, p.firstDay, p.lastDay, p.days, p.workingWeekendDays.length])).toEqual([
      ['元旦', '2027-01-01', '2027-01-01', 1, 0], // Friday
      // 除夕 Fri 02-05, 初一 Sat 02-06, 初二 Sun 02-07, 初三 Mon 02-08; 补假 for the weekend: Tue 02-09, Wed 02-10.
      ['春节', '2027-02-05', '2027-02-10', 6, 0],
      ['清明节', '2027-04-05', '2027-04-05', 1, 0], // Monday
      // 1–2 May are Saturday and Sunday: 补假 Mon 05-03, Tue 05-04.
      ['劳动节', '2027-05-01', '2027-05-04', 4, 0],
      ['端午节', '2027-06-09', '2027-06-09', 1, 0], // Wednesday
      ['中秋节', '2027-09-15', '2027-09-15', 1, 0], // Wednesday
      // 1–3 October: Fri, Sat, Sun: 补假 Mon 10-04, Tue 10-05.
      ['国庆节', '2027-10-01', '2027-10-05', 5, 0],
    ]);
  });

  it('answers day by day from it', () => {
    expect(['2027-01-01', '2027-02-05', '2027-02-10', '2027-04-05', '2027-05-04', '2027-06-09', '2027-09-15', '2027-10-05'].map((d) => chinaCalendar.isWorkingDay(d))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['2027-01-04', '2027-02-04', '2027-02-11', '2027-10-06', '2027-02-20'].map((d) => chinaCalendar.isWorkingDay(d))).toEqual([true, true, true, true, false]);
  });

  it('the issue’s example: a task due 2026-12-31 no longer counts 元旦 2027 as a working day', () => {
    // 元旦 Fri 2027-01-01 off; Mon 01-04 (1), Tue 01-05 (2), Wed 01-06 (3) … Fri 01-08 (5).
    expect(chinaCalendar.addWorkingDays('2026-12-31', 3)).toBe('2027-01-06');
    expect(chinaCalendar.workingDaysAfterDeadline('2026-12-31', 5).toISO()).toBe('2027-01-08T23:59:59.999+08:00');
    expect(chinaCalendar.provisionalYearsIn('2026-12-31', '2027-01-08')).toEqual([2027]);
  });
});

describe('2014 computed provisionally against its notice', () => {
  const computed = provisionalHolidayYear(2014);
  const noticeOnly = new WorkingDayCalendar(CHINA_HOLIDAY_YEARS.filter((y) => y.year !== 2014), { uncoveredYears: 'provisional' });
  const withNotice = chinaCalendar;

  it('is computed from the 2013 revision: 春节 from 初一, 3 days', () => {
    expect(computed.regulation).toBe('全国年节及纪念日放假办法（2013年修订，国务院令第644号）');
    expect(computed.periods.map((p) => [p.name, p.firstDay, p.lastDay])).toEqual([
      ['元旦', '2014-01-01', '2014-01-01'],
      ['春节', '2014-01-31', '2014-02-04'], // 初一 Fri, 初二 Sat, 初三 Sun; 补假 Mon 02-03, Tue 02-04
      ['清明节', '2014-04-05', '2014-04-07'], // Saturday; 补假 Mon 04-07
      ['劳动节', '2014-05-01', '2014-05-01'],
      ['端午节', '2014-06-02', '2014-06-02'],
      ['中秋节', '2014-09-08', '2014-09-08'],
      ['国庆节', '2014-10-01', '2014-10-03'],
    ]);
  });

  it('gets every statutory day and 补假 right, and the notice’s 清明 exactly', () => {
    const days = (cal: WorkingDayCalendar): boolean[] => ['2014-01-01', '2014-01-31', '2014-02-03', '2014-04-07', '2014-05-01', '2014-06-02', '2014-09-08', '2014-10-03'].map((d) => cal.isWorkingDay(d));
    expect(days(noticeOnly)).toEqual(days(withNotice));
    expect(days(noticeOnly).every((w) => !w)).toBe(true);
  });

  it('misses what only the notice knows: the 调休 bridges and the weekend days worked', () => {
    const differ: string[] = [];
    for (let d = Date.UTC(2014, 0, 1); d <= Date.UTC(2014, 11, 24); d += 86_400_000) {
      const iso = new Date(d).toISOString().slice(0, 10);
      if (noticeOnly.isWorkingDay(iso) !== withNotice.isWorkingDay(iso)) differ.push(`${iso} ${withNotice.isWorkingDay(iso) ? 'works' : 'off'}`);
    }
    expect(differ).toEqual([
      '2014-01-26 works', // Sunday worked for 春节
      '2014-02-05 off', // 春节 runs to 02-06 by 调休
      '2014-02-06 off',
      '2014-02-08 works',
      '2014-05-02 off', // 劳动节 1–3 May by 调休
      '2014-05-04 works',
      '2014-09-28 works',
      '2014-10-06 off', // 国庆 1–7 October by 调休
      '2014-10-07 off',
      '2014-10-11 works',
    ]);
  });
});

describe('the regulation in force', () => {
  it.each([
    [2008, '国务院令第513号'],
    [2013, '国务院令第513号'],
    [2014, '国务院令第644号'],
    [2024, '国务院令第644号'],
    [2025, '国务院令第795号'],
    [2100, '国务院令第795号'],
  ])('%i → %s', (year, order) => {
    expect(provisionalHolidayYear(year).regulation).toContain(order);
  });

  it('gives 春节 from 除夕 under the 2007 revision (2012: 除夕 Sun 01-22, 初一 Mon, 初二 Tue; 补假 Wed 01-25)', () => {
    expect(provisionalHolidayYear(2012).periods.find((p) => p.name === '春节')).toMatchObject({ firstDay: '2012-01-22', lastDay: '2012-01-25' });
    expect(HOLIDAY_REGULATIONS.map((r) => r.springFestival)).toEqual([
      { from: -1, days: 3 },
      { from: 0, days: 3 },
      { from: -1, days: 4 },
    ]);
  });

  it('joins 中秋 and 国庆 when they meet, giving back a 中秋 that falls on 国庆 (2031: 中秋 Wed 10-01)', () => {
    // 1–3 October Wed–Fri, 中秋 on 10-01 too: one day given back after the break, Mon 10-06 (Sat 10-04, Sun 10-05 between).
    expect(provisionalHolidayYear(2031).periods.filter((p) => p.name.includes('国庆'))).toEqual([
      { name: '中秋节、国庆节', firstDay: '2031-10-01', lastDay: '2031-10-06', days: 6, workingWeekendDays: [] },
    ]);
  });

  it('refuses a year before 2008', () => {
    expect(codeOf(() => provisionalHolidayYear(2007))).toBe(CalendarErrorCode.YearNotCovered);
    expect(codeOf(() => chinaCalendar.isWorkingDay('2007-06-01'))).toBe(CalendarErrorCode.YearNotCovered);
    expect(codeOf(() => chinaCalendar.sourceOf(2007))).toBe(CalendarErrorCode.YearNotCovered);
    // 2007-12-31 is listed by the 2008 notice, but 2007 itself is not modelled.
    expect(codeOf(() => chinaCalendar.addWorkingDays('2007-12-28', 1))).toBe(CalendarErrorCode.YearNotCovered);
  });
});

describe('provisionalYearsIn', () => {
  it.each<[string, string, number[]]>([
    ['2026-01-01', '2026-12-24', []],
    ['2026-12-20', '2026-12-24', []],
    ['2026-12-20', '2026-12-25', [2027]], // 25–31 December depend on the next year's 元旦
    ['2026-12-31', '2027-01-08', [2027]],
    ['2008-01-01', '2026-12-24', []],
    ['2026-06-01', '2029-03-01', [2027, 2028, 2029]],
    ['2028-12-25', '2028-12-31', [2028, 2029]],
    ['2027-01-08', '2026-12-31', []], // empty range
  ])('[%s, %s] → %j', (from, to, expected) => {
    expect(chinaCalendar.provisionalYearsIn(from, to)).toEqual(expected);
  });

  it('becomes [] once the notice is loaded', () => {
    const notice2027: HolidayYear = {
      year: 2027,
      notice: 'test 2027',
      periods: [{ name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03', days: 3, workingWeekendDays: [] }],
    };
    const loaded = chinaCalendar.withNotices([notice2027]);
    expect(loaded.provisionalYearsIn('2026-12-31', '2027-01-08')).toEqual([]);
    expect(chinaCalendar.provisionalYearsIn('2026-12-31', '2027-01-08')).toEqual([2027]); // unchanged
  });
});

describe('withNotices', () => {
  const notice2027: HolidayYear = {
    year: 2027,
    notice: '国办发明电〔2026〕99号',
    periods: [
      // A made-up notice: 元旦 joined with the weekend, Saturday 01-09 worked.
      { name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03', days: 3, workingWeekendDays: ['2027-01-09'] },
    ],
  };

  it('answers from the loaded notice and keeps the mode for the other years', () => {
    const loaded = chinaCalendar.withNotices([notice2027]);
    expect(loaded.sourceOf(2027)).toEqual({ kind: 'notice', notice: '国办发明电〔2026〕99号' });
    expect(loaded.isWorkingDay('2027-01-09')).toBe(true);
    expect(loaded.isWorkingDay('2027-02-08')).toBe(true); // the notice lists no 春节: its word is final
    expect(loaded.sourceOf(2028).kind).toBe('provisional');
    expect(loaded.yearArrangement(2027)).toEqual({ ...notice2027, provisional: false });
  });

  it('replaces a loaded year and leaves the original calendar alone', () => {
    const replacement: HolidayYear = { ...notice2027, year: 2026, notice: 'replacement', periods: [{ name: '元旦', firstDay: '2026-01-01', lastDay: '2026-01-01', days: 1, workingWeekendDays: [] }] };
    const loaded = chinaCalendar.withNotices([replacement]);
    expect(loaded.isWorkingDay('2026-02-16')).toBe(true); // the replacement has no 春节
    expect(chinaCalendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(loaded.coveredYears).toEqual(chinaCalendar.coveredYears);
  });

  it('refuses a notice that clashes with the others', () => {
    const clash: HolidayYear = { ...notice2027, year: 2026, periods: [{ name: 'x', firstDay: '2026-01-01', lastDay: '2026-01-01', days: 2, workingWeekendDays: [] }] };
    expect(codeOf(() => chinaCalendar.withNotices([clash]))).toBe(CalendarErrorCode.InvalidData);
  });

  it('is refused by sourceOf and yearArrangement on calendars that do not compute provisional years', () => {
    const strict = new WorkingDayCalendar(CHINA_HOLIDAY_YEARS);
    expect(codeOf(() => strict.sourceOf(2027))).toBe(CalendarErrorCode.YearNotCovered);
    expect(codeOf(() => strict.yearArrangement(2027))).toBe(CalendarErrorCode.YearNotCovered);
    expect(strict.withNotices([notice2027]).sourceOf(2027).kind).toBe('notice');
  });
});

describe('validateHolidayYear', () => {
  const good: HolidayYear = {
    year: 2027,
    notice: '国办发明电〔2026〕1号',
    periods: [
      { name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03', days: 3, workingWeekendDays: [] },
      { name: '春节', firstDay: '2027-02-05', lastDay: '2027-02-12', days: 8, workingWeekendDays: ['2027-01-31', '2027-02-20'] },
    ],
  };

  it('accepts a well-formed notice, also through the zod schema', () => {
    expect(validateHolidayYear(good)).toEqual({ ok: true, year: good });
    expect(holidayYearSchema().safeParse(good).success).toBe(true);
  });

  it('lists every problem at once, each at its JSON path', () => {
    const bad = {
      year: 2027,
      notice: ' ',
      periods: [
        { name: '元旦', firstDay: '2027-01-03', lastDay: '2027-01-01', days: 3, workingWeekendDays: [] },
        { name: '春节', firstDay: '2027-02-05', lastDay: '2027-02-12', days: 7, workingWeekendDays: ['2027-02-01', '2027-02-06', '2027-01-31', '2027-01-31'] },
        { name: '春节重复', firstDay: '2027-02-10', lastDay: '2027-02-11', days: 2, workingWeekendDays: ['2025-01-04', '2027-02-30'] },
      ],
    };
    const result = validateHolidayYear(bad);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'notice', rule: expect.stringContaining('document number') },
        { path: 'periods.0.lastDay', rule: 'must not be before firstDay' },
        { path: 'periods.1.days', rule: 'must equal the number of days from firstDay to lastDay, 8' },
        { path: 'periods.1.workingWeekendDays.0', rule: expect.stringContaining('Saturday or Sunday') }, // a Monday
        { path: 'periods.1.workingWeekendDays.1', rule: expect.stringContaining('inside a period') },
        { path: 'periods.1.workingWeekendDays.3', rule: 'must be listed once; already at periods.1.workingWeekendDays.2' },
        { path: 'periods.2', rule: expect.stringContaining('must not overlap periods.1') },
        { path: 'periods.2.workingWeekendDays.0', rule: 'must lie in 2027 or in 25–31 December 2026' },
        { path: 'periods.2.workingWeekendDays.1', rule: 'must be a calendar date written YYYY-MM-DD' },
      ]),
    );
    expect(problems).toHaveLength(9);
    expect(holidayYearSchema().safeParse(bad).success).toBe(false);
  });

  it.each<[string, unknown, string]>([
    ['a year before 2008', { ...good, year: 2007 }, 'year'],
    ['a year after 2100', { ...good, year: 2101 }, 'year'],
    ['a fractional year', { ...good, year: 2027.5 }, 'year'],
    ['no periods', { ...good, periods: [] }, 'periods'],
    ['a missing notice', { year: 2027, periods: good.periods }, 'notice'],
    ['a date in the previous November', { ...good, periods: [{ ...good.periods[0], firstDay: '2026-11-30', days: 35 }] }, 'periods.0.firstDay'],
  ])('rejects %s at %s', (_what, input, path) => {
    const result = validateHolidayYear(input);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain(path);
  });

  it('accepts 25–31 December of the year before, as the 2012 and 2019 notices need', () => {
    const december = { ...good, periods: [{ name: '元旦', firstDay: '2026-12-31', lastDay: '2027-01-02', days: 3, workingWeekendDays: ['2026-12-26'] }] };
    expect(validateHolidayYear(december).ok).toBe(true);
  });

  it('does not throw on input of the wrong shape', () => {
    for (const input of [null, 'x', 42, [], { periods: 'x' }, { periods: [null, 1] }]) expect(validateHolidayYear(input).ok).toBe(false);
  });
});
