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

/** The tracks as the seed defines them (issue 11): each track's path from classification to close. */
describe('the tracks by the seed (五(一))', () => {
  const plan = official('PLAN');
  const hrss = official('HRSS');
  const classifiedAs = (registration: EnterpriseRegistration, trackRules: EnterpriseState['trackRules'] = 'by-seed'): EnterpriseState =>
    wakeEnterprise(registerEnterprise({ ...newEnterpriseState({ ...input, registration, index: SZ_2009_INDEX_V1 }, MARCH_1), trackRules }, baoan).state, MARCH_1).state;
  const closedWith = (d: Decision<EnterpriseState>) => d.events.find((e) => e.type === EventType.EnterpriseClosed)?.data;

  it('records the deciding rule and the seed’s clause in the classified event', () => {
    const d = wakeEnterprise(registerEnterprise(newEnterpriseState({ ...input, registration: { ...toyMaker, productionCategory: 'labour-intensive' }, index: SZ_2009_INDEX_V1 }, MARCH_1), baoan).state, MARCH_1);
    expect(d.events[0]?.data).toMatchObject({ track: 'C', rule: { id: 'c-production-category', clause: expect.stringContaining('劳动密集型') } });
    expect((d.events[0]?.data as { explanation: string[] }).explanation).toContain('what happens: 五(一) "协助退出、转移及优化提升": the enterprise chooses exit, transfer or upgrade (企业自愿, 四(二))');
  });

  describe('C: the enterprise chooses exit, transfer or upgrade (企业自愿), and the choice is recorded', () => {
    it('exit (协助退出): exit plan with labour beside it, legacy land, then the exit verified once both are done; closes exited', () => {
      const chose = accepted(decideEnterprise(classified(), complete('intention', baoan, { decision: 'exit', note: '企业自愿退出' }), MARCH_1));
      expect(chose.events[0]?.data).toMatchObject({ step: 'intention', payload: { decision: 'exit', note: '企业自愿退出' } });
      expect(chose.state.view.intention).toBe('exit');
      expect(open(chose.state)).toEqual(['exit-plan', 'labour']);
      let s = after(chose.state, [complete('exit-plan', baoan, { plan: '有序停产', exitBy: '2010-06-30' })]);
      expect(open(s)).toEqual(['labour', 'legacy-land']);
      expect(s.view.steps.find((x) => x.step === 'legacy-land')?.unit).toBe('PLAN');
      s = after(s, [complete('legacy-land', plan, { resolution: 'revitalised' })]);
      expect(open(s)).toEqual(['labour']);
      s = after(s, [complete('labour', hrss, { disputesResolved: 2, workersRetrained: 30 })]);
      expect(open(s)).toEqual(['exit-verified']);
      const last = accepted(decideEnterprise(s, complete('exit-verified', baoan, { verifiedOn: '2010-07-02' }), MARCH_1));
      expect(closedWith(last)).toEqual({ enterpriseId: toyMaker.id, track: 'C', outcome: 'exited' });
      expect(last.state.view.steps.map((x) => x.step)).not.toContain('destination');
    });

    it('transfer: the production move, with labour beside it; closes transferred', () => {
      const s = after(classified(), [complete('intention', baoan, { decision: 'transfer' })]);
      expect(open(s)).toEqual(['destination', 'labour']);
      expect(s.view.intention).toBe('transfer');
    });

    it('upgrade (优化提升): the upgrade plan; closes upgraded', () => {
      const s = after(classified(), [complete('intention', baoan, { decision: 'upgrade' })]);
      expect(open(s)).toEqual(['upgrade']);
      expect(closedWith(accepted(decideEnterprise(s, complete('upgrade', baoan, { plan: '自动化改造' }), MARCH_1)))).toMatchObject({ outcome: 'upgraded' });
    });

    it('refuses an exit plan without its payload fields', () => {
      const s = after(classified(), [complete('intention', baoan, { decision: 'exit' })]);
      expect(refused(decideEnterprise(s, complete('exit-plan', baoan, { plan: 'x' }), MARCH_1))).toMatchObject({
        code: ErrorCode.StepPayloadInvalid,
        details: { errors: [expect.objectContaining({ field: 'body.payload.exitBy' })] },
      });
    });
  });

  describe('D: notice → closure decision → closure verified, no rectification', () => {
    const redLined = { ...toyMaker, redLines: ['unlicensed' as const] };

    it('walks the three steps and closes by law; the score-bands order step is never open and refused', () => {
      let s = classifiedAs(redLined);
      expect(s.view.track).toBe('D');
      expect(open(s)).toEqual(['notice']);
      s = after(s, [complete('notice', baoan, { noticeRef: '宝安淘汰〔2010〕1号' })]);
      expect(open(s)).toEqual(['closure-decision']);
      expect(s.view.steps.find((x) => x.step === 'closure-decision')?.name).toBe('关闭决定（依法，无整改选项）');
      expect(refused(decideEnterprise(s, complete('order', baoan, { order: 'rectify', deadline: '2010-06-01' }), MARCH_1)).code).toBe(ErrorCode.StepOutOfTurn);
      expect(refused(decideEnterprise(s, complete('closure-decision', baoan, { decisionRef: 'x', closeBy: '2010-06-01', order: 'rectify' }), MARCH_1)).code).toBe(ErrorCode.StepPayloadInvalid);
      s = after(s, [complete('closure-decision', baoan, { decisionRef: '宝安关闭〔2010〕1号', closeBy: '2010-04-30' })]);
      expect(open(s)).toEqual(['closure-verified']);
      const last = accepted(decideEnterprise(s, complete('closure-verified', baoan, { verifiedOn: '2010-05-04' }), MARCH_1));
      expect(closedWith(last)).toEqual({ enterpriseId: toyMaker.id, track: 'D', outcome: 'closed-by-law' });
      expect(last.state.view.steps.map((x) => x.step)).toEqual(['notice', 'closure-decision', 'closure-verified']);
    });
  });

  describe('B: the headquarters takes root while the production move is tracked', () => {
    /** Score 28, small, headquarters in Shenzhen, production moving out: B by situation. */
    const hqStays: EnterpriseRegistration = { ...toyMaker, flags: { ...toyMaker.flags, headquartersInShenzhen: true, productionMovingOut: true } };

    it('opens the rooting service (STIIC), the destination and labour at once, no intention step', () => {
      const s = classifiedAs(hqStays);
      expect(s.view.track).toBe('B');
      expect(s.view.steps.map((x) => [x.step, x.unit])).toEqual([
        ['hq-rooting', 'STIIC'],
        ['destination', 'STIIC'],
        ['labour', 'HRSS'],
      ]);
    });

    it('closes transferred only once both the production move and the rooting are done', () => {
      let s = after(classifiedAs(hqStays), [
        complete('destination', stiic, destination),
        complete('site-visit', baoan, { visitedOn: '2010-03-01', participants: 3 }),
        complete('negotiation', baoan, { summary: '租金' }),
        complete('agreement', baoan, { signedOn: '2010-03-01', agreementRef: 'CZ-1' }),
        complete('legacy-land', plan, { resolution: 'returned' }),
        complete('labour', hrss, { disputesResolved: 0, workersRetrained: 10 }),
        complete('relocation', baoan, { relocatedOn: '2010-03-01' }),
        complete('operating', stiic, { startedOn: '2010-03-01' }),
      ]);
      const followedUp = accepted(decideEnterprise(s, complete('follow-up', stiic, { notes: '回访' }), MARCH_1));
      expect(closedWith(followedUp)).toBeUndefined();
      expect(open(followedUp.state)).toEqual(['hq-rooting']);
      s = followedUp.state;
      const rooted = accepted(decideEnterprise(s, complete('hq-rooting', stiic, { measures: ['总部用房', '人才安居'] }), MARCH_1));
      expect(closedWith(rooted)).toEqual({ enterpriseId: toyMaker.id, track: 'B', outcome: 'transferred' });
    });

    it('re-evaluated to C before anything is done: the three open steps are cancelled and the intention opens', () => {
      const d = accepted(decideEnterprise(classifiedAs(hqStays), { type: 'reevaluate', actor: stiic, ...measures, redLines: [] }, MARCH_1));
      expect(d.state.view.track).toBe('C');
      expect(d.state.view.steps.map((x) => [x.step, x.status])).toEqual([
        ['hq-rooting', 'cancelled'],
        ['destination', 'cancelled'],
        ['labour', 'cancelled'],
        ['intention', 'open'],
      ]);
    });
  });

  it('A: support plan, then periodic review; closes supported', () => {
    const large: EnterpriseRegistration = {
      ...toyMaker,
      indicators: { technology: 2, valueAddedRate: 20, taxContribution: 500, energyPerOutput: 0.4, labourIntensity: 50, scale: 50_000, growth: 5 },
      flags: { ...toyMaker.flags, headquartersInShenzhen: true },
    };
    let s = classifiedAs(large);
    expect(s.view.classification).toMatchObject({ track: 'A', rule: { id: 'a-local-headquarters' } });
    s = after(s, [complete('support-plan', stiic, { measures: ['研发资助'] })]);
    expect(closedWith(accepted(decideEnterprise(s, complete('periodic-review', stiic, { outcome: '良好' }), MARCH_1)))).toMatchObject({ outcome: 'supported' });
  });

  it('a re-evaluation may set the production category, and one that leaves it out keeps it', () => {
    const s = after(classified(), [{ type: 'reevaluate', actor: stiic, ...measures, redLines: [], productionCategory: 'resource-based' }]);
    expect(s.view.registration.productionCategory).toBe('resource-based');
    expect(s.view.classification?.rule?.id).toBe('c-production-category');
    const kept = after(s, [{ type: 'reevaluate', actor: stiic, ...measures, redLines: [] }]);
    expect(kept.view.registration.productionCategory).toBe('resource-based');
  });
});

