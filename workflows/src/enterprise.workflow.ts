import { getExternalWorkflowHandle, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  acknowledgeStepEscalationUpdate,
  awaitingIndexSignal,
  completeStepUpdate,
  enterpriseViewQuery,
  evaluationIndexSignal,
  issueStepDirectiveUpdate,
  reevaluateUpdate,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
} from '@duban/contracts';
import {
  carriedEnterpriseState,
  decideEnterprise,
  isEnterpriseFinished,
  newEnterpriseState,
  nextEnterpriseWake,
  registerEnterprise,
  wakeEnterprise,
  type EnterpriseState,
} from './enterprises/enterprise.decider';
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
 * One enterprise's case in the transfer programme (五(一)). What it decides is in
 * `enterprises/enterprise.decider.ts`; this is only the wiring: the index signal and every update
 * go through the decider, and the shared loop (`lib/workflow-loop.ts`) classifies once the index
 * is there, fires the steps' ladders, publishes and continues as new.
 */
export async function enterpriseWorkflow(input: EnterpriseWorkflowInput): Promise<EnterpriseView> {
  const { carried } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const initial: EnterpriseState = carried
    ? { view: carried.view, ...(carried.index !== undefined && { index: carried.index }), epochs: carried.epochs, policy: input.escalation }
    : newEnterpriseState(input, clock.nowIso());
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

  if (!carried) {
    loop.apply(registerEnterprise(loop.state, input.registeredBy));
    if (loop.state.index === undefined && !patched(INDEX_DELIVERY_PATCH) && input.planWorkflowId) {
      await getExternalWorkflowHandle(input.planWorkflowId).signal(awaitingIndexSignal, { workflowId: workflowInfo().workflowId });
    }
  }

  const final = await loop.run(
    { wake: wakeEnterprise, finished: isEnterpriseFinished, nextWake: nextEnterpriseWake },
    {
      historyLimit: input.historyLimit,
      carry: (state, sequence): EnterpriseWorkflowInput => {
        const { view: carriedView, index, epochs } = carriedEnterpriseState(state);
        return { ...input, carried: { view: carriedView, sequence, ...(index !== undefined && { index }), epochs } };
      },
    },
  );
  return final.view;
}
