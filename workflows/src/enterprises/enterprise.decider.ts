import {
  ErrorCode,
  EventType,
  enterpriseStepId,
  parseEnterpriseStepId,
  parseEscalationId,
  parseStepPayload,
  reevaluateEnterpriseSchema,
  type AcknowledgeEscalationCommand,
  type Actor,
  type CalendarChange,
  type CalendarInForce,
  type CompleteStepCommand,
  type EnterpriseStepState,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
  type Escalation,
  type IssueStepDirectiveCommand,
  type ReevaluateCommand,
} from '@duban/contracts';
import {
  STEP_DEFINITIONS,
  afterStep,
  classifyByScoreBands,
  classifyEnterprise,
  intentionDecisions,
  openingSteps,
  overdueWorkingDays,
  stepOwnerUnit,
  toShanghaiDate,
  trackPath,
  type EnterpriseOutcome,
  type EnterpriseStep,
  type EnterpriseTrack,
  type EscalationPolicy,
  type EvaluationIndexDefinition,
  type IntentionDecision,
  type TrackRules,
} from '@duban/domain';
import { workingDayCalendar } from '../lib/calendar-in-force';
import { DeadlineLadder, nextLadderWake, recentLadder } from '../lib/deadline-ladder';
import { accepted, deciding, refuse, type Decided, type Decision, type EventDrafts } from '../lib/decision';
import { futureDateRejection } from '../lib/future-date';

/**
 * The decisions of one enterprise's case in the transfer programme (五(一)), without Temporal:
 * registered by its district, it waits for the evaluation index (T1's deliverable) if there is
 * none yet, is classified into a track, and walks that track's steps. Each step is owned by a unit
 * and has a service-level deadline on the same escalation ladder as the plan's tasks. Which steps
 * open when is the lifecycle's (`trackPath` in libs/domain): since issue 11, by the seed's tracks
 * (B roots its headquarters beside the production move; C chooses exit, transfer or upgrade; D is
 * closed by law); cases started before it keep the score bands (`trackRules`). The labour step
 * (HRSS) runs beside the chain, and relocation (or a verified exit) waits for it and the legacy
 * land. `enterprise.workflow.ts` wires these to Temporal.
 */

/** What a case carries: its view, the index in force (once it has one), each open step's ladder epoch, and the escalation policy. */
export interface EnterpriseState {
  view: EnterpriseView;
  index?: EvaluationIndexDefinition;
  /** The ladder epoch of each open step: 0, +1 for each directive that moved its deadline. */
  epochs: Partial<Record<EnterpriseStep, number>>;
  policy: EscalationPolicy;
  /** The classifier and paths the case follows, fixed at its start and carried over continue-as-new: `score-bands` for cases started before issue 11. */
  trackRules: TrackRules;
  /** The calendar in force (see `lib/calendar-in-force.ts`); absent for a case started before run-time calendars. */
  calendar?: CalendarInForce;
}

export type EnterpriseCommand =
  | ({ type: 'completeStep' } & CompleteStepCommand)
  | ({ type: 'reevaluate' } & ReevaluateCommand)
  | ({ type: 'acknowledgeEscalation' } & AcknowledgeEscalationCommand)
  | ({ type: 'issueDirective' } & IssueStepDirectiveCommand)
  /** The evaluation index arrived (a signal). Delivered at least once: the first wins, later ones change nothing. Never refused. */
  | { type: 'indexDelivered'; index: EvaluationIndexDefinition }
  /** Time has passed or the index arrived: classify if the case was waiting, fire every ladder step and repeat that is due. Never refused. */
  | { type: 'wake' };

/** Fired ladder steps a step carries into the next run; see `CARRIED_FIRED_LADDER_STEPS` of tasks (ours, for the same reasons). */
export const CARRIED_FIRED_STEP_LADDER_ENTRIES = 100;

/** A new case's state at `now` (plan time, ISO-8601): nothing decided yet (see {@link registerEnterprise}). */
export function newEnterpriseState(
  input: Pick<EnterpriseWorkflowInput, 'registration' | 'planId' | 'index' | 'escalation'>,
  now: string,
  calendar?: CalendarInForce,
): EnterpriseState {
  const { registration } = input;
  return {
    ...(calendar && { calendar }),
    view: {
      id: registration.id,
      name: registration.name,
      district: registration.district,
      industry: registration.industry,
      planId: input.planId,
      registeredAt: now,
      status: 'awaiting-index',
      registration,
      steps: [],
    },
    ...(input.index !== undefined && { index: input.index }),
    epochs: {},
    policy: input.escalation,
    trackRules: 'by-seed',
  };
}

