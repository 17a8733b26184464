import { ErrorCode, EventType, type Actor } from '@duban/contracts';
import { SHENZHEN_2009_98, expandAssignments, parsePlanDefinition } from '@duban/domain';
import { isRejection, type Decided, type Decision, type Rejection } from '../lib/decision';
import {
  CARRIED_FIRED_LADDER_STEPS,
  CARRIED_HISTORY_ENTRIES,
  assignTask,
  carriedTaskState,
  decideTask,
  isTaskFinished,
  newTaskState,
  nextTaskWake,
  wakeTask,
  type TaskCommand,
  type TaskState,
} from './task.decider';

/**
 * The task's decisions without Temporal: every command accepted and refused (role, unit, turn,
 * dates), the ladder woken at its instants, and the state carried over continue-as-new. T1 of the
 * seed plan: STIIC leads, STATS contributes, due 2009-08-31 (Asia/Shanghai).
 */
const t1 = expandAssignments(parsePlanDefinition(SHENZHEN_2009_98)).find((a) => a.taskCode === 'T1')!;
const stiic: Actor = { sub: 'li.wei', unit: 'STIIC', roles: ['official'] };
const stats: Actor = { sub: 'zhao.min', unit: 'STATS', roles: ['official'] };
const futian: Actor = { sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] };
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };

/** 2009-07-01 10:00 in Shanghai, two months before T1's deadline. */
const JULY_1 = '2009-07-01T02:00:00.000Z';
const later = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();
const DAY = 86_400_000;

function accepted<S>(decided: Decided<S>): Decision<S> {
  if (isRejection(decided)) throw new Error(`refused: ${decided.code} ${decided.message}`);
  return decided;
}
function refused<S>(decided: Decided<S>): Rejection {
  if (!isRejection(decided)) throw new Error(`accepted with ${decided.events.map((e) => e.type).join(', ') || 'no events'}`);
  return decided;
}
/** Decides a chain of commands at `now`, each on the state the previous one left. */
function after(state: TaskState, commands: TaskCommand[], now = JULY_1): TaskState {
  return commands.reduce((s, c) => accepted(decideTask(s, c, now)).state, state);
}
const types = (d: Decision<TaskState>): string[] => d.events.map((e) => e.type);

const assigned = (): TaskState => assignTask(newTaskState(t1, JULY_1), JULY_1).state;
/** STATS has contributed: STIIC may submit. */
const ready = (): TaskState => after(assigned(), [{ type: 'contribute', actor: stats, summary: 'figures' }]);
const submitted = (): TaskState => after(ready(), [{ type: 'submit', actor: stiic, summary: 'index v1', deliverableRef: 'doc://t1/v1' }]);

describe('a new task', () => {
  it('is assigned with its ladder planned from now and one event', () => {
    const fresh = newTaskState(t1, JULY_1);
    const d = assignTask(fresh, JULY_1);
    expect(types(d)).toEqual([EventType.TaskAssigned]);
    expect(d.events[0]?.data).toMatchObject({ taskId: t1.taskId, unit: 'STIIC', coUnits: ['STATS'], due: '2009-08-31', deadline: '2009-08-31T23:59:59.999+08:00' });
    expect(d.state.view.history).toEqual([{ at: JULY_1, action: 'assigned', status: 'assigned' }]);
    expect(d.state.view.contributions).toEqual([{ unit: 'STATS', status: 'pending' }]);
    expect(d.state.view.ladder.map((s) => s.kind)).toEqual(['reminder', 'reminder', 'reminder', 'yellow', 'red', 'leading-group']);
    expect(fresh.view.history).toEqual([]);
  });
});

