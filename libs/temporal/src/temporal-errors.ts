import { ServiceError, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
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

/** The dependencies whose outage a request can run into. */
export type Dependency = 'temporal' | 'store';

/**
 * A dependency is down (`unavailable`) or did not answer in time (`timeout`). Not the caller's
 * fault and usually brief: the HTTP edge answers 503 with Retry-After. `message` is for logs; the
 * response names only the dependency.
 */
export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: Dependency,
    readonly reason: 'unavailable' | 'timeout',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DependencyUnavailableError';
  }

  get code(): ErrorCode {
    return this.reason === 'timeout' ? ErrorCode.DependencyTimeout : ErrorCode.DependencyUnavailable;
  }
}

/** gRPC status codes (grpc-js `status`) that mean the server is away or slow, not that the call was wrong. */
const GRPC_CANCELLED = 1;
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_RESOURCE_EXHAUSTED = 8;
const GRPC_UNAVAILABLE = 14;

function grpcCode(e: unknown): number | undefined {
  // The client wraps gRPC errors in ServiceError (sometimes twice); the code is on the innermost.
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; cur = cur.cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'number' && 'metadata' in cur) return code;
  }
  return undefined;
}

/**
 * The Temporal outage hidden in `e`, if any: a gRPC UNAVAILABLE / RESOURCE_EXHAUSTED (server down,
 * overloaded, or not reachable at all), DEADLINE_EXCEEDED or CANCELLED (our per-call deadline, or a
 * query the server gave up on because the workflow's worker did not answer in time), an update
 * whose RPC timed out, or the lazy connection failing to connect. Anything else is not an outage.
 */
export function temporalOutage(e: unknown): DependencyUnavailableError | undefined {
  if (e instanceof DependencyUnavailableError) return e;
  if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return new DependencyUnavailableError('temporal', 'timeout', e.message, { cause: e });
  const code = grpcCode(e);
  const message = e instanceof Error ? `${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ''}` : String(e);
  if (code === GRPC_DEADLINE_EXCEEDED || code === GRPC_CANCELLED) return new DependencyUnavailableError('temporal', 'timeout', message, { cause: e });
  if (code === GRPC_UNAVAILABLE || code === GRPC_RESOURCE_EXHAUSTED) return new DependencyUnavailableError('temporal', 'unavailable', message, { cause: e });
  if (e instanceof ServiceError && code === undefined) return new DependencyUnavailableError('temporal', 'unavailable', message, { cause: e });
  return undefined;
}

/**
 * Translates Temporal client errors into what they mean at the edge: a business outcome becomes a
 * {@link DomainError}, an unreachable or slow server a {@link DependencyUnavailableError}; anything
 * else (a bug) is returned unchanged so it surfaces as a 500.
 */
export function translateTemporalError(e: unknown, notFound: ErrorCode = ErrorCode.TaskNotFound): unknown {
  if (e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure && e.cause.type && ERROR_CODES.includes(e.cause.type)) {
    const details = e.cause.details?.[0];
    return new DomainError(e.cause.type, e.cause.message, isRecord(details) ? details : undefined);
  }
  if (e instanceof WorkflowNotFoundError) return new DomainError(notFound, e.message);
  if (e instanceof WorkflowExecutionAlreadyStartedError) return new DomainError(ErrorCode.PlanAlreadyExists, e.message);
  return temporalOutage(e) ?? e;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
