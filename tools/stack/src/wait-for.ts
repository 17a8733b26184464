import { setTimeout as delay } from 'node:timers/promises';
import { describeError } from './stack-error';

export interface WaitOptions {
  /** Total time budget, in milliseconds. */
  readonly timeoutMs: number;
  /** Pause between attempts, in milliseconds; only a poll interval, never a fixed wait. */
  readonly intervalMs: number;
  /**
   * Called before each retry; returning a reason stops waiting at once (e.g. the process died),
   * rather than burning the whole budget on something that cannot succeed any more.
   */
  readonly giveUp?: () => Promise<string | undefined>;
}

/** Outcome of {@link waitFor} when the condition never held. */
export class WaitTimeoutError extends Error {
  constructor(
    message: string,
    readonly lastError: unknown,
  ) {
    super(message);
    this.name = 'WaitTimeoutError';
  }
}

/**
 * Retries `attempt` until it resolves, the budget runs out, or `giveUp` says stop.
 * Each attempt must bound its own duration (e.g. a client connect timeout).
 *
 * @throws WaitTimeoutError carrying the last attempt's error as the reason.
 */
export async function waitFor<T>(attempt: () => Promise<T>, options: WaitOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown = new Error('no attempt made');
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
    }
    const reason = await options.giveUp?.();
    if (reason !== undefined) {
      throw new WaitTimeoutError(`${reason} (last check: ${describeError(lastError)})`, lastError);
    }
    if (Date.now() + options.intervalMs > deadline) {
      throw new WaitTimeoutError(
        `not ready after ${options.timeoutMs / 1000} s (last check: ${describeError(lastError)})`,
        lastError,
      );
    }
    await delay(options.intervalMs);
  }
}
