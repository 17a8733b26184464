import { ErrorCode, EventType, type Actor, type CalendarWorkflowState } from '@duban/contracts';
import type { HolidayYear } from '@duban/domain';
import { isRejection, type Decided } from '../lib/decision';
import { loadNotice, loadResult, newCalendarState, replanReason } from './calendar.decider';

/** The calendar's decisions without Temporal: loading, versioning, refusing, and loading twice. */
const admin: Actor = { sub: 'root', unit: 'LGO', roles: ['admin'] };
const NOW = '2026-12-01T02:00:00.000Z';
const NOTICE_2027: HolidayYear = {
  year: 2027,
  notice: 'test notice 2027',
  periods: [{ name: '春节', firstDay: '2027-02-06', lastDay: '2027-02-14', days: 9, workingWeekendDays: ['2027-01-31', '2027-02-20'] }],
};

function ok(d: Decided<CalendarWorkflowState>) {
  if (isRejection(d)) throw new Error(`refused: ${d.message}`);
  return d;
}

describe('loading a notice', () => {
  it('makes version 1, keeps the notice and records who loaded it and what it replaced (the provisional year)', () => {
    const d = ok(loadNotice(newCalendarState(), { notice: NOTICE_2027, source: 'api', actor: admin }, NOW));
    expect(d.state.version).toBe(1);
    expect(d.state.notices).toEqual([{ ...NOTICE_2027, version: 1, loadedAt: NOW, source: 'api', loadedBy: admin }]);
    expect(d.events).toEqual([
      {
        type: EventType.CalendarNoticeLoaded,
        data: { year: 2027, notice: 'test notice 2027', periods: NOTICE_2027.periods, version: 1, replaced: { source: 'provisional', version: 0 }, source: 'api', actor: admin },
      },
    ]);
    expect(loadResult(newCalendarState(), d.state, 2027)).toEqual({ year: 2027, version: 1, changed: true });
    expect(replanReason(d.state)).toBe('the 2027 holiday notice test notice 2027 was loaded (calendar version 1, api)');
  });

  it('changes nothing when the notice in force is loaded again', () => {
    const once = ok(loadNotice(newCalendarState(), { notice: NOTICE_2027, source: 'api' }, NOW)).state;
    const again = ok(loadNotice(once, { notice: NOTICE_2027, source: 'file:2027.json' }, NOW));
    expect(again.events).toEqual([]);
    expect(again.state.version).toBe(1);
    expect(loadResult(once, again.state, 2027).changed).toBe(false);
  });

  it('replaces a loaded notice with a new version, naming the one it replaced', () => {
    const once = ok(loadNotice(newCalendarState(), { notice: NOTICE_2027, source: 'api' }, NOW)).state;
    const corrected = { ...NOTICE_2027, notice: 'test notice 2027, corrected' };
    const d = ok(loadNotice(once, { notice: corrected, source: 'api' }, NOW));
    expect(d.state.version).toBe(2);
    expect(d.state.notices).toHaveLength(1);
    expect(d.events[0]?.data).toMatchObject({ version: 2, replaced: { source: 'notice', notice: 'test notice 2027', version: 1 } });
  });

  it('names the built-in notice a load replaces (version 0)', () => {
    const corrected: HolidayYear = { year: 2026, notice: 'a correction', periods: [{ name: '元旦', firstDay: '2026-01-01', lastDay: '2026-01-03', days: 3, workingWeekendDays: [] }] };
    const d = ok(loadNotice(newCalendarState(), { notice: corrected, source: 'api' }, NOW));
    expect(d.events[0]?.data).toMatchObject({ replaced: { source: 'notice', version: 0 } });
    expect((d.events[0]?.data as { replaced: { notice: string } }).replaced.notice).toMatch(/〔2025〕/);
  });

  it('refuses a notice that breaks a calendar rule, naming each, and changes nothing', () => {
    const bad: HolidayYear = { ...NOTICE_2027, periods: [{ ...NOTICE_2027.periods[0]!, days: 8, workingWeekendDays: ['2027-02-01'] }] };
    const d = loadNotice(newCalendarState(), { notice: bad, source: 'api' }, NOW);
    if (!isRejection(d)) throw new Error('accepted');
    expect(d.code).toBe(ErrorCode.CalendarNoticeInvalid);
    const paths = (d.details?.['problems'] as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['periods.0.days', 'periods.0.workingWeekendDays.0']));
  });
});
