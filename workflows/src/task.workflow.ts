import { allHandlersFinished, condition, getExternalWorkflowHandle, setHandler } from '@temporalio/workflow';
import {
  ErrorCode,
  EventType,
  TASK_WORKFLOW_TYPE,
  reportProgressUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  taskStatusChangedSignal,
  taskViewQuery,
  type Actor,
  type TaskHistoryEntry,
  type TaskStatus,
  type TaskView,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { EventOutbox } from './lib/event-outbox';
import { reject } from './lib/failures';

/**
 * One responsible unit's task: assigned → in progress → submitted → accepted, or rejected back
 * to in progress with a reason. Officials of the task's unit report and submit; supervisors
 * review. Out-of-turn and unauthorised updates are refused by validators, before anything is
 * recorded in the history.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskView> {
  const { assignment } = input;
  const outbox = new EventOutbox(TASK_WORKFLOW_TYPE, assignment.taskId);
  const view: TaskView = { ...assignment, status: 'assigned', progressPercent: 0, submissions: [], history: [] };

  const record = (action: TaskHistoryEntry['action'], status: TaskStatus, actor?: Actor, note?: string): void => {
    view.status = status;
    view.history.push({ at: new Date().toISOString(), action, status, ...(actor && { actor }), ...(note !== undefined && { note }) });
  };

  const requireOwnUnitOfficial = (actor: Actor): void => {
    if (!actor.roles.includes('official') || actor.unit !== assignment.unit) {
      throw reject(ErrorCode.TaskForbidden, `only officials of ${assignment.unit} may act on task ${assignment.taskId}`, {
        unit: actor.unit,
      });
    }
  };
  const requireStatus = (action: string, allowed: TaskStatus[]): void => {
    if (!allowed.includes(view.status)) {
      throw reject(ErrorCode.TaskOutOfTurn, `cannot ${action} task ${assignment.taskId} while it is ${view.status}`, {
        status: view.status,
        allowed,
      });
    }
  };

  setHandler(taskViewQuery, () => view);

  setHandler(
    reportProgressUpdate,
    (cmd) => {
      record('progress', 'in_progress', cmd.actor, cmd.note);
      view.progressPercent = cmd.percent;
      outbox.emit(EventType.TaskProgressReported, { taskId: assignment.taskId, percent: cmd.percent, note: cmd.note, actor: cmd.actor });
      return view;
    },
    {
      validator: (cmd) => {
        requireOwnUnitOfficial(cmd.actor);
        requireStatus('report progress on', ['assigned', 'in_progress']);
      },
    },
  );

  setHandler(
    submitTaskUpdate,
    (cmd) => {
      const submission = {
        version: view.submissions.length + 1,
        at: new Date().toISOString(),
        actor: cmd.actor,
        summary: cmd.summary,
        ...(cmd.deliverableRef !== undefined && { deliverableRef: cmd.deliverableRef }),
      };
      view.submissions.push(submission);
      record('submitted', 'submitted', cmd.actor, cmd.summary);
      outbox.emit(EventType.TaskSubmitted, {
        taskId: assignment.taskId,
        version: submission.version,
        summary: cmd.summary,
        ...(cmd.deliverableRef !== undefined && { deliverableRef: cmd.deliverableRef }),
        actor: cmd.actor,
      });
      return view;
    },
    {
      validator: (cmd) => {
        requireOwnUnitOfficial(cmd.actor);
        requireStatus('submit', ['assigned', 'in_progress']);
      },
    },
  );

  setHandler(
    reviewTaskUpdate,
    (cmd) => {
      const version = view.submissions.length;
      if (cmd.decision === 'accept') {
        record('accepted', 'accepted', cmd.actor, cmd.reason);
        outbox.emit(EventType.TaskAccepted, { taskId: assignment.taskId, version, actor: cmd.actor });
      } else {
        record('rejected', 'in_progress', cmd.actor, cmd.reason);
        outbox.emit(EventType.TaskRejected, { taskId: assignment.taskId, version, reason: cmd.reason ?? '', actor: cmd.actor });
      }
      return view;
    },
    {
      validator: (cmd) => {
        if (!cmd.actor.roles.includes('supervisor')) {
          throw reject(ErrorCode.TaskForbidden, `only supervisors may review task ${assignment.taskId}`);
        }
        requireStatus('review', ['submitted']);
      },
    },
  );

  record('assigned', 'assigned');
  outbox.emit(EventType.TaskAssigned, {
    taskId: assignment.taskId,
    planId: assignment.planId,
    taskCode: assignment.taskCode,
    unit: assignment.unit,
    coUnits: assignment.coUnits,
    title: assignment.title,
    due: assignment.due,
  });

  // The plan follows its tasks' states; it learns of a change once the change's event is out.
  const plan = input.planWorkflowId ? getExternalWorkflowHandle(input.planWorkflowId) : undefined;
  const publishing = outbox.run(async () => {
    if (plan) await plan.signal(taskStatusChangedSignal, { taskId: assignment.taskId, status: view.status });
  });

  await condition(() => view.status === 'accepted');
  await condition(allHandlersFinished);
  outbox.close();
  await publishing;
  return view;
}
