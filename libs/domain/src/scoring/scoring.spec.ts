import { DEFAULT_SCORING_RULES, computeScores, scoreSubject, type ScoringEvent, type UnitYearScore } from './scoring';

/**
 * Hand-worked examples. Calendar facts used (State Council notices):
 * - March 2010 has no holiday: 2010-03-05 is a Friday; the working days after it are
 *   Mon 03-08 (1), 03-09 (2), 03-10 (3), 03-11 (4), 03-12 (5), Mon 03-15 (6), 03-16 (7), 03-17 (8) …
 * - 元旦 2012: 2012-01-01..03 off, Saturday 2011-12-31 a working day.
 */
const PLAN = 'plan-x';
const TASK = `${PLAN}.T2.PLAN`;
let n = 0;
const ev = (type: string, subject: string, sequence: number, time: string, data: Record<string, unknown>): ScoringEvent => ({
  id: `e${++n}`,
  type,
  subject,
  sequence,
  time,
  data,
});

function taskLog(opts: { coUnits?: string[]; due?: string; kind?: 'task' | 'brief'; taskId?: string } = {}) {
  const taskId = opts.taskId ?? TASK;
  let seq = 0;
  const events: ScoringEvent[] = [];
  const push = (type: string, time: string, data: Record<string, unknown>): ScoringEvent => {
    const e = ev(type, taskId, ++seq, time, { taskId, ...data });
    events.push(e);
    return e;
  };
  const due = opts.due ?? '2010-03-05';
  const unit = taskId.split('.')[2] as string;
  push('duban.task.assigned.v1', '2010-01-04T09:00:00+08:00', { planId: PLAN, taskCode: 'T2', unit, coUnits: opts.coUnits ?? [], title: 't', due, deadline: `${due}T23:59:59.999+08:00`, kind: opts.kind ?? 'task' });
  return {
    events,
    raise: (level: 'yellow' | 'red' | 'leading-group', time: string, repeat = 0, escalationDue = due) =>
      push('duban.escalation.raised.v1', time, { escalationId: `${taskId}~${level}`, unit, coUnits: opts.coUnits ?? [], level, due: escalationDue, deadline: '', overdueWorkingDays: 0, repeat, notify: [] }),
    submit: (time: string, version = 1) => push('duban.task.submitted.v1', time, { version, summary: 's', evidence: [] }),
    accept: (time: string, version = 1) => push('duban.task.accepted.v1', time, { version }),
    reject: (time: string, version = 1) => push('duban.task.rejected.v1', time, { version, reason: 'no' }),
    contribute: (time: string, co: string) => push('duban.task.contribution-submitted.v1', time, { unit: co, summary: 'c', evidence: [] }),
    waive: (time: string, co: string) => push('duban.task.contribution-waived.v1', time, { unit: co, reason: 'r' }),
    extend: (time: string, newDue: string, decision: 'approve' | 'refuse' = 'approve') =>
      push('duban.task.extension-decided.v1', time, { requestId: 1, decision, previousDue: due, due: decision === 'approve' ? newDue : due }),
  };
}

const scoreOf = (scores: UnitYearScore[], unit: string, year: number): UnitYearScore => {
  const s = scores.find((x) => x.unit === unit && x.year === year);
  if (!s) throw new Error(`no score for ${unit} ${year}: ${scores.map((x) => `${x.unit}/${x.year}`).join(', ')}`);
  return s;
};
const points = (s: UnitYearScore): [string, number][] => s.items.map((i) => [i.rule, i.points]);

