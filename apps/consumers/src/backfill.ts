/** How long a failed backfill waits before it tries again. */
export const BACKFILL_RETRY_MS = 30_000;

export interface BackfillLogger {
  warn(message: string): void;
}

/**
 * Runs a one-off backfill (list positions for rows written before they were kept) in the
 * background: a store that is down at start must not stop the consumer, so a failure is logged
 * and retried every {@link BACKFILL_RETRY_MS} until the backfill succeeds once. Returns `stop`, for
 * the consumer's shutdown.
 */
export function startBackfill(run: () => Promise<unknown>, logger: BackfillLogger, what: string): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = (): void => {
    run().catch((e: unknown) => {
      if (stopped) return;
      logger.warn(`${what} not backfilled yet, retrying in ${BACKFILL_RETRY_MS / 1000} s: ${e instanceof Error ? e.message : String(e)}`);
      timer = setTimeout(attempt, BACKFILL_RETRY_MS).unref();
    });
  };
  attempt();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
