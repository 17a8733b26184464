import { DateTime } from 'luxon';
import {
  CHINA_HOLIDAY_YEARS,
  CalendarError,
  CalendarErrorCode,
  WorkingDayCalendar,
  addWorkingDays,
  chinaCalendar,
  endOfDay,
  isWorkingDay,
  nthWorkingDayOfMonth,
  previousWorkingDayOnOrBefore,
  toShanghaiDate,
  workingDaysAfterDeadline,
  workingDaysBetween,
} from './index';
import type { HolidayYear } from './index';

function dates(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromISO(first, { zone: 'utc' }); d <= DateTime.fromISO(last, { zone: 'utc' }); d = d.plus({ days: 1 })) {
    out.push(d.toISODate() as string);
  }
  return out;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof CalendarError ? e.code : `not a CalendarError: ${String(e)}`;
  }
  return undefined;
}

describe('holiday data', () => {
  it('covers 2008–2026, and not 2027', () => {
    expect(chinaCalendar.coveredYears).toEqual(Array.from({ length: 19 }, (_, i) => 2008 + i));
  });

  it('names each notice with a document number of the year before', () => {
    for (const y of CHINA_HOLIDAY_YEARS) expect(y.notice).toMatch(new RegExp(`^国办发明电〔${y.year - 1}〕\\d+号$`));
    expect(CHINA_HOLIDAY_YEARS.find((y) => y.year === 2009)?.notice).toBe('国办发明电〔2008〕42号');
  });

  // Independent check: days off and weekend days worked per notice, as tallied by the
  // hc-holiday CN table documentation, which counts only the days a notice names: where ours is
  // higher, the difference is the weekend days of its 与周末连休 spans (2024: 28 + 4), and for 2008
  // the worked Saturday 2007-12-29, which that table leaves out (5 + 1).
  it.each([
    [2008, 27 + 2, 5 + 1], // 2007-12-30, 31 off and Sat 2007-12-29 worked, which that table leaves out
    [2009, 27, 6],
    [2010, 29, 8],
    [2011, 29, 5],
    [2012, 27, 7],
    [2013, 29, 12],
    [2014, 22 + 5, 5], // 清明 Sun 04-06; 端午 05-31, 06-01; 中秋 09-06, 07
    [2015, 26 + 3, 5], // 清明 (补休) counted alike; 劳动节 05-02, 03; 端午 Sun 06-21
    [2016, 24 + 4, 6], // 元旦 01-02, 03; 清明 04-02, 03
    [2017, 24 + 2, 5], // 劳动节 04-29, 30
    [2018, 23 + 6, 6], // 元旦 2017-12-30, 31; 端午 06-16, 17; 中秋 09-22, 23
    [2019, 24 + 6, 7], // 清明 04-06, 07; 端午 06-08, 09; 中秋 09-14, 15
    [2020, 30, 6],
    [2021, 31, 7],
    [2022, 31, 7],
    [2023, 27, 7],
    [2024, 32, 8],
    [2025, 28, 5],
    [2026, 33, 6],
  ])('%i has %i days off and %i weekend days worked', (year, off, worked) => {
    const y = CHINA_HOLIDAY_YEARS.find((x) => x.year === year);
    expect(y?.periods.reduce((n, p) => n + p.days, 0)).toBe(off);
    expect(y?.periods.reduce((n, p) => n + p.workingWeekendDays.length, 0)).toBe(worked);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2009-10-10', true], // Saturday, worked for 国庆节、中秋节
    ['2009-09-27', true], // Sunday, worked
    ['2009-10-09', true], // Friday between the break and the worked Saturday
    ['2009-10-11', false], // ordinary Sunday
    ['2010-02-20', true], // Saturday, worked for 春节
    ['2010-02-21', true], // Sunday, worked for 春节
    ['2025-01-26', true], // Sunday, worked for 春节
    ['2025-02-08', true], // Saturday, worked for 春节
    ['2025-09-28', true],
    ['2025-10-11', true],
    ['2025-10-09', true],
    ['2011-12-31', true], // Saturday worked under the 2012 notice
    ['2024-02-09', true], // 除夕 2024: the notice only encouraged giving it off
    ['2024-02-18', true], // Sunday, worked
    ['2024-06-08', false], // Saturday of 端午 (与周末连休)
    ['2026-02-14', true],
    ['2026-02-23', false], // Monday, last day of the 9-day 春节
    ['2026-02-28', true],
    ['2026-09-20', true],
    ['2025-03-15', false], // ordinary Saturday
    ['2025-03-17', true], // ordinary Monday
    ['2012-12-31', true], // Monday; known because the 2013 notice is loaded
    ['2026-12-24', true], // Thursday, before the last week of December
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2009-10-01', '2009-10-08'],
    ['2010-02-13', '2010-02-19'],
    ['2025-01-28', '2025-02-04'],
    ['2025-10-01', '2025-10-08'],
    ['2026-02-15', '2026-02-23'],
  ])('every day from %s to %s is off', (first, last) => {
    for (const d of dates(first, last)) expect([d, isWorkingDay(d)]).toEqual([d, false]);
  });

  it('says which break a day belongs to', () => {
    expect(chinaCalendar.holidayOn('2009-10-10')).toMatchObject({ kind: 'work', period: { name: '国庆节、中秋节' } });
    expect(chinaCalendar.holidayOn('2025-01-29')).toMatchObject({ kind: 'off', period: { name: '春节', days: 8 } });
    expect(chinaCalendar.holidayOn('2025-03-17')).toBeUndefined();
  });
});

