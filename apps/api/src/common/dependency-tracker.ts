import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { Dependency } from '@duban/temporal';
import type { StoreOperationObserver } from '@duban/persistence';

/** One call to a dependency that has started and not yet ended. */
export interface InFlightCall {
  dependency: Dependency;
  /** e.g. `find tasks`, `query planView` */
  operation: string;
  startedAt: number;
}

/** The calls in flight of one request, and its `Idempotency-Key`, if it sent one. */
export class RequestCalls {
  private readonly inFlight = new Set<InFlightCall>();

  constructor(readonly idempotencyKey?: string) {}

  start(dependency: Dependency, operation: string, now = Date.now()): InFlightCall {
    const call = { dependency, operation, startedAt: now };
    this.inFlight.add(call);
    return call;
  }

  end(call: InFlightCall): void {
    this.inFlight.delete(call);
  }

  /** The call that has waited longest, i.e. the one a request that ran out of time was stuck on. */
  oldest(): InFlightCall | undefined {
    let oldest: InFlightCall | undefined;
    for (const call of this.inFlight) if (!oldest || call.startedAt < oldest.startedAt) oldest = call;
    return oldest;
  }
}

/**
 * Knows, per HTTP request, which dependency calls are in flight, so a request that runs out of its
 * budget can say what it was waiting on. The request's context travels with AsyncLocalStorage:
 * the store's query middleware and Temporal's client interceptors run in the caller's async
 * context, so neither needs the request passed down.
 */
@Injectable()
export class DependencyTracker implements StoreOperationObserver {
  private readonly storage = new AsyncLocalStorage<RequestCalls>();

  run<T>(calls: RequestCalls, fn: () => T): T {
    return this.storage.run(calls, fn);
  }

  start(operation: string, collection: string): unknown {
    return this.track('store', `${operation} ${collection}`);
  }

  end(token: unknown): void {
    if (token instanceof TrackedCall) token.calls.end(token.call);
  }

  /** Runs `fn` as a call to `dependency` of the current request (outside a request it just runs). */
  async around<T>(dependency: Dependency, operation: string, fn: () => Promise<T>): Promise<T> {
    const token = this.track(dependency, operation);
    try {
      return await fn();
    } finally {
      this.end(token);
    }
  }

  /** Temporal client interceptors that mark each workflow call as a call to `temporal`. */
  temporalInterceptor(): WorkflowClientInterceptor {
    return {
      startWithDetails: (input, next) => this.around('temporal', `start ${input.workflowType}`, () => next(input)),
      // A request's Idempotency-Key is its update's id: Temporal runs an update id once per
      // workflow run and answers a repeat with the first outcome, so a client that retries
      // after a 503 (the update may have been applied after the budget ran out) gets that
      // outcome, not a 409 for a second attempt.
      startUpdate: (input, next) => {
        const key = this.storage.getStore()?.idempotencyKey;
        const keyed = key === undefined ? input : { ...input, options: { ...input.options, updateId: `${input.updateName}:${key}` } };
        return this.around('temporal', `update ${input.updateName}`, () => next(keyed));
      },
      signal: (input, next) => this.around('temporal', `signal ${input.signalName}`, () => next(input)),
      query: (input, next) => this.around('temporal', `query ${input.queryType}`, () => next(input)),
      describe: (input, next) => this.around('temporal', 'describe', () => next(input)),
    };
  }

  private track(dependency: Dependency, operation: string): TrackedCall | undefined {
    const calls = this.storage.getStore();
    return calls ? new TrackedCall(calls, calls.start(dependency, operation)) : undefined;
  }
}

class TrackedCall {
  constructor(
    readonly calls: RequestCalls,
    readonly call: InFlightCall,
  ) {}
}
