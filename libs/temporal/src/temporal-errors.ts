import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ERROR_CODES, ErrorCode } from '@duban/contracts';

/** A business rejection from a workflow (or a missing workflow), carried to the HTTP edge by its stable code. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * Translates Temporal client errors that mean a business outcome into {@link DomainError};
 * anything else (the server unreachable, a bug) is returned unchanged so it surfaces as a 5xx.
 */
export function translateTemporalError(e: unknown, notFound: ErrorCode = ErrorCode.TaskNotFound): unknown {
  if (e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure && e.cause.type && ERROR_CODES.includes(e.cause.type)) {
    const details = e.cause.details?.[0];
    return new DomainError(e.cause.type, e.cause.message, isRecord(details) ? details : undefined);
  }
  if (e instanceof WorkflowNotFoundError) return new DomainError(notFound, e.message);
  if (e instanceof WorkflowExecutionAlreadyStartedError) return new DomainError(ErrorCode.PlanAlreadyExists, e.message);
  return e;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
