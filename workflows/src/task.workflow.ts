import { allHandlersFinished, condition, continueAsNew, getExternalWorkflowHandle, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  ErrorCode,
  EventType,
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
  type Actor,
  type TaskHistoryEntry,
  type TaskStatus,
  type TaskView,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { DeadlineLadder } from './lib/deadline-ladder';
import { EventOutbox } from './lib/event-outbox';
import { reject } from './lib/failures';
import { requireFutureDate } from './lib/future-date';
import { PlanClock } from './lib/plan-clock';

/** A long-lived task starts a fresh history well before Temporal's limits (51,200 events). */
const DEFAULT_HISTORY_LIMIT = 5_000;

/**
 * One responsible unit's task, for as long as it takes (years, with continue-as-new):
 * assigned → in progress → submitted → accepted, or rejected back to in progress with a reason.
 *
 * Co-units contribute before the lead unit may submit (or a supervisor waives them). A durable
 * ladder follows the deadline in force: reminders before it, a yellow card at it, a red card and
 * a leading-group report after it, each unacknowledged level repeating. An approved extension or
 * a 督查室 directive moves the deadline and restarts the ladder from it; acceptance stops it.
 * Every update is validated before anything is recorded, and every change becomes an event.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskView> {
  const { assignment } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const policy = assignment.escalation;
  const outbox = new EventOutbox(TASK_WORKFLOW_TYPE, assignment.taskId, input.carried?.sequence ?? 0, clock);
  /** Bumped by every update, so the ladder loop re-plans its next wake-up. */
  let changes = 0;

  const view: TaskView = input.carried?.view ?? {
    ...assignment,
    status: 'assigned',
    originalDue: assignment.due,
    ...DeadlineLadder.start(assignment.due, policy, clock),
    assignedAt: clock.nowIso(),
    progressPercent: 0,
    submissions: [],
    contributions: assignment.coUnits.map((unit) => ({ unit, status: 'pending' })),
    extensions: [],
    directives: [],
    history: [],
  };
  const deadline = new DeadlineLadder(
    { id: assignment.taskId, unit: assignment.unit, coUnits: assignment.coUnits },
    view,
    policy,
    clock,
    outbox,
    input.carried?.epoch ?? 0,
  );

  const record = (action: TaskHistoryEntry['action'], status: TaskStatus, actor?: Actor, note?: string): void => {
    view.status = status;
    view.history.push({ at: clock.nowIso(), action, status, ...(actor && { actor }), ...(note !== undefined && { note }) });
    changes++;
  };
  const today = (): string => clock.today();

  // --- rules, shared by the validators -------------------------------------------------------
  const requireOfficialOf = (actor: Actor, units: string[], what: string): void => {
    if (!actor.roles.includes('official') || !units.includes(actor.unit)) {
      throw reject(ErrorCode.TaskForbidden, `only officials of ${units.join(' or ')} may ${what} task ${assignment.taskId}`, { unit: actor.unit });
    }
  };
  const requireSupervisor = (actor: Actor, what: string): void => {
    if (!actor.roles.includes('supervisor')) throw reject(ErrorCode.TaskForbidden, `only supervisors may ${what} task ${assignment.taskId}`);
  };
  const requireStatus = (what: string, allowed: TaskStatus[]): void => {
    if (!allowed.includes(view.status)) {
      throw reject(ErrorCode.TaskOutOfTurn, `cannot ${what} task ${assignment.taskId} while it is ${view.status}`, { status: view.status, allowed });
    }
  };

  // --- handlers -------------------------------------------------------------------------------
  setHandler(taskViewQuery, () => view);

  setHandler(
    reportProgressUpdate,
    (cmd) => {
      view.progressPercent = cmd.percent;
      record('progress', 'in_progress', cmd.actor, cmd.note);
      outbox.emit(EventType.TaskProgressReported, { taskId: assignment.taskId, percent: cmd.percent, note: cmd.note, evidence: cmd.evidence ?? [], actor: cmd.actor });
      return view;
    },
    {
      validator: (cmd) => {
        requireOfficialOf(cmd.actor, [assignment.unit], 'report progress on');
        requireStatus('report progress on', ['assigned', 'in_progress']);
      },
    },
  );

  setHandler(
    contributeUpdate,
    (cmd) => {
      const c = view.contributions.find((x) => x.unit === cmd.actor.unit);
      if (c) Object.assign(c, { status: 'contributed', at: clock.nowIso(), actor: cmd.actor, summary: cmd.summary, evidence: cmd.evidence ?? [] });
      record('contributed', view.status === 'assigned' ? 'in_progress' : view.status, cmd.actor, cmd.summary);
      outbox.emit(EventType.ContributionSubmitted, { taskId: assignment.taskId, unit: cmd.actor.unit, summary: cmd.summary, evidence: cmd.evidence ?? [], actor: cmd.actor });
      return view;
    },
    {
      validator: (cmd) => {
        requireOfficialOf(cmd.actor, assignment.coUnits, 'contribute to');
        requireStatus('contribute to', ['assigned', 'in_progress']);
        if (view.contributions.find((x) => x.unit === cmd.actor.unit)?.status !== 'pending') {
          throw reject(ErrorCode.TaskOutOfTurn, `${cmd.actor.unit} has already contributed to task ${assignment.taskId}`);
        }
      },
    },
  );

  setHandler(
    waiveContributionUpdate,
    (cmd) => {
      const c = view.contributions.find((x) => x.unit === cmd.unit);
      if (c) Object.assign(c, { status: 'waived', at: clock.nowIso(), actor: cmd.actor, reason: cmd.reason });
      record('contribution-waived', view.status, cmd.actor, `${cmd.unit}: ${cmd.reason}`);
      outbox.emit(EventType.ContributionWaived, { taskId: assignment.taskId, unit: cmd.unit, reason: cmd.reason, actor: cmd.actor });
      return view;
    },
    {
      validator: (cmd) => {
        requireSupervisor(cmd.actor, 'waive a contribution to');
        requireStatus('waive a contribution to', ['assigned', 'in_progress']);
        if (view.contributions.find((x) => x.unit === cmd.unit)?.status !== 'pending') {
          throw reject(ErrorCode.TaskOutOfTurn, `${cmd.unit} has no pending contribution to task ${assignment.taskId}`);
        }
      },
    },
  );

  setHandler(
    submitTaskUpdate,
    (cmd) => {
      const submission = {
        version: view.submissions.length + 1,
        at: clock.nowIso(),
        actor: cmd.actor,
        summary: cmd.summary,
        ...(cmd.deliverableRef !== undefined && { deliverableRef: cmd.deliverableRef }),
        evidence: cmd.evidence ?? [],
      };
      view.submissions.push(submission);
      record('submitted', 'submitted', cmd.actor, cmd.summary);
      outbox.emit(EventType.TaskSubmitted, {
        taskId: assignment.taskId,
        version: submission.version,
        summary: cmd.summary,
        ...(cmd.deliverableRef !== undefined && { deliverableRef: cmd.deliverableRef }),
        evidence: submission.evidence,
        actor: cmd.actor,
      });
      return view;
    },
    {
      validator: (cmd) => {
        requireOfficialOf(cmd.actor, [assignment.unit], 'submit');
        requireStatus('submit', ['assigned', 'in_progress']);
        const pending = view.contributions.filter((c) => c.status === 'pending').map((c) => c.unit);
        if (pending.length > 0) {
          throw reject(ErrorCode.ContributionsPending, `task ${assignment.taskId} waits for the contributions of ${pending.join(', ')} (or a supervisor's waiver)`, { pending });
        }
      },
    },
  );

  setHandler(
    reviewTaskUpdate,
    (cmd) => {
      const version = view.submissions.length;
      if (cmd.decision === 'accept') {
        view.acceptedAt = clock.nowIso();
        record('accepted', 'accepted', cmd.actor, cmd.reason);
        outbox.emit(EventType.TaskAccepted, { taskId: assignment.taskId, version, actor: cmd.actor });
        deadline.resolveOpen('completed');
      } else {
        record('rejected', 'in_progress', cmd.actor, cmd.reason);
        outbox.emit(EventType.TaskRejected, { taskId: assignment.taskId, version, reason: cmd.reason ?? '', actor: cmd.actor });
      }
      return view;
    },
    {
      validator: (cmd) => {
        requireSupervisor(cmd.actor, 'review');
        requireStatus('review', ['submitted']);
      },
    },
  );

  setHandler(
    requestExtensionUpdate,
    (cmd) => {
      const id = view.extensions.length + 1;
      view.extensions.push({ id, requestedAt: clock.nowIso(), requestedBy: cmd.actor, reason: cmd.reason, previousDue: view.due, requestedDue: cmd.newDue, status: 'pending' });
      record('extension-requested', view.status, cmd.actor, `${cmd.newDue}: ${cmd.reason}`);
      outbox.emit(EventType.ExtensionRequested, { taskId: assignment.taskId, requestId: id, previousDue: view.due, requestedDue: cmd.newDue, reason: cmd.reason, actor: cmd.actor });
      return view;
    },
    {
      validator: (cmd) => {
        requireOfficialOf(cmd.actor, [assignment.unit], 'ask for an extension of');
        requireStatus('ask for an extension of', ['assigned', 'in_progress', 'submitted']);
        if (view.extensions.some((e) => e.status === 'pending')) {
          throw reject(ErrorCode.ExtensionPending, `task ${assignment.taskId} already has an extension request waiting for a decision`);
        }
        requireFutureDate(cmd.newDue, 'newDue', today());
        if (cmd.newDue <= view.due) {
          throw reject(ErrorCode.InvalidDate, `newDue ${cmd.newDue} is not after the deadline in force (${view.due})`, {
            errors: [{ field: 'body.newDue', rule: `must be after ${view.due}` }],
          });
        }
      },
    },
  );

  setHandler(
    decideExtensionUpdate,
    (cmd) => {
      const request = view.extensions.find((e) => e.status === 'pending');
      if (!request) return view;
      const previousDue = view.due;
      Object.assign(request, { status: cmd.decision === 'approve' ? 'approved' : 'refused', decidedAt: clock.nowIso(), decidedBy: cmd.actor, ...(cmd.comment !== undefined && { comment: cmd.comment }) });
      if (cmd.decision === 'approve') deadline.moveDeadline(request.requestedDue);
      record(cmd.decision === 'approve' ? 'extension-approved' : 'extension-refused', view.status, cmd.actor, cmd.comment);
      outbox.emit(EventType.ExtensionDecided, {
        taskId: assignment.taskId,
        requestId: request.id,
        decision: cmd.decision,
        previousDue,
        due: view.due,
        ...(cmd.comment !== undefined && { comment: cmd.comment }),
        actor: cmd.actor,
      });
      return view;
    },
    {
      validator: (cmd) => {
        requireSupervisor(cmd.actor, 'decide an extension of');
        if (!view.extensions.some((e) => e.status === 'pending')) {
          throw reject(ErrorCode.NoPendingExtension, `task ${assignment.taskId} has no extension request waiting for a decision`);
        }
      },
    },
  );

  setHandler(
    acknowledgeEscalationUpdate,
    (cmd) => {
      const e = deadline.findEscalation(cmd.escalationId);
      if (!e) return view;
      deadline.acknowledge(e, cmd.actor, cmd.note);
      record('escalation-acknowledged', view.status, cmd.actor, cmd.note ?? e.level);
      return view;
    },
    {
      validator: (cmd) => {
        requireSupervisor(cmd.actor, 'acknowledge an escalation of');
        const e = deadline.findEscalation(cmd.escalationId);
        if (!e) throw reject(ErrorCode.EscalationNotFound, `no escalation ${cmd.escalationId} on task ${assignment.taskId}`);
        if (e.acknowledgedAt !== undefined) throw reject(ErrorCode.EscalationAlreadyAcknowledged, `escalation ${e.id} was acknowledged at ${e.acknowledgedAt}`);
        if (e.resolvedAt !== undefined) throw reject(ErrorCode.TaskOutOfTurn, `escalation ${e.id} is closed (${e.resolution})`);
      },
    },
  );

  setHandler(
    issueDirectiveUpdate,
    (cmd) => {
      const id = `${assignment.taskId}~directive~${view.directives.length + 1}`;
      const previousDue = view.due;
      view.directives.push({ id, issuedAt: clock.nowIso(), issuedBy: cmd.actor, previousDue, committedDate: cmd.committedDate, instructions: cmd.instructions });
      deadline.moveDeadline(cmd.committedDate);
      record('directive', view.status, cmd.actor, cmd.instructions);
      outbox.emit(EventType.DirectiveIssued, {
        directiveId: id,
        taskId: assignment.taskId,
        unit: assignment.unit,
        previousDue,
        committedDate: cmd.committedDate,
        instructions: cmd.instructions,
        actor: cmd.actor,
      });
      return view;
    },
    {
      validator: (cmd) => {
        requireSupervisor(cmd.actor, 'issue a directive on');
        requireStatus('issue a directive on', ['assigned', 'in_progress', 'submitted']);
        requireFutureDate(cmd.committedDate, 'committedDate', today());
      },
    },
  );

  // --- the life of the task -------------------------------------------------------------------
  if (!input.carried) {
    record('assigned', 'assigned');
    outbox.emit(EventType.TaskAssigned, {
      taskId: assignment.taskId,
      planId: assignment.planId,
      taskCode: assignment.taskCode,
      unit: assignment.unit,
      coUnits: assignment.coUnits,
      title: assignment.title,
      due: assignment.due,
      deadline: view.deadline,
      kind: assignment.kind,
    });
  }

  // The plan follows its tasks' states; it learns of a change once the change's event is out.
  const plan = input.planWorkflowId ? getExternalWorkflowHandle(input.planWorkflowId) : undefined;
  const publish = () =>
    outbox.flush(async () => {
      if (plan) await plan.signal(taskStatusChangedSignal, { taskId: assignment.taskId, status: view.status, due: view.due });
    });

  // One loop fires the ladder, publishes what was decided and, between steps (every event out,
  // no update half-handled), continues as new when the history grows long.
  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  for (;;) {
    deadline.fireDue();
    await publish();
    if (view.status === 'accepted') break;
    if (shouldContinueAsNew(historyLimit) && allHandlersFinished()) {
      await continueAsNew<typeof taskWorkflow>({ ...input, carried: { view, sequence: outbox.lastSequence, epoch: deadline.currentEpoch } });
    }
    const wake = deadline.nextWake();
    const seen = changes;
    const woken = () => changes !== seen || outbox.pending > 0 || view.status === 'accepted';
    if (wake === undefined) await condition(woken);
    else await condition(woken, Math.max(1, clock.msUntil(wake)));
  }

  await condition(allHandlersFinished);
  await publish();
  return view;
}

function shouldContinueAsNew(historyLimit: number): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength > historyLimit;
}


