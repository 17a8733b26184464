import {
  ErrorCode,
  EventType,
  SEPARATION_OF_DUTIES,
  subtaskId,
  type AcknowledgeEscalationCommand,
  type Actor,
  type CascadeTaskCommand,
  type CalendarChange,
  type CalendarInForce,
  type ContributeCommand,
  type DecideExtensionCommand,
  type IssueDirectiveCommand,
  type ReportProgressCommand,
  type RequestExtensionCommand,
  type ReviewTaskCommand,
  type SubmitTaskCommand,
  type SubtaskStatusChanged,
  type SubtaskSummary,
  type TaskHistoryEntry,
  type TaskStatus,
  type TaskView,
  type WaiveContributionCommand,
} from '@duban/contracts';
import { endOfDay, toShanghaiDate, type TaskAssignment } from '@duban/domain';
import { DeadlineLadder, nextLadderWake, recentLadder } from '../lib/deadline-ladder';
import { accepted, deciding, isRejection, refuse, type Decided, type Decision, type EventDraft, type EventDrafts } from '../lib/decision';
import { futureDateRejection } from '../lib/future-date';

/**
 * The decisions of one responsible unit's task, without Temporal: who may do what and when, what
 * each accepted command records and which events it decides. `task.workflow.ts` wires these to
 * updates, timers, the outbox and continue-as-new (see `lib/workflow-loop.ts`).
 *
 * assigned → in progress → submitted → accepted, or rejected back to in progress with a reason.
 * Co-units contribute before the lead unit may submit (or a supervisor waives them). The ladder
 * follows the deadline in force; an approved extension or a directive moves it and restarts the
 * ladder from it; acceptance stops it.
 *
 * 逐级落实 (六(三)): a task may be broken down into sub-tasks for departments of its unit (the plan
 * definition's, and those its officials add), each a task of its own (`{taskId}.{unit}`) due on or
 * before the parent's deadline. The parent keeps a summary of each, updated by the sub-task's
 * signals, and its lead unit submits only once every sub-task is accepted. A sub-task's
 * escalations also notify the parent's unit. These rules are ours: the seed names the principle
 * (目标责任考评制度，逐级落实目标管理), not its mechanics.
 */

/** What a task carries: its view (what the query answers) and the ladder's epoch (0, +1 per deadline move). */
export interface TaskState {
  view: TaskView;
  epoch: number;
  /** The calendar in force (see `lib/calendar-in-force.ts`); absent for a task started before run-time calendars. */
  calendar?: CalendarInForce;
}

/** Every command a task decides: the updates (named as in the contracts) and the passing of time. */
export type TaskCommand =
  | ({ type: 'reportProgress' } & ReportProgressCommand)
  | ({ type: 'contribute' } & ContributeCommand)
  | ({ type: 'waiveContribution' } & WaiveContributionCommand)
  | ({ type: 'submit' } & SubmitTaskCommand)
  | ({ type: 'review' } & ReviewTaskCommand)
  | ({ type: 'requestExtension' } & RequestExtensionCommand)
  | ({ type: 'decideExtension' } & DecideExtensionCommand)
  | ({ type: 'acknowledgeEscalation' } & AcknowledgeEscalationCommand)
  | ({ type: 'issueDirective' } & IssueDirectiveCommand)
  | ({ type: 'cascade' } & CascadeTaskCommand)
  /** Time has passed: fire every ladder step and repeat that is due. Never refused. */
  | { type: 'wake' };

/**
 * How many history entries a task carries into its next run (continue-as-new), the most recent.
 * Ours, not the seed plan's: the view's history is what `GET /tasks/:taskId` shows at a glance,
 * while the full record is the audit log (`GET /audit/events?subject={taskId}`), built from the
 * events. 100 entries are far more than a task gathers between two runs in practice (a run lasts
 * up to 5,000 history events), and keep the carried input a few tens of kilobytes.
 */
export const CARRIED_HISTORY_ENTRIES = 100;
/** Likewise for fired ladder steps (reminders, cards and their repeats): the unfired ones are all kept. */
export const CARRIED_FIRED_LADDER_STEPS = 100;

