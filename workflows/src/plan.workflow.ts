import { ParentClosePolicy, allHandlersFinished, condition, getExternalWorkflowHandle, patched, setHandler, startChild, workflowInfo } from '@temporalio/workflow';
import {
  ErrorCode,
  EventType,
  PLAN_WORKFLOW_TYPE,
  setEvaluationIndexUpdate,
  awaitingIndexSignal,
  evaluationIndexSignal,
  planViewQuery,
  taskStatusChangedSignal,
  taskWorkflowId,
  type PlanView,
  type PlanWorkflowInput,
  type TaskView,
} from '@duban/contracts';
import { SZ_2009_INDEX_V1, expandAssignments, validateEvaluationIndex, type EvaluationIndexDefinition } from '@duban/domain';
import { EventOutbox } from './lib/event-outbox';
import { reject } from './lib/failures';
import { PlanClock } from './lib/plan-clock';
import { taskWorkflow } from './task.workflow';

/**
 * Since this patch the plan announces its evaluation index (`EvaluationIndexSet`) for the
 * index-delivery consumer, which hands it to the enterprises waiting for it. The emission schedules
 * a publish activity (and draws a uuid), so histories recorded before it must not take it on replay.
 */
const INDEX_SET_EVENT_PATCH = 'evaluation-index-set-event';

/**
 * A loaded plan: starts one task workflow per (task, responsible unit), follows their states,
 * makes each accepted deliverable available to the work that depends on it, and completes when
 * every task is accepted.
 */
export async function planWorkflow(input: PlanWorkflowInput): Promise<PlanView> {
  const { plan } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const outbox = new EventOutbox(PLAN_WORKFLOW_TYPE, plan.planId, 0, clock);
  const assignments = expandAssignments(plan);
  const view: PlanView = {
    planId: plan.planId,
    title: plan.title,
    issuedOn: plan.issuedOn,
    status: 'running',
    startedAt: clock.nowIso(),
    ...(input.template && { template: input.template }),
    tasks: assignments.map((a) => ({ taskId: a.taskId, taskCode: a.taskCode, unit: a.unit, due: a.due, status: 'assigned' })),
    deliverables: {},
    escalation: plan.escalation,
    ...(input.clockOffsetMs ? { clockOffsetMs: input.clockOffsetMs } : {}),
  };

  /**
   * Enterprises started before the index-delivery patch (see enterprise.workflow.ts) that told the
   * plan they wait for the index; they get it from here when it is set. Enterprises started since
   * never signal the plan: the index-delivery consumer serves them from `EvaluationIndexSet`.
   */
  const waitingForIndex: string[] = [];
  const indexSent: Promise<void>[] = [];
  const sendIndex = (workflowId: string, index: EvaluationIndexDefinition): void => {
    indexSent.push(getExternalWorkflowHandle(workflowId).signal(evaluationIndexSignal, index));
  };
  setHandler(awaitingIndexSignal, ({ workflowId }) => {
    if (view.evaluationIndex) sendIndex(workflowId, view.evaluationIndex);
    else waitingForIndex.push(workflowId);
  });

  /** Puts `index` in force (once) and tells whoever waits for it: old-style waiters directly, everyone else through the event. */
  const setIndex = (index: EvaluationIndexDefinition): void => {
    view.evaluationIndex = index;
    for (const workflowId of waitingForIndex.splice(0)) sendIndex(workflowId, index);
    if (patched(INDEX_SET_EVENT_PATCH)) outbox.emit(EventType.EvaluationIndexSet, { planId: plan.planId, index });
  };

  setHandler(planViewQuery, () => view);
  setHandler(
    setEvaluationIndexUpdate,
    ({ index }) => {
      const valid = validateEvaluationIndex(index);
      setIndex(valid.ok ? valid.index : index);
      return view;
    },
    {
      validator: ({ actor, index }) => {
        if (!actor.roles.includes('admin')) throw reject(ErrorCode.PlanForbidden, `only admins may set the evaluation index of ${plan.planId}`);
        const valid = validateEvaluationIndex(index);
        if (!valid.ok) {
          throw reject(ErrorCode.PlanInvalid, 'the evaluation index is invalid', {
            errors: valid.problems.map((p) => ({ field: p.path ? `body.${p.path}` : 'body', rule: p.rule })),
          });
        }
        if (view.evaluationIndex) {
          throw reject(ErrorCode.IndexAlreadySet, `plan ${plan.planId} already has the evaluation index ${view.evaluationIndex.version}`);
        }
      },
    },
  );
  setHandler(taskStatusChangedSignal, ({ taskId, status, due }) => {
    const task = view.tasks.find((t) => t.taskId === taskId);
    if (task) Object.assign(task, { status, due });
  });

  outbox.emit(EventType.PlanStarted, {
    planId: plan.planId,
    title: plan.title,
    issuedOn: plan.issuedOn,
    tasks: assignments.map((a) => a.taskId),
    ...(input.template && { template: input.template }),
    scoring: plan.scoring,
    actor: input.actor,
  });
  const publishing = outbox.run();

  const accepted = (task: TaskView): void => {
    const summary = view.tasks.find((t) => t.taskId === task.taskId);
    if (summary) summary.status = 'accepted';
    const last = task.submissions[task.submissions.length - 1];
    const deliverable = {
      taskId: task.taskId,
      summary: last?.summary ?? '',
      ...(last?.deliverableRef !== undefined && { deliverableRef: last.deliverableRef }),
      acceptedAt: task.acceptedAt ?? clock.nowIso(),
    };
    (view.deliverables[task.taskCode] ??= []).push(deliverable);
    outbox.emit(EventType.DeliverableAvailable, {
      planId: plan.planId,
      taskCode: task.taskCode,
      taskId: task.taskId,
      summary: deliverable.summary,
      ...(deliverable.deliverableRef !== undefined && { deliverableRef: deliverable.deliverableRef }),
      evidence: last?.evidence ?? [],
    });
    // T1's deliverable is the evaluation index (the "measuring scale" of 五(一)); enterprises waiting for it are classified now.
    if (task.taskCode === 'T1' && !view.evaluationIndex) setIndex(SZ_2009_INDEX_V1);
  };

  const children = [];
  for (const assignment of assignments) {
    const child = await startChild(taskWorkflow, {
      workflowId: taskWorkflowId(assignment.taskId),
      args: [{ assignment, planWorkflowId: workflowInfo().workflowId, clockOffsetMs: input.clockOffsetMs ?? 0 }],
      // A task outlives a plan that is terminated by mistake; it can be found and finished on its own.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    children.push(child.result().then(accepted));
  }

  await Promise.all(children);
  await Promise.all(indexSent);
  view.status = 'completed';
  outbox.emit(EventType.PlanCompleted, { planId: plan.planId });
  await condition(allHandlersFinished);
  outbox.close();
  await publishing;
  return view;
}
