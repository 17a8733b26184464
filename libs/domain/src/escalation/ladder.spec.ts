import { chinaCalendar } from '../calendar';
import { DEFAULT_ESCALATION_POLICY, nextRepeat, overdueWorkingDays, planLadder } from './ladder';

describe('planLadder', () => {
  it('gives T4 (due 2011-12-31) its reminders, cards and report at the calendar times', () => {
    expect(planLadder('2011-12-31', chinaCalendar, DEFAULT_ESCALATION_POLICY)).toEqual([
      // 30 days before: Thu 2011-12-01.
      { kind: 'reminder', at: '2011-12-01T09:00:00.000+08:00', daysBefore: 30 },
      // 7 days before is Sat 2011-12-24: moved to Fri 2011-12-23.
      { kind: 'reminder', at: '2011-12-23T09:00:00.000+08:00', daysBefore: 7 },
      // 1 day before: Fri 2011-12-30.
      { kind: 'reminder', at: '2011-12-30T09:00:00.000+08:00', daysBefore: 1 },
      { kind: 'yellow', at: '2011-12-31T23:59:59.999+08:00' },
      // 2012 元旦: Jan 1–3 off; working days Jan 4, 5, 6, 9, 10.
      { kind: 'red', at: '2012-01-10T23:59:59.999+08:00' },
      // Then Jan 11, 12, 13, 16, 17, 18, 19, 20, Sat Jan 21 (调休), Sun Jan 29 (调休) after 春节 Jan 22–28.
      { kind: 'leading-group', at: '2012-01-29T23:59:59.999+08:00' },
    ]);
  });

  it('leaves out reminders that fall before the task was assigned', () => {
    // T1: issued 2009-08-26, due 2009-08-31.
    const ladder = planLadder('2009-08-31', chinaCalendar, DEFAULT_ESCALATION_POLICY, '2009-08-26T10:00:00.000+08:00');
    expect(ladder.map((s) => s.kind)).toEqual(['reminder', 'yellow', 'red', 'leading-group']);
    expect(ladder[0]).toEqual({ kind: 'reminder', at: '2009-08-28T09:00:00.000+08:00', daysBefore: 1 });
  });

  it('repeats an unacknowledged level five working days later', () => {
    expect(nextRepeat('2012-01-10T23:59:59.999+08:00', chinaCalendar, DEFAULT_ESCALATION_POLICY)).toBe('2012-01-17T23:59:59.999+08:00');
  });

  it('counts overdue working days', () => {
    expect(overdueWorkingDays('2011-12-31', '2012-01-10T12:00:00.000+08:00', chinaCalendar)).toBe(5);
    expect(overdueWorkingDays('2011-12-31', '2011-12-31T12:00:00.000+08:00', chinaCalendar)).toBe(0);
  });
});
