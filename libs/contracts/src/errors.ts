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
  EscalationAlreadyAcknowledged: 'ESCALATION.ALREADY_ACKNOWLEDGED',
  PlanNotFound: 'PLAN.NOT_FOUND',
  PlanForbidden: 'PLAN.FORBIDDEN',
  IndexAlreadySet: 'PLAN.INDEX_ALREADY_SET',
  PlanAlreadyExists: 'PLAN.ALREADY_EXISTS',
  PlanInvalid: 'PLAN.INVALID',
  TemplateNotFound: 'PLAN.TEMPLATE_NOT_FOUND',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly string[] = Object.values(ErrorCode);