/** A new task's state at `now` (plan time, ISO-8601): nothing decided yet (see {@link assignTask}). */
export function newTaskState(assignment: TaskAssignment, now: string, calendar?: CalendarInForce): TaskState {
  // The plan definition's sub-tasks become the view's summaries (announced by assignTask).
  const { subtasks: planned, ...rest } = assignment;
  const subtasks = planned?.map((s): SubtaskSummary => ({ taskId: subtaskId(assignment.taskId, s.unit), ...s, status: 'assigned', cascadedAt: now }));
  return {
    ...(calendar && { calendar }),
    view: {
      ...rest,
      ...(subtasks && { subtasks }),
      status: 'assigned',
      originalDue: assignment.due,
      ...DeadlineLadder.start(assignment.due, assignment.escalation, now, calendar),
      assignedAt: now,
      progressPercent: 0,
      submissions: [],
      contributions: assignment.coUnits.map((unit) => ({ unit, status: 'pending' })),
      extensions: [],
      directives: [],
      history: [],
    },
    epoch: 0,
  };
}

/** The first decision of a new task: it is assigned. */
export function assignTask(state: TaskState, now: string): Decision<TaskState> {
  return accepted(
    deciding(state, (s, events) => {
    const { view } = s;
    record(s, now, 'assigned', 'assigned');
    events.emit(EventType.TaskAssigned, {
      taskId: view.taskId,
      planId: view.planId,
      taskCode: view.taskCode,
      unit: view.unit,
      coUnits: view.coUnits,
      title: view.title,
      due: view.originalDue,
      deadline: view.deadline,
      kind: view.kind,
      ...(view.parentTaskId !== undefined && { parentTaskId: view.parentTaskId }),
      ...(view.parentUnit !== undefined && { parentUnit: view.parentUnit }),
    });
    for (const sub of view.subtasks ?? []) emitCascaded(events, view, sub);
    }),
  );
}

/**
 * Rules that depend on when the task's workflow started, not on its state (see the patches in
 * `task.workflow.ts`). Every field's default is the rule in force today: a new caller of
 * {@link decideTask} gets it without asking.
 */
export interface TaskRules {
  /**
   * `true` only for a workflow started before the `review-not-by-submitter` patch, which lets one
   * principal (same `sub`) review its own submission and decide its own extension request, as such
   * workflows did when they were recorded.
   */
  selfReviewAllowed?: boolean;
}

/**
 * Decides `command` at `now` (plan time, ISO-8601): the events and the next state, or the
 * rejection the update is refused with. `state` is never changed.
 */