describe('computeScores', () => {
  it('gives 100 to a unit with a task and nothing charged, and excellent', () => {
    const t = taskLog();
    const [s] = computeScores(t.events);
    expect(s).toEqual({ planId: PLAN, unit: 'PLAN', year: 2010, score: 100, excellent: true, belowTarget: false, items: [] });
  });

  it('charges yellow and red cards and overdue working days, measured at each notice and at the accepted submission', () => {
    const t = taskLog();
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00'); // 0 days overdue: -2 card
    t.raise('red', '2010-03-12T23:59:59.999+08:00'); // 5 days: -5 card, -2.5
    t.raise('red', '2010-03-19T23:59:59.999+08:00', 1); // a repeat: no card; 10 days: -2.5 more
    t.raise('leading-group', '2010-03-26T23:59:59.999+08:00'); // 15 days: no card points; -2.5 more
    t.submit('2010-03-29T10:00:00+08:00'); // 16 days
    t.accept('2010-04-02T10:00:00+08:00'); // measured at the submission: 1 more day, -0.5
    const s = scoreOf(computeScores(t.events), 'PLAN', 2010);
    expect(points(s)).toEqual([
      ['yellow-card', -2],
      ['overdue', -2.5], // one event's items are ordered by rule name
      ['red-card', -5],
      ['overdue', -2.5],
      ['overdue', -2.5],
      ['overdue', -0.5],
    ]);
    expect(s.score).toBe(100 - 2 - 5 - 8); // 85
    expect(s).toMatchObject({ excellent: false, belowTarget: true });
    expect(s.items[5]?.reason).toContain('16 working day(s) past its deadline 2010-03-05');
  });

  it('caps the overdue deduction per task', () => {
    const t = taskLog();
    t.raise('red', '2010-03-12T23:59:59.999+08:00'); // 5 days
    t.submit('2010-04-09T10:00:00+08:00');
    t.accept('2010-04-09T11:00:00+08:00');
    // Default rules: 0.5 a day, cap 10. 5 days = -2.5, then 2010-04-09 is 24 working days late
    // (清明 2010: 04-03..05 off, a Saturday and Sunday plus Monday 04-05) → 12 → capped at 10: -7.5.
    const s = scoreOf(computeScores(t.events), 'PLAN', 2010);
    expect(points(s)).toEqual([['overdue', -2.5], ['red-card', -5], ['overdue', -7.5]]);
    expect(s.items[2]?.reason).toContain('capped at 10 per task');
    // Tighter rules: 1 a day, at most 3; the red card's 5 days reach the cap, completion adds nothing.
    const tight = computeScores(t.events, { [PLAN]: { ...DEFAULT_SCORING_RULES, perOverdueWorkingDay: 1, overdueCapPerTask: 3 } });
    expect(points(scoreOf(tight, 'PLAN', 2010))).toEqual([['overdue', -3], ['red-card', -5]]);
  });

  it('does not count an approved extension as overdue: the deadline moves', () => {
    const t = taskLog();
    t.extend('2010-03-01T10:00:00+08:00', '2010-03-19');
    t.submit('2010-03-17T10:00:00+08:00'); // 8 working days after the original deadline, before the new one
    t.accept('2010-03-18T10:00:00+08:00');
    const s = scoreOf(computeScores(t.events), 'PLAN', 2010);
    expect(points(s)).toEqual([['early-completion', 1]]);
    expect(s.score).toBe(101);
  });

  it('keeps what was charged before a late extension and charges again only past the new deadline', () => {
    const t = taskLog();
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    t.raise('red', '2010-03-12T23:59:59.999+08:00'); // -5, -2.5 (5 days)
    t.extend('2010-03-12T15:00:00+08:00', '2010-03-19');
    t.submit('2010-03-23T10:00:00+08:00'); // 2 working days after 03-19: -1
    t.accept('2010-03-23T11:00:00+08:00');
    const refused = taskLog();
    refused.extend('2010-03-01T10:00:00+08:00', '2010-03-19', 'refuse');
    refused.submit('2010-03-09T10:00:00+08:00'); // 2 days after the original deadline, which stands
    refused.accept('2010-03-09T11:00:00+08:00');
    expect(points(scoreOf(computeScores(t.events), 'PLAN', 2010))).toEqual([['yellow-card', -2], ['overdue', -2.5], ['red-card', -5], ['overdue', -1]]);
    expect(points(scoreOf(computeScores(refused.events), 'PLAN', 2010))).toEqual([['overdue', -1]]);
  });

  it('makes a co-unit that had not contributed by the deadline share the overdue deduction, not the cards', () => {
    const t = taskLog({ coUnits: ['STIIC', 'HABITAT', 'STATS'] });
    t.contribute('2010-03-05T18:00:00+08:00', 'STIIC'); // on the deadline day: in time
    t.contribute('2010-03-08T09:00:00+08:00', 'HABITAT'); // a working day late: shares
    t.waive('2010-03-04T09:00:00+08:00', 'STATS'); // waived before the deadline: not blamed
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    t.submit('2010-03-10T10:00:00+08:00'); // 3 days late
    t.accept('2010-03-11T10:00:00+08:00');
    const scores = computeScores(t.events);
    expect(points(scoreOf(scores, 'PLAN', 2010))).toEqual([['yellow-card', -2], ['overdue', -1.5]]);
    expect(points(scoreOf(scores, 'HABITAT', 2010))).toEqual([['overdue', -1.5]]);
    expect(scoreOf(scores, 'HABITAT', 2010).items[0]?.reason).toContain('co-unit HABITAT had not contributed by 2010-03-05');
    expect(scoreOf(scores, 'STIIC', 2010)).toMatchObject({ score: 100, items: [] });
    expect(scoreOf(scores, 'STATS', 2010)).toMatchObject({ score: 100, items: [] });
  });

  it('charges no card while a submission waits for review, and measures lateness at the accepted submission', () => {
    const t = taskLog();
    t.submit('2010-03-04T10:00:00+08:00');
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00'); // the review is late, not the unit
    t.accept('2010-03-09T10:00:00+08:00');
    expect(points(scoreOf(computeScores(t.events), 'PLAN', 2010))).toEqual([['early-completion', 1]]);

    const rejected = taskLog();
    rejected.submit('2010-03-04T10:00:00+08:00');
    rejected.reject('2010-03-05T10:00:00+08:00');
    rejected.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    rejected.submit('2010-03-09T10:00:00+08:00', 2); // 2 days late
    rejected.accept('2010-03-09T16:00:00+08:00', 2);
    expect(points(scoreOf(computeScores(rejected.events), 'PLAN', 2010))).toEqual([['yellow-card', -2], ['overdue', -1]]);
  });

  it('gives no bonus for a submission on the deadline day', () => {
    const t = taskLog();
    t.submit('2010-03-05T20:00:00+08:00');
    t.accept('2010-03-08T10:00:00+08:00');
    expect(scoreOf(computeScores(t.events), 'PLAN', 2010)).toMatchObject({ score: 100, items: [] });
  });

  it('puts each point in the Asia/Shanghai year of the event that costs it', () => {
    const t = taskLog({ due: '2011-12-20' });
    t.raise('yellow', '2011-12-20T23:59:59.999+08:00');
    // 00:30 on 1 January in Shanghai is still 31 December in UTC: it counts for 2012.
    t.submit('2012-01-01T00:30:00+08:00');
    t.accept('2012-01-01T00:45:00+08:00');
    const scores = computeScores(t.events);
    // Dec 21, 22, 23, 26, 27, 28, 29, 30 and Saturday 31 (a working day for 元旦) = 9 days → -4.5.
    expect(points(scoreOf(scores, 'PLAN', 2011))).toEqual([['yellow-card', -2]]);
    expect(points(scoreOf(scores, 'PLAN', 2012))).toEqual([['overdue', -4.5]]);
    expect(scoreOf(scores, 'PLAN', 2012).score).toBe(95.5);
    expect(scores.map((s) => `${s.unit}/${s.year}`)).toEqual(['PLAN/2010', 'PLAN/2011', 'PLAN/2012']) // 2010: assigned, nothing charged;
  });

  it('counts a missed brief instead of its yellow card, its red card once, and no overdue days', () => {
    const t = taskLog({ kind: 'brief', taskId: `${PLAN}.BRIEF_2010_02.FUTIAN`, due: '2010-03-05' });
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    t.raise('red', '2010-03-12T23:59:59.999+08:00');
    t.raise('red', '2010-03-19T23:59:59.999+08:00', 1);
    t.submit('2010-03-22T10:00:00+08:00');
    t.accept('2010-03-22T11:00:00+08:00');
    const filed = taskLog({ kind: 'brief', taskId: `${PLAN}.BRIEF_2010_03.FUTIAN`, due: '2010-04-08' });
    filed.submit('2010-04-01T10:00:00+08:00');
    filed.accept('2010-04-01T11:00:00+08:00');
    const s = scoreOf(computeScores([...t.events, ...filed.events]), 'FUTIAN', 2010);
    expect(points(s)).toEqual([['missed-brief', -1], ['red-card', -5]]);
    expect(s.score).toBe(94);
  });

  it('charges an enterprise step escalation to the step’s owning unit', () => {
    const subject = 'ENT-001';
    const stepId = `${subject}~destination`;
    const events = [
      ev('duban.enterprise.registered.v1', subject, 1, '2010-03-01T09:00:00+08:00', { enterpriseId: subject, name: 'n', district: 'FUTIAN', industry: 'i', planId: PLAN }),
      ev('duban.enterprise.step-opened.v1', subject, 2, '2010-03-01T09:00:00+08:00', { enterpriseId: subject, stepId, step: 'destination', unit: 'STIIC', due: '2010-03-05', deadline: '' }),
      ev('duban.escalation.raised.v1', subject, 3, '2010-03-05T23:59:59.999+08:00', { escalationId: `${stepId}~y`, taskId: stepId, unit: 'STIIC', coUnits: [], level: 'yellow', due: '2010-03-05', deadline: '', overdueWorkingDays: 0, repeat: 0, notify: [] }),
      ev('duban.enterprise.step-completed.v1', subject, 4, '2010-03-10T10:00:00+08:00', { enterpriseId: subject, stepId, step: 'destination', unit: 'STIIC', payload: {}, overdueWorkingDays: 3 }),
    ];
    const scores = computeScores(events);
    expect(scores.map((s) => s.unit)).toEqual(['STIIC']);
    expect(points(scoreOf(scores, 'STIIC', 2010))).toEqual([['yellow-card', -2], ['overdue', -1.5]]);
  });

  it('takes a plan’s rules from its plan.started event, over the defaults', () => {
    const t = taskLog();
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    const started = ev('duban.plan.started.v1', PLAN, 1, '2010-01-04T08:00:00+08:00', {
      planId: PLAN,
      scoring: { base: 95, yellowCard: 10, excellentAtLeast: 85 },
    });
    expect(scoreOf(computeScores(t.events), 'PLAN', 2010).score).toBe(98);
    const s = scoreOf(computeScores([started, ...t.events]), 'PLAN', 2010);
    expect(s).toMatchObject({ score: 85, excellent: true, belowTarget: false });
    // The log wins over rules supplied by the caller.
    expect(scoreOf(computeScores([started, ...t.events], { [PLAN]: { ...DEFAULT_SCORING_RULES, yellowCard: 50 } }), 'PLAN', 2010).score).toBe(85);
  });

  it('is a function of the log alone: order and duplicated events change nothing', () => {
    const t = taskLog({ coUnits: ['STATS'] });
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    t.raise('red', '2010-03-12T23:59:59.999+08:00');
    t.submit('2010-03-15T10:00:00+08:00');
    t.accept('2010-03-15T11:00:00+08:00');
    const once = computeScores(t.events);
    const shuffled = [...t.events].reverse();
    expect(computeScores([...shuffled, ...t.events.slice(2, 4)])).toEqual(once);
    expect(once.map((s) => [s.unit, s.score])).toEqual([['PLAN', 90], ['STATS', 97]]);
  });

  it('reads each event through its catalogue schema: one lacking a field scoring reads is skipped, not scored with made-up values', () => {
    const t = taskLog();
    const yellow = t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    const charged = computeScores(t.events);
    expect(points(scoreOf(charged, 'PLAN', 2010))).toEqual([['yellow-card', -2]]);
    // The same card with `repeat` as a string (no producer writes that): not a card of this catalogue.
    const malformed = { ...yellow, data: { ...yellow.data, repeat: '0' } };
    const events = t.events.map((e) => (e === yellow ? malformed : e));
    expect(points(scoreOf(computeScores(events), 'PLAN', 2010))).toEqual([]);
    // An assignment without its unit gives no owner to charge: nothing is scored for the subject.
    const { unit: _unit, ...unitless } = (t.events[0] as ScoringEvent).data;
    expect(computeScores([{ ...(t.events[0] as ScoringEvent), data: unitless }, ...t.events.slice(1)])).toEqual([]);
  });

  it('scores one subject on its own, as a store recomputing one subject does', () => {
    const t = taskLog();
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    const entries = scoreSubject(t.events);
    expect(entries.map((e) => [e.unit, e.year, e.rule, e.points])).toEqual([
      ['PLAN', 2010, 'participation', 0],
      ['PLAN', 2010, 'yellow-card', -2],
    ]);
    expect(scoreSubject(t.events.slice(1))).toEqual([]); // no assignment yet: nothing to say
  });
});