/** The first decision of a new case: it is registered, and waits for the index if there is none yet. */
export function registerEnterprise(state: EnterpriseState, registeredBy: Actor): Decision<EnterpriseState> {
  return accepted(
    deciding(state, (s, events) => {
    const { view } = s;
    const r = view.registration;
    events.emit(EventType.EnterpriseRegistered, { enterpriseId: view.id, name: r.name, district: r.district, industry: r.industry, planId: view.planId, actor: registeredBy });
    if (s.index === undefined) events.emit(EventType.EnterpriseAwaitingIndex, { enterpriseId: view.id, planId: view.planId });
    }),
  );
}

/**
 * Decides `command` at `now` (plan time, ISO-8601): the events and the next state, or the
 * rejection the update is refused with. `state` is never changed; a delivery of the index when one
 * is already in force returns `state` itself with no events (nothing changed).
 */
export function decideEnterprise(state: EnterpriseState, command: EnterpriseCommand, now: string): Decided<EnterpriseState> {
  if (command.type === 'indexDelivered' && state.index !== undefined) return { state, events: [] };
  return deciding(state, (s, events) => new Case(s, events, now).decide(command));
}

/** Time has passed (or the index arrived): a decision that is never refused. */
export function wakeEnterprise(state: EnterpriseState, now: string): Decision<EnterpriseState> {
  return accepted(decideEnterprise(state, { type: 'wake' }, now));
}

/** Closed: nothing more will happen. */
export function isEnterpriseFinished(state: EnterpriseState): boolean {
  return state.view.status === 'closed';
}