export function decideTask(state: TaskState, command: TaskCommand, now: string, rules: TaskRules = {}): Decided<TaskState> {
  return withParentNotified(deciding(state, (s, events) => {
    const { view } = s;
    const taskId = view.taskId;
    const ladder = new DeadlineLadder({ id: taskId, unit: view.unit, coUnits: view.coUnits }, view, view.escalation, now, events, s.epoch, s.calendar);
    const requireOfficialOf = (actor: Actor, units: string[], what: string): void => {
      if (!actor.roles.includes('official') || !units.includes(actor.unit)) {
        refuse(ErrorCode.TaskForbidden, `only officials of ${units.join(' or ')} may ${what} task ${taskId}`, { unit: actor.unit });
      }
    };
    const requireSupervisor = (actor: Actor, what: string): void => {
      if (!actor.roles.includes('supervisor')) refuse(ErrorCode.TaskForbidden, `only supervisors may ${what} task ${taskId}`);
    };
    /**
     * Separation of duties (ours, issue 12; the seed names none): who asked for something is not who
     * grants it, whatever roles the token carries. Compared by `sub`, the person, not the unit: a
     * principal holding both `official` and `supervisor` is refused as the reviewer of its own
     * submission, another supervisor is not.
     */
    const requireNotSameActor = (actor: Actor, earlier: Actor | undefined, rule: string, why: string): void => {
      if (rules.selfReviewAllowed || earlier?.sub !== actor.sub) return;
      refuse(ErrorCode.TaskSeparationOfDuties, `${rule}: ${why}; another supervisor decides`, { rule });
    };
    const requireStatus = (what: string, allowed: TaskStatus[]): void => {
      if (!allowed.includes(view.status)) refuse(ErrorCode.TaskOutOfTurn, `cannot ${what} task ${taskId} while it is ${view.status}`, { status: view.status, allowed });
    };
    const requireFutureDate = (date: string, field: string): void => {
      const refused = futureDateRejection(date, field, toShanghaiDate(now));
      if (refused) refuse(refused.code, refused.message, refused.details);
    };

    switch (command.type) {
      case 'wake':
        ladder.fireDue();
        return;

      case 'reportProgress':
        requireOfficialOf(command.actor, [view.unit], 'report progress on');
        requireStatus('report progress on', ['assigned', 'in_progress']);
        view.progressPercent = command.percent;
        record(s, now, 'progress', 'in_progress', command.actor, command.note);
        events.emit(EventType.TaskProgressReported, { taskId, percent: command.percent, note: command.note, evidence: command.evidence ?? [], actor: command.actor });
        return;

      case 'contribute': {
        requireOfficialOf(command.actor, view.coUnits, 'contribute to');
        requireStatus('contribute to', ['assigned', 'in_progress']);
        const c = view.contributions.find((x) => x.unit === command.actor.unit);
        if (c?.status !== 'pending') refuse(ErrorCode.TaskOutOfTurn, `${command.actor.unit} has already contributed to task ${taskId}`);
        Object.assign(c, { status: 'contributed', at: now, actor: command.actor, summary: command.summary, evidence: command.evidence ?? [] });
        record(s, now, 'contributed', view.status === 'assigned' ? 'in_progress' : view.status, command.actor, command.summary);
        events.emit(EventType.ContributionSubmitted, { taskId, unit: command.actor.unit, summary: command.summary, evidence: command.evidence ?? [], actor: command.actor });
        return;
      }

      case 'waiveContribution': {
        requireSupervisor(command.actor, 'waive a contribution to');
        requireStatus('waive a contribution to', ['assigned', 'in_progress']);
        const c = view.contributions.find((x) => x.unit === command.unit);
        if (c?.status !== 'pending') refuse(ErrorCode.TaskOutOfTurn, `${command.unit} has no pending contribution to task ${taskId}`);
        Object.assign(c, { status: 'waived', at: now, actor: command.actor, reason: command.reason });
        record(s, now, 'contribution-waived', view.status, command.actor, `${command.unit}: ${command.reason}`);
        events.emit(EventType.ContributionWaived, { taskId, unit: command.unit, reason: command.reason, actor: command.actor });
        return;
      }

      case 'submit': {
        requireOfficialOf(command.actor, [view.unit], 'submit');
        requireStatus('submit', ['assigned', 'in_progress']);
        const pending = view.contributions.filter((c) => c.status === 'pending').map((c) => c.unit);
        if (pending.length > 0) {
          refuse(ErrorCode.ContributionsPending, `task ${taskId} waits for the contributions of ${pending.join(', ')} (or a supervisor's waiver)`, { pending });
        }
        // 逐级落实 (ours): the unit answers for its departments' work, so it submits once theirs is accepted.
        const openSubtasks = (view.subtasks ?? []).filter((t) => t.status !== 'accepted').map((t) => t.taskId);
        if (openSubtasks.length > 0) {
          refuse(ErrorCode.SubtasksPending, `task ${taskId} waits for its sub-tasks ${openSubtasks.join(', ')} to be accepted`, { pending: openSubtasks });
        }
        const submission = {
          version: view.submissions.length + 1,
          at: now,
          actor: command.actor,
          summary: command.summary,
          ...(command.deliverableRef !== undefined && { deliverableRef: command.deliverableRef }),
          evidence: command.evidence ?? [],
        };
        view.submissions.push(submission);
        record(s, now, 'submitted', 'submitted', command.actor, command.summary);
        events.emit(EventType.TaskSubmitted, {
          taskId,
          version: submission.version,
          summary: command.summary,
          ...(command.deliverableRef !== undefined && { deliverableRef: command.deliverableRef }),
          evidence: submission.evidence,
          actor: command.actor,
        });
        return;
      }

      case 'review': {
        requireSupervisor(command.actor, 'review');
        requireStatus('review', ['submitted']);
        const version = view.submissions.length;
        requireNotSameActor(command.actor, view.submissions[version - 1]?.actor, SEPARATION_OF_DUTIES.reviewNotBySubmitter, `${command.actor.sub} submitted version ${version} of task ${taskId} and may not review it`);
        if (command.decision === 'accept') {
          view.acceptedAt = now;
          record(s, now, 'accepted', 'accepted', command.actor, command.reason);
          events.emit(EventType.TaskAccepted, { taskId, version, actor: command.actor });
          ladder.resolveOpen('completed');
        } else {
          record(s, now, 'rejected', 'in_progress', command.actor, command.reason);
          events.emit(EventType.TaskRejected, { taskId, version, reason: command.reason ?? '', actor: command.actor });
        }
        return;
      }

      case 'requestExtension': {
        requireOfficialOf(command.actor, [view.unit], 'ask for an extension of');
        requireStatus('ask for an extension of', ['assigned', 'in_progress', 'submitted']);
        if (view.extensions.some((e) => e.status === 'pending')) {
          refuse(ErrorCode.ExtensionPending, `task ${taskId} already has an extension request waiting for a decision`);
        }
        requireFutureDate(command.newDue, 'newDue');
        if (command.newDue <= view.due) {
          refuse(ErrorCode.InvalidDate, `newDue ${command.newDue} is not after the deadline in force (${view.due})`, {
            errors: [{ field: 'body.newDue', rule: `must be after ${view.due}` }],
          });
        }
        const id = view.extensions.length + 1;
        view.extensions.push({ id, requestedAt: now, requestedBy: command.actor, reason: command.reason, previousDue: view.due, requestedDue: command.newDue, status: 'pending' });
        record(s, now, 'extension-requested', view.status, command.actor, `${command.newDue}: ${command.reason}`);
        events.emit(EventType.ExtensionRequested, { taskId, requestId: id, previousDue: view.due, requestedDue: command.newDue, reason: command.reason, actor: command.actor });
        return;
      }

      case 'decideExtension': {
        requireSupervisor(command.actor, 'decide an extension of');
        const request = view.extensions.find((e) => e.status === 'pending');
        if (!request) refuse(ErrorCode.NoPendingExtension, `task ${taskId} has no extension request waiting for a decision`);
        requireNotSameActor(command.actor, request.requestedBy, SEPARATION_OF_DUTIES.decisionNotByRequester, `${command.actor.sub} requested extension ${request.id} of task ${taskId} and may not decide it`);
        const previousDue = view.due;
        Object.assign(request, {
          status: command.decision === 'approve' ? 'approved' : 'refused',
          decidedAt: now,
          decidedBy: command.actor,
          ...(command.comment !== undefined && { comment: command.comment }),
        });
        if (command.decision === 'approve') moveDeadline(s, ladder, request.requestedDue);
        record(s, now, command.decision === 'approve' ? 'extension-approved' : 'extension-refused', view.status, command.actor, command.comment);
        events.emit(EventType.ExtensionDecided, {
          taskId,
          requestId: request.id,
          decision: command.decision,
          previousDue,
          due: view.due,
          ...(command.comment !== undefined && { comment: command.comment }),
          actor: command.actor,
        });
        return;
      }

      case 'acknowledgeEscalation': {
        requireSupervisor(command.actor, 'acknowledge an escalation of');
        const e = ladder.findEscalation(command.escalationId);
        if (!e) refuse(ErrorCode.EscalationNotFound, `no escalation ${command.escalationId} on task ${taskId}`);
        if (e.acknowledgedAt !== undefined) refuse(ErrorCode.EscalationAlreadyAcknowledged, `escalation ${e.id} was acknowledged at ${e.acknowledgedAt}`);
        if (e.resolvedAt !== undefined) refuse(ErrorCode.TaskOutOfTurn, `escalation ${e.id} is closed (${e.resolution})`);
        ladder.acknowledge(e, command.actor, command.note);
        record(s, now, 'escalation-acknowledged', view.status, command.actor, command.note ?? e.level);
        return;
      }

      case 'issueDirective': {
        requireSupervisor(command.actor, 'issue a directive on');
        requireStatus('issue a directive on', ['assigned', 'in_progress', 'submitted']);
        requireFutureDate(command.committedDate, 'committedDate');
        const id = `${taskId}~directive~${view.directives.length + 1}`;
        const previousDue = view.due;
        view.directives.push({ id, issuedAt: now, issuedBy: command.actor, previousDue, committedDate: command.committedDate, instructions: command.instructions });
        moveDeadline(s, ladder, command.committedDate);
        record(s, now, 'directive', view.status, command.actor, command.instructions);
        events.emit(EventType.DirectiveIssued, {
          directiveId: id,
          taskId,
          unit: view.unit,
          previousDue,
          committedDate: command.committedDate,
          instructions: command.instructions,
          actor: command.actor,
        });
        return;
      }

      case 'cascade': {
        requireOfficialOf(command.actor, [view.unit], 'break down');
        // One level (ours): city → district is the plan's fan-out, district → department the cascade.
        if (view.parentTaskId !== undefined) refuse(ErrorCode.TaskOutOfTurn, `task ${taskId} is a sub-task of ${view.parentTaskId}: it is not broken down further`);
        requireStatus('break down', ['assigned', 'in_progress']);
        const departments = view.departments ?? [];
        if (!departments.includes(command.unit)) {
          const rule = departments.length > 0 ? `must be a department of ${view.unit}: ${departments.join(', ')}` : `must be a department of ${view.unit}, and the plan names none`;
          refuse(ErrorCode.InvalidSubtask, `${command.unit} is not a department of ${view.unit}`, { errors: [{ field: 'body.unit', rule }] });
        }
        const id = subtaskId(taskId, command.unit);
        if (view.subtasks?.some((t) => t.taskId === id)) refuse(ErrorCode.SubtaskExists, `${command.unit} already has a sub-task of ${taskId}: ${id}`, { subtaskId: id });
        requireFutureDate(command.due, 'due');
        if (command.due > view.due) {
          refuse(ErrorCode.InvalidDate, `due ${command.due} is after the deadline in force of ${taskId} (${view.due})`, {
            errors: [{ field: 'body.due', rule: `must be on or before ${view.due}, the parent task's deadline in force` }],
          });
        }
        const sub: SubtaskSummary = {
          taskId: id,
          unit: command.unit,
          title: command.title,
          titleEn: command.titleEn ?? command.title,
          due: command.due,
          status: 'assigned',
          cascadedAt: now,
          cascadedBy: command.actor,
        };
        (view.subtasks ??= []).push(sub);
        record(s, now, 'cascaded', view.status, command.actor, `${id}: ${command.title} (due ${command.due})`);
        emitCascaded(events, view, sub);
        return;
      }
    }
  }));
}

