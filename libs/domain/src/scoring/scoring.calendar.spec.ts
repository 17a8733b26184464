import { calendarFromEvents, computeScores, type ScoringEvent } from './scoring';

/**
 * Overdue days on the calendar in force: a provisional year is named in the reason, and a notice
 * loaded at run time (in the log) is counted on. The task is due Friday 2027-01-29; it is accepted
 * at the end of Thursday 2027-02-11. On the provisional 2027 (春节 5–8 February from 除夕, 9–10
 * February given back) that is 5 working days late; the test notice works Sunday 31 January and
 * keeps 1–5 February working, which makes it 6 (31 January, 1–5 February; 6–14 February off).
 */
const TASK = 'p.T1.FUTIAN';
let n = 0;
const ev = (type: string, subject: string, sequence: number, time: string, data: Record<string, unknown>): ScoringEvent => ({ id: `e${++n}`, type, subject, sequence, time, data });
const log = (): ScoringEvent[] => [
  ev('duban.task.assigned.v1', TASK, 1, '2026-12-01T09:00:00+08:00', { taskId: TASK, planId: 'p', taskCode: 'T1', unit: 'FUTIAN', coUnits: [], title: 't', due: '2027-01-29', deadline: '2027-01-29T23:59:59.999+08:00', kind: 'task' }),
  ev('duban.task.submitted.v1', TASK, 2, '2027-02-11T18:00:00+08:00', { taskId: TASK, version: 1, summary: 's', evidence: [] }),
  ev('duban.task.accepted.v1', TASK, 3, '2027-02-12T10:00:00+08:00', { taskId: TASK, version: 1 }),
];
const notice = (version: number, workingWeekendDays: string[]): ScoringEvent =>
  ev('duban.calendar.notice-loaded.v1', 'calendar', version, '2026-12-01T10:00:00+08:00', {
    year: 2027,
    notice: `test notice v${version}`,
    periods: [{ name: '春节', firstDay: '2027-02-06', lastDay: '2027-02-14', days: 9, workingWeekendDays }],
    version,
    replaced: { source: 'provisional', version: 0 },
    source: 'api',
  });
const overdue = (events: ScoringEvent[]) => computeScores(events).find((s) => s.year === 2027)?.items.find((i) => i.rule === 'overdue');

describe('scores on the calendar in force', () => {
  it('names the provisional year the overdue days were counted on', () => {
    const item = overdue(log());
    expect(item?.reason).toMatch(/^task p\.T1\.FUTIAN: 5 working day\(s\) past its deadline 2027-01-29/);
    expect(item?.reason).toContain('provisional calendar of 2027');
  });

  it('counts on a notice loaded at run time, the latest version of each year, and says nothing of provisional', () => {
    const item = overdue([...log(), notice(1, []), notice(2, ['2027-01-31'])]);
    // 31 January (worked), 1–5 February: 6 working days up to the submission on the 11th (6–14 off).
    expect(item?.reason).toMatch(/: 6 working day\(s\) past its deadline/);
    expect(item?.reason).not.toContain('provisional');
  });

  it('builds the calendar from the log: the built-in one when no notice was loaded', () => {
    expect(calendarFromEvents(log()).sourceOf(2027).kind).toBe('provisional');
    expect(calendarFromEvents([notice(1, [])]).sourceOf(2027)).toMatchObject({ kind: 'notice', notice: 'test notice v1' });
  });
});
