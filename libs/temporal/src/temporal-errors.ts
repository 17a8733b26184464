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
const GRPC_FAILED_PRECONDITION = 9;
const GRPC_INTERNAL = 13;
/**
 * FAILED_PRECONDITION details that mean no worker can answer a query right now, not that the call
 * was wrong: the server refuses a query at once while the workflow's last workflow task failed or
 * timed out (attempt > 1; temporalio/temporal#4099), after an outage or under load, until its
 * worker completes a workflow task again (seen as 500s for a minute after Temporal came back); and
 * while no worker has polled the task queue recently ("no poller seen for task queue recently,
 * worker may be down"; seen as 500s of `GET /plans/:id` in the soak test while a simulation
 * loaded the machine). Both pass when the worker catches up: an outage, 503 with Retry-After.
 */
const NO_WORKER_ANSWERS = /workflow task in failed state|failing workflow task|no poller seen for task queue/i;
const GRPC_UNAVAILABLE = 14;
/**
 * INTERNAL details that mean the connection broke under the call (the server went away mid-call),
 * not that the server failed to handle it: the same ones the client's own retry treats as transient.
 */
const BROKEN_CONNECTION = /RST_STREAM with code [02]|Call ended without gRPC status/i;

function grpcStatus(e: unknown): { code: number; details: string } | undefined {
  // The client wraps gRPC errors in ServiceError (sometimes twice); the code is on the innermost.
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; cur = cur.cause, depth++) {
    const { code, details } = cur as { code?: unknown; details?: unknown };
    if (typeof code === 'number' && 'metadata' in cur) return { code, details: typeof details === 'string' ? details : cur.message };
  }
  return undefined;
}

/**
 * The Temporal outage hidden in `e`, if any: a gRPC UNAVAILABLE (14) / RESOURCE_EXHAUSTED (8)
 * (server down, overloaded, or not reachable at all), DEADLINE_EXCEEDED (4) or CANCELLED (1) (our
 * per-call deadline, or a query the server gave up on because the workflow's worker did not answer
 * in time), an INTERNAL (13) that is a connection broken mid-call (the server stopped under it), a
 * FAILED_PRECONDITION (9) refusing a query while the workflow's task is failing or no worker polls
 * its queue (it cannot answer until its worker catches up; a workflow bug behind it shows in the
 * worker's log, and the API logs the message), an update whose RPC timed out, or the lazy connection failing to connect. Anything else (an invalid
 * argument, a permission, a bug) is not an outage and keeps its own answer.
 */
export function temporalOutage(e: unknown): DependencyUnavailableError | undefined {
  if (e instanceof DependencyUnavailableError) return e;
  if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return new DependencyUnavailableError('temporal', 'timeout', e.message, { cause: e });
  const status = grpcStatus(e);
  const code = status?.code;
  const message = e instanceof Error ? `${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ''}` : String(e);
  if (code === GRPC_DEADLINE_EXCEEDED || code === GRPC_CANCELLED) return new DependencyUnavailableError('temporal', 'timeout', message, { cause: e });
  if (code === GRPC_UNAVAILABLE || code === GRPC_RESOURCE_EXHAUSTED) return new DependencyUnavailableError('temporal', 'unavailable', message, { cause: e });
  if (code === GRPC_INTERNAL && status && BROKEN_CONNECTION.test(status.details)) return new DependencyUnavailableError('temporal', 'unavailable', message, { cause: e });
  if (code === GRPC_FAILED_PRECONDITION && status && NO_WORKER_ANSWERS.test(status.details)) return new DependencyUnavailableError('temporal', 'unavailable', message, { cause: e });
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
