import { getExternalWorkflowHandle, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  acknowledgeStepEscalationUpdate,
  awaitingIndexSignal,
  calendarChangedSignal,
  completeStepUpdate,
  enterpriseViewQuery,
  evaluationIndexSignal,
  issueStepDirectiveUpdate,
  reevaluateUpdate,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
} from '@duban/contracts';
import type { TrackRules } from '@duban/domain';
import {
  carriedEnterpriseState,
  decideEnterprise,
  isEnterpriseFinished,
  newEnterpriseState,
  nextEnterpriseWake,
  registerEnterprise,
  replanEnterprise,
  adoptEnterpriseCalendar,
  wakeEnterprise,
  type EnterpriseState,
} from './enterprises/enterprise.decider';
import { BUILT_IN_CALENDAR, CALENDAR_PATCH, calendarInForce } from './lib/calendar-activity';
import { accepted } from './lib/decision';
import { EventOutbox } from './lib/event-outbox';
import { PlanClock } from './lib/plan-clock';
import { WorkflowLoop } from './lib/workflow-loop';

/**
 * Since this patch the enterprise no longer tells the plan it waits for the index: the
 * index-delivery consumer meets its `EnterpriseAwaitingIndex` and the plan's `EvaluationIndexSet`
 * in the store and signals it, so the plan's history does not grow per registration (at 100,000
 * enterprises it would pass Temporal's limits, and a busy plan answers its queries slowly).
 * Histories recorded before it still signal the plan on replay.
 */
const INDEX_DELIVERY_PATCH = 'index-delivery-by-consumer';

/**
 * Since this patch (issue 11) a new case is classified by the seed's tracks (五(一): situation,
 * industry and stage, not score bands) and walks their paths (B roots its headquarters, C chooses
 * exit, transfer or upgrade, D is closed without rectification). Decided once when the case
 * starts and carried over continue-as-new, so a case keeps the rules it began with; histories
 * recorded before it replay with the score bands (`score-bands`).
 */
const TRACKS_BY_SEED_PATCH = 'enterprise-tracks-by-seed';

/**
 * One enterprise's case in the transfer programme (五(一)). What it decides is in
 * `enterprises/enterprise.decider.ts`; this is only the wiring: the index signal and every update
 * go through the decider, and the shared loop (`lib/workflow-loop.ts`) classifies once the index
 * is there, fires the steps' ladders, publishes and continues as new.
 */
export async function enterpriseWorkflow(input: EnterpriseWorkflowInput): Promise<EnterpriseView> {
  const { carried } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const trackRules: TrackRules = carried ? (carried.trackRules ?? 'score-bands') : patched(TRACKS_BY_SEED_PATCH) ? 'by-seed' : 'score-bands';
  // Since CALENDAR_PATCH a new case plans its steps on the calendar in force: the built-in one at
  // once (the handlers must exist in the first activation), the calendar workflow's answer below.
  const onCalendar = !carried && patched(CALENDAR_PATCH);
  const calendar = carried ? carried.calendar : onCalendar ? BUILT_IN_CALENDAR : undefined;
  const initial: EnterpriseState = carried
    ? {
        view: carried.view,
        ...(carried.index !== undefined && { index: carried.index }),
        epochs: carried.epochs,
        policy: input.escalation,
        ...(calendar && { calendar }),
        trackRules,
      }
    : { ...newEnterpriseState(input, clock.nowIso(), calendar), trackRules };
  const outbox = new EventOutbox(ENTERPRISE_WORKFLOW_TYPE, initial.view.id, carried?.sequence ?? 0, clock);
  const loop = new WorkflowLoop<EnterpriseState>(initial, outbox, clock);

  // Registered in the order the hand-written workflow used (see task.workflow.ts).
  setHandler(enterpriseViewQuery, () => loop.state.view);
  setHandler(evaluationIndexSignal, (index) => {
    loop.apply(accepted(decideEnterprise(loop.state, { type: 'indexDelivered', index }, loop.now())));
  });
  const view = (state: EnterpriseState): EnterpriseView => state.view;
  loop.update(completeStepUpdate, (state, cmd, now) => decideEnterprise(state, { type: 'completeStep', ...cmd }, now), view);
  loop.update(reevaluateUpdate, (state, cmd, now) => decideEnterprise(state, { type: 'reevaluate', ...cmd }, now), view);
  loop.update(acknowledgeStepEscalationUpdate, (state, cmd, now) => decideEnterprise(state, { type: 'acknowledgeEscalation', ...cmd }, now), view);
  loop.update(issueStepDirectiveUpdate, (state, cmd, now) => decideEnterprise(state, { type: 'issueDirective', ...cmd }, now), view);

  loop.signal(calendarChangedSignal, replanEnterprise);

  if (!carried) {
    loop.apply(registerEnterprise(loop.state, input.registeredBy));
    if (loop.state.index === undefined && !patched(INDEX_DELIVERY_PATCH) && input.planWorkflowId) {
      await getExternalWorkflowHandle(input.planWorkflowId).signal(awaitingIndexSignal, { workflowId: workflowInfo().workflowId });
    }
  }
  if (onCalendar) loop.apply(adoptEnterpriseCalendar(loop.state, await calendarInForce(), loop.now()));

  const final = await loop.run(
    { wake: wakeEnterprise, finished: isEnterpriseFinished, nextWake: nextEnterpriseWake },
    {
      historyLimit: input.historyLimit,
      carry: (state, sequence): EnterpriseWorkflowInput => {
        const { view: carriedView, index, epochs, calendar: carriedCalendar } = carriedEnterpriseState(state);
        return {
          ...input,
          carried: { view: carriedView, sequence, ...(index !== undefined && { index }), epochs, ...(carriedCalendar && { calendar: carriedCalendar }), trackRules: state.trackRules },
        };
      },
    },
  );
  return final.view;
}
