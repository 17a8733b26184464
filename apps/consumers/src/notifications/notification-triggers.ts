import { EventType, notificationId, parseTaskId, type DubanEvent, type NotificationLink } from '@duban/contracts';
import { STEP_DEFINITIONS, notificationsFor, type EnterpriseStep, type NotificationTrigger } from '@duban/domain';
import type { NewNotification } from '@duban/persistence';

/** The event types that notify anyone; every other event is ignored by the notifications consumer. */
export const NOTIFYING_EVENT_TYPES: readonly EventType[] = [
  EventType.DeadlineReminder,
  EventType.EscalationRaised,
  EventType.EscalationAcknowledged,
  EventType.DirectiveIssued,
  EventType.TaskAccepted,
  EventType.TaskRejected,
  EventType.ExtensionDecided,
  EventType.EnterpriseStepOpened,
];

/** What the consumer looked up before mapping: the unit an acknowledged escalation concerns. */
export interface TriggerContext {
  unitOfEscalation?: string;
}

const leadUnitOf = (taskId: string): string | undefined => parseTaskId(taskId)?.unitCode;

/**
 * The notification trigger of an event, or `undefined` for events that notify no one (and for an
 * acknowledgement whose unit cannot be told: neither a task id nor a case this consumer saw).
 */
export function triggerOf(event: DubanEvent, context: TriggerContext = {}): NotificationTrigger | undefined {
  switch (event.type) {
    case EventType.DeadlineReminder: {
      const d = (event as DubanEvent<typeof EventType.DeadlineReminder>).data;
      return { kind: 'reminder', unit: d.unit, notify: d.notify, ref: d.taskId, due: d.due, daysBefore: d.daysBefore };
    }
    case EventType.EscalationRaised: {
      const d = (event as DubanEvent<typeof EventType.EscalationRaised>).data;
      return { kind: 'escalation', level: d.level, unit: d.unit, notify: d.notify, ref: d.taskId, due: d.due, overdueWorkingDays: d.overdueWorkingDays, repeat: d.repeat };
    }
    case EventType.EscalationAcknowledged: {
      const d = (event as DubanEvent<typeof EventType.EscalationAcknowledged>).data;
      const unit = context.unitOfEscalation ?? leadUnitOf(d.taskId);
      return unit === undefined ? undefined : { kind: 'acknowledged', level: d.level, unit, ref: d.taskId, ...(d.note !== undefined && { note: d.note }) };
    }
    case EventType.DirectiveIssued: {
      const d = (event as DubanEvent<typeof EventType.DirectiveIssued>).data;
      return { kind: 'directive', unit: d.unit, ref: d.taskId, committedDate: d.committedDate, instructions: d.instructions };
    }
    case EventType.TaskAccepted:
    case EventType.TaskRejected: {
      const d = (event as DubanEvent<typeof EventType.TaskRejected>).data;
      const unit = leadUnitOf(d.taskId);
      if (unit === undefined) return undefined;
      return event.type === EventType.TaskAccepted
        ? { kind: 'reviewed', decision: 'accepted', unit, ref: d.taskId }
        : { kind: 'reviewed', decision: 'rejected', unit, ref: d.taskId, reason: d.reason };
    }
    case EventType.ExtensionDecided: {
      const d = (event as DubanEvent<typeof EventType.ExtensionDecided>).data;
      const unit = leadUnitOf(d.taskId);
      return unit === undefined ? undefined : { kind: 'extension-decided', decision: d.decision, unit, ref: d.taskId, due: d.due };
    }
    case EventType.EnterpriseStepOpened: {
      const d = (event as DubanEvent<typeof EventType.EnterpriseStepOpened>).data;
      const stepName = STEP_DEFINITIONS[d.step as EnterpriseStep]?.name ?? d.step;
      return { kind: 'step-opened', unit: d.unit, ref: d.enterpriseId, stepName, due: d.due };
    }
    default:
      return undefined;
  }
}

/** The task or enterprise an event is about (a task's subject is its task id; an enterprise's, its enterprise id). */
export function linkOf(event: DubanEvent): NotificationLink {
  const data = event.data as { taskId?: unknown; stepId?: unknown; escalationId?: unknown };
  const escalationId = typeof data.escalationId === 'string' ? data.escalationId : undefined;
  if (parseTaskId(event.subject)) return { kind: 'task', id: event.subject, ...(escalationId && { escalationId }) };
  const stepId = typeof data.stepId === 'string' ? data.stepId : typeof data.taskId === 'string' ? data.taskId : undefined;
  return { kind: 'enterprise', id: event.subject, ...(stepId && { stepId }), ...(escalationId && { escalationId }) };
}

/** The notifications of one event: one per recipient unit, each with its deterministic id. */
export function notificationsOf(event: DubanEvent, context: TriggerContext = {}): NewNotification[] {
  const trigger = triggerOf(event, context);
  if (!trigger) return [];
  const link = linkOf(event);
  return notificationsFor(trigger).map((draft) => ({
    _id: notificationId(event.id, draft.recipient),
    recipient: draft.recipient,
    role: draft.role,
    kind: trigger.kind,
    unit: trigger.unit,
    eventId: event.id,
    eventType: event.type,
    subject: event.subject,
    title: draft.title,
    body: draft.body,
    link,
    ...(link.escalationId !== undefined && { escalationId: link.escalationId }),
    createdAt: new Date(event.time),
  }));
}