describe('sub-tasks (逐级落实; the rule is ours)', () => {
  const SUB = `${PLAN}.T4.FUTIAN.FUTIAN_ECON`;
  const subLog = () => {
    let seq = 0;
    const events: ScoringEvent[] = [];
    const push = (type: string, time: string, data: Record<string, unknown>) => events.push(ev(type, SUB, ++seq, time, { taskId: SUB, ...data }));
    const due = '2010-03-05';
    push('duban.task.assigned.v1', '2010-01-04T09:00:00+08:00', {
      planId: PLAN,
      taskCode: 'T4',
      unit: 'FUTIAN_ECON',
      coUnits: [],
      title: 'site visits',
      due,
      deadline: `${due}T23:59:59.999+08:00`,
      kind: 'task',
      parentTaskId: `${PLAN}.T4.FUTIAN`,
      parentUnit: 'FUTIAN',
    });
    const raise = (level: 'yellow' | 'red', time: string, repeat = 0) =>
      push('duban.escalation.raised.v1', time, { escalationId: `${SUB}~0~${level}`, unit: 'FUTIAN_ECON', coUnits: [], level, due, deadline: '', overdueWorkingDays: 0, repeat, notify: [] });
    return { events, raise, push };
  };

  it('charges a sub-task’s cards and overdue days to its department and, the same again, to the parent’s unit, saying why', () => {
    const t = subLog();
    t.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    t.raise('red', '2010-03-12T23:59:59.999+08:00'); // 5 working days: -5 card, -2.5
    t.push('duban.task.submitted.v1', '2010-03-15T10:00:00+08:00', { version: 1, summary: 's', evidence: [] }); // 6 days
    t.push('duban.task.accepted.v1', '2010-03-16T10:00:00+08:00', { version: 1 }); // -0.5 more
    const scores = computeScores(t.events);
    const expected = [
      ['yellow-card', -2],
      ['overdue', -2.5],
      ['red-card', -5],
      ['overdue', -0.5],
    ];
    const department = scoreOf(scores, 'FUTIAN_ECON', 2010);
    const district = scoreOf(scores, 'FUTIAN', 2010);
    expect(points(department)).toEqual(expected);
    expect(points(district)).toEqual(expected);
    expect(department.score).toBe(90);
    expect(district.score).toBe(90);
    for (const item of district.items) expect(item.reason).toContain("charged to FUTIAN too: it answers for its department FUTIAN_ECON's sub-task (逐级落实, 六(三); rule ours)");
    for (const item of department.items) expect(item.reason).not.toContain('charged to FUTIAN');
  });

  it('leaves the early-completion bonus with the department, and a task without a parent charges only its own unit', () => {
    const t = subLog();
    t.push('duban.task.submitted.v1', '2010-03-01T10:00:00+08:00', { version: 1, summary: 's', evidence: [] });
    t.push('duban.task.accepted.v1', '2010-03-02T10:00:00+08:00', { version: 1 });
    const scores = computeScores(t.events);
    expect(points(scoreOf(scores, 'FUTIAN_ECON', 2010))).toEqual([['early-completion', 1]]);
    // The parent unit is assessed through its own task, not made to exist by its department's.
    expect(scores.map((s) => s.unit)).toEqual(['FUTIAN_ECON']);

    const plain = taskLog();
    plain.raise('yellow', '2010-03-05T23:59:59.999+08:00');
    expect(computeScores(plain.events).map((s) => s.unit)).toEqual(['PLAN']);
  });
});
