import { EventType, type CalendarChange, type CalendarInForce } from '@duban/contracts';
import type { HolidayYear } from '@duban/domain';
import { TEST_NOTICE_2027, taskDueBeforeSpringFestival } from '../testing/calendar-fixtures';
import { assignTask, carriedTaskState, newTaskState, replanTask, wakeTask, type TaskState } from './task.decider';

/**
 * A holiday notice loaded at run time re-plans a running task's ladder (the deadline date stays).
 * The task is due Friday 2027-01-29, a year with no notice built in: it is planned on the
 * provisional 2027 (春节 5–8 February from 除夕, 9–10 February given back for the weekend inside it,
 * no make-up working days). The test notice works Sunday 31 January and moves 春节 to 6–14 February.
 */
const assignment = taskDueBeforeSpringFestival('replan.T1.FUTIAN');
const NOTICE_2027 = TEST_NOTICE_2027;
const BUILT_IN: CalendarInForce = { version: 0, notices: [] };
const change = (version: number, notices: HolidayYear[] = [NOTICE_2027]): CalendarChange => ({ calendar: { version, notices }, reason: `notice loaded (version ${version})` });

/** 2026-12-01 10:00 in Shanghai. */
const NOW = '2026-12-01T02:00:00.000Z';
const stepOf = (state: TaskState, kind: string) => state.view.ladder.find((s) => s.kind === kind && s.repeat === undefined);
const assigned = (calendar?: CalendarInForce): TaskState => assignTask(newTaskState(assignment, NOW, calendar), NOW).state;

describe('a task planned on a provisional year', () => {
  it('flags every time counted over it and the view says which years', () => {
    const s = assigned(BUILT_IN);
    expect(stepOf(s, 'red')).toMatchObject({ at: '2027-02-11T23:59:59.999+08:00', provisionalYears: [2027] });
    expect(stepOf(s, 'yellow')?.provisionalYears).toBeUndefined();
    expect(s.view.calendar).toEqual({ version: 0, provisionalYears: [2027] });
  });

  it('a task started before run-time calendars keeps its legacy plan and no flags', () => {
    const s = assigned(undefined);
    expect(s.view.calendar).toBeUndefined();
    expect(s.view.ladder.every((step) => step.provisionalYears === undefined)).toBe(true);
  });
});

describe('a notice loaded while the task runs', () => {
  it('moves the red card and the leading-group report, with one event giving each old and new time and the reason', () => {
    const d = replanTask(assigned(BUILT_IN), change(1), NOW);
    expect(stepOf(d.state, 'red')).toMatchObject({ at: '2027-02-04T23:59:59.999+08:00', fired: false });
    expect(stepOf(d.state, 'red')?.provisionalYears).toBeUndefined();
    expect(d.state.view.calendar).toEqual({ version: 1, provisionalYears: [] });
    expect(d.state.view.due).toBe('2027-01-29');
    expect(d.events.map((e) => e.type)).toEqual([EventType.LadderReplanned]);
    const data = d.events[0]?.data as { calendarVersion: number; reason: string; changes: unknown[] };
    expect(data.calendarVersion).toBe(1);
    expect(data.reason).toBe('notice loaded (version 1)');
    expect(data.changes).toContainEqual({ kind: 'red', repeat: false, from: '2027-02-11T23:59:59.999+08:00', to: '2027-02-04T23:59:59.999+08:00' });
    expect(data.changes.every((c) => (c as { kind: string }).kind !== 'yellow')).toBe(true);
  });

  it('changes nothing for a version already seen (announcements repeat)', () => {
    const once = replanTask(assigned(BUILT_IN), change(1), NOW).state;
    const again = replanTask(once, change(1), NOW);
    expect(again.state).toBe(once);
    expect(again.events).toEqual([]);
  });

  it('records the new version without an event when no planned time moves', () => {
    const notice2030: HolidayYear = { year: 2030, notice: 'test notice 2030', periods: [{ name: '元旦', firstDay: '2030-01-01', lastDay: '2030-01-01', days: 1, workingWeekendDays: [] }] };
    const d = replanTask(assigned(BUILT_IN), change(1, [notice2030]), NOW);
    expect(d.events).toEqual([]);
    expect(d.state.calendar?.version).toBe(1);
  });

  it('moves the next repeat of an unacknowledged red card, counted from when the card fired', () => {
    const red = '2027-02-11T23:59:59.999+08:00';
    const s = wakeTask(assigned(BUILT_IN), new Date(Date.parse(red) + 1000).toISOString()).state;
    const raised = s.view.escalations.find((e) => e.level === 'red');
    expect(raised).toMatchObject({ repeatFrom: red });
    const d = replanTask(s, change(1, [{ ...NOTICE_2027, periods: [NOTICE_2027.periods[0]!, { name: '春节', firstDay: '2027-02-06', lastDay: '2027-02-18', days: 13, workingWeekendDays: ['2027-01-31', '2027-02-20'] }] }]), new Date(Date.parse(red) + 2000).toISOString());
    const repeat = (d.events[0]?.data as { changes: { kind: string; repeat: boolean; to: string }[] }).changes.find((c) => c.repeat);
    expect(repeat).toMatchObject({ kind: 'red', repeat: true });
    expect(d.state.view.escalations.find((e) => e.level === 'red')?.nextRepeatAt).toBe(repeat?.to);
  });

  it('moves a task started before run-time calendars onto the calendar in force', () => {
    const d = replanTask(assigned(undefined), change(1), NOW);
    expect(d.state.calendar?.version).toBe(1);
    expect(d.state.view.calendar?.version).toBe(1);
  });

  it('carries the calendar over continue-as-new', () => {
    const s = replanTask(assigned(BUILT_IN), change(1), NOW).state;
    expect(carriedTaskState(s).calendar).toEqual({ version: 1, notices: [NOTICE_2027] });
  });
});
