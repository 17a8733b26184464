import { allHandlersFinished, condition, continueAsNew, getExternalWorkflowHandle, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  ErrorCode,
  EventType,
  parseStepPayload,
  acknowledgeStepEscalationUpdate,
  awaitingIndexSignal,
  completeStepUpdate,
  enterpriseStepId,
  enterpriseViewQuery,
  evaluationIndexSignal,
  issueStepDirectiveUpdate,
  parseEscalationId,
  parseEnterpriseStepId,
  reevaluateEnterpriseSchema,
  reevaluateUpdate,
  type Actor,
  type CompleteStepCommand,
  type Escalation,
  type EnterpriseStepState,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
} from '@duban/contracts';
import {
  STEP_DEFINITIONS,
  chinaCalendarWithWeekendFallback as calendar,
  classifyEnterprise,
  mainChain,
  overdueWorkingDays,
  stepOwnerUnit,
  type EnterpriseStep,
  type EnterpriseTrack,
  type EvaluationIndexDefinition,
} from '@duban/domain';
import { DeadlineLadder } from './lib/deadline-ladder';
import { EventOutbox } from './lib/event-outbox';
import { reject } from './lib/failures';
import { PlanClock } from './lib/plan-clock';
import { requireFutureDate } from './lib/future-date';

/** A long-lived case starts a fresh history well before Temporal's limits (51,200 events). */
const DEFAULT_HISTORY_LIMIT = 5_000;

/**
 * Since this patch the enterprise no longer tells the plan it waits for the index: the
 * index-delivery consumer meets its `EnterpriseAwaitingIndex` and the plan's `EvaluationIndexSet`
 * in the store and signals it, so the plan's history does not grow per registration (at 100,000
 * enterprises it would pass Temporal's limits, and a busy plan answers its queries slowly).
 * Histories recorded before it still signal the plan on replay.
 */
const INDEX_DELIVERY_PATCH = 'index-delivery-by-consumer';

/**
 * One enterprise's case in the transfer programme (三(一)): registered by its district, it waits
 * for the evaluation index (T1's deliverable) if there is none yet, is classified into a track,
 * and walks that track's steps. Each step is owned by a unit and has a service-level deadline on
 * the same escalation ladder as the plan's tasks. For B and C, the labour step (HRSS) runs beside
 * the chain from the transfer intention, and relocation opens only when both it and the legacy
 * land step are done. A C enterprise that declines transfer takes the upgrade path (优化提升).
 */
