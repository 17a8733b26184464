import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defaultIfEmpty, from, lastValueFrom, throwError, type Observable } from 'rxjs';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { TemporalClient } from '../temporal/temporal.provider';
import { DependencyTracker, RequestCalls } from './dependency-tracker';
import { RequestInvalid } from './api-error';
import { REQUEST_BUDGET_METADATA, RequestBudgetExceededError, withBudget } from './request-budget';

/** What an `Idempotency-Key` may be (ours): printable ASCII without spaces, 1–200 characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Gives every HTTP request a budget (`REQUEST_TIMEOUT_MS`): past it the request fails with
 * {@link RequestBudgetExceededError} (503 + Retry-After from the exception filter) naming the
 * dependency it was waiting on. Inside the request every Temporal call gets a gRPC deadline
 * `TEMPORAL_RPC_TIMEOUT_MS` after the request started (the store's calls have `maxTimeMS`), so a
 * slow dependency is normally reported by its own error first, and the work behind a request that
 * timed out ends soon after. A streamed response (the audit export) is past the handler when its
 * body starts, so the budget covers only its start.
 */
@Injectable()
export class RequestBudgetInterceptor implements NestInterceptor {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly tracker: DependencyTracker,
    private readonly temporal: TemporalClient,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const started = Date.now();
    const key = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
      return throwError(() => RequestInvalid([{ field: 'headers.idempotency-key', rule: 'must be 1–200 printable ASCII characters without spaces' }]));
    }
    const calls = new RequestCalls(key);
    const own = this.reflector.get<number | undefined>(REQUEST_BUDGET_METADATA, context.getHandler());
    const budget = own ?? this.config.REQUEST_TIMEOUT_MS;
    const temporalDeadline = started + (own ?? this.config.TEMPORAL_RPC_TIMEOUT_MS);
    // next.handle() is lazy: the handler runs when lastValueFrom subscribes, inside both contexts.
    const work = this.tracker.run(calls, () =>
      this.temporal.client.connection.withDeadline(temporalDeadline, () => lastValueFrom(next.handle().pipe(defaultIfEmpty(undefined)))),
    );
    return from(withBudget(work, budget, () => new RequestBudgetExceededError(budget, calls.oldest())));
  }
}
