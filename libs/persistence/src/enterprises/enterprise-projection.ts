import { EventType, sequenceOf, type DubanEvent, type EventType as EventTypeName } from '@duban/contracts';
import { endOfDay } from '@duban/domain';
import type { EnterpriseOpenStepRecord, EnterpriseRecord } from './enterprise.document';

type Handler<T extends EventTypeName> = (current: EnterpriseRecord, event: DubanEvent<T>) => EnterpriseRecord;

const withUnit = (units: readonly string[], unit: string): string[] => (units.includes(unit) ? [...units] : [...units, unit]);

/**
 * How each event of an enterprise changes its list row. Deadline and escalation events carry the
 * step id as `taskId`; a reminder changes nothing but still advances the sequence.
 */
const HANDLERS: { [T in EventTypeName]?: Handler<T> } = {
  [EventType.EnterpriseAwaitingIndex]: (doc) => ({ ...doc, status: 'awaiting-index' }),
  [EventType.EnterpriseClassified]: (doc, { data, time }) => ({ ...doc, status: 'active', track: data.track, score: data.score, classifiedAt: new Date(time) }),
  [EventType.EnterpriseStepOpened]: (doc, { data, time }) => {
    const step: EnterpriseOpenStepRecord = { step: data.step, stepId: data.stepId, unit: data.unit, due: data.due, deadline: new Date(data.deadline), openedAt: new Date(time) };
    return { ...doc, currentSteps: [...doc.currentSteps.filter((s) => s.step !== data.step), step], units: withUnit(doc.units, data.unit) };
  },
  [EventType.EnterpriseStepCompleted]: (doc, { data }) => {
    const next: EnterpriseRecord = {
      ...doc,
      currentSteps: doc.currentSteps.filter((s) => s.step !== data.step),
      completedSteps: doc.completedSteps.includes(data.step) ? doc.completedSteps : [...doc.completedSteps, data.step],
    };
    const decision = data.payload['decision'];
    if (data.step === 'intention' && (decision === 'exit' || decision === 'transfer' || decision === 'upgrade')) next.intention = decision;
    if (data.step === 'destination') {
      const { parkId, parkName, region } = data.payload;
      if (typeof parkId === 'string' && typeof parkName === 'string' && typeof region === 'string') {
        next.park = { parkId, parkName, region };
        next.parkId = parkId;
      }
    }
    return next;
  },
  [EventType.EnterpriseStepCancelled]: (doc, { data }) => ({ ...doc, currentSteps: doc.currentSteps.filter((s) => s.step !== data.step) }),
  // A directive moves an open step's deadline.
  [EventType.DirectiveIssued]: (doc, { data }) => ({
    ...doc,
    currentSteps: doc.currentSteps.map((s) => (s.stepId === data.taskId ? { ...s, due: data.committedDate, deadline: endOfDay(data.committedDate).toJSDate() } : s)),
  }),
  [EventType.EnterpriseClosed]: (doc, { data, time }) => ({ ...doc, status: 'closed', currentSteps: [], outcome: data.outcome, closedAt: new Date(time) }),
  [EventType.DeadlineReminder]: (doc) => doc,
  // A repeated notice of a level already counted changes nothing.
  [EventType.EscalationRaised]: (doc, { data }) =>
    data.repeat === 0 && !doc.openEscalationIds.includes(data.escalationId) ? { ...doc, openEscalationIds: [...doc.openEscalationIds, data.escalationId] } : doc,
  [EventType.EscalationResolved]: (doc, { data }) => ({ ...doc, openEscalationIds: doc.openEscalationIds.filter((id) => id !== data.escalationId) }),
  [EventType.EscalationAcknowledged]: (doc) => doc,
};

/** The fields derived from the open steps: their names, and the earliest deadline among them. */
function derive(doc: EnterpriseRecord): EnterpriseRecord {
  const deadlines = doc.currentSteps.map((s) => s.deadline.getTime());
  return { ...doc, openStepNames: doc.currentSteps.map((s) => s.step), nextDeadline: deadlines.length > 0 ? new Date(Math.min(...deadlines)) : null };
}

/**
 * The enterprise's list row after one event: a pure function of the row before (`undefined` when
 * there is none yet) and the event. Only `duban.enterprise.registered.v1` creates a row; an event
 * this projection does not know, or one for a row that does not exist, gives `undefined` (nothing
 * to write). It does not check the sequence: the repository applies the result only if the event's
 * sequence is greater than `current.lastEventSequence`.
 */
export function projectEnterpriseEvent(current: EnterpriseRecord | undefined, event: DubanEvent): EnterpriseRecord | undefined {
  const stamp = { updatedAt: new Date(event.time), lastEventSequence: sequenceOf(event) };
  if (event.type === EventType.EnterpriseRegistered) {
    const { data } = event as DubanEvent<typeof EventType.EnterpriseRegistered>;
    return derive({
      _id: data.enterpriseId,
      planId: data.planId,
      name: data.name,
      district: data.district,
      industry: data.industry,
      status: 'awaiting-index',
      currentSteps: [],
      openStepNames: [],
      completedSteps: [],
      units: [data.district],
      nextDeadline: null,
      openEscalationIds: [],
      registeredAt: new Date(event.time),
      ...stamp,
    });
  }
  const handler = HANDLERS[event.type] as Handler<EventTypeName> | undefined;
  if (!handler || !current) return undefined;
  return derive({ ...handler(current, event), ...stamp });
}

/** Whether an open step's deadline has passed at `now`. */
export function isEnterpriseOverdue(doc: Pick<EnterpriseRecord, 'nextDeadline'>, now: Date): boolean {
  return doc.nextDeadline !== null && doc.nextDeadline !== undefined && new Date(doc.nextDeadline).getTime() < now.getTime();
}

/** The escalation level an escalation id names (`{stepId}~{epoch}~{level}`). */
export const levelOfEscalationId = (id: string): string => id.slice(id.lastIndexOf('~') + 1);