export async function enterpriseWorkflow(input: EnterpriseWorkflowInput): Promise<EnterpriseView> {
  const { carried } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const view: EnterpriseView = carried?.view ?? {
    id: input.registration.id,
    name: input.registration.name,
    district: input.registration.district,
    industry: input.registration.industry,
    planId: input.planId,
    registeredAt: clock.nowIso(),
    status: 'awaiting-index',
    registration: input.registration,
    steps: [],
  };
  // Re-evaluation replaces the measurable part of the registration; the view holds the one in force.
  const registration = (): EnterpriseView['registration'] => view.registration;
  const enterpriseId = view.id;
  const outbox = new EventOutbox(ENTERPRISE_WORKFLOW_TYPE, enterpriseId, carried?.sequence ?? 0, clock);
  const ladders = new Map<EnterpriseStep, DeadlineLadder>();
  let index: EvaluationIndexDefinition | undefined = carried ? carried.index : input.index;
  let changes = 0;

  /** The step's current instance: a step cancelled by a re-classification may have been opened again since. */
  const stepState = (step: EnterpriseStep): EnterpriseStepState | undefined => view.steps.find((s) => s.step === step && s.status !== 'cancelled');
  const isDone = (step: EnterpriseStep): boolean => stepState(step)?.status === 'done';
  const ladderOf = (state: EnterpriseStepState, epoch: number): DeadlineLadder =>
    new DeadlineLadder({ id: enterpriseStepId(enterpriseId, state.step), unit: state.unit, coUnits: [] }, state, input.escalation, clock, outbox, epoch);

  const openStep = (step: EnterpriseStep): void => {
    const definition = STEP_DEFINITIONS[step];
    const unit = stepOwnerUnit(step, registration().district);
    const today = clock.today();
    const due = calendar.addWorkingDays(today, definition.slaWorkingDays);
    const state: EnterpriseStepState = { step, name: definition.name, unit, status: 'open', openedAt: clock.nowIso(), ...DeadlineLadder.start(due, input.escalation, clock) };
    // A step opened again after a cancellation continues its epochs, so its escalation ids
    // (`{stepId}~{epoch}~{level}`) never repeat those of the cancelled instance.
    const epoch = Math.max(-1, ...view.steps.filter((s) => s.step === step).flatMap((s) => s.ladder.map((l) => l.epoch))) + 1;
    for (const entry of state.ladder) entry.epoch = epoch;
    view.steps.push(state);
    ladders.set(step, ladderOf(state, epoch));
    outbox.emit(EventType.EnterpriseStepOpened, { enterpriseId, stepId: enterpriseStepId(enterpriseId, step), step, unit, due: state.due, deadline: state.deadline });
  };

  /** Closes an open step undone (a re-classification); its open escalations are resolved as cancelled. */
  const cancelStep = (state: EnterpriseStepState, actor: Actor, track: EnterpriseTrack): void => {
    ladders.get(state.step)?.resolveOpen('cancelled');
    ladders.delete(state.step);
    Object.assign(state, { status: 'cancelled', cancelledAt: clock.nowIso(), cancelledBy: actor });
    outbox.emit(EventType.EnterpriseStepCancelled, { enterpriseId, stepId: enterpriseStepId(enterpriseId, state.step), step: state.step, unit: state.unit, reason: 'reclassified', track, actor });
  };

  const close = (outcome: 'transferred' | 'upgraded' | 'closed-by-law' | 'supported'): void => {
    view.status = 'closed';
    view.closedAt = clock.nowIso();
    outbox.emit(EventType.EnterpriseClosed, { enterpriseId, track: view.track ?? 'C', outcome });
  };

  /** What opens once `step` is done. */
  const advance = (step: EnterpriseStep): void => {
    const track = view.track;
    if (!track) return;
    if (step === 'intention' && view.intention === 'upgrade') return openStep('upgrade');
    if (step === 'upgrade') return close('upgraded');
    const chain = mainChain(track);
    if (step === 'labour' || step === 'legacy-land') {
      if (isDone('labour') && isDone('legacy-land')) openStep('relocation');
      return;
    }
    const next = chain[chain.indexOf(step) + 1];
    if (next === undefined) return close(track === 'D' ? 'closed-by-law' : track === 'A' ? 'supported' : 'transferred');
    openStep(next);
    // HRSS steps in early (三(三)2): the labour step runs beside the chain from the transfer intention.
    if (step === 'intention') openStep('labour');
  };

  /** Classifies with the index in force; on a re-evaluation (`by`), only what changed is redone. */
  const classify = (chosen: EvaluationIndexDefinition, by?: Actor): void => {
    const result = classifyEnterprise(chosen, registration());
    const previous = view.track;
    view.classification = result;
    view.track = result.track;
    view.status = 'active';
    outbox.emit(EventType.EnterpriseClassified, {
      enterpriseId,
      district: registration().district,
      track: result.track,
      score: result.score,
      indexVersion: result.indexVersion,
      thresholdCrossed: result.thresholdCrossed,
      redLines: result.redLines.map((r) => ({ code: r.code, name: r.name })),
      explanation: result.explanation,
      ...(view.revision !== undefined && { revision: view.revision }),
      ...(by !== undefined && { actor: by }),
    });
    // B and C walk the same steps: a move between them keeps the open step and its deadline.
    if (previous !== undefined && mainChain(previous).join() === mainChain(result.track).join()) return;
    if (previous !== undefined && by !== undefined) for (const s of view.steps.filter((x) => x.status === 'open')) cancelStep(s, by, result.track);
    const first = mainChain(result.track)[0];
    if (first) openStep(first);
  };

  /** Where the escalation id points: the step it escalated, if it is one of this enterprise's. */
  const escalationOf = (id: string): { state: EnterpriseStepState; escalation: Escalation } | undefined => {
    const stepId = parseEscalationId(id)?.taskId;
    const ref = stepId === undefined ? undefined : parseEnterpriseStepId(stepId);
    if (!ref || ref.enterpriseId !== enterpriseId) return undefined;
    for (const state of view.steps.filter((s) => s.step === ref.step)) {
      const escalation = state.escalations.find((e) => e.id === id);
      if (escalation) return { state, escalation };
    }
    return undefined;
  };
  const requireSupervisor = (actor: Actor, what: string): void => {
    if (!actor.roles.includes('supervisor')) throw reject(ErrorCode.TaskForbidden, `only supervisors may ${what} of ${enterpriseId}`);
  };

  setHandler(enterpriseViewQuery, () => view);
  // The index is delivered at least once (a redelivered event, the plan and the consumer both for
  // an enterprise started before the patch): the first one wins, later ones change nothing.
  setHandler(evaluationIndexSignal, (definition) => {
    if (index === undefined) {
      index = definition;
      changes++;
    }
  });

  setHandler(
    completeStepUpdate,
    (cmd) => {
      const state = stepState(cmd.step) as EnterpriseStepState;
      const parsed = parseStepPayload(cmd.step, cmd.payload);
      const payload = parsed.ok ? parsed.value : cmd.payload;
      const late = overdueWorkingDays(state.due, clock.nowIso(), calendar);
      Object.assign(state, { status: 'done', completedAt: clock.nowIso(), completedBy: cmd.actor, payload, overdueWorkingDays: late });
      ladders.get(cmd.step)?.resolveOpen('completed');
      ladders.delete(cmd.step);
      if (cmd.step === 'intention') view.intention = payload['decision'] as 'transfer' | 'upgrade';
      if (cmd.step === 'destination') view.park = payload as EnterpriseView['park'];
      outbox.emit(EventType.EnterpriseStepCompleted, {
        enterpriseId,
        stepId: enterpriseStepId(enterpriseId, cmd.step),
        step: cmd.step,
        unit: state.unit,
        payload,
        overdueWorkingDays: late,
        actor: cmd.actor,
      });
      advance(cmd.step);
      changes++;
      return view;
    },
    {
      validator: (cmd: CompleteStepCommand) => {
        const state = stepState(cmd.step);
        if (!state || state.status !== 'open') {
          const open = view.steps.filter((s) => s.status === 'open').map((s) => s.step);
          throw reject(ErrorCode.StepOutOfTurn, `step ${cmd.step} of ${enterpriseId} is not open (open: ${open.join(', ') || 'none'})`, { open });
        }
        if (!cmd.actor.roles.includes('official') || cmd.actor.unit !== state.unit) {
          throw reject(ErrorCode.TaskForbidden, `only officials of ${state.unit} may complete step ${cmd.step} of ${enterpriseId}`, { unit: cmd.actor.unit });
        }
        const payload = parseStepPayload(cmd.step, cmd.payload);
        if (!payload.ok) throw reject(ErrorCode.StepPayloadInvalid, `the ${cmd.step} payload is invalid`, { errors: payload.errors });
      },
    },
  );

  setHandler(
    reevaluateUpdate,
    (cmd) => {
      const { indicators, flags, redLines } = reevaluateEnterpriseSchema.parse({ indicators: cmd.indicators, flags: cmd.flags, redLines: cmd.redLines });
      view.registration = { ...view.registration, indicators, flags, redLines };
      view.revision = (view.revision ?? 0) + 1;
      // Waiting for the index: the new values are what it will be classified on.
      if (view.status === 'active' && index !== undefined) classify(index, cmd.actor);
      changes++;
      return view;
    },
    {
      validator: (cmd) => {
        const { actor } = cmd;
        if (!(actor.roles.includes('supervisor') || actor.roles.includes('admin') || (actor.roles.includes('official') && actor.unit === 'STIIC'))) {
          throw reject(ErrorCode.TaskForbidden, `only officials of STIIC, supervisors or admins may re-evaluate ${enterpriseId}`, { unit: actor.unit });
        }
        const done = view.steps.filter((s) => s.status === 'done').map((s) => s.step);
        if (view.status === 'closed' || done.length > 0) {
          throw reject(ErrorCode.EvaluationOutOfTurn, `${enterpriseId} can no longer be re-evaluated: ${view.status === 'closed' ? 'its case is closed' : `work is recorded on ${done.join(', ')}`}`, { done });
        }
        const parsed = reevaluateEnterpriseSchema.safeParse({ indicators: cmd.indicators, flags: cmd.flags, redLines: cmd.redLines });
        if (!parsed.success) {
          const errors = parsed.error.issues.map((i) => ({ field: ['body', ...i.path].join('.'), rule: i.message }));
          throw reject(ErrorCode.StepPayloadInvalid, 'the evaluation is invalid', { errors });
        }
      },
    },
  );

  setHandler(
    acknowledgeStepEscalationUpdate,
    (cmd) => {
      const found = escalationOf(cmd.escalationId);
      const ladder = found && ladders.get(found.state.step);
      if (found && ladder) ladder.acknowledge(found.escalation, cmd.actor, cmd.note);
      changes++;
      return view;
    },
    {
      validator: (cmd) => {
        requireSupervisor(cmd.actor, 'acknowledge an escalation');
        const found = escalationOf(cmd.escalationId);
        if (!found) throw reject(ErrorCode.EscalationNotFound, `no escalation ${cmd.escalationId} on ${enterpriseId}`);
        const e = found.escalation;
        if (e.acknowledgedAt !== undefined) throw reject(ErrorCode.EscalationAlreadyAcknowledged, `escalation ${e.id} was acknowledged at ${e.acknowledgedAt}`);
        if (e.resolvedAt !== undefined || found.state.status !== 'open') throw reject(ErrorCode.StepOutOfTurn, `escalation ${e.id} is closed (${e.resolution ?? found.state.status})`);
      },
    },
  );

  setHandler(
    issueStepDirectiveUpdate,
    (cmd) => {
      const state = stepState(cmd.step) as EnterpriseStepState;
      const stepId = enterpriseStepId(enterpriseId, cmd.step);
      const directives = (state.directives ??= []);
      const directiveId = `${stepId}~directive~${directives.length + 1}`;
      const previousDue = state.due;
      directives.push({ id: directiveId, issuedAt: clock.nowIso(), issuedBy: cmd.actor, previousDue, committedDate: cmd.committedDate, instructions: cmd.instructions });
      ladders.get(cmd.step)?.moveDeadline(cmd.committedDate);
      outbox.emit(EventType.DirectiveIssued, { directiveId, taskId: stepId, unit: state.unit, previousDue, committedDate: cmd.committedDate, instructions: cmd.instructions, actor: cmd.actor });
      changes++;
      return view;
    },
    {
      validator: (cmd) => {
        requireSupervisor(cmd.actor, 'issue a directive on a step');
        if (stepState(cmd.step)?.status !== 'open') throw reject(ErrorCode.StepOutOfTurn, `step ${cmd.step} of ${enterpriseId} is not open`);
        requireFutureDate(cmd.committedDate, 'committedDate', clock.today());
      },
    },
  );

  if (carried) {
    for (const state of view.steps.filter((s) => s.status === 'open')) ladders.set(state.step, ladderOf(state, carried.epochs[state.step] ?? 0));
  } else {
    const { registration: r } = input;
    outbox.emit(EventType.EnterpriseRegistered, { enterpriseId, name: r.name, district: r.district, industry: r.industry, planId: input.planId, actor: input.registeredBy });
    if (index === undefined) {
      outbox.emit(EventType.EnterpriseAwaitingIndex, { enterpriseId, planId: input.planId });
      if (!patched(INDEX_DELIVERY_PATCH) && input.planWorkflowId) {
        await getExternalWorkflowHandle(input.planWorkflowId).signal(awaitingIndexSignal, { workflowId: workflowInfo().workflowId });
      }
    }
  }

  // One loop classifies, fires the ladders, publishes what was decided and, between steps (every
  // event out, no update half-handled), continues as new when the history grows long.
  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  for (;;) {
    if (view.status === 'awaiting-index' && index !== undefined) classify(index);
    for (const ladder of ladders.values()) ladder.fireDue();
    await outbox.flush();
    if (view.status === 'closed') break;
    if (shouldContinueAsNew(historyLimit) && allHandlersFinished()) {
      const epochs = Object.fromEntries([...ladders].map(([step, ladder]) => [step, ladder.currentEpoch]));
      await continueAsNew<typeof enterpriseWorkflow>({ ...input, carried: { view, sequence: outbox.lastSequence, ...(index !== undefined && { index }), epochs } });
    }
    const wake = [...ladders.values()]
      .map((l) => l.nextWake())
      .filter((t): t is string => t !== undefined)
      .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    const seen = changes;
    const woken = () => changes !== seen || outbox.pending > 0;
    if (wake === undefined) await condition(woken);
    else await condition(woken, Math.max(1, clock.msUntil(wake)));
  }
  await condition(allHandlersFinished);
  await outbox.flush();
  return view;
}

function shouldContinueAsNew(historyLimit: number): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength > historyLimit;
}