/** When the case next needs to wake to fire a step's ladder (ISO-8601, plan time), if ever. */
export function nextEnterpriseWake(state: EnterpriseState): string | undefined {
  return state.view.steps
    .filter((s) => s.status === 'open')
    .map((s) => nextLadderWake(s, state.epochs[s.step] ?? 0))
    .filter((t): t is string => t !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

/**
 * A new calendar is in force (a notice was loaded at run time): every open step's ladder moves
 * where it changes its planned times (see `DeadlineLadder.replan`); a version already seen changes
 * nothing. `announce: false` is for a case that has just started (see `replanTask`).
 */
export function replanEnterprise(state: EnterpriseState, change: CalendarChange, now: string, announce = true): Decision<EnterpriseState> {
  if (state.calendar !== undefined && change.calendar.version <= state.calendar.version) return { state, events: [] };
  return accepted(
    deciding(state, (s, events) => {
      s.calendar = change.calendar;
      const c = new Case(s, events, now);
      for (const step of s.view.steps.filter((x) => x.status === 'open')) c.ladderOf(step).replan(change.calendar, change.reason, announce);
    }),
  );
}

/** A case that has just started takes the calendar in force (the calendar workflow's answer): {@link replanEnterprise} without an event. */
export function adoptEnterpriseCalendar(state: EnterpriseState, calendar: CalendarInForce, now: string): Decision<EnterpriseState> {
  return replanEnterprise(state, { calendar, reason: 'the calendar in force when the case started' }, now, false);
}

/**
 * The state a case carries into its next run: each step's fired ladder steps cut to the last
 * {@link CARRIED_FIRED_STEP_LADDER_ENTRIES} (what happened is in the audit log); everything the
 * decider reads is kept.
 */
export function carriedEnterpriseState(state: EnterpriseState): EnterpriseState {
  return { ...state, view: { ...state.view, steps: state.view.steps.map((s) => ({ ...s, ladder: recentLadder(s.ladder, CARRIED_FIRED_STEP_LADDER_ENTRIES) })) } };
}

/** One decision on a private copy of the state. */
class Case {
  private readonly view: EnterpriseView;
  private readonly id: string;

  constructor(
    private readonly s: EnterpriseState,
    private readonly events: EventDrafts,
    private readonly now: string,
  ) {
    this.view = s.view;
    this.id = s.view.id;
  }

  decide(command: EnterpriseCommand): void {
    switch (command.type) {
      case 'wake':
        if (this.view.status === 'awaiting-index' && this.s.index !== undefined) this.classify(this.s.index);
        for (const step of this.view.steps.filter((x) => x.status === 'open')) this.ladderOf(step).fireDue();
        return;
      case 'indexDelivered':
        this.s.index = command.index;
        return;
      case 'completeStep':
        return this.completeStep(command);
      case 'reevaluate':
        return this.reevaluate(command);
      case 'acknowledgeEscalation':
        return this.acknowledge(command);
      case 'issueDirective':
        return this.issueDirective(command);
    }
  }

  private completeStep(cmd: CompleteStepCommand): void {
    const state = this.stepState(cmd.step);
    if (!state || state.status !== 'open') {
      const open = this.view.steps.filter((s) => s.status === 'open').map((s) => s.step);
      refuse(ErrorCode.StepOutOfTurn, `step ${cmd.step} of ${this.id} is not open (open: ${open.join(', ') || 'none'})`, { open });
    }
    if (!cmd.actor.roles.includes('official') || cmd.actor.unit !== state.unit) {
      refuse(ErrorCode.TaskForbidden, `only officials of ${state.unit} may complete step ${cmd.step} of ${this.id}`, { unit: cmd.actor.unit });
    }
    const parsed = parseStepPayload(cmd.step, cmd.payload);
    if (!parsed.ok) refuse(ErrorCode.StepPayloadInvalid, `the ${cmd.step} payload is invalid`, { errors: parsed.errors });
    const payload = parsed.value;
    if (cmd.step === 'intention' && !intentionDecisions(this.s.trackRules).includes(payload['decision'] as IntentionDecision)) {
      const allowed = intentionDecisions(this.s.trackRules);
      refuse(ErrorCode.StepPayloadInvalid, `the intention payload is invalid: ${this.id} follows the score bands it started under, which have no assisted exit`, {
        errors: [{ field: 'body.payload.decision', rule: `must be one of: ${allowed.join(', ')} (a case started before issue 11 has no assisted exit)` }],
      });
    }
    const late = overdueWorkingDays(state.due, this.now, this.calendar);
    const ladder = this.ladderOf(state);
    Object.assign(state, { status: 'done', completedAt: this.now, completedBy: cmd.actor, payload, overdueWorkingDays: late });
    ladder.resolveOpen('completed');
    delete this.s.epochs[cmd.step];
    if (cmd.step === 'intention') this.view.intention = payload['decision'] as IntentionDecision;
    if (cmd.step === 'destination') this.view.park = payload as EnterpriseView['park'];
    this.events.emit(EventType.EnterpriseStepCompleted, {
      enterpriseId: this.id,
      stepId: enterpriseStepId(this.id, cmd.step),
      step: cmd.step,
      unit: state.unit,
      payload,
      overdueWorkingDays: late,
      actor: cmd.actor,
    });
    this.advance(cmd.step);
  }

  private reevaluate(cmd: ReevaluateCommand): void {
    const { actor } = cmd;
    if (!(actor.roles.includes('supervisor') || actor.roles.includes('admin') || (actor.roles.includes('official') && actor.unit === 'STIIC'))) {
      refuse(ErrorCode.TaskForbidden, `only officials of STIIC, supervisors or admins may re-evaluate ${this.id}`, { unit: actor.unit });
    }
    const done = this.view.steps.filter((s) => s.status === 'done').map((s) => s.step);
    if (this.view.status === 'closed' || done.length > 0) {
      refuse(ErrorCode.EvaluationOutOfTurn, `${this.id} can no longer be re-evaluated: ${this.view.status === 'closed' ? 'its case is closed' : `work is recorded on ${done.join(', ')}`}`, { done });
    }
    const parsed = reevaluateEnterpriseSchema().safeParse({
      indicators: cmd.indicators,
      flags: cmd.flags,
      redLines: cmd.redLines,
      ...(cmd.productionCategory !== undefined && { productionCategory: cmd.productionCategory }),
    });
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ field: ['body', ...i.path].join('.'), rule: i.message }));
      refuse(ErrorCode.StepPayloadInvalid, 'the evaluation is invalid', { errors });
    }
    const { indicators, flags, redLines, productionCategory } = parsed.data;
    // A category left out keeps the registered one (and a re-evaluation recorded before issue 11 changes the same fields it did).
    this.view.registration = { ...this.view.registration, indicators, flags, redLines, ...(productionCategory !== undefined && { productionCategory }) };
    this.view.revision = (this.view.revision ?? 0) + 1;
    // Waiting for the index: the new values are what it will be classified on.
    if (this.view.status === 'active' && this.s.index !== undefined) this.classify(this.s.index, actor);
  }

  private acknowledge(cmd: AcknowledgeEscalationCommand): void {
    this.requireSupervisor(cmd.actor, 'acknowledge an escalation');
    const found = this.escalationOf(cmd.escalationId);
    if (!found) refuse(ErrorCode.EscalationNotFound, `no escalation ${cmd.escalationId} on ${this.id}`);
    const e = found.escalation;
    if (e.acknowledgedAt !== undefined) refuse(ErrorCode.EscalationAlreadyAcknowledged, `escalation ${e.id} was acknowledged at ${e.acknowledgedAt}`);
    if (e.resolvedAt !== undefined || found.state.status !== 'open') refuse(ErrorCode.StepOutOfTurn, `escalation ${e.id} is closed (${e.resolution ?? found.state.status})`);
    this.ladderOf(found.state).acknowledge(e, cmd.actor, cmd.note);
  }

  private issueDirective(cmd: IssueStepDirectiveCommand): void {
    this.requireSupervisor(cmd.actor, 'issue a directive on a step');
    const state = this.stepState(cmd.step);
    if (state?.status !== 'open') refuse(ErrorCode.StepOutOfTurn, `step ${cmd.step} of ${this.id} is not open`);
    const refused = futureDateRejection(cmd.committedDate, 'committedDate', toShanghaiDate(this.now));
    if (refused) refuse(refused.code, refused.message, refused.details);
    const stepId = enterpriseStepId(this.id, cmd.step);
    const directives = (state.directives ??= []);
    const directiveId = `${stepId}~directive~${directives.length + 1}`;
    const previousDue = state.due;
    directives.push({ id: directiveId, issuedAt: this.now, issuedBy: cmd.actor, previousDue, committedDate: cmd.committedDate, instructions: cmd.instructions });
    const ladder = this.ladderOf(state);
    ladder.moveDeadline(cmd.committedDate);
    this.s.epochs[cmd.step] = ladder.currentEpoch;
    this.events.emit(EventType.DirectiveIssued, { directiveId, taskId: stepId, unit: state.unit, previousDue, committedDate: cmd.committedDate, instructions: cmd.instructions, actor: cmd.actor });
  }

  /** The step's current instance: a step cancelled by a re-classification may have been opened again since. */
  private stepState(step: EnterpriseStep): EnterpriseStepState | undefined {
    return this.view.steps.find((s) => s.step === step && s.status !== 'cancelled');
  }

  private isDone(step: EnterpriseStep): boolean {
    return this.stepState(step)?.status === 'done';
  }

  /** The ladder of an open step, in the epoch it is in. */
  private get calendar() {
    return workingDayCalendar(this.s.calendar);
  }

  ladderOf(state: EnterpriseStepState): DeadlineLadder {
    return new DeadlineLadder(
      { id: enterpriseStepId(this.id, state.step), unit: state.unit, coUnits: [] },
      state,
      this.s.policy,
      this.now,
      this.events,
      this.s.epochs[state.step] ?? 0,
      this.s.calendar,
    );
  }

  private openStep(step: EnterpriseStep): void {
    const definition = STEP_DEFINITIONS[step];
    const unit = stepOwnerUnit(step, this.view.registration.district);
    const due = this.calendar.addWorkingDays(toShanghaiDate(this.now), definition.slaWorkingDays);
    const state: EnterpriseStepState = { step, name: definition.name, unit, status: 'open', openedAt: this.now, ...DeadlineLadder.start(due, this.s.policy, this.now, this.s.calendar) };
    // A step opened again after a cancellation continues its epochs, so its escalation ids
    // (`{stepId}~{epoch}~{level}`) never repeat those of the cancelled instance.
    const epoch = Math.max(-1, ...this.view.steps.filter((s) => s.step === step).flatMap((s) => s.ladder.map((l) => l.epoch))) + 1;
    for (const entry of state.ladder) entry.epoch = epoch;
    this.view.steps.push(state);
    this.s.epochs[step] = epoch;
    this.events.emit(EventType.EnterpriseStepOpened, { enterpriseId: this.id, stepId: enterpriseStepId(this.id, step), step, unit, due: state.due, deadline: state.deadline });
  }

  /** Closes an open step undone (a re-classification); its open escalations are resolved as cancelled. */
  private cancelStep(state: EnterpriseStepState, actor: Actor, track: EnterpriseTrack): void {
    this.ladderOf(state).resolveOpen('cancelled');
    delete this.s.epochs[state.step];
    Object.assign(state, { status: 'cancelled', cancelledAt: this.now, cancelledBy: actor });
    this.events.emit(EventType.EnterpriseStepCancelled, {
      enterpriseId: this.id,
      stepId: enterpriseStepId(this.id, state.step),
      step: state.step,
      unit: state.unit,
      reason: 'reclassified',
      track,
      actor,
    });
  }

  private close(outcome: EnterpriseOutcome): void {
    this.view.status = 'closed';
    this.view.closedAt = this.now;
    this.events.emit(EventType.EnterpriseClosed, { enterpriseId: this.id, track: this.view.track ?? 'C', outcome });
  }

  /**
   * What opens once `step` is done, or the close, by the track's path under the case's rules (see
   * `trackPath`). Under the score bands this opens exactly what the code before issue 11 opened, in
   * the same order, so that recorded histories replay to the same events.
   */
  private advance(step: EnterpriseStep): void {
    const track = this.view.track;
    if (!track) return;
    const path = trackPath(track, this.s.trackRules, this.view.intention);
    const next = afterStep(path, step, (x) => this.isDone(x), (x) => this.stepState(x) !== undefined);
    if ('close' in next) return this.close(next.close);
    for (const x of next.open) this.openStep(x);
  }

  /** Classifies with the index in force; on a re-evaluation (`by`), only what changed is redone. */
  private classify(chosen: EvaluationIndexDefinition, by?: Actor): void {
    const result = this.s.trackRules === 'by-seed' ? classifyEnterprise(chosen, this.view.registration) : classifyByScoreBands(chosen, this.view.registration);
    const previous = this.view.track;
    this.view.classification = result;
    this.view.track = result.track;
    this.view.status = 'active';
    this.events.emit(EventType.EnterpriseClassified, {
      enterpriseId: this.id,
      district: this.view.registration.district,
      track: result.track,
      score: result.score,
      indexVersion: result.indexVersion,
      thresholdCrossed: result.thresholdCrossed,
      redLines: result.redLines.map((r) => ({ code: r.code, name: r.name })),
      explanation: result.explanation,
      ...(this.view.revision !== undefined && { revision: this.view.revision }),
      ...(by !== undefined && { actor: by }),
      ...(result.rule !== undefined && { rule: result.rule }),
    });
    // Tracks that open the same steps (B and C under the score bands) keep the open steps and their deadlines.
    const opening = openingSteps(result.track, this.s.trackRules);
    if (previous !== undefined && openingSteps(previous, this.s.trackRules).join() === opening.join()) return;
    if (previous !== undefined && by !== undefined) for (const s of this.view.steps.filter((x) => x.status === 'open')) this.cancelStep(s, by, result.track);
    for (const step of opening) this.openStep(step);
  }

  /** Where the escalation id points: the step it escalated, if it is one of this enterprise's. */
  private escalationOf(id: string): { state: EnterpriseStepState; escalation: Escalation } | undefined {
    const stepId = parseEscalationId(id)?.taskId;
    const ref = stepId === undefined ? undefined : parseEnterpriseStepId(stepId);
    if (!ref || ref.enterpriseId !== this.id) return undefined;
    for (const state of this.view.steps.filter((s) => s.step === ref.step)) {
      const escalation = state.escalations.find((e) => e.id === id);
      if (escalation) return { state, escalation };
    }
    return undefined;
  }

  private requireSupervisor(actor: Actor, what: string): void {
    if (!actor.roles.includes('supervisor')) refuse(ErrorCode.TaskForbidden, `only supervisors may ${what} of ${this.id}`);
  }
}
