import { chinaCalendar } from '@duban/domain';
import type { EscalationCaseRow } from '@duban/persistence';
import { buildOverdueBoard, stats } from './overdue-board';

const NOW = new Date('2026-10-12T02:00:00Z');
const kase = (id: string, unit: string, due: string): EscalationCaseRow => {
  const level = id.slice(id.lastIndexOf('~') + 1) as EscalationCaseRow['level'];
  return { _id: id, taskId: id.slice(0, id.indexOf('~')), planId: 'p', unit, level, state: 'open', due, raisedAt: NOW };
};

describe('buildOverdueBoard', () => {
  it('counts each deadline once at its highest card, with working-day ages per unit × level', () => {
    const board = buildOverdueBoard(
      [
        kase('p.T1.STIIC~0~yellow', 'STIIC', '2026-09-30'),
        kase('p.T1.STIIC~0~red', 'STIIC', '2026-09-30'),
        kase('p.T2.PLAN~0~yellow', 'PLAN', '2026-10-09'),
        kase('E1/labour~1~yellow', 'HRSS', '2026-10-08'),
        kase('p.T3.STIIC~0~yellow', 'STIIC', '2026-10-09'),
      ],
      chinaCalendar,
      3,
      NOW,
      false,
    );
    expect(board.rows.map((r) => [r.unit, r.total.count])).toEqual([
      ['STIIC', 2],
      ['HRSS', 1],
      ['PLAN', 1],
    ]);
    const stiic = board.rows[0];
    // 09-30 is 4 working days overdue on 10-12 (the National Day holiday in between), 10-09 is 2.
    expect(stiic?.byLevel).toEqual({ yellow: { count: 1, maxAgeWorkingDays: 2, medianAgeWorkingDays: 2 }, red: { count: 1, maxAgeWorkingDays: 4, medianAgeWorkingDays: 4 } });
    expect(board.totals.total).toEqual({ count: 4, maxAgeWorkingDays: 4, medianAgeWorkingDays: 2.5 });
    expect(board.totals.byAge).toEqual({ '0-4': 4, '5-14': 0, '15+': 0 });
    expect(board).toMatchObject({ today: '2026-10-12', calendarVersion: 3, levels: ['yellow', 'red', 'leading-group'], truncated: false });
  });

  it('has a median of the middle two and zeros for none', () => {
    expect(stats([])).toEqual({ count: 0, maxAgeWorkingDays: 0, medianAgeWorkingDays: 0 });
    expect(stats([{ ageWorkingDays: 9 }, { ageWorkingDays: 1 }, { ageWorkingDays: 3 }])).toEqual({ count: 3, maxAgeWorkingDays: 9, medianAgeWorkingDays: 3 });
  });
});
