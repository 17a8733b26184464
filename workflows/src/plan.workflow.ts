import { ParentClosePolicy, allHandlersFinished, condition, setHandler, startChild, workflowInfo } from '@temporalio/workflow';
import {
  EventType,
  PLAN_WORKFLOW_TYPE,
  planViewQuery,
  taskStatusChangedSignal,
  taskWorkflowId,
  type PlanView,
  type PlanWorkflowInput,
  type TaskView,
} from '@duban/contracts';
import { expandAssignments } from '@duban/domain';
import { EventOutbox } from './lib/event-outbox';
import { PlanClock } from './lib/plan-clock';
import { taskWorkflow } from './task.workflow';

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
  };

  setHandler(planViewQuery, () => view);
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
  view.status = 'completed';
  outbox.emit(EventType.PlanCompleted, { planId: plan.planId });
  await condition(allHandlersFinished);
  outbox.close();
  await publishing;
  return view;
}
