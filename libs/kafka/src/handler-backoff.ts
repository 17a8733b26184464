/** Bounded exponential back-off of a consumer group whose handler fails (e.g. the store is down). */
export interface BackoffPolicy {
  /** Delay after the first failure, in ms (doubles each consecutive failure). */
  baseMs: number;
  /** Longest delay, in ms; keep it well below the group's session timeout (30 s). */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, maxMs: 10_000 };

/**
 * The delay before retry number `attempt` (1 after the first failure): `base·2^(attempt−1)`
 * capped at `max`, jittered into [d/2, d] so the groups of many processes do not retry in step.
 * `random` is in [0, 1).
 */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random: number = Math.random()): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(delay / 2 + (delay / 2) * random);
}

/** Rejected when a consumer stops while its handler is retrying or waiting on a dependency. */
export class ConsumerStoppingError extends Error {
  constructor(groupId: string) {
    super(`consumer group ${groupId} is stopping`);
    this.name = 'ConsumerStoppingError';
  }
}

/** Resolves after `ms`, or rejects with `signal`'s reason as soon as it aborts. */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return abortable(new Promise<void>((resolve) => setTimeout(resolve, ms).unref()), signal);
}

/**
 * Settles like `work`, or rejects with `signal`'s reason as soon as it aborts; `work` itself goes
 * on (its own limits end it), but whoever awaits it is released at once.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e as Error);
      },
    );
  });
}
