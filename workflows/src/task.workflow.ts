import { getExternalWorkflowHandle, patched, setHandler } from '@temporalio/workflow';
import {
  TASK_WORKFLOW_TYPE,
  acknowledgeEscalationUpdate,
  contributeUpdate,
  decideExtensionUpdate,
  issueDirectiveUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  taskStatusChangedSignal,
  taskViewQuery,
  waiveContributionUpdate,
  type TaskView,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { EventOutbox } from './lib/event-outbox';
import { PlanClock } from './lib/plan-clock';
import { WorkflowLoop } from './lib/workflow-loop';
import { assignTask, carriedTaskState, decideTask, isTaskFinished, newTaskState, nextTaskWake, wakeTask, type TaskState } from './tasks/task.decider';

/**
 * Since this patch a new task is assigned (its `TaskAssigned` decided, sequence 1) before its
 * handlers exist. Updates that reach a workflow in its first activation are dispatched the moment
 * their handler is registered, so before it an update sent right after the start (a busy worker
 * picks both up together) was decided first: the subject's first event was then, say,
 * `TaskProgressReported`, and the history's first entry not `assigned`. The commands are the same
 * either way (one publish per event); only their order of decision, and so the events' data,
 * changes, which is why histories recorded before it keep the old order on replay.
 */
const ASSIGNED_FIRST_PATCH = 'task-assigned-before-handlers';

/**
 * One responsible unit's task, for as long as it takes (years, with continue-as-new). What it
 * decides is in `tasks/task.decider.ts`; this is only the wiring: every update goes through the
 * decider (its validator refuses out-of-turn actions before anything is recorded), the shared loop
 * (`lib/workflow-loop.ts`) fires the deadline ladder, publishes and continues as new, and the plan
 * that started the task hears of each status change once its event is out.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskView> {
  const { assignment, carried } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const outbox = new EventOutbox(TASK_WORKFLOW_TYPE, assignment.taskId, carried?.sequence ?? 0, clock);
  const loop = new WorkflowLoop<TaskState>(carried ? { view: carried.view, epoch: carried.epoch } : newTaskState(assignment, clock.nowIso()), outbox, clock);

  const assignedFirst = !carried && patched(ASSIGNED_FIRST_PATCH);
  if (assignedFirst) loop.apply(assignTask(loop.state, clock.nowIso()));

  setHandler(taskViewQuery, () => loop.state.view);
  // Registered in the order the hand-written workflow used, so updates buffered before the
  // handlers existed are dispatched in the same order on replay.
  const view = (state: TaskState): TaskView => state.view;
  loop.update(reportProgressUpdate, (state, cmd, now) => decideTask(state, { type: 'reportProgress', ...cmd }, now), view);
  loop.update(contributeUpdate, (state, cmd, now) => decideTask(state, { type: 'contribute', ...cmd }, now), view);
  loop.update(waiveContributionUpdate, (state, cmd, now) => decideTask(state, { type: 'waiveContribution', ...cmd }, now), view);
  loop.update(submitTaskUpdate, (state, cmd, now) => decideTask(state, { type: 'submit', ...cmd }, now), view);
  loop.update(reviewTaskUpdate, (state, cmd, now) => decideTask(state, { type: 'review', ...cmd }, now), view);
  loop.update(requestExtensionUpdate, (state, cmd, now) => decideTask(state, { type: 'requestExtension', ...cmd }, now), view);
  loop.update(decideExtensionUpdate, (state, cmd, now) => decideTask(state, { type: 'decideExtension', ...cmd }, now), view);
  loop.update(acknowledgeEscalationUpdate, (state, cmd, now) => decideTask(state, { type: 'acknowledgeEscalation', ...cmd }, now), view);
  loop.update(issueDirectiveUpdate, (state, cmd, now) => decideTask(state, { type: 'issueDirective', ...cmd }, now), view);

  if (!carried && !assignedFirst) loop.apply(assignTask(loop.state, clock.nowIso()));

  // The plan follows its tasks' states; it learns of a change once the change's event is out.
  const plan = input.planWorkflowId ? getExternalWorkflowHandle(input.planWorkflowId) : undefined;
  const final = await loop.run(
    { wake: wakeTask, finished: isTaskFinished, nextWake: nextTaskWake },
    {
      historyLimit: input.historyLimit,
      carry: (state, sequence): TaskWorkflowInput => {
        const next = carriedTaskState(state);
        return { ...input, carried: { view: next.view, sequence, epoch: next.epoch } };
      },
      ...(plan && {
        afterPublish: async (_event, { view }) => {
          await plan.signal(taskStatusChangedSignal, { taskId: assignment.taskId, status: view.status, due: view.due });
        },
      }),
    },
  );
  return final.view;
}
