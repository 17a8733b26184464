import { allHandlersFinished, condition, getExternalWorkflowHandle, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  ErrorCode,
  EventType,
  parseStepPayload,
  awaitingIndexSignal,
  completeStepUpdate,
  enterpriseStepId,
  enterpriseViewQuery,
  evaluationIndexSignal,
  type CompleteStepCommand,
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
  type EvaluationIndexDefinition,
} from '@duban/domain';
import { DeadlineLadder } from './lib/deadline-ladder';
import { EventOutbox } from './lib/event-outbox';
import { reject } from './lib/failures';
import { PlanClock } from './lib/plan-clock';

/**
 * One enterprise's case in the transfer programme (三(一)): registered by its district, it waits
 * for the evaluation index (T1's deliverable) if there is none yet, is classified into a track,
 * and walks that track's steps. Each step is owned by a unit and has a service-level deadline on
 * the same escalation ladder as the plan's tasks. For B and C, the labour step (HRSS) runs beside
 * the chain from the transfer intention, and relocation opens only when both it and the legacy
 * land step are done. A C enterprise that declines transfer takes the upgrade path (优化提升).
 */
export async function enterpriseWorkflow(input: EnterpriseWorkflowInput): Promise<EnterpriseView> {
  const { registration } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const outbox = new EventOutbox(ENTERPRISE_WORKFLOW_TYPE, registration.id, 0, clock);
  const view: EnterpriseView = {
    id: registration.id,
    name: registration.name,
    district: registration.district,
    industry: registration.industry,
    planId: input.planId,
    registeredAt: clock.nowIso(),
    status: 'awaiting-index',
    registration,
    steps: [],
  };
  const ladders = new Map<EnterpriseStep, DeadlineLadder>();
  let index: EvaluationIndexDefinition | undefined = input.index;
  let changes = 0;

  const stepState = (step: EnterpriseStep): EnterpriseStepState | undefined => view.steps.find((s) => s.step === step);
  const isDone = (step: EnterpriseStep): boolean => stepState(step)?.status === 'done';

  const openStep = (step: EnterpriseStep): void => {
    const definition = STEP_DEFINITIONS[step];
    const unit = stepOwnerUnit(step, registration.district);
    const today = clock.today();
    const due = calendar.addWorkingDays(today, definition.slaWorkingDays);
    const state: EnterpriseStepState = { step, name: definition.name, unit, status: 'open', openedAt: clock.nowIso(), ...DeadlineLadder.start(due, input.escalation, clock) };
    view.steps.push(state);
    const id = enterpriseStepId(registration.id, step);
    ladders.set(step, new DeadlineLadder({ id, unit, coUnits: [] }, state, input.escalation, clock, outbox));
    outbox.emit(EventType.EnterpriseStepOpened, { enterpriseId: registration.id, stepId: id, step, unit, due: state.due, deadline: state.deadline });
  };

  const close = (outcome: 'transferred' | 'upgraded' | 'closed-by-law' | 'supported'): void => {
    view.status = 'closed';
    view.closedAt = clock.nowIso();
    outbox.emit(EventType.EnterpriseClosed, { enterpriseId: registration.id, track: view.track ?? 'C', outcome });
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

  const classify = (chosen: EvaluationIndexDefinition): void => {
    const result = classifyEnterprise(chosen, registration);
    view.classification = result;
    view.track = result.track;
    view.status = 'active';
    outbox.emit(EventType.EnterpriseClassified, {
      enterpriseId: registration.id,
      district: registration.district,
      track: result.track,
      score: result.score,
      indexVersion: result.indexVersion,
      thresholdCrossed: result.thresholdCrossed,
      redLines: result.redLines.map((r) => ({ code: r.code, name: r.name })),
      explanation: result.explanation,
    });
    const first = mainChain(result.track)[0];
    if (first) openStep(first);
  };

  setHandler(enterpriseViewQuery, () => view);
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
        enterpriseId: registration.id,
        stepId: enterpriseStepId(registration.id, cmd.step),
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
          throw reject(ErrorCode.StepOutOfTurn, `step ${cmd.step} of ${registration.id} is not open (open: ${open.join(', ') || 'none'})`, { open });
        }
        if (!cmd.actor.roles.includes('official') || cmd.actor.unit !== state.unit) {
          throw reject(ErrorCode.TaskForbidden, `only officials of ${state.unit} may complete step ${cmd.step} of ${registration.id}`, { unit: cmd.actor.unit });
        }
        const payload = parseStepPayload(cmd.step, cmd.payload);
        if (!payload.ok) throw reject(ErrorCode.StepPayloadInvalid, `the ${cmd.step} payload is invalid`, { errors: payload.errors });
      },
    },
  );

  outbox.emit(EventType.EnterpriseRegistered, {
    enterpriseId: registration.id,
    name: registration.name,
    district: registration.district,
    industry: registration.industry,
    planId: input.planId,
    actor: input.registeredBy,
  });
  if (index === undefined) {
    outbox.emit(EventType.EnterpriseAwaitingIndex, { enterpriseId: registration.id, planId: input.planId });
    if (input.planWorkflowId) await getExternalWorkflowHandle(input.planWorkflowId).signal(awaitingIndexSignal, { workflowId: workflowInfo().workflowId });
  }

  for (;;) {
    if (view.status === 'awaiting-index' && index !== undefined) classify(index);
    for (const ladder of ladders.values()) ladder.fireDue();
    await outbox.flush();
    if (view.status === 'closed') break;
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