describe('addWorkingDays', () => {
  it('counts from a Friday before the 2009 National Day week, over the worked weekend days', () => {
    const from = '2009-09-25';
    expect([1, 2, 4, 5, 6, 7].map((n) => addWorkingDays(from, n))).toEqual([
      '2009-09-27', // Sunday, worked
      '2009-09-28',
      '2009-09-30',
      '2009-10-09',
      '2009-10-10', // Saturday, worked
      '2009-10-12',
    ]);
  });

  it('counts from a Friday before the 2025 National Day week', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 5)).toBe('2025-10-10');
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-26', 15)).toBe('2025-10-23');
  });

  it('steps onto the Spring Festival make-up weekend of 2010', () => {
    expect(addWorkingDays('2010-02-12', 1)).toBe('2010-02-20');
    expect(addWorkingDays('2010-02-12', 2)).toBe('2010-02-21');
    expect(addWorkingDays('2010-02-12', 3)).toBe('2010-02-22');
  });

  it('never counts the start date, working or not', () => {
    expect(addWorkingDays('2025-01-26', 1)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
  });

  it('crosses a year boundary where both notices are loaded', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // Sunday, worked
    expect(addWorkingDays('2011-12-30', 1)).toBe('2011-12-31'); // Saturday, worked
  });

  it('returns the date itself for n = 0 and rejects negative or fractional n', () => {
    expect(addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
    expect(codeOf(() => addWorkingDays('2025-10-01', -1))).toBe(CalendarErrorCode.InvalidArgument);
    expect(codeOf(() => addWorkingDays('2025-10-01', 1.5))).toBe(CalendarErrorCode.InvalidArgument);
  });
});

describe('workingDaysAfterDeadline', () => {
  it('is the end of the Nth working day after the deadline date, in Shanghai', () => {
    const at = workingDaysAfterDeadline('2025-09-26', 5);
    expect(at.toISO()).toBe('2025-10-10T23:59:59.999+08:00');
    expect(at.zoneName).toBe('Asia/Shanghai');
    expect(at.toUTC().toISO()).toBe('2025-10-10T15:59:59.999Z');
  });

  it('gives the 5- and 15-working-day escalations after a deadline on the eve of National Day', () => {
    expect(workingDaysAfterDeadline('2009-09-30', 5).toISO()).toBe('2009-10-14T23:59:59.999+08:00');
    expect(workingDaysAfterDeadline('2025-09-30', 15).toISO()).toBe('2025-10-28T23:59:59.999+08:00');
  });
});

describe('endOfDay', () => {
  it('is 23:59:59.999 Asia/Shanghai, for any year', () => {
    expect(endOfDay('2025-01-01').toISO()).toBe('2025-01-01T23:59:59.999+08:00');
    expect(endOfDay('2030-06-30').toISO()).toBe('2030-06-30T23:59:59.999+08:00');
  });
});