/**
 * A sub-task tells its parent its status and deadline in force: the parent's summary follows. The
 * same state (no change, so the workflow does not wake) for an unknown sub-task or old news.
 */
export function noteSubtaskStatus(state: TaskState, change: SubtaskStatusChanged): Decision<TaskState> {
  const known = state.view.subtasks?.find((t) => t.taskId === change.taskId);
  if (!known || (known.status === change.status && known.due === change.due)) return { events: [], state };
  return accepted(
    deciding(state, (s) => {
      const sub = s.view.subtasks?.find((t) => t.taskId === change.taskId);
      if (sub) Object.assign(sub, { status: change.status, due: change.due });
    }),
  );
}

/**
 * The assignment of the sub-task `sub` of `parent`: a task of the department, with the parent's
 * plan, task code, deliverable and ladder policy, no co-units, and no departments of its own (one level).
 */
export function subtaskAssignment(parent: TaskView, sub: SubtaskSummary): TaskAssignment {
  return {
    taskId: sub.taskId,
    planId: parent.planId,
    taskCode: parent.taskCode,
    unit: sub.unit,
    coUnits: [],
    title: sub.title,
    titleEn: sub.titleEn,
    deliverable: parent.deliverable,
    due: sub.due,
    escalation: parent.escalation,
    kind: parent.kind,
    parentTaskId: parent.taskId,
    parentUnit: parent.unit,
  };
}

