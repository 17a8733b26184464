import { ParentClosePolicy, allHandlersFinished, condition, setHandler, startChild, workflowInfo } from '@temporalio/workflow';
import {
  EventType,
  PLAN_WORKFLOW_TYPE,
  planViewQuery,
  taskStatusChangedSignal,
  taskWorkflowId,
  type PlanView,
  type PlanWorkflowInput,
} from '@duban/contracts';
import { expandAssignments } from '@duban/domain';
import { EventOutbox } from './lib/event-outbox';
import { taskWorkflow } from './task.workflow';

/**
 * A loaded plan: starts one task workflow per (task, responsible unit), follows their states and
 * completes when every task is accepted.
 */
export async function planWorkflow(input: PlanWorkflowInput): Promise<PlanView> {
  const { plan } = input;
  const outbox = new EventOutbox(PLAN_WORKFLOW_TYPE, plan.planId);
  const assignments = expandAssignments(plan);
  const view: PlanView = {
    planId: plan.planId,
    title: plan.title,
    issuedOn: plan.issuedOn,
    status: 'running',
    startedAt: new Date().toISOString(),
    ...(input.template && { template: input.template }),
    tasks: assignments.map((a) => ({ taskId: a.taskId, taskCode: a.taskCode, unit: a.unit, due: a.due, status: 'assigned' })),
  };

  setHandler(planViewQuery, () => view);
  setHandler(taskStatusChangedSignal, ({ taskId, status }) => {
    const task = view.tasks.find((t) => t.taskId === taskId);
    if (task) task.status = status;
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

  const children = [];
  for (const assignment of assignments) {
    children.push(
      await startChild(taskWorkflow, {
        workflowId: taskWorkflowId(assignment.taskId),
        args: [{ assignment, planWorkflowId: workflowInfo().workflowId }],
        // A task outlives a plan that is terminated by mistake; it can be found and finished on its own.
        parentClosePolicy: ParentClosePolicy.ABANDON,
      }),
    );
  }

  await Promise.all(children.map((c) => c.result()));
  for (const task of view.tasks) task.status = 'accepted';
  view.status = 'completed';
  outbox.emit(EventType.PlanCompleted, { planId: plan.planId });
  await condition(allHandlersFinished);
  outbox.close();
  await publishing;
  return view;
}