describe('report progress', () => {
  it('is the lead unit’s: the task goes in progress', () => {
    const d = accepted(decideTask(assigned(), { type: 'reportProgress', actor: stiic, percent: 40, note: 'draft' }, JULY_1));
    expect(d.state.view).toMatchObject({ status: 'in_progress', progressPercent: 40 });
    expect(d.events).toEqual([{ type: EventType.TaskProgressReported, data: { taskId: t1.taskId, percent: 40, note: 'draft', evidence: [], actor: stiic } }]);
  });

  it('is refused to a co-unit, another unit and a supervisor (TASK.FORBIDDEN), and once submitted (TASK.OUT_OF_TURN)', () => {
    for (const actor of [stats, futian, ducha]) expect(refused(decideTask(assigned(), { type: 'reportProgress', actor, percent: 1, note: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    const r = refused(decideTask(submitted(), { type: 'reportProgress', actor: stiic, percent: 1, note: 'x' }, JULY_1));
    expect(r).toEqual({
      rejected: true,
      code: ErrorCode.TaskOutOfTurn,
      message: `cannot report progress on task ${t1.taskId} while it is submitted`,
      details: { status: 'submitted', allowed: ['assigned', 'in_progress'] },
    });
  });
});

describe('contribute', () => {
  it('is a co-unit’s, once', () => {
    const d = accepted(decideTask(assigned(), { type: 'contribute', actor: stats, summary: 'figures' }, JULY_1));
    expect(d.state.view.contributions).toEqual([{ unit: 'STATS', status: 'contributed', at: JULY_1, actor: stats, summary: 'figures', evidence: [] }]);
    expect(d.state.view.status).toBe('in_progress');
    expect(types(d)).toEqual([EventType.ContributionSubmitted]);
    expect(refused(decideTask(d.state, { type: 'contribute', actor: stats, summary: 'again' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
  });

  it('is refused to the lead unit and strangers (TASK.FORBIDDEN), and once submitted (TASK.OUT_OF_TURN)', () => {
    expect(refused(decideTask(assigned(), { type: 'contribute', actor: stiic, summary: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideTask(assigned(), { type: 'contribute', actor: futian, summary: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    const waivedAndSubmitted = after(assigned(), [
      { type: 'waiveContribution', actor: ducha, unit: 'STATS', reason: 'not needed' },
      { type: 'submit', actor: stiic, summary: 'index' },
    ]);
    expect(refused(decideTask(waivedAndSubmitted, { type: 'contribute', actor: stats, summary: 'late' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
  });
});

describe('waive a contribution', () => {
  it('is a supervisor’s, for a pending co-unit', () => {
    const d = accepted(decideTask(assigned(), { type: 'waiveContribution', actor: ducha, unit: 'STATS', reason: 'not needed' }, JULY_1));
    expect(d.state.view.contributions[0]).toMatchObject({ status: 'waived', reason: 'not needed' });
    expect(d.state.view.history.at(-1)).toMatchObject({ action: 'contribution-waived', note: 'STATS: not needed', status: 'assigned' });
    expect(types(d)).toEqual([EventType.ContributionWaived]);
  });

  it('is refused to officials (TASK.FORBIDDEN), for a unit with nothing pending and once submitted (TASK.OUT_OF_TURN)', () => {
    expect(refused(decideTask(assigned(), { type: 'waiveContribution', actor: stiic, unit: 'STATS', reason: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideTask(ready(), { type: 'waiveContribution', actor: ducha, unit: 'STATS', reason: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
    expect(refused(decideTask(assigned(), { type: 'waiveContribution', actor: ducha, unit: 'HRSS', reason: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
    expect(refused(decideTask(submitted(), { type: 'waiveContribution', actor: ducha, unit: 'STATS', reason: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
  });
});

describe('submit', () => {
  it('waits for the co-units (TASK.CONTRIBUTIONS_PENDING, naming them)', () => {
    const r = refused(decideTask(assigned(), { type: 'submit', actor: stiic, summary: 'index' }, JULY_1));
    expect(r).toMatchObject({ code: ErrorCode.ContributionsPending, details: { pending: ['STATS'] } });
  });

  it('records version 1 once they have contributed', () => {
    const d = accepted(decideTask(ready(), { type: 'submit', actor: stiic, summary: 'index v1', deliverableRef: 'doc://t1/v1' }, JULY_1));
    expect(d.state.view.status).toBe('submitted');
    expect(d.state.view.submissions).toEqual([{ version: 1, at: JULY_1, actor: stiic, summary: 'index v1', deliverableRef: 'doc://t1/v1', evidence: [] }]);
    expect(d.events[0]).toEqual({ type: EventType.TaskSubmitted, data: { taskId: t1.taskId, version: 1, summary: 'index v1', deliverableRef: 'doc://t1/v1', evidence: [], actor: stiic } });
  });

  it('is refused to other units (TASK.FORBIDDEN) and twice (TASK.OUT_OF_TURN)', () => {
    expect(refused(decideTask(ready(), { type: 'submit', actor: stats, summary: 'x' }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideTask(submitted(), { type: 'submit', actor: stiic, summary: 'again' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
  });
});

describe('review', () => {
  it('accepts: the task is done and its open escalations are resolved, after the acceptance', () => {
    const overdue = wakeTask(submitted(), '2009-09-01T02:00:00.000Z').state;
    expect(overdue.view.escalations.map((e) => e.level)).toEqual(['yellow']);
    const d = accepted(decideTask(overdue, { type: 'review', actor: ducha, decision: 'accept' }, '2009-09-01T03:00:00.000Z'));
    expect(types(d)).toEqual([EventType.TaskAccepted, EventType.EscalationResolved]);
    expect(d.events[1]?.data).toMatchObject({ escalationId: `${t1.taskId}~0~yellow`, resolution: 'completed' });
    expect(d.state.view).toMatchObject({ status: 'accepted', acceptedAt: '2009-09-01T03:00:00.000Z' });
    expect(isTaskFinished(d.state)).toBe(true);
  });

  it('rejects back to in progress with the reason', () => {
    const d = accepted(decideTask(submitted(), { type: 'review', actor: ducha, decision: 'reject', reason: 'thin' }, JULY_1));
    expect(d.state.view.status).toBe('in_progress');
    expect(d.events).toEqual([{ type: EventType.TaskRejected, data: { taskId: t1.taskId, version: 1, reason: 'thin', actor: ducha } }]);
    expect(isTaskFinished(d.state)).toBe(false);
  });

  it('is a supervisor’s (TASK.FORBIDDEN) and only of a submission (TASK.OUT_OF_TURN)', () => {
    expect(refused(decideTask(submitted(), { type: 'review', actor: stiic, decision: 'accept' }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideTask(ready(), { type: 'review', actor: ducha, decision: 'accept' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
    const done = after(submitted(), [{ type: 'review', actor: ducha, decision: 'accept' }]);
    expect(refused(decideTask(done, { type: 'review', actor: ducha, decision: 'accept' }, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
  });
});

describe('extensions', () => {
  const request: TaskCommand = { type: 'requestExtension', actor: stiic, newDue: '2009-09-30', reason: 'data late' };

  it('are asked by the lead unit, one at a time', () => {
    const d = accepted(decideTask(assigned(), request, JULY_1));
    expect(d.state.view.extensions).toEqual([
      { id: 1, requestedAt: JULY_1, requestedBy: stiic, reason: 'data late', previousDue: '2009-08-31', requestedDue: '2009-09-30', status: 'pending' },
    ]);
    expect(types(d)).toEqual([EventType.ExtensionRequested]);
    expect(refused(decideTask(d.state, { ...request, newDue: '2009-10-30' }, JULY_1)).code).toBe(ErrorCode.ExtensionPending);
  });

  it('refuse other units (TASK.FORBIDDEN), an accepted task (TASK.OUT_OF_TURN) and dates that are not real, past or not later (TASK.INVALID_DATE)', () => {
    expect(refused(decideTask(assigned(), { ...request, actor: stats }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    const done = after(submitted(), [{ type: 'review', actor: ducha, decision: 'accept' }]);
    expect(refused(decideTask(done, request, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
    expect(refused(decideTask(assigned(), { ...request, newDue: '2009-02-30' }, JULY_1)).details).toEqual({ errors: [{ field: 'body.newDue', rule: 'must be a date YYYY-MM-DD' }] });
    expect(refused(decideTask(assigned(), { ...request, newDue: '2009-06-30' }, JULY_1)).details).toEqual({ errors: [{ field: 'body.newDue', rule: 'must be today (2009-07-01) or later' }] });
    const notLater = refused(decideTask(assigned(), { ...request, newDue: '2009-08-31' }, JULY_1));
    expect(notLater).toMatchObject({ code: ErrorCode.InvalidDate, details: { errors: [{ field: 'body.newDue', rule: 'must be after 2009-08-31' }] } });
  });

  it('approved: the deadline moves, open cards are resolved before the decision, and a new epoch starts', () => {
    const overdue = wakeTask(after(assigned(), [request]), '2009-09-01T02:00:00.000Z').state;
    const d = accepted(decideTask(overdue, { type: 'decideExtension', actor: ducha, decision: 'approve', comment: 'ok' }, '2009-09-01T03:00:00.000Z'));
    expect(types(d)).toEqual([EventType.EscalationResolved, EventType.ExtensionDecided]);
    expect(d.events[1]?.data).toMatchObject({ requestId: 1, decision: 'approve', previousDue: '2009-08-31', due: '2009-09-30', comment: 'ok' });
    expect(d.state.epoch).toBe(1);
    expect(d.state.view).toMatchObject({ due: '2009-09-30', deadline: '2009-09-30T23:59:59.999+08:00', originalDue: '2009-08-31' });
    expect(d.state.view.ladder.filter((s) => !s.fired).every((s) => s.epoch === 1)).toBe(true);
    expect(d.state.view.extensions[0]).toMatchObject({ status: 'approved', decidedBy: ducha, comment: 'ok' });
  });

  it('refused: the deadline stays', () => {
    const d = accepted(decideTask(after(assigned(), [request]), { type: 'decideExtension', actor: ducha, decision: 'refuse' }, JULY_1));
    expect(d.state.view.due).toBe('2009-08-31');
    expect(d.state.epoch).toBe(0);
    expect(d.state.view.history.at(-1)?.action).toBe('extension-refused');
  });

  it('are decided by supervisors (TASK.FORBIDDEN) and only when one waits (TASK.NO_PENDING_EXTENSION)', () => {
    expect(refused(decideTask(after(assigned(), [request]), { type: 'decideExtension', actor: stiic, decision: 'approve' }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideTask(assigned(), { type: 'decideExtension', actor: ducha, decision: 'approve' }, JULY_1)).code).toBe(ErrorCode.NoPendingExtension);
  });
});

describe('escalations', () => {
  /** Two days after the deadline: the yellow card is out. */
  const overdue = (): TaskState => wakeTask(assigned(), '2009-09-02T02:00:00.000Z').state;
  const yellow = `${t1.taskId}~0~yellow`;

  it('are acknowledged once by a supervisor', () => {
    const d = accepted(decideTask(overdue(), { type: 'acknowledgeEscalation', actor: ducha, escalationId: yellow, note: 'seen' }, '2009-09-02T03:00:00.000Z'));
    expect(d.events).toEqual([{ type: EventType.EscalationAcknowledged, data: { escalationId: yellow, taskId: t1.taskId, level: 'yellow', note: 'seen', actor: ducha } }]);
    expect(d.state.view.escalations[0]).toMatchObject({ acknowledgedAt: '2009-09-02T03:00:00.000Z', acknowledgedBy: ducha });
    expect(refused(decideTask(d.state, { type: 'acknowledgeEscalation', actor: ducha, escalationId: yellow }, JULY_1)).code).toBe(ErrorCode.EscalationAlreadyAcknowledged);
  });

  it('refuse officials (TASK.FORBIDDEN), unknown ids (ESCALATION.NOT_FOUND) and closed cases (TASK.OUT_OF_TURN)', () => {
    expect(refused(decideTask(overdue(), { type: 'acknowledgeEscalation', actor: stiic, escalationId: yellow }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideTask(overdue(), { type: 'acknowledgeEscalation', actor: ducha, escalationId: `${t1.taskId}~0~red` }, JULY_1)).code).toBe(ErrorCode.EscalationNotFound);
    const moved = after(overdue(), [{ type: 'issueDirective', actor: ducha, committedDate: '2009-09-15', instructions: 'finish' }], '2009-09-02T03:00:00.000Z');
    expect(refused(decideTask(moved, { type: 'acknowledgeEscalation', actor: ducha, escalationId: yellow }, JULY_1))).toMatchObject({
      code: ErrorCode.TaskOutOfTurn,
      message: `escalation ${yellow} is closed (deadline-moved)`,
    });
  });
});

describe('directives', () => {
  it('move the deadline to the committed date, resolving the open cards first', () => {
    const overdue = wakeTask(assigned(), '2009-09-02T02:00:00.000Z').state;
    const d = accepted(decideTask(overdue, { type: 'issueDirective', actor: ducha, committedDate: '2009-09-15', instructions: 'finish' }, '2009-09-02T03:00:00.000Z'));
    expect(types(d)).toEqual([EventType.EscalationResolved, EventType.DirectiveIssued]);
    expect(d.events[1]?.data).toEqual({
      directiveId: `${t1.taskId}~directive~1`,
      taskId: t1.taskId,
      unit: 'STIIC',
      previousDue: '2009-08-31',
      committedDate: '2009-09-15',
      instructions: 'finish',
      actor: ducha,
    });
    expect(d.state).toMatchObject({ epoch: 1, view: { due: '2009-09-15', status: 'assigned' } });
  });

  it('are a supervisor’s (TASK.FORBIDDEN), not on an accepted task (TASK.OUT_OF_TURN), and not for a past date (TASK.INVALID_DATE)', () => {
    const directive: TaskCommand = { type: 'issueDirective', actor: ducha, committedDate: '2009-09-15', instructions: 'finish' };
    expect(refused(decideTask(assigned(), { ...directive, actor: stiic }, JULY_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideTask(after(submitted(), [{ type: 'review', actor: ducha, decision: 'accept' }]), directive, JULY_1)).code).toBe(ErrorCode.TaskOutOfTurn);
    expect(refused(decideTask(assigned(), { ...directive, committedDate: '2009-06-01' }, JULY_1)).code).toBe(ErrorCode.InvalidDate);
  });
});

describe('the ladder', () => {
  it('says when to wake, and fires each step at its instant with the time it was due', () => {
    const start = assigned();
    const first = nextTaskWake(start);
    expect(first).toBe(start.view.ladder[0]?.at);
    expect(wakeTask(start, later(first!, -1)).events).toEqual([]);
    const d = wakeTask(start, first!);
    expect(d.events).toEqual([{ type: EventType.DeadlineReminder, at: first, data: expect.objectContaining({ taskId: t1.taskId, daysBefore: 30, notify: ['STIIC', 'STATS'] }) }]);
    expect(nextTaskWake(d.state)).toBe(start.view.ladder[1]?.at);
  });

  it('fires everything past due at once, in time order; the top level repeats, from now when it fired late', () => {
    // The leading-group report was due 2009-09-21: more than a day late, it repeats from now.
    const d = wakeTask(assigned(), '2009-10-15T02:00:00.000Z');
    expect(types(d)).toEqual([
      EventType.DeadlineReminder,
      EventType.DeadlineReminder,
      EventType.DeadlineReminder,
      EventType.EscalationRaised,
      EventType.EscalationRaised,
      EventType.EscalationRaised,
    ]);
    expect(d.state.view.escalations.map((e) => [e.level, e.nextRepeatAt !== undefined])).toEqual([
      ['yellow', false],
      ['red', false],
      ['leading-group', true],
    ]);
    const repeatAt = d.state.view.escalations[2]!.nextRepeatAt!;
    expect(repeatAt).toBe('2009-10-22T23:59:59.999+08:00');
    expect(nextTaskWake(d.state)).toBe(repeatAt);
    const again = wakeTask(d.state, repeatAt);
    expect(again.events).toEqual([{ type: EventType.EscalationRaised, at: repeatAt, data: expect.objectContaining({ level: 'leading-group', repeat: 1, notify: ['LGO', 'DUCHA', 'STIIC'] }) }]);
  });

  it('has nothing left to wake for once the task is accepted', () => {
    const done = after(submitted(), [{ type: 'review', actor: ducha, decision: 'accept' }], '2009-09-15T02:00:00.000Z');
    const woken = wakeTask(done, later('2009-09-15T02:00:00.000Z', 400 * DAY));
    expect(woken.events.filter((e) => e.type === EventType.EscalationRaised && e.data.repeat > 0)).toEqual([]);
  });
});

describe('decisions are pure', () => {
  it('never change the state they are given, whether they accept or refuse', () => {
    const state = assigned();
    const before = JSON.stringify(state);
    accepted(decideTask(state, { type: 'reportProgress', actor: stiic, percent: 10, note: 'x' }, JULY_1));
    refused(decideTask(state, { type: 'review', actor: ducha, decision: 'accept' }, JULY_1));
    wakeTask(state, '2009-09-15T02:00:00.000Z');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('decide the same events from the same state and command', () => {
    const command: TaskCommand = { type: 'issueDirective', actor: ducha, committedDate: '2009-09-15', instructions: 'finish' };
    expect(decideTask(assigned(), command, JULY_1)).toEqual(decideTask(assigned(), command, JULY_1));
  });
});

describe('the state carried over continue-as-new', () => {
  it('keeps the last history entries and fired ladder steps, and every unfired step', () => {
    let state = assigned();
    for (let i = 1; i <= CARRIED_HISTORY_ENTRIES + 20; i++) state = after(state, [{ type: 'reportProgress', actor: stiic, percent: i % 100, note: `step ${i}` }]);
    // Pad the fired steps as years of unacknowledged repeats would.
    const fired = Array.from({ length: CARRIED_FIRED_LADDER_STEPS + 5 }, (_, i) => ({ kind: 'red' as const, at: later(JULY_1, i * DAY), fired: true, epoch: 0, repeat: i + 1 }));
    state = { ...state, view: { ...state.view, ladder: [...fired, ...state.view.ladder] } };

    const carried = carriedTaskState(state);
    expect(carried.view.history).toHaveLength(CARRIED_HISTORY_ENTRIES);
    expect(carried.view.history.at(-1)?.note).toBe(`step ${CARRIED_HISTORY_ENTRIES + 20}`);
    expect(carried.view.ladder.filter((s) => s.fired)).toEqual(fired.slice(-CARRIED_FIRED_LADDER_STEPS));
    expect(carried.view.ladder.filter((s) => !s.fired)).toEqual(state.view.ladder.filter((s) => !s.fired));
    expect(nextTaskWake(carried)).toBe(nextTaskWake(state));
    expect({ ...carried.view, history: [], ladder: [] }).toEqual({ ...state.view, history: [], ladder: [] });
  });

  it('is the state itself while it is short', () => {
    const state = submitted();
    expect(carriedTaskState(state)).toEqual(state);
  });
});

describe('separation of duties (issue 12)', () => {
  const both: Actor = { ...stiic, roles: ['official', 'supervisor'] };
  const bySelf = (): TaskState => after(ready(), [{ type: 'submit', actor: both, summary: 'index v1' }]);

  it('refuses the submitter as reviewer, whatever roles it holds, and lets another supervisor review', () => {
    for (const decision of ['accept', 'reject'] as const) {
      const r = refused(decideTask(bySelf(), { type: 'review', actor: both, decision, reason: 'x' }, JULY_1));
      expect(r).toMatchObject({ code: ErrorCode.TaskSeparationOfDuties, details: { rule: 'review-not-by-submitter' } });
      expect(r.message).toContain('review-not-by-submitter');
    }
    expect(types(accepted(decideTask(bySelf(), { type: 'review', actor: ducha, decision: 'accept' }, JULY_1)))).toContain(EventType.TaskAccepted);
    // The submitter of the latest submission counts: a resubmission by someone else frees the first submitter to review.
    const resubmitted = after(bySelf(), [
      { type: 'review', actor: ducha, decision: 'reject', reason: 'more data' },
      { type: 'submit', actor: { ...stiic, sub: 'zhou.ping' }, summary: 'index v2' },
    ]);
    expect(types(accepted(decideTask(resubmitted, { type: 'review', actor: both, decision: 'accept' }, JULY_1)))).toContain(EventType.TaskAccepted);
  });

  it('refuses the requester as decider of its extension', () => {
    const requested = after(assigned(), [{ type: 'requestExtension', actor: both, newDue: '2009-09-30', reason: 'review' }]);
    const r = refused(decideTask(requested, { type: 'decideExtension', actor: both, decision: 'approve' }, JULY_1));
    expect(r).toMatchObject({ code: ErrorCode.TaskSeparationOfDuties, details: { rule: 'decision-not-by-requester' } });
    expect(accepted(decideTask(requested, { type: 'decideExtension', actor: ducha, decision: 'approve' }, JULY_1)).state.view.due).toBe('2009-09-30');
  });

  it('allows both where the workflow started before the patch (selfReviewAllowed), as recorded histories did', () => {
    expect(types(accepted(decideTask(bySelf(), { type: 'review', actor: both, decision: 'accept' }, JULY_1, { selfReviewAllowed: true })))).toContain(EventType.TaskAccepted);
  });
});
