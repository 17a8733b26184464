import { DEFAULT_ESCALATION_POLICY, chinaCalendar } from '@duban/domain';
import { acknowledgeDate, briefActions, briefRoundTimes, buildScenario, stepCompletionDate, taskActions } from './scenario';

const options = { planId: 'shenzhen-2009-98-sim-test', enterpriseSuffix: 'T1' };
/** The script without its ids, which come from the run. */
const shape = (seed: number) => JSON.stringify(buildScenario({ ...options, seed })).replaceAll('-T1', '');

describe('buildScenario', () => {
  it('is the same script for the same seed, and a different one for another seed', () => {
    expect(shape(98)).toBe(shape(98));
    expect(JSON.stringify(buildScenario({ planId: 'shenzhen-2009-98-sim-other', enterpriseSuffix: 'ZZ', seed: 98 })).replaceAll('shenzhen-2009-98-sim-other', 'shenzhen-2009-98-sim-test').replaceAll('-ZZ', '')).toBe(shape(98));
    expect(shape(7)).not.toBe(shape(98));
  });

  it('covers on-time, early, late, rejected, extended and missing work, with T1 on time', () => {
    for (const seed of [1, 98, 2012]) {
      const s = buildScenario({ ...options, seed });
      const outcomes = new Set(s.tasks.map((t) => t.outcome));
      expect([...outcomes].sort()).toEqual(['early', 'extended', 'late', 'missing', 'on-time', 'rejected-late']);
      expect(s.tasks.find((t) => t.taskCode === 'T1')?.outcome).toBe('on-time');
      expect(s.tasks).toHaveLength(11);
    }
  });

  it('draws enterprises of every track from the shared sample, with the run suffix, some before T1', () => {
    const s = buildScenario({ ...options, seed: 98, enterprises: 40 });
    expect(s.enterprises).toHaveLength(40);
    const tracks = s.enterprises.map((e) => e.track);
    expect(new Set(tracks)).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(tracks.filter((t) => t === 'C').length).toBeGreaterThan(tracks.filter((t) => t === 'D').length);
    expect(s.enterprises.every((e) => e.registration.id === `${e.sampleId}-T1`)).toBe(true);
    expect(s.enterprises.filter((e) => e.registerAt.startsWith('2009-08-26')).length).toBeGreaterThan(0);
    expect(new Set(s.enterprises.map((e) => e.registration.district)).size).toBeGreaterThan(4);
    // Most B and C cases transfer to a park that admits them; some upgrade where they are.
    const bc = s.enterprises.filter((e) => e.track === 'B' || e.track === 'C');
    expect(bc.filter((e) => e.intention === 'transfer').length).toBeGreaterThan(bc.length / 2);
    expect(bc.some((e) => e.intention === 'upgrade')).toBe(true);
  });

  it('opens brief rounds when the schedule would: at load, then 00:05 on each 1st until the last deadline', () => {
    const { plan } = buildScenario({ ...options, seed: 98 });
    const rounds = briefRoundTimes(plan, '2012-12-31T23:00:00+08:00');
    expect(rounds[0]).toEqual({ at: '2009-08-26T09:01:00+08:00', period: '2009-08' });
    expect(rounds[1]).toEqual({ at: '2009-09-01T00:05:00+08:00', period: '2009-09' });
    expect(rounds.at(-1)).toEqual({ at: '2011-12-01T00:05:00+08:00', period: '2011-12' });
    expect(rounds).toHaveLength(29);
    expect(briefRoundTimes(plan, '2010-01-01T00:00:00+08:00').map((r) => r.period).at(-1)).toBe('2009-12');
  });
});

