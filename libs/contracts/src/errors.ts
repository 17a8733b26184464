/**
 * Stable error codes for business rejections. Workflows raise them as the `type` of a
 * non-retryable ApplicationFailure; the API translates them to HTTP once, in its exception filter.
 */
export const ErrorCode = {
  TaskNotFound: 'TASK.NOT_FOUND',
  TaskForbidden: 'TASK.FORBIDDEN',
  TaskOutOfTurn: 'TASK.OUT_OF_TURN',
  ContributionsPending: 'TASK.CONTRIBUTIONS_PENDING',
  NoPendingExtension: 'TASK.NO_PENDING_EXTENSION',
  ExtensionPending: 'TASK.EXTENSION_PENDING',
  InvalidDate: 'TASK.INVALID_DATE',
  EscalationNotFound: 'ESCALATION.NOT_FOUND',
  StepOutOfTurn: 'ENTERPRISE.STEP_OUT_OF_TURN',
  StepPayloadInvalid: 'ENTERPRISE.STEP_PAYLOAD_INVALID',
  EnterpriseNotFound: 'ENTERPRISE.NOT_FOUND',
  EnterpriseAlreadyRegistered: 'ENTERPRISE.ALREADY_REGISTERED',
  /** The enterprise is not classified yet: it waits for the plan's evaluation index (T1). */
  EnterpriseAwaitingIndex: 'ENTERPRISE.AWAITING_INDEX',
  /** A re-evaluation after work was recorded on the track's steps (or after the case closed). */
  EvaluationOutOfTurn: 'ENTERPRISE.EVALUATION_OUT_OF_TURN',
  /** The destination park is known but the matcher blocks it for this enterprise. */
  ParkNotEligible: 'ENTERPRISE.PARK_NOT_ELIGIBLE',
  ParkNotFound: 'PARK.NOT_FOUND',
  ParkAlreadyExists: 'PARK.ALREADY_EXISTS',
  EscalationAlreadyAcknowledged: 'ESCALATION.ALREADY_ACKNOWLEDGED',
  /** No such notification addressed to the caller's unit (another unit's is answered the same). */
  NotificationNotFound: 'NOTIFICATION.NOT_FOUND',
  PlanNotFound: 'PLAN.NOT_FOUND',
  PlanForbidden: 'PLAN.FORBIDDEN',
  IndexAlreadySet: 'PLAN.INDEX_ALREADY_SET',
  PlanAlreadyExists: 'PLAN.ALREADY_EXISTS',
  PlanInvalid: 'PLAN.INVALID',
  TemplateNotFound: 'PLAN.TEMPLATE_NOT_FOUND',
  SubscriptionNotFound: 'SUBSCRIPTION.NOT_FOUND',
  /** The subscription was disabled (its receiver answered 410 Gone): its dead letters cannot be retried. */
  SubscriptionDisabled: 'SUBSCRIPTION.DISABLED',
  DeliveryNotFound: 'DELIVERY.NOT_FOUND',
  /** Only a dead letter can be retried: a delivered event is never sent again. */
  DeliveryNotDead: 'DELIVERY.NOT_DEAD_LETTER',
  /** A dependency (the store, Temporal) is unreachable or refused: 503 with Retry-After. */
  DependencyUnavailable: 'DEPENDENCY.UNAVAILABLE',
  /** A dependency, or the request as a whole, ran out of its time budget: 503 with Retry-After. */
  DependencyTimeout: 'DEPENDENCY.TIMEOUT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly string[] = Object.values(ErrorCode);
