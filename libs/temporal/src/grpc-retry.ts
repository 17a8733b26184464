import { defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions, type GrpcRetryOptions } from '@temporalio/client';

/** A gRPC client interceptor, as `ConnectionOptions.interceptors` takes it. */
type GrpcInterceptor = NonNullable<ConnectionOptions['interceptors']>[number];
/** A call's deadline as gRPC carries it: a Date, ms since the epoch, or Infinity for none. */
type GrpcDeadline = Parameters<GrpcInterceptor>[0]['deadline'];

function deadlineMs(deadline: GrpcDeadline): number | undefined {
  if (deadline instanceof Date) return deadline.getTime();
  return typeof deadline === 'number' && Number.isFinite(deadline) ? deadline : undefined;
}

/**
 * The client's default gRPC retry (back-off on UNAVAILABLE, RESOURCE_EXHAUSTED, …; up to 10
 * attempts, delays growing ×1.7 from 100 ms to 5 s), but no retry that would start at or after the
 * call's deadline. The default schedules its next attempt regardless of the deadline: with the
 * server refusing connections, a call with a 4 s deadline waits for the attempt due at ≈ 5.6 s and
 * only then fails, so the API's 5 s request budget ran out first and a Temporal outage was answered
 * as a time-out after the whole budget. With this, the last UNAVAILABLE before the deadline is the
 * call's answer: a prompt 503 `DEPENDENCY.UNAVAILABLE`, and a short blip within the deadline is
 * still ridden out.
 *
 * @param base the retry policy to bound (default: the client's own).
 * @param now the clock, in ms since the epoch (tests).
 */
export function deadlineBoundedGrpcRetry(base: GrpcRetryOptions = defaultGrpcRetryOptions(), now: () => number = Date.now): GrpcInterceptor {
  return (options, nextCall) => makeGrpcRetryInterceptor(retryWithinDeadline(base, deadlineMs(options.deadline), now))(options, nextCall);
}

/**
 * `base`, refusing any retry whose delay would start it at or after `deadline` (ms since the
 * epoch; undefined: no deadline, `base` unchanged in effect). The retry interceptor asks the
 * decider first, then the delay: the decider draws the delay (with its jitter) once, so the delay
 * used is the one checked against the deadline.
 */
export function retryWithinDeadline(base: GrpcRetryOptions, deadline: number | undefined, now: () => number = Date.now): GrpcRetryOptions {
  let planned = 0;
  return {
    retryableDecider: (attempt, status) => {
      if (!base.retryableDecider(attempt, status)) return false;
      planned = base.delayFunction(attempt, status);
      return deadline === undefined || now() + planned < deadline;
    },
    delayFunction: () => planned,
  };
}