function emitCascaded(events: EventDrafts, view: TaskView, sub: SubtaskSummary): void {
  events.emit(EventType.TaskCascaded, {
    taskId: view.taskId,
    subtaskId: sub.taskId,
    planId: view.planId,
    unit: sub.unit,
    title: sub.title,
    due: sub.due,
    deadline: endOfDay(sub.due).toISO() as string,
    ...(sub.cascadedBy && { actor: sub.cascadedBy }),
  });
}

/**
 * On a sub-task, every escalation also notifies the parent's unit (ours: the district answers for
 * its departments, 逐级落实). Done on the decision as a whole, so every command {@link decideTask}
 * decides that raises a level (waking above all) is covered without the ladder knowing about parents.
 */
function withParentNotified(decided: Decided<TaskState>): Decided<TaskState> {
  if (isRejection(decided)) return decided;
  const parentUnit = decided.state.view.parentUnit;
  if (parentUnit === undefined) return decided;
  const events = decided.events.map((e): EventDraft =>
    e.type === EventType.EscalationRaised && !e.data.notify.includes(parentUnit) ? { ...e, data: { ...e.data, notify: [...e.data.notify, parentUnit] } } : e,
  );
  return { ...decided, events };
}

/** Time has passed: fires every ladder step and repeat that is due (a decision that is never refused). */
export function wakeTask(state: TaskState, now: string): Decision<TaskState> {
  return accepted(decideTask(state, { type: 'wake' }, now));
}

