/**
 * Every stable error code the API answers with: business rejections (workflows raise them as the
 * `type` of a non-retryable ApplicationFailure) and the HTTP edge's own. Each has one HTTP status,
 * in {@link HTTP_STATUS_OF_ERROR}; the API's exception filter is the one place that applies it.
 */
export const ErrorCode = {
  /** A field of the request breaks a rule (each named in `errors`). */
  RequestInvalid: 'REQUEST.INVALID',
  RequestMalformedJson: 'REQUEST.MALFORMED_JSON',
  RequestTooLarge: 'REQUEST.TOO_LARGE',
  RequestUnsupportedMediaType: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  RouteNotFound: 'ROUTE.NOT_FOUND',
  RouteMethodNotAllowed: 'ROUTE.METHOD_NOT_ALLOWED',
  Unauthenticated: 'AUTH.UNAUTHENTICATED',
  Forbidden: 'AUTH.FORBIDDEN',
  /** No workflow of that id in the namespace (the audit's workflow history). */
  WorkflowNotFound: 'AUDIT.WORKFLOW_NOT_FOUND',
  /** Anything unexpected: logged with its stack, answered without it. */
  Internal: 'INTERNAL',
  TaskNotFound: 'TASK.NOT_FOUND',
  TaskForbidden: 'TASK.FORBIDDEN',
  /** Separation of duties (ours): the reviewer of a submission is not its submitter, the decider of an extension not its requester. */
  TaskSeparationOfDuties: 'TASK.SEPARATION_OF_DUTIES',
  TaskOutOfTurn: 'TASK.OUT_OF_TURN',
  ContributionsPending: 'TASK.CONTRIBUTIONS_PENDING',
  /** The lead unit submits once every sub-task (逐级落实) is accepted. */
  SubtasksPending: 'TASK.SUBTASKS_PENDING',
  /** The department already has a sub-task of this task. */
  SubtaskExists: 'TASK.SUBTASK_EXISTS',
  /** A sub-task's unit is not a department of the task's unit (named in `errors`). */
  InvalidSubtask: 'TASK.INVALID_SUBTASK',
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
  /** The plan's workflow has completed (every task accepted): it takes no more reports. */
  PlanClosed: 'PLAN.CLOSED',
  TargetNotFound: 'TARGET.NOT_FOUND',
  /** Only officials of the target's owning unit report it. */
  TargetForbidden: 'TARGET.FORBIDDEN',
  /** A report's figures or period break the target's rules (each named in `errors`). */
  TargetReportInvalid: 'TARGET.REPORT_INVALID',
  /** The period was reported already: send a correction with its reason. */
  TargetPeriodReported: 'TARGET.PERIOD_REPORTED',
  /** A correction of a period that was never reported. */
  TargetNothingToCorrect: 'TARGET.NOTHING_TO_CORRECT',
  /** The enterprise is not on a transfer path with a destination park (tracks B/C, intention transfer, park matched). */
  BenefitNotTransferring: 'BENEFIT.NOT_TRANSFERRING',
  /** The enterprise's period was recorded already: send a correction with its reason. */
  BenefitPeriodRecorded: 'BENEFIT.PERIOD_RECORDED',
  /** A correction of an enterprise's period that was never recorded. */
  BenefitNothingToCorrect: 'BENEFIT.NOTHING_TO_CORRECT',
  /** A holiday notice breaks a calendar rule (a span outside its year, a make-up day on a weekday, overlapping breaks…), each named in `errors`. */
  CalendarNoticeInvalid: 'CALENDAR.NOTICE_INVALID',
  SubscriptionNotFound: 'SUBSCRIPTION.NOT_FOUND',
  /** The subscription was disabled (its receiver answered 410 Gone): its dead letters cannot be retried. */
  SubscriptionDisabled: 'SUBSCRIPTION.DISABLED',
  DeliveryNotFound: 'DELIVERY.NOT_FOUND',
  /** Only a dead letter can be retried: a delivered event is never sent again. */
  DeliveryNotDead: 'DELIVERY.NOT_DEAD_LETTER',
  /** No evidence file of that id on that task, or on a task the caller may not see (answered alike). */
  EvidenceNotFound: 'EVIDENCE.NOT_FOUND',
  /** An uploaded file whose bytes are none of the evidence types (ours: PDF, images, Office). */
  EvidenceTypeRefused: 'EVIDENCE.TYPE_REFUSED',
  /** An uploaded file over `EVIDENCE_MAX_BYTES`. */
  EvidenceTooLarge: 'EVIDENCE.TOO_LARGE',
  /** A report, submission or contribution names an `evidence://` file that is not one of the task's. */
  EvidenceUnknownRef: 'EVIDENCE.UNKNOWN_REF',
  /** A dependency (the store, Temporal) is unreachable or refused: 503 with Retry-After. */
  DependencyUnavailable: 'DEPENDENCY.UNAVAILABLE',
  /** A dependency, or the request as a whole, ran out of its time budget: 503 with Retry-After. */
  DependencyTimeout: 'DEPENDENCY.TIMEOUT',
  /**
   * Too many requests from one address or one token subject, or too many failed authentications
   * from one address, in the current minute: 429 with Retry-After (ours; see docs/security.md).
   */
  RateLimited: 'REQUEST.RATE_LIMITED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly string[] = Object.values(ErrorCode);

/** The HTTP status of every error code: one table, total over {@link ErrorCode} (the type says so, `errors.spec.ts` checks it). */
export const HTTP_STATUS_OF_ERROR: { readonly [C in ErrorCode]: number } = {
  [ErrorCode.RequestInvalid]: 400,
  [ErrorCode.RequestMalformedJson]: 400,
  [ErrorCode.RequestTooLarge]: 413,
  [ErrorCode.RequestUnsupportedMediaType]: 415,
  [ErrorCode.RouteNotFound]: 404,
  [ErrorCode.RouteMethodNotAllowed]: 405,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.WorkflowNotFound]: 404,
  [ErrorCode.Internal]: 500,
  [ErrorCode.TaskNotFound]: 404,
  [ErrorCode.TaskForbidden]: 403,
  [ErrorCode.TaskSeparationOfDuties]: 403,
  [ErrorCode.TaskOutOfTurn]: 409,
  [ErrorCode.ContributionsPending]: 409,
  [ErrorCode.SubtasksPending]: 409,
  [ErrorCode.SubtaskExists]: 409,
  [ErrorCode.InvalidSubtask]: 400,
  [ErrorCode.NoPendingExtension]: 409,
  [ErrorCode.ExtensionPending]: 409,
  [ErrorCode.InvalidDate]: 400,
  [ErrorCode.EscalationNotFound]: 404,
  [ErrorCode.StepOutOfTurn]: 409,
  [ErrorCode.StepPayloadInvalid]: 400,
  [ErrorCode.EnterpriseNotFound]: 404,
  [ErrorCode.EnterpriseAlreadyRegistered]: 409,
  [ErrorCode.EnterpriseAwaitingIndex]: 409,
  [ErrorCode.EvaluationOutOfTurn]: 409,
  [ErrorCode.ParkNotEligible]: 409,
  [ErrorCode.ParkNotFound]: 404,
  [ErrorCode.ParkAlreadyExists]: 409,
  [ErrorCode.EscalationAlreadyAcknowledged]: 409,
  [ErrorCode.NotificationNotFound]: 404,
  [ErrorCode.PlanNotFound]: 404,
  [ErrorCode.PlanForbidden]: 403,
  [ErrorCode.IndexAlreadySet]: 409,
  [ErrorCode.PlanAlreadyExists]: 409,
  [ErrorCode.PlanInvalid]: 400,
  [ErrorCode.TemplateNotFound]: 400,
  [ErrorCode.PlanClosed]: 409,
  [ErrorCode.TargetNotFound]: 404,
  [ErrorCode.TargetForbidden]: 403,
  [ErrorCode.TargetReportInvalid]: 400,
  [ErrorCode.TargetPeriodReported]: 409,
  [ErrorCode.TargetNothingToCorrect]: 409,
  [ErrorCode.BenefitNotTransferring]: 409,
  [ErrorCode.BenefitPeriodRecorded]: 409,
  [ErrorCode.BenefitNothingToCorrect]: 409,
  [ErrorCode.CalendarNoticeInvalid]: 400,
  [ErrorCode.SubscriptionNotFound]: 404,
  [ErrorCode.SubscriptionDisabled]: 409,
  [ErrorCode.DeliveryNotFound]: 404,
  [ErrorCode.DeliveryNotDead]: 409,
  [ErrorCode.EvidenceNotFound]: 404,
  [ErrorCode.EvidenceTypeRefused]: 415,
  [ErrorCode.EvidenceTooLarge]: 413,
  [ErrorCode.EvidenceUnknownRef]: 422,
  [ErrorCode.DependencyUnavailable]: 503,
  [ErrorCode.DependencyTimeout]: 503,
  [ErrorCode.RateLimited]: 429,
};

/** Whether `code` is one of {@link ErrorCode}. */
export const isErrorCode = (code: string): code is ErrorCode => Object.prototype.hasOwnProperty.call(HTTP_STATUS_OF_ERROR, code);
