import { DateTime } from 'luxon';
import { redCardScenario } from './red-card-scenario';

/** Instants in Asia/Shanghai, written without a zone. */
const at = (local: string): number => DateTime.fromISO(local, { zone: 'Asia/Shanghai' }).toMillis();

describe('redCardScenario', () => {
  it('on a Wednesday: due Monday; Tuesday and Wednesday off, then Tuesday worked: red moves from the end of Thursday to the end of Tuesday', () => {
    const s = redCardScenario(at('2026-12-02T12:18:00'));
    expect(s.due).toBe('2026-11-30');
    expect(s.holdNotice).toEqual({ year: 2026, notice: expect.stringContaining('test notice'), periods: [expect.objectContaining({ firstDay: '2026-12-01', lastDay: '2026-12-02', days: 2 })] });
    expect(s.releaseNotice.periods).toEqual([expect.objectContaining({ firstDay: '2026-11-30', lastDay: '2026-11-30', workingWeekendDays: [] })]);
    expect(s.redBefore).toBe('2026-12-03T23:59:59.999+08:00');
    expect(s.redAfter).toBe('2026-12-01T23:59:59.999+08:00');
  });

  it('on a Monday: yesterday was a Sunday, so the correction lists it as worked (调休)', () => {
    const s = redCardScenario(at('2026-12-07T09:00:00'));
    expect(s.due).toBe('2026-12-05');
    expect(s.releaseNotice.periods[0]?.workingWeekendDays).toEqual(['2026-12-06']);
    expect(s.redAfter).toBe('2026-12-06T23:59:59.999+08:00');
  });

  it('on 1 January: the notice of the new year reaches back to the last days of December', () => {
    const s = redCardScenario(at('2027-01-01T08:00:00'));
    expect(s.holdNotice).toMatchObject({ year: 2027, periods: [{ firstDay: '2026-12-31', lastDay: '2027-01-01' }] });
    expect(s.releaseNotice.periods[0]).toMatchObject({ firstDay: '2026-12-30', lastDay: '2026-12-30' });
  });

  // The scenario checks itself with the workflow's own functions (so it cannot promise a card that
  // will not come); this runs that check on each day of the week and at the turn of the year (the
  // notice reaching back into December; 2027 provisional). A loaded notice replaces its year's
  // holidays, so the year's real festivals do not matter. Only the date matters (every card falls at
  // the end of a day); each check builds two calendars (~0.3 s on a busy machine), hence few days.
  it.each([
    ['an ordinary week', '2026-11-16', '2026-11-22'],
    ['the turn of the year', '2026-12-30', '2027-01-03'],
  ])('exists on every day of %s', (_what, first, last) => {
    const failures: string[] = [];
    for (let d = DateTime.fromISO(first, { zone: 'Asia/Shanghai' }); d <= DateTime.fromISO(last, { zone: 'Asia/Shanghai' }); d = d.plus({ days: 1 })) {
      try {
        redCardScenario(d.set({ hour: 23, minute: 59, second: 59 }).toMillis());
      } catch (e) {
        failures.push(e instanceof Error ? e.message : String(e));
      }
    }
    expect(failures).toEqual([]);
  });
});
