import { ParentClosePolicy, getExternalWorkflowHandle, patched, setHandler, startChild, workflowInfo } from '@temporalio/workflow';
import {
  TASK_WORKFLOW_TYPE,
  acknowledgeEscalationUpdate,
  calendarChangedSignal,
  cascadeTaskUpdate,
  contributeUpdate,
  decideExtensionUpdate,
  issueDirectiveUpdate,
  reportProgressUpdate,
  requestExtensionUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  subtaskStatusChangedSignal,
  taskStatusChangedSignal,
  taskViewQuery,
  taskWorkflowId,
  waiveContributionUpdate,
  type SubtaskSummary,
  type TaskStatus,
  type TaskView,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { BUILT_IN_CALENDAR, CALENDAR_PATCH, calendarInForce } from './lib/calendar-activity';
import { isRejection } from './lib/decision';
import { EventOutbox } from './lib/event-outbox';
import { failureOf } from './lib/failures';
import { PlanClock } from './lib/plan-clock';
import { WorkflowLoop } from './lib/workflow-loop';
import {
  adoptTaskCalendar,
  assignTask,
  carriedTaskState,
  decideTask,
  isTaskFinished,
  newTaskState,
  nextTaskWake,
  noteSubtaskStatus,
  replanTask,
  subtaskAssignment,
  wakeTask,
  type TaskRules,
  type TaskState,
} from './tasks/task.decider';

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
 * Since this patch (issue 12) the task refuses a review by the submitter of the submission and an
 * extension decision by its requester (same `sub`; `TASK.SEPARATION_OF_DUTIES`, see the decider).
 * Asked once per run, before any handler exists: a run recorded before it (no marker) keeps
 * accepting what it accepted then, so its history replays unchanged; every new run, a continued one
 * included, takes the rule. The API checks the same rule before asking, so old runs are covered there.
 */
const REVIEW_NOT_BY_SUBMITTER_PATCH = 'review-not-by-submitter';

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
  // Planned on the built-in calendar at once, so that the handlers exist in the first activation
  // (an update sent right after the start must find them); the calendar in force follows below.
  const onCalendar = !carried && patched(CALENDAR_PATCH);
  const loop = new WorkflowLoop<TaskState>(
    carried
      ? { view: carried.view, epoch: carried.epoch, ...(carried.calendar && { calendar: carried.calendar }) }
      : newTaskState(assignment, clock.nowIso(), onCalendar ? BUILT_IN_CALENDAR : undefined),
    outbox,
    clock,
  );

  const assignedFirst = !carried && patched(ASSIGNED_FIRST_PATCH);
  if (assignedFirst) loop.apply(assignTask(loop.state, clock.nowIso()));
  const rules: TaskRules = patched(REVIEW_NOT_BY_SUBMITTER_PATCH) ? {} : { selfReviewAllowed: true };

  setHandler(taskViewQuery, () => loop.state.view);
  // Registered in the order the hand-written workflow used, so updates buffered before the
  // handlers existed are dispatched in the same order on replay.
  const view = (state: TaskState): TaskView => state.view;
  loop.update(reportProgressUpdate, (state, cmd, now) => decideTask(state, { type: 'reportProgress', ...cmd }, now), view);
  loop.update(contributeUpdate, (state, cmd, now) => decideTask(state, { type: 'contribute', ...cmd }, now), view);
  loop.update(waiveContributionUpdate, (state, cmd, now) => decideTask(state, { type: 'waiveContribution', ...cmd }, now), view);
  loop.update(submitTaskUpdate, (state, cmd, now) => decideTask(state, { type: 'submit', ...cmd }, now), view);
  loop.update(reviewTaskUpdate, (state, cmd, now) => decideTask(state, { type: 'review', ...cmd }, now, rules), view);
  loop.update(requestExtensionUpdate, (state, cmd, now) => decideTask(state, { type: 'requestExtension', ...cmd }, now), view);
  loop.update(decideExtensionUpdate, (state, cmd, now) => decideTask(state, { type: 'decideExtension', ...cmd }, now, rules), view);
  loop.update(acknowledgeEscalationUpdate, (state, cmd, now) => decideTask(state, { type: 'acknowledgeEscalation', ...cmd }, now), view);
  loop.update(issueDirectiveUpdate, (state, cmd, now) => decideTask(state, { type: 'issueDirective', ...cmd }, now), view);

  loop.signal(calendarChangedSignal, replanTask);

  // 逐级落实: a sub-task is a task workflow of its own, started as a child of this one. Its start is
  // a command of the same workflow task that decides the cascade (and its TaskCascaded event), so
  // either both are recorded or neither: a worker dying in between replays to the same start, and
  // nothing is lost. ABANDON: the sub-task outlives this run's continue-as-new (and a parent
  // terminated by mistake); it reaches the parent by workflow id, so always its current run.
  const startSubtask = async (sub: SubtaskSummary): Promise<void> => {
    await startChild(taskWorkflow, {
      workflowId: taskWorkflowId(sub.taskId),
      args: [{ assignment: subtaskAssignment(loop.state.view, sub), parentWorkflowId: workflowInfo().workflowId, clockOffsetMs: input.clockOffsetMs ?? 0 }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  };
  loop.signal(subtaskStatusChangedSignal, (state, change) => noteSubtaskStatus(state, change));
  // Not `loop.update`: the answer waits for the sub-task's workflow to exist, so the caller can use
  // it at once, and the loop cannot continue as new before it does (it waits for every handler).
  setHandler(
    cascadeTaskUpdate,
    async (cmd) => {
      const decided = decideTask(loop.state, { type: 'cascade', ...cmd }, loop.now());
      if (isRejection(decided)) throw failureOf(decided);
      const known = new Set(loop.state.view.subtasks?.map((t) => t.taskId));
      const added = loop.apply(decided).view.subtasks?.filter((t) => !known.has(t.taskId)) ?? [];
      for (const sub of added) await startSubtask(sub);
      return loop.state.view;
    },
    {
      validator: (cmd) => {
        const decided = decideTask(loop.state, { type: 'cascade', ...cmd }, loop.now());
        if (isRejection(decided)) throw failureOf(decided);
      },
    },
  );

  if (!carried && !assignedFirst) loop.apply(assignTask(loop.state, clock.nowIso()));
  if (onCalendar) loop.apply(adoptTaskCalendar(loop.state, await calendarInForce(), clock.nowIso()));
  // The plan definition's sub-tasks, decided with the assignment. Only a new task has them to start
  // (a carried run's were started by the run that assigned it); a task without any starts nothing, as before.
  const planned = carried ? [] : (loop.state.view.subtasks ?? []);
  if (planned.length > 0) await Promise.all(planned.map(startSubtask));

  // The plan follows its tasks' states; it learns of a change once the change's event is out.
  const plan = input.planWorkflowId ? getExternalWorkflowHandle(input.planWorkflowId) : undefined;
  // A sub-task tells its parent only what changed (status or deadline in force), not every event.
  const parent = input.parentWorkflowId ? getExternalWorkflowHandle(input.parentWorkflowId) : undefined;
  let told: { status: TaskStatus; due: string } = { status: loop.state.view.status, due: loop.state.view.due };
  const tellParent = async (view: TaskView): Promise<void> => {
    if (!parent || (view.status === told.status && view.due === told.due)) return;
    told = { status: view.status, due: view.due };
    try {
      await parent.signal(subtaskStatusChangedSignal, { taskId: assignment.taskId, ...told });
    } catch {
      // The parent is gone (terminated by hand): the sub-task's own work, ladder and events go on without it.
    }
  };
  const final = await loop.run(
    { wake: wakeTask, finished: isTaskFinished, nextWake: nextTaskWake },
    {
      historyLimit: input.historyLimit,
      carry: (state, sequence): TaskWorkflowInput => {
        const next = carriedTaskState(state);
        return { ...input, carried: { view: next.view, sequence, epoch: next.epoch, ...(next.calendar && { calendar: next.calendar }) } };
      },
      ...((plan || parent) && {
        afterPublish: async (_event, { view }) => {
          if (plan) await plan.signal(taskStatusChangedSignal, { taskId: assignment.taskId, status: view.status, due: view.due });
          if (parent) await tellParent(view);
        },
      }),
    },
  );
  return final.view;
}