/** Accepted: nothing is left to decide (the ladder is resolved; the workflow completes). */
export function isTaskFinished(state: TaskState): boolean {
  return state.view.status === 'accepted';
}

/** When the task next needs to wake to fire a ladder step or repeat (ISO-8601, plan time), if ever. */
export function nextTaskWake(state: TaskState): string | undefined {
  return nextLadderWake(state.view, state.epoch);
}

/**
 * A new calendar is in force (a notice was loaded at run time): the ladder's planned times move
 * where it changes them, with a `LadderReplanned` event (see `DeadlineLadder.replan`). A change
 * the task has already seen (same or older version: the announcement is sent more than once)
 * changes nothing. `announce: false` is for a task that has just started: its ladder, planned on
 * the built-in calendar a moment ago and announced to no one, is planned again without an event.
 */
export function replanTask(state: TaskState, change: CalendarChange, now: string, announce = true): Decision<TaskState> {
  if (state.calendar !== undefined && change.calendar.version <= state.calendar.version) return { state, events: [] };
  return accepted(
    deciding(state, (s, events) => {
      s.calendar = change.calendar;
      const { view } = s;
      new DeadlineLadder({ id: view.taskId, unit: view.unit, coUnits: view.coUnits }, view, view.escalation, now, events, s.epoch, s.calendar).replan(change.calendar, change.reason, announce);
    }),
  );
}

/** A task that has just started takes the calendar in force (the calendar workflow's answer): {@link replanTask} without an event. */
export function adoptTaskCalendar(state: TaskState, calendar: CalendarInForce, now: string): Decision<TaskState> {
  return replanTask(state, { calendar, reason: 'the calendar in force when the task started' }, now, false);
}

/**
 * The state a task carries into its next run: everything it decides on, with its history and
 * fired ladder steps cut to the most recent {@link CARRIED_HISTORY_ENTRIES} and
 * {@link CARRIED_FIRED_LADDER_STEPS}. Nothing the decider reads is lost: it looks only at unfired
 * steps, escalations, submissions, contributions, extensions and directives.
 */
export function carriedTaskState(state: TaskState): TaskState {
  const { view } = state;
  return { ...state, view: { ...view, history: view.history.slice(-CARRIED_HISTORY_ENTRIES), ladder: recentLadder(view.ladder, CARRIED_FIRED_LADDER_STEPS) } };
}

function record(s: TaskState, now: string, action: TaskHistoryEntry['action'], status: TaskStatus, actor?: Actor, note?: string): void {
  s.view.status = status;
  s.view.history.push({ at: now, action, status, ...(actor && { actor }), ...(note !== undefined && { note }) });
}

function moveDeadline(s: TaskState, ladder: DeadlineLadder, due: string): void {
  ladder.moveDeadline(due);
  s.epoch = ladder.currentEpoch;
}
