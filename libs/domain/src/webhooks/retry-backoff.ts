/**
 * When a failed webhook delivery is tried again: exponential backoff with jitter, capped, for a
 * bounded number of attempts; after the last attempt the delivery becomes a dead letter.
 */
export interface RetryPolicy {
  /** The delay after the first failed attempt, before jitter (ms). */
  baseMs: number;
  /** No delay exceeds this (ms). */
  maxMs: number;
  /** Attempts in all, the first included; after the last failure the delivery is dead-lettered. */
  maxAttempts: number;
}

/**
 * The delay before attempt `failedAttempt + 1`: `min(maxMs, baseMs · 2^(failedAttempt−1))`, of
 * which the upper half is jittered ("equal jitter"), so the delay lies in [cap/2, cap]. Jitter
 * spreads the retries of many deliveries that failed together (a receiver's outage) instead of
 * sending them back in one burst; the fixed half keeps the backoff growing.
 *
 * @param failedAttempt the 1-based number of the attempt that just failed
 * @param random a number in [0, 1), `Math.random` in production
 */
export function retryDelayMs(failedAttempt: number, policy: Pick<RetryPolicy, 'baseMs' | 'maxMs'>, random: () => number): number {
  if (!Number.isInteger(failedAttempt) || failedAttempt < 1) throw new RangeError(`failedAttempt must be a positive integer, got ${failedAttempt}`);
  // 2^(n−1) overflows to Infinity for large n; the cap applies either way.
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** (failedAttempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(cap / 2 + (cap / 2) * r);
}

export type AfterFailure = { action: 'retry'; delayMs: number } | { action: 'dead-letter' };

/** What to do after attempt `failedAttempt` failed: retry after a delay, or give up. */
export function afterFailedAttempt(failedAttempt: number, policy: RetryPolicy, random: () => number): AfterFailure {
  if (failedAttempt >= policy.maxAttempts) return { action: 'dead-letter' };
  return { action: 'retry', delayMs: retryDelayMs(failedAttempt, policy, random) };
}