describe('task and brief actions', () => {
  const rng = () => 0.5;
  const day = (a?: { at: string }): string => (a?.at ?? '').slice(0, 10);
  it('submits late work after the deadline and accepts it the same day', () => {
    const actions = taskActions('p.T4.FUTIAN', 'FUTIAN', [], '2011-12-31', 'late', rng, DEFAULT_ESCALATION_POLICY);
    expect(actions.map((a) => a.action.kind)).toEqual(['submit', 'review']);
    expect(day(actions[0]) > '2011-12-31').toBe(true);
    expect(day(actions[1])).toBe(day(actions[0]));
  });

  it('has co-units contribute the working day before an on-time submission', () => {
    const actions = taskActions('p.T2.PLAN', 'PLAN', ['STIIC', 'HABITAT'], '2010-12-31', 'on-time', rng, DEFAULT_ESCALATION_POLICY);
    expect(actions.map((a) => [a.action.kind, 'unit' in a.action ? a.action.unit : ''])).toEqual([
      ['contribute', 'STIIC'],
      ['contribute', 'HABITAT'],
      ['submit', 'PLAN'],
      ['review', ''],
    ]);
    expect(day(actions[0]) < day(actions[2])).toBe(true);
    expect(day(actions[2]) <= '2010-12-31').toBe(true);
  });

  it('requests an extension before the deadline, has it approved, and submits before the new date', () => {
    const actions = taskActions('p.T3.STIIC', 'STIIC', [], '2011-12-31', 'extended', rng, DEFAULT_ESCALATION_POLICY);
    const request = actions.find((a) => a.action.kind === 'request-extension');
    expect(actions.map((a) => a.action.kind)).toEqual(['request-extension', 'approve-extension', 'submit', 'review']);
    const newDue = request?.action.kind === 'request-extension' ? request.action.newDue : '';
    expect(newDue > '2011-12-31').toBe(true);
    expect(day(actions[2]) <= newDue && day(actions[2]) > '2011-12-31').toBe(true);
  });

  it('acknowledges missing work the working day after its leading-group report (hand-worked: 2012-01-29 is a 调休 Sunday)', () => {
    // T4 due 2011-12-31: the report comes 15 working days later, on 2012-01-29 (seed-plan.workflow.spec.ts).
    expect(acknowledgeDate('2011-12-31', DEFAULT_ESCALATION_POLICY)).toBe('2012-01-30');
    const actions = taskActions('p.T4.FUTIAN', 'FUTIAN', [], '2011-12-31', 'missing', rng, DEFAULT_ESCALATION_POLICY);
    expect(actions).toEqual([{ at: '2012-01-30T10:00:00+08:00', taskId: 'p.T4.FUTIAN', action: { kind: 'acknowledge', level: 'leading-group', epoch: 0 } }]);
  });

  it('files an on-time brief by its due date (the 5th working day) and a late one after it', () => {
    // October 2009: 1–8 off, Saturday 10 worked: the 5th working day is 10-14.
    const onTime = briefActions('p.BRIEF_2009_09.FUTIAN', 'FUTIAN', '2009-10-14', 'on-time', 98, DEFAULT_ESCALATION_POLICY);
    expect(day(onTime[0]) <= '2009-10-14' && day(onTime[0]) >= '2009-10-09').toBe(true);
    expect(chinaCalendar.isWorkingDay(day(onTime[0]))).toBe(true);
    const late = briefActions('p.BRIEF_2009_09.FUTIAN', 'FUTIAN', '2009-10-14', 'late', 98, DEFAULT_ESCALATION_POLICY);
    expect(day(late[0]) > '2009-10-14').toBe(true);
    expect(briefActions('p.BRIEF_2009_09.FUTIAN', 'FUTIAN', '2009-10-14', 'on-time', 98, DEFAULT_ESCALATION_POLICY)).toEqual(onTime);
  });
});

describe('stepCompletionDate', () => {
  it('completes on time within the service level, never on the opening day when there is room', () => {
    expect(stepCompletionDate({ late: false, fraction: 0 }, '2010-03-01', '2010-03-29')).toBe('2010-03-02');
    expect(stepCompletionDate({ late: false, fraction: 1 }, '2010-03-01', '2010-03-29')).toBe('2010-03-26');
  });
  it('completes a late step N working days after its deadline', () => {
    // 2010-03-05 is a Friday: 5 working days later is Friday 03-12.
    expect(stepCompletionDate({ late: true, workingDaysLate: 5 }, '2010-02-01', '2010-03-05')).toBe('2010-03-12');
  });
});
