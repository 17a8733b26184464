import type { UpdateQuery } from 'mongoose';
import { EventType, parseTaskId, sequenceOf, type DubanEvent, type EscalationLevel, type EventType as EventTypeName } from '@duban/contracts';
import { endOfDay } from '@duban/domain';
import type { EscalationRecord } from './escalation.document';
import type { TaskRecord } from './task.document';

/**
 * A write to one projected document, applied only if the document's `lastEventSequence` is lower
 * than `sequence` (the filter is `{_id, lastEventSequence: {$lt: sequence}}`), so applying the
 * same event twice, or an older one after a newer one, changes nothing.
 */
export interface GuardedWrite<T> {
  id: string;
  sequence: number;
  update: UpdateQuery<T>;
  /** Whether the event starts the document's life and may create it (only then). */
  upsert: boolean;
}

/** What one event changes: the task's inbox row and, for escalation events, the escalation case. */
export interface ProjectionWrites {
  task?: GuardedWrite<TaskRecord>;
  escalation?: GuardedWrite<EscalationRecord>;
}

type Handler<T extends EventTypeName> = (event: DubanEvent<T>) => { task?: Partial<Pick<GuardedWrite<TaskRecord>, 'update' | 'upsert'>>; escalation?: Omit<GuardedWrite<EscalationRecord>, 'sequence'> };

const FLAG_OF_LEVEL: Record<EscalationLevel, 'yellowCard' | 'redCard' | 'leadingGroup'> = {
  yellow: 'yellowCard',
  red: 'redCard',
  'leading-group': 'leadingGroup',
};

const deadlineOf = (due: string): Date => endOfDay(due).toJSDate();

/**
 * How each task event changes the projections. Events not listed here (plan events) change
 * nothing; events listed with no change still advance the task's `lastEventSequence`.
 */
const HANDLERS: { [T in EventTypeName]?: Handler<T> } = {
  [EventType.TaskAssigned]: ({ data, time }) => ({
    task: {
      upsert: true,
      update: {
        $set: {
          planId: data.planId,
          taskCode: data.taskCode,
          unit: data.unit,
          coUnits: data.coUnits,
          title: data.title,
          kind: data.kind,
          due: data.due,
          originalDue: data.due,
          deadline: new Date(data.deadline),
          status: 'assigned',
          progressPercent: 0,
          submissions: 0,
          pendingContributions: data.coUnits,
          extensionPending: false,
          yellowCard: false,
          redCard: false,
          leadingGroup: false,
          openEscalations: 0,
          assignedAt: new Date(time),
        },
      },
    },
  }),
  [EventType.TaskProgressReported]: ({ data }) => ({ task: { update: { $set: { status: 'in_progress', progressPercent: data.percent } } } }),
  // A contribution is accepted only while the task is assigned or in progress, and leaves it in progress.
  [EventType.ContributionSubmitted]: ({ data }) => ({ task: { update: { $set: { status: 'in_progress' }, $pull: { pendingContributions: data.unit } } } }),
  [EventType.ContributionWaived]: ({ data }) => ({ task: { update: { $pull: { pendingContributions: data.unit } } } }),
  [EventType.TaskSubmitted]: ({ data }) => ({ task: { update: { $set: { status: 'submitted', submissions: data.version } } } }),
  [EventType.TaskAccepted]: ({ time }) => ({ task: { update: { $set: { status: 'accepted', acceptedAt: new Date(time) } } } }),
  [EventType.TaskRejected]: () => ({ task: { update: { $set: { status: 'in_progress' } } } }),
  [EventType.ExtensionRequested]: () => ({ task: { update: { $set: { extensionPending: true } } } }),
  [EventType.ExtensionDecided]: ({ data }) => ({ task: { update: { $set: { extensionPending: false, due: data.due, deadline: deadlineOf(data.due) } } } }),
  [EventType.DirectiveIssued]: ({ data }) => ({ task: { update: { $set: { due: data.committedDate, deadline: deadlineOf(data.committedDate) } } } }),
  [EventType.DeadlineReminder]: () => ({ task: {} }),
  [EventType.EscalationRaised]: ({ data, time }) => ({
    // A repeated notice of a level already counted changes only the case.
    task: data.repeat === 0 ? { update: { $set: { [FLAG_OF_LEVEL[data.level]]: true }, $inc: { openEscalations: 1 } } } : {},
    escalation: {
      id: data.escalationId,
      upsert: true,
      update: {
        $set: {
          taskId: data.taskId,
          planId: parseTaskId(data.taskId)?.planId ?? '',
          unit: data.unit,
          coUnits: data.coUnits,
          level: data.level,
          due: data.due,
          deadline: new Date(data.deadline),
          overdueWorkingDays: data.overdueWorkingDays,
          lastRaisedAt: new Date(time),
          repeats: data.repeat,
        },
        $setOnInsert: { state: 'open', raisedAt: new Date(time) },
      },
    },
  }),
  [EventType.EscalationAcknowledged]: ({ data, time }) => ({
    task: {},
    escalation: {
      id: data.escalationId,
      upsert: false,
      update: {
        $set: {
          state: 'acknowledged',
          acknowledgedAt: new Date(time),
          acknowledgedBy: data.actor,
          ...(data.note !== undefined && { acknowledgementNote: data.note }),
        },
      },
    },
  }),
  [EventType.EscalationResolved]: ({ data, time }) => ({
    task: { update: { $set: { [FLAG_OF_LEVEL[data.level]]: false }, $inc: { openEscalations: -1 } } },
    escalation: {
      id: data.escalationId,
      upsert: false,
      update: { $set: { state: 'resolved', resolvedAt: new Date(time), resolution: data.resolution } },
    },
  }),
};

/**
 * The writes that one event makes to the task inbox and the 督查室 inbox: a pure function of the
 * event. Every write also records the event's time and sequence on its document, and is guarded
 * by that sequence (see {@link GuardedWrite}); only `duban.task.assigned.v1` creates a task and
 * only a first `duban.escalation.raised.v1` creates a case. For an enterprise's step (subject: the
 * enterprise id; `taskId`: `{enterpriseId}/{step}`) only the case is written; its `planId` is empty,
 * since the ladder's events do not carry the enterprise's plan.
 */
export function projectTaskEvent(event: DubanEvent): ProjectionWrites {
  const handler = HANDLERS[event.type] as Handler<EventTypeName> | undefined;
  if (!handler) return {};
  const { task, escalation } = handler(event);
  // Stored and compared as a number: the guard `$lt` must order records of both wire forms.
  const sequence = sequenceOf(event);
  const stamp = { updatedAt: new Date(event.time), lastEventSequence: sequence };
  const writes: ProjectionWrites = {};
  // An enterprise's step shares the ladder's events (on the enterprises topic) but has no task row:
  // only its escalation cases are kept here, guarded by the enterprise subject's sequence.
  if (task && parseTaskId(event.subject)) {
    const update = task.update ?? {};
    writes.task = { id: event.subject, sequence, upsert: task.upsert ?? false, update: { ...update, $set: { ...update.$set, ...stamp } } };
  }
  if (escalation) {
    writes.escalation = { ...escalation, sequence, update: { ...escalation.update, $set: { ...escalation.update.$set, ...stamp } } };
  }
  return writes;
}
