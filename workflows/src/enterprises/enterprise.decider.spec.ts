import { ErrorCode, EventType, type Actor } from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, SZ_2009_INDEX_V1, type EnterpriseRegistration } from '@duban/domain';
import { isRejection, type Decided, type Decision, type Rejection } from '../lib/decision';
import {
  CARRIED_FIRED_STEP_LADDER_ENTRIES,
  carriedEnterpriseState,
  decideEnterprise,
  isEnterpriseFinished,
  newEnterpriseState,
  nextEnterpriseWake,
  registerEnterprise,
  wakeEnterprise,
  type EnterpriseCommand,
  type EnterpriseState,
} from './enterprise.decider';

/**
 * An enterprise case's decisions without Temporal: registration, waiting for the index,
 * classification, every step command accepted and refused (turn, unit, role, payload, dates), the
 * ladders woken at their instants, re-evaluation, and the state carried over continue-as-new.
 */
const official = (unit: string): Actor => ({ sub: `${unit.toLowerCase()}.official`, unit, roles: ['official'] });
const baoan = official('BAOAN');
const stiic = official('STIIC');
const ducha: Actor = { sub: 'ducha.wang', unit: 'DUCHA', roles: ['supervisor'] };

/** A labour-intensive, low-margin toy maker in Bao'an: track C (see classifier.spec.ts). */
const toyMaker: EnterpriseRegistration = {
  id: 'ENT-BAOAN-0001',
  name: '宝安某玩具厂',
  district: 'BAOAN',
  industry: 'toys',
  indicators: { technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
};
const measures = { indicators: toyMaker.indicators, flags: toyMaker.flags };

/** 2010-03-01 09:00 in Shanghai. */
const MARCH_1 = '2010-03-01T01:00:00.000Z';
/** Two days past the intention step's 20 working days (due 2010-03-29): its yellow card is out, the red one not yet. */
const LATE = '2010-03-31T02:00:00.000Z';
const input = { registration: toyMaker, planId: 'shenzhen-2009-98', escalation: DEFAULT_ESCALATION_POLICY };

function accepted<S>(decided: Decided<S>): Decision<S> {
  if (isRejection(decided)) throw new Error(`refused: ${decided.code} ${decided.message}`);
  return decided;
}
function refused<S>(decided: Decided<S>): Rejection {
  if (!isRejection(decided)) throw new Error(`accepted with ${decided.events.map((e) => e.type).join(', ') || 'no events'}`);
  return decided;
}
function after(state: EnterpriseState, commands: EnterpriseCommand[], now = MARCH_1): EnterpriseState {
  return commands.reduce((s, c) => accepted(decideEnterprise(s, c, now)).state, state);
}
const types = (d: Decision<EnterpriseState>): string[] => d.events.map((e) => e.type);
const complete = (step: string, actor: Actor, payload: Record<string, unknown>): EnterpriseCommand => ({ type: 'completeStep', step: step as never, actor, payload });
const open = (s: EnterpriseState): string[] => s.view.steps.filter((x) => x.status === 'open').map((x) => x.step);

/** Registered with the index in force and classified (C): the intention step is open. */
const classified = (): EnterpriseState => wakeEnterprise(registerEnterprise(newEnterpriseState({ ...input, index: SZ_2009_INDEX_V1 }, MARCH_1), baoan).state, MARCH_1).state;
const destination = { parkId: 'sz-chaozhou-park', parkName: '深圳（潮州）产业转移工业园', region: 'east-wing', reasons: ['玩具'] };

describe('registration and the index', () => {
  it('with the index in force: registered, then classified on the first wake with its first step open', () => {
    const fresh = newEnterpriseState({ ...input, index: SZ_2009_INDEX_V1 }, MARCH_1);
    const registered = registerEnterprise(fresh, baoan);
    expect(registered.events).toEqual([
      { type: EventType.EnterpriseRegistered, data: { enterpriseId: toyMaker.id, name: toyMaker.name, district: 'BAOAN', industry: 'toys', planId: 'shenzhen-2009-98', actor: baoan } },
    ]);
    const woken = wakeEnterprise(registered.state, MARCH_1);
    expect(types(woken)).toEqual([EventType.EnterpriseClassified, EventType.EnterpriseStepOpened]);
    expect(woken.state.view).toMatchObject({ status: 'active', track: 'C' });
    expect(woken.events[1]?.data).toMatchObject({ stepId: `${toyMaker.id}/intention`, step: 'intention', unit: 'BAOAN' });
    expect(woken.state.epochs).toEqual({ intention: 0 });
    expect(isEnterpriseFinished(woken.state)).toBe(false);
  });

  it('without it: waits (nothing to wake for) until the index is delivered; the first delivery wins', () => {
    const registered = registerEnterprise(newEnterpriseState(input, MARCH_1), baoan);
    expect(types(registered)).toEqual([EventType.EnterpriseRegistered, EventType.EnterpriseAwaitingIndex]);
    expect(wakeEnterprise(registered.state, LATE).events).toEqual([]);
    expect(nextEnterpriseWake(registered.state)).toBeUndefined();

    const delivered = accepted(decideEnterprise(registered.state, { type: 'indexDelivered', index: SZ_2009_INDEX_V1 }, MARCH_1));
    expect(delivered.events).toEqual([]);
    expect(delivered.state.index).toEqual(SZ_2009_INDEX_V1);
    const again = accepted(decideEnterprise(delivered.state, { type: 'indexDelivered', index: { ...SZ_2009_INDEX_V1, version: 'other' } }, MARCH_1));
    expect(again.state).toBe(delivered.state);
    expect(types(wakeEnterprise(delivered.state, MARCH_1))).toEqual([EventType.EnterpriseClassified, EventType.EnterpriseStepOpened]);
  });
});

describe('completing a step', () => {
  it('records it and opens what follows: the transfer intention opens the destination and, beside it, labour', () => {
    const d = accepted(decideEnterprise(classified(), complete('intention', baoan, { decision: 'transfer' }), MARCH_1));
    expect(types(d)).toEqual([EventType.EnterpriseStepCompleted, EventType.EnterpriseStepOpened, EventType.EnterpriseStepOpened]);
    expect(d.events[0]?.data).toEqual({
      enterpriseId: toyMaker.id,
      stepId: `${toyMaker.id}/intention`,
      step: 'intention',
      unit: 'BAOAN',
      payload: { decision: 'transfer' },
      overdueWorkingDays: 0,
      actor: baoan,
    });
    expect(open(d.state)).toEqual(['destination', 'labour']);
    expect(d.state.view.intention).toBe('transfer');
    expect(d.state.epochs).toEqual({ destination: 0, labour: 0 });
  });

  it('walks the C track to its close; relocation waits for both labour and the legacy land', () => {
    let s = after(classified(), [
      complete('intention', baoan, { decision: 'transfer' }),
      complete('destination', stiic, destination),
      complete('site-visit', baoan, { visitedOn: '2010-03-01', participants: 3 }),
      complete('negotiation', baoan, { summary: '租金' }),
      complete('agreement', baoan, { signedOn: '2010-03-01', agreementRef: 'CZ-1' }),
      complete('legacy-land', official('PLAN'), { resolution: 'returned' }),
    ]);
    expect(open(s)).toEqual(['labour']);
    expect(s.view.park).toEqual(destination);
    s = after(s, [complete('labour', official('HRSS'), { disputesResolved: 0, workersRetrained: 10 })]);
    expect(open(s)).toEqual(['relocation']);
    s = after(s, [complete('relocation', baoan, { relocatedOn: '2010-03-01' }), complete('operating', stiic, { startedOn: '2010-03-01' })]);
    const last = accepted(decideEnterprise(s, complete('follow-up', stiic, { notes: '回访' }), MARCH_1));
    expect(types(last)).toEqual([EventType.EnterpriseStepCompleted, EventType.EnterpriseClosed]);
    expect(last.events[1]?.data).toEqual({ enterpriseId: toyMaker.id, track: 'C', outcome: 'transferred' });
    expect(last.state.view).toMatchObject({ status: 'closed', closedAt: MARCH_1 });
    expect(isEnterpriseFinished(last.state)).toBe(true);
    expect(nextEnterpriseWake(last.state)).toBeUndefined();
  });

  it('takes the upgrade path (优化提升) when the enterprise declines transfer', () => {
    const s = after(classified(), [complete('intention', baoan, { decision: 'upgrade' })]);
    expect(open(s)).toEqual(['upgrade']);
    const d = accepted(decideEnterprise(s, complete('upgrade', baoan, { plan: '自动化改造' }), MARCH_1));
    expect(d.events.at(-1)?.data).toMatchObject({ outcome: 'upgraded' });
  });

  it('late: counts the working days past the deadline and resolves the step’s open cards first', () => {
    const overdue = wakeEnterprise(classified(), LATE).state;
    expect(overdue.view.steps[0]?.escalations.map((e) => e.level)).toEqual(['yellow']);
    const d = accepted(decideEnterprise(overdue, complete('intention', baoan, { decision: 'transfer' }), LATE));
    expect(types(d).slice(0, 2)).toEqual([EventType.EscalationResolved, EventType.EnterpriseStepCompleted]);
    expect(d.events[1]?.data).toMatchObject({ overdueWorkingDays: expect.any(Number) });
    expect((d.events[1]?.data as { overdueWorkingDays: number }).overdueWorkingDays).toBeGreaterThan(0);
  });

  it('is refused out of turn (STEP_OUT_OF_TURN, naming the open steps), to other units and supervisors (TASK.FORBIDDEN), and with a bad payload (STEP_PAYLOAD_INVALID)', () => {
    expect(refused(decideEnterprise(classified(), complete('destination', stiic, destination), MARCH_1))).toEqual({
      rejected: true,
      code: ErrorCode.StepOutOfTurn,
      message: `step destination of ${toyMaker.id} is not open (open: intention)`,
      details: { open: ['intention'] },
    });
    expect(refused(decideEnterprise(classified(), complete('intention', official('FUTIAN'), { decision: 'transfer' }), MARCH_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideEnterprise(classified(), complete('intention', { ...ducha, unit: 'BAOAN' }, { decision: 'transfer' }), MARCH_1)).code).toBe(ErrorCode.TaskForbidden);
    const bad = refused(decideEnterprise(classified(), complete('intention', baoan, { decision: 'maybe' }), MARCH_1));
    expect(bad).toMatchObject({ code: ErrorCode.StepPayloadInvalid, details: { errors: [expect.objectContaining({ field: 'body.payload.decision' })] } });
    const waiting = registerEnterprise(newEnterpriseState(input, MARCH_1), baoan).state;
    expect(refused(decideEnterprise(waiting, complete('intention', baoan, { decision: 'transfer' }), MARCH_1)).message).toContain('(open: none)');
  });
});

describe('re-evaluation', () => {
  it('to the same steps (C again) keeps the open step and its deadline', () => {
    const before = classified();
    const d = accepted(decideEnterprise(before, { type: 'reevaluate', actor: stiic, ...measures, redLines: [] }, '2010-03-05T01:00:00.000Z'));
    expect(types(d)).toEqual([EventType.EnterpriseClassified]);
    expect(d.events[0]?.data).toMatchObject({ revision: 1, actor: stiic });
    expect(d.state.view.steps).toEqual(before.view.steps);
  });

  it('to another track cancels the open steps (their cards resolved as cancelled) and opens the new track’s first', () => {
    const overdue = wakeEnterprise(classified(), LATE).state;
    const d = accepted(decideEnterprise(overdue, { type: 'reevaluate', actor: ducha, ...measures, redLines: ['unlicensed'] }, LATE));
    expect(types(d)).toEqual([EventType.EnterpriseClassified, EventType.EscalationResolved, EventType.EnterpriseStepCancelled, EventType.EnterpriseStepOpened]);
    expect(d.events[1]?.data).toMatchObject({ resolution: 'cancelled' });
    expect(d.events[2]?.data).toMatchObject({ step: 'intention', reason: 'reclassified', track: 'D', actor: ducha });
    expect(d.state.view).toMatchObject({ track: 'D', revision: 1 });
    expect(open(d.state)).toEqual(['notice']);
    expect(d.state.epochs).toEqual({ notice: 0 });
  });

  it('a step opened again after its cancellation continues its epochs, so escalation ids never repeat', () => {
    const s = after(classified(), [{ type: 'reevaluate', actor: stiic, ...measures, redLines: ['unlicensed'] }, { type: 'reevaluate', actor: stiic, ...measures, redLines: [] }]);
    expect(s.view.steps.map((x) => [x.step, x.status])).toEqual([
      ['intention', 'cancelled'],
      ['notice', 'cancelled'],
      ['intention', 'open'],
    ]);
    expect(s.epochs).toEqual({ intention: 1 });
    const late = wakeEnterprise(s, LATE);
    expect(late.events.find((e) => e.type === EventType.EscalationRaised)?.data).toMatchObject({ escalationId: `${toyMaker.id}/intention~1~yellow` });
  });

  it('while waiting for the index only replaces the values it will be classified on', () => {
    const waiting = registerEnterprise(newEnterpriseState(input, MARCH_1), baoan).state;
    const d = accepted(decideEnterprise(waiting, { type: 'reevaluate', actor: stiic, ...measures, redLines: ['unlicensed'] }, MARCH_1));
    expect(d.events).toEqual([]);
    expect(d.state.view).toMatchObject({ status: 'awaiting-index', revision: 1 });
    const delivered = after(d.state, [{ type: 'indexDelivered', index: SZ_2009_INDEX_V1 }]);
    expect(wakeEnterprise(delivered, MARCH_1).state.view.track).toBe('D');
  });

  it('is refused to a district’s officials (TASK.FORBIDDEN), with invalid values (STEP_PAYLOAD_INVALID), and once work is recorded or the case is closed (EVALUATION_OUT_OF_TURN)', () => {
    expect(refused(decideEnterprise(classified(), { type: 'reevaluate', actor: baoan, ...measures, redLines: [] }, MARCH_1)).code).toBe(ErrorCode.TaskForbidden);
    const invalid = refused(decideEnterprise(classified(), { type: 'reevaluate', actor: stiic, ...measures, redLines: ['arson' as never] }, MARCH_1));
    expect(invalid).toMatchObject({ code: ErrorCode.StepPayloadInvalid, message: 'the evaluation is invalid' });
    const worked = after(classified(), [complete('intention', baoan, { decision: 'transfer' })]);
    expect(refused(decideEnterprise(worked, { type: 'reevaluate', actor: stiic, ...measures, redLines: [] }, MARCH_1))).toMatchObject({
      code: ErrorCode.EvaluationOutOfTurn,
      details: { done: ['intention'] },
    });
    const upgraded = after(classified(), [complete('intention', baoan, { decision: 'upgrade' }), complete('upgrade', baoan, { plan: 'x' })]);
    expect(refused(decideEnterprise(upgraded, { type: 'reevaluate', actor: stiic, ...measures, redLines: [] }, MARCH_1)).message).toContain('its case is closed');
  });
});

describe('escalations of a step', () => {
  const overdue = (): EnterpriseState => wakeEnterprise(classified(), LATE).state;
  const yellow = `${toyMaker.id}/intention~0~yellow`;

  it('are acknowledged once by a supervisor', () => {
    const d = accepted(decideEnterprise(overdue(), { type: 'acknowledgeEscalation', actor: ducha, escalationId: yellow, note: 'seen' }, LATE));
    expect(d.events).toEqual([{ type: EventType.EscalationAcknowledged, data: { escalationId: yellow, taskId: `${toyMaker.id}/intention`, level: 'yellow', note: 'seen', actor: ducha } }]);
    expect(refused(decideEnterprise(d.state, { type: 'acknowledgeEscalation', actor: ducha, escalationId: yellow }, LATE)).code).toBe(ErrorCode.EscalationAlreadyAcknowledged);
  });

  it('refuse officials (TASK.FORBIDDEN), ids that are not this case’s (ESCALATION.NOT_FOUND) and a done step’s (STEP_OUT_OF_TURN)', () => {
    expect(refused(decideEnterprise(overdue(), { type: 'acknowledgeEscalation', actor: baoan, escalationId: yellow }, LATE)).code).toBe(ErrorCode.TaskForbidden);
    for (const escalationId of [`ENT-OTHER/intention~0~yellow`, `${toyMaker.id}/intention~0~red`, 'shenzhen-2009-98.T1.STIIC~0~yellow']) {
      expect(refused(decideEnterprise(overdue(), { type: 'acknowledgeEscalation', actor: ducha, escalationId }, LATE)).code).toBe(ErrorCode.EscalationNotFound);
    }
    const done = after(overdue(), [complete('intention', baoan, { decision: 'transfer' })], LATE);
    expect(refused(decideEnterprise(done, { type: 'acknowledgeEscalation', actor: ducha, escalationId: yellow }, LATE))).toMatchObject({
      code: ErrorCode.StepOutOfTurn,
      message: `escalation ${yellow} is closed (completed)`,
    });
  });
});

describe('directives on a step', () => {
  it('move the open step’s deadline, resolving its cards first, in a new epoch', () => {
    const d = accepted(decideEnterprise(wakeEnterprise(classified(), LATE).state, { type: 'issueDirective', actor: ducha, step: 'intention', committedDate: '2010-05-01', instructions: '按期' }, LATE));
    expect(types(d)).toEqual([EventType.EscalationResolved, EventType.DirectiveIssued]);
    expect(d.events[1]?.data).toEqual({
      directiveId: `${toyMaker.id}/intention~directive~1`,
      taskId: `${toyMaker.id}/intention`,
      unit: 'BAOAN',
      previousDue: expect.any(String),
      committedDate: '2010-05-01',
      instructions: '按期',
      actor: ducha,
    });
    expect(d.state.view.steps[0]).toMatchObject({ due: '2010-05-01', directives: [{ committedDate: '2010-05-01' }] });
    expect(d.state.epochs).toEqual({ intention: 1 });
    expect(nextEnterpriseWake(d.state)).toBe(d.state.view.steps[0]?.ladder.find((l) => !l.fired && l.epoch === 1)?.at);
  });

  it('are a supervisor’s (TASK.FORBIDDEN), on an open step (STEP_OUT_OF_TURN), for a date not past (TASK.INVALID_DATE)', () => {
    const directive = { type: 'issueDirective', actor: ducha, step: 'intention', committedDate: '2010-05-01', instructions: '按期' } as const;
    expect(refused(decideEnterprise(classified(), { ...directive, actor: baoan }, MARCH_1)).code).toBe(ErrorCode.TaskForbidden);
    expect(refused(decideEnterprise(classified(), { ...directive, step: 'destination' }, MARCH_1)).code).toBe(ErrorCode.StepOutOfTurn);
    expect(refused(decideEnterprise(classified(), { ...directive, committedDate: '2010-02-01' }, MARCH_1)).details).toEqual({
      errors: [{ field: 'body.committedDate', rule: 'must be today (2010-03-01) or later' }],
    });
  });
});

describe('the ladders', () => {
  it('wake at the earliest instant of any open step', () => {
    const s = after(classified(), [complete('intention', baoan, { decision: 'transfer' })]);
    const firsts = s.view.steps.filter((x) => x.status === 'open').map((x) => x.ladder.find((l) => !l.fired)!.at);
    expect(nextEnterpriseWake(s)).toBe([...firsts].sort((a, b) => Date.parse(a) - Date.parse(b))[0]);
    const woken = wakeEnterprise(s, nextEnterpriseWake(s)!);
    expect(types(woken)).toEqual([EventType.DeadlineReminder]);
  });
});

describe('decisions are pure', () => {
  it('never change the state they are given', () => {
    const s = classified();
    const before = JSON.stringify(s);
    accepted(decideEnterprise(s, complete('intention', baoan, { decision: 'transfer' }), MARCH_1));
    refused(decideEnterprise(s, complete('destination', stiic, destination), MARCH_1));
    accepted(decideEnterprise(s, { type: 'reevaluate', actor: stiic, ...measures, redLines: ['unlicensed'] }, MARCH_1));
    wakeEnterprise(s, LATE);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('the state carried over continue-as-new', () => {
  it('keeps each step’s unfired ladder and its last fired entries, and everything else', () => {
    const s = classified();
    const fired = Array.from({ length: CARRIED_FIRED_STEP_LADDER_ENTRIES + 3 }, (_, i) => ({ kind: 'red' as const, at: `2010-0${1 + (i % 2)}-0${1 + (i % 9)}T09:00:00.000+08:00`, fired: true, epoch: 0, repeat: i + 1 }));
    const padded: EnterpriseState = { ...s, view: { ...s.view, steps: s.view.steps.map((x) => ({ ...x, ladder: [...fired, ...x.ladder] })) } };
    const carried = carriedEnterpriseState(padded);
    const step = carried.view.steps[0]!;
    expect(step.ladder.filter((l) => l.fired)).toEqual(fired.slice(-CARRIED_FIRED_STEP_LADDER_ENTRIES));
    expect(step.ladder.filter((l) => !l.fired)).toEqual(s.view.steps[0]!.ladder);
    expect(nextEnterpriseWake(carried)).toBe(nextEnterpriseWake(s));
    expect(carriedEnterpriseState(s)).toEqual(s);
  });
});