/**
 * LEGACY: a case started before the `enterprise-tracks-by-seed` patch keeps the score bands and
 * their paths to its end (its recorded history must replay to the same events).
 */
describe('a case started under the score bands', () => {
  const legacy = (registration: EnterpriseRegistration): EnterpriseState =>
    wakeEnterprise(registerEnterprise({ ...newEnterpriseState({ ...input, registration, index: SZ_2009_INDEX_V1 }, MARCH_1), trackRules: 'score-bands' }, baoan).state, MARCH_1).state;

  it('classifies by score bands, without a rule, and keeps them over continue-as-new', () => {
    const s = legacy(toyMaker);
    expect(s.view.classification).toMatchObject({ track: 'C', thresholdCrossed: 'score 28.00 < 55 (headquarters stays)' });
    expect(s.view.classification?.rule).toBeUndefined();
    expect(carriedEnterpriseState(s).trackRules).toBe('score-bands');
  });

  it('refuses the assisted exit it never had (STEP_PAYLOAD_INVALID naming the decision), and changes nothing', () => {
    const r = refused(decideEnterprise(legacy(toyMaker), complete('intention', baoan, { decision: 'exit' }), MARCH_1));
    expect(r).toMatchObject({ code: ErrorCode.StepPayloadInvalid, details: { errors: [{ field: 'body.payload.decision', rule: expect.stringMatching(/^must be one of: transfer, upgrade/) }] } });
  });

  it('walks D with the rectify-or-close order', () => {
    let s = legacy({ ...toyMaker, redLines: ['unlicensed'] });
    s = after(s, [complete('notice', baoan, { noticeRef: 'n' })]);
    expect(open(s)).toEqual(['order']);
    s = after(s, [complete('order', baoan, { order: 'rectify', deadline: '2010-06-01' })]);
    expect(open(s)).toEqual(['closure-verified']);
  });

  it('puts a mid-score headquarters firm on B, walking C’s intention (as it did)', () => {
    const midHq: EnterpriseRegistration = { ...toyMaker, indicators: { technology: 4.5, valueAddedRate: 28, taxContribution: 100, energyPerOutput: 0.2, labourIntensity: 15, scale: 1000, growth: -2 }, flags: { ...toyMaker.flags, headquartersInShenzhen: true } };
    const s = legacy(midHq);
    expect(s.view.track).toBe('B');
    expect(open(s)).toEqual(['intention']);
    expect(open(after(s, [complete('intention', baoan, { decision: 'transfer' })]))).toEqual(['destination', 'labour']);
  });
});
