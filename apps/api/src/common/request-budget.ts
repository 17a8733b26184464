import { SetMetadata } from '@nestjs/common';
import type { InFlightCall } from './dependency-tracker';

export const REQUEST_BUDGET_METADATA = 'duban:request-budget-ms';

/**
 * A route's own budget instead of `REQUEST_TIMEOUT_MS`, for the few routes whose work is a batch
 * (a bulk import starts one workflow per row): it bounds the whole request, and each Temporal call
 * in it, at `ms`. Ours; every other route keeps the configured budget.
 */
export const RequestBudget = (ms: number): MethodDecorator => SetMetadata(REQUEST_BUDGET_METADATA, ms);

/**
 * A request ran out of its time budget. `waitingOn` is the dependency call it had been waiting on
 * longest, if any (none: the time went elsewhere, e.g. the event loop was saturated).
 */
export class RequestBudgetExceededError extends Error {
  constructor(
    readonly budgetMs: number,
    readonly waitingOn: InFlightCall | undefined,
  ) {
    super(
      waitingOn
        ? `no answer within the request budget of ${budgetMs} ms: waiting on ${waitingOn.dependency} (${waitingOn.operation}, ${Date.now() - waitingOn.startedAt} ms)`
        : `no answer within the request budget of ${budgetMs} ms`,
    );
    this.name = 'RequestBudgetExceededError';
  }
}

/**
 * Settles like `work`, or rejects with `onTimeout()` once `budgetMs` has passed, whichever comes
 * first. The work itself is not cancelled (a promise cannot be), which is why every dependency
 * call also carries its own shorter limit (maxTimeMS, a gRPC deadline): it ends soon after.
 */
export function withBudget<T>(work: Promise<T>, budgetMs: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), budgetMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