describe('toShanghaiDate', () => {
  it('takes the Shanghai calendar day of an instant', () => {
    expect(toShanghaiDate(DateTime.fromISO('2025-01-01T16:30:00Z'))).toBe('2025-01-02');
    expect(toShanghaiDate('2025-01-01T15:59:59.999Z')).toBe('2025-01-01');
    expect(toShanghaiDate('2025-01-01T23:30:00')).toBe('2025-01-01'); // no offset: Shanghai wall time
    expect(codeOf(() => toShanghaiDate('soon'))).toBe(CalendarErrorCode.InvalidDate);
  });
});

describe('previousWorkingDayOnOrBefore', () => {
  it.each([
    ['2025-10-05', '2025-09-30'], // inside the break
    ['2025-09-28', '2025-09-28'], // worked Sunday is itself
    ['2025-02-09', '2025-02-08'], // Sunday after the worked Saturday
    ['2009-10-11', '2009-10-10'],
    ['2026-02-22', '2026-02-14'],
    ['2025-03-16', '2025-03-14'], // ordinary weekend
  ])('%s → %s', (date, expected) => {
    expect(previousWorkingDayOnOrBefore(date)).toBe(expected);
  });
});

describe('nthWorkingDayOfMonth', () => {
  it('skips the National Day week of October 2009', () => {
    expect(nthWorkingDayOfMonth(2009, 10, 1)).toBe('2009-10-09');
    expect(nthWorkingDayOfMonth(2009, 10, 2)).toBe('2009-10-10');
    expect(nthWorkingDayOfMonth(2009, 10, 5)).toBe('2009-10-14');
  });

  it.each([
    [2010, 2, 5, '2010-02-05'], // Spring Festival later in the month
    [2010, 2, 11, '2010-02-20'], // worked Saturday after it
    [2011, 2, 5, '2011-02-12'], // Spring Festival 2–8 Feb, worked Saturday 12 Feb
    [2024, 2, 5, '2024-02-06'], // worked Sunday 4 Feb counts
    [2025, 2, 5, '2025-02-10'], // break ends 4 Feb, worked Saturday 8 Feb
    [2026, 2, 11, '2026-02-14'], // worked Saturday before the break
    [2026, 2, 12, '2026-02-24'],
    [2013, 1, 5, '2013-01-08'], // 元旦 1–3 Jan, worked weekend 5–6 Jan
  ])('%i-%i, n = %i → %s', (year, month, n, expected) => {
    expect(nthWorkingDayOfMonth(year, month, n)).toBe(expected);
  });

  it('rejects an n the month cannot reach, and a bad month', () => {
    expect(nthWorkingDayOfMonth(2025, 10, 18)).toBe('2025-10-31');
    expect(codeOf(() => nthWorkingDayOfMonth(2025, 10, 19))).toBe(CalendarErrorCode.InvalidArgument);
    expect(codeOf(() => nthWorkingDayOfMonth(2025, 13, 1))).toBe(CalendarErrorCode.InvalidArgument);
    expect(codeOf(() => nthWorkingDayOfMonth(2025, 0, 1))).toBe(CalendarErrorCode.InvalidArgument);
    expect(codeOf(() => nthWorkingDayOfMonth(2025, 1, 0))).toBe(CalendarErrorCode.InvalidArgument);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-10')).toBe(2);
    expect(workingDaysBetween('2009-09-25', '2009-10-12')).toBe(7);
    expect(workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
    expect(workingDaysBetween('2025-03-14', '2025-03-17')).toBe(1);
  });

  it('is 0 when to is on or before from', () => {
    expect(workingDaysBetween('2025-03-17', '2025-03-17')).toBe(0);
    expect(workingDaysBetween('2025-03-17', '2025-03-10')).toBe(0);
  });

  it('is the inverse of addWorkingDays', () => {
    for (const from of ['2009-09-25', '2010-02-12', '2012-12-20', '2024-02-08', '2025-01-24', '2026-09-18']) {
      for (const n of [1, 5, 15]) expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
    }
  });
});

describe('coverage', () => {
  // A strict calendar over every notice: what is answered for certain. chinaCalendar answers the
  // rest provisionally (provisional-calendar.spec.ts) but reports the same coverage.
  const strict = new WorkingDayCalendar(CHINA_HOLIDAY_YEARS);

  it.each([
    ['2027-01-04', 'no notice for 2027'],
    ['2026-12-28', 'the 2027 元旦 arrangement may reach back into late December 2026'],
    ['2007-12-31', '2007 is not covered even though the 2008 notice lists this day'],
    ['2007-06-01', 'no notice for 2007'],
  ])('%s throws CALENDAR.YEAR_NOT_COVERED (%s)', (date) => {
    expect(codeOf(() => strict.isWorkingDay(date))).toBe(CalendarErrorCode.YearNotCovered);
    expect(strict.isCovered(date)).toBe(false);
    expect(chinaCalendar.isCovered(date)).toBe(false);
  });

  it.each(['2008-01-02', '2014-03-03', '2023-12-30', '2026-12-24'])('%s is covered', (date) => {
    expect(strict.isCovered(date)).toBe(true);
    expect(chinaCalendar.isCovered(date)).toBe(true);
  });

  it('throws instead of walking into an uncovered year', () => {
    expect(strict.addWorkingDays('2026-12-18', 4)).toBe('2026-12-24');
    expect(codeOf(() => strict.addWorkingDays('2026-12-18', 5))).toBe(CalendarErrorCode.YearNotCovered);
    expect(codeOf(() => strict.previousWorkingDayOnOrBefore('2008-01-01'))).toBe(CalendarErrorCode.YearNotCovered);
    expect(codeOf(() => strict.nthWorkingDayOfMonth(2027, 1, 5))).toBe(CalendarErrorCode.YearNotCovered);
    expect(codeOf(() => strict.workingDaysBetween('2026-12-01', '2027-01-10'))).toBe(CalendarErrorCode.YearNotCovered);
  });

  it('names the missing notice in the message', () => {
    expect(() => strict.isWorkingDay('2027-03-01')).toThrow(/国务院办公厅关于2027年部分节假日安排的通知/);
  });
});

describe('date validation', () => {
  it.each(['2025-02-30', '2025-1-5', '2025-01-05T00:00', '', '2025/01/05'])('rejects %j', (date) => {
    expect(codeOf(() => isWorkingDay(date))).toBe(CalendarErrorCode.InvalidDate);
    expect(codeOf(() => endOfDay(date))).toBe(CalendarErrorCode.InvalidDate);
  });
});

describe('WorkingDayCalendar with supplied data', () => {
  const year2030: HolidayYear = {
    year: 2030,
    notice: 'test',
    periods: [{ name: '测试', firstDay: '2030-01-01', lastDay: '2030-01-02', days: 2, workingWeekendDays: ['2030-01-05'] }],
  };

  it('answers from the data it is given', () => {
    const cal = new WorkingDayCalendar([year2030]);
    expect(cal.coveredYears).toEqual([2030]);
    expect(cal.isWorkingDay('2030-01-01')).toBe(false);
    expect(cal.isWorkingDay('2030-01-05')).toBe(true);
    expect(cal.addWorkingDays('2029-12-31', 1)).toBe('2030-01-03');
    expect(codeOf(() => cal.isWorkingDay('2025-03-17'))).toBe(CalendarErrorCode.YearNotCovered);
  });

  it('covers nothing when empty', () => {
    expect(codeOf(() => new WorkingDayCalendar([]).isWorkingDay('2025-03-17'))).toBe(CalendarErrorCode.YearNotCovered);
  });

  it.each<[string, HolidayYear[]]>([
    ['a span whose length differs from days', [{ ...year2030, periods: [{ ...year2030.periods[0]!, days: 3 }] }]],
    ['a worked day that is not a weekend day', [{ ...year2030, periods: [{ ...year2030.periods[0]!, workingWeekendDays: ['2030-01-07'] }] }]],
    ['a worked day inside the span', [{ ...year2030, periods: [{ ...year2030.periods[0]!, firstDay: '2030-01-01', lastDay: '2030-01-05', days: 5 }] }]],
    ['a date outside the year', [{ ...year2030, periods: [{ ...year2030.periods[0]!, workingWeekendDays: ['2031-01-04'] }] }]],
    ['a year given twice', [year2030, year2030]],
    ['an invalid date', [{ ...year2030, periods: [{ ...year2030.periods[0]!, firstDay: '2030-02-30' }] }]],
  ])('rejects %s', (_what, data) => {
    expect(codeOf(() => new WorkingDayCalendar(data))).toBe(CalendarErrorCode.InvalidData);
  });
});
