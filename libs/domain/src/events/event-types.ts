/**
 * The name of every event type Duban emits, defined once here, in the lowest layer that reads
 * events (scoring, in this library). `@duban/contracts` re-exports these names and keys its event
 * catalogue (topics, summaries, the AsyncAPI document) by them, so a type cannot be named in one
 * place and missing in the other. Types are versioned: a breaking change to a payload gets a new
 * `.vN` name, never an edit of an old one.
 */
export const EventType = {
  PlanStarted: 'duban.plan.started.v1',
  PlanCompleted: 'duban.plan.completed.v1',
  TaskAssigned: 'duban.task.assigned.v1',
  TaskProgressReported: 'duban.task.progress-reported.v1',
  TaskSubmitted: 'duban.task.submitted.v1',
  TaskAccepted: 'duban.task.accepted.v1',
  TaskRejected: 'duban.task.rejected.v1',
  ContributionSubmitted: 'duban.task.contribution-submitted.v1',
  ContributionWaived: 'duban.task.contribution-waived.v1',
  ExtensionRequested: 'duban.task.extension-requested.v1',
  ExtensionDecided: 'duban.task.extension-decided.v1',
  TaskCascaded: 'duban.task.cascaded.v1',
  DeadlineReminder: 'duban.deadline.reminder.v1',
  EscalationRaised: 'duban.escalation.raised.v1',
  EscalationAcknowledged: 'duban.escalation.acknowledged.v1',
  EscalationResolved: 'duban.escalation.resolved.v1',
  DirectiveIssued: 'duban.directive.issued.v1',
  DeliverableAvailable: 'duban.plan.deliverable-available.v1',
  EvaluationIndexSet: 'duban.plan.evaluation-index-set.v1',
  TargetReported: 'duban.target.reported.v1',
  BenefitRecorded: 'duban.benefit.recorded.v1',
  BriefRoundOpened: 'duban.brief.round-opened.v1',
  EnterpriseRegistered: 'duban.enterprise.registered.v1',
  EnterpriseAwaitingIndex: 'duban.enterprise.awaiting-index.v1',
  EnterpriseClassified: 'duban.enterprise.classified.v1',
  EnterpriseStepOpened: 'duban.enterprise.step-opened.v1',
  EnterpriseStepCompleted: 'duban.enterprise.step-completed.v1',
  EnterpriseStepCancelled: 'duban.enterprise.step-cancelled.v1',
  EnterpriseClosed: 'duban.enterprise.closed.v1',
  ScoreUpdated: 'duban.score.updated.v1',
  CalendarNoticeLoaded: 'duban.calendar.notice-loaded.v1',
  LadderReplanned: 'duban.deadline.ladder-replanned.v1',
} as const;

/** One of the event type names above, e.g. `duban.task.submitted.v1`. */
export type EventType = (typeof EventType)[keyof typeof EventType];

/** Every event type name, in catalogue order (a non-empty tuple, as `z.enum` takes it). */
export const EVENT_TYPES = Object.values(EventType) as [EventType, ...EventType[]];

const KNOWN: ReadonlySet<string> = new Set(EVENT_TYPES);

/** Whether `type` names a Duban event type (of this version of the catalogue). */
export const isEventType = (type: string): type is EventType => KNOWN.has(type);
