import { Controller, Get, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { MongoServerError } from 'mongodb';
import { DependencyUnavailableError } from '@duban/temporal';
import { API_CONFIG } from '../api.config';
import { TemporalClient } from '../temporal/temporal.provider';
import { DependencyTracker } from './dependency-tracker';
import { ProblemDetailsFilter } from './problem-details.filter';
import { RequestBudget } from './request-budget';
import { RequestBudgetInterceptor } from './request-budget.interceptor';

/**
 * The request budget and the 503 mapping through Nest's real interceptor and filter chain. No
 * store or Temporal here: a route stands in for a dependency call that never answers (registered
 * with the tracker as the store's real query middleware would) or that fails as a driver does.
 * Temporal's connection is replaced by one that only runs the function it is given.
 */
const BUDGET_MS = 300;
const deadlines: number[] = [];
const tracker = new DependencyTracker();

@Controller('probe')
class ProbeController {
  @Get('hang')
  hang(): Promise<never> {
    return tracker.around('store', 'find tasks', () => new Promise<never>(() => undefined));
  }

  @Get('max-time')
  maxTime(): Promise<never> {
    return Promise.reject(new MongoServerError({ code: 50, codeName: 'MaxTimeMSExpired', errmsg: 'operation exceeded time limit' }));
  }

  @Get('temporal-down')
  temporalDown(): Promise<never> {
    return Promise.reject(new DependencyUnavailableError('temporal', 'unavailable', '14 UNAVAILABLE: No connection established'));
  }

  @Get('fast')
  fast(): { ok: true } {
    return { ok: true };
  }

  /** What a workflow update started in this request would be sent with. */
  @Get('update')
  async update(): Promise<{ updateId: string | null }> {
    const startUpdate = tracker.temporalInterceptor().startUpdate;
    if (!startUpdate) throw new Error('no startUpdate interceptor');
    const input = { updateName: 'submit', args: [], workflowExecution: { workflowId: 'w' }, headers: {}, options: {} } as unknown as Parameters<typeof startUpdate>[0];
    let sent: string | undefined;
    await startUpdate(input, async (i) => {
      sent = i.options.updateId;
      return { updateId: sent ?? '', workflowExecution: { workflowId: 'w' } } as unknown as Awaited<ReturnType<typeof startUpdate>>;
    });
    return { updateId: sent ?? null };
  }

  /** A batch route: its own, longer budget. */
  @Get('batch')
  @RequestBudget(3 * BUDGET_MS)
  async batch(): Promise<{ ok: true }> {
    await new Promise((resolve) => setTimeout(resolve, 2 * BUDGET_MS));
    return { ok: true };
  }

  @Get('bug')
  bug(): never {
    throw new TypeError('x is undefined');
  }
}

@Module({
  controllers: [ProbeController],
  providers: [
    { provide: API_CONFIG, useValue: { REQUEST_TIMEOUT_MS: BUDGET_MS, TEMPORAL_RPC_TIMEOUT_MS: 200, RETRY_AFTER_SECONDS: 7 } },
    { provide: DependencyTracker, useValue: tracker },
    {
      provide: TemporalClient,
      useValue: {
        client: {
          connection: {
            withDeadline: (deadline: number, fn: () => Promise<unknown>) => {
              deadlines.push(deadline);
              return fn();
            },
          },
        },
      },
    },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_INTERCEPTOR, useClass: RequestBudgetInterceptor },
  ],
})
class ProbeModule {}

let app: NestFastifyApplication;

beforeAll(async () => {
  app = await NestFactory.create<NestFastifyApplication>(ProbeModule, new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
});

afterAll(async () => {
  await app?.close();
});

describe('the request budget', () => {
  it('answers a request stuck on the store 503 DEPENDENCY.TIMEOUT with Retry-After, once the budget has passed', async () => {
    const started = Date.now();
    const res = await app.inject({ method: 'GET', url: '/probe/hang' });
    const elapsed = Date.now() - started;
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 503, code: 'DEPENDENCY.TIMEOUT', detail: `the request did not complete within ${BUDGET_MS} ms waiting on the store; retry later`, instance: '/probe/hang' });
    expect(elapsed).toBeGreaterThanOrEqual(BUDGET_MS - 5);
    expect(elapsed).toBeLessThan(BUDGET_MS + 1000);
  });

  it('gives the Temporal calls of a request a deadline TEMPORAL_RPC_TIMEOUT_MS after it started', async () => {
    deadlines.length = 0;
    const before = Date.now();
    expect((await app.inject({ method: 'GET', url: '/probe/fast' })).json()).toEqual({ ok: true });
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toBeGreaterThanOrEqual(before + 200);
    expect(deadlines[0]).toBeLessThanOrEqual(Date.now() + 200);
  });

  it('lets a route with its own budget run past the default, and gives its Temporal calls that budget', async () => {
    deadlines.length = 0;
    const before = Date.now();
    const res = await app.inject({ method: 'GET', url: '/probe/batch' });
    expect(res.statusCode).toBe(200);
    expect(deadlines[0]).toBeGreaterThanOrEqual(before + 3 * BUDGET_MS);
  });

  it("makes a request's Idempotency-Key the id of its workflow update, and refuses a malformed key naming the header", async () => {
    expect((await app.inject({ method: 'GET', url: '/probe/update', headers: { 'idempotency-key': 'k-1' } })).json()).toEqual({ updateId: 'submit:k-1' });
    expect((await app.inject({ method: 'GET', url: '/probe/update' })).json()).toEqual({ updateId: null });
    const bad = await app.inject({ method: 'GET', url: '/probe/update', headers: { 'idempotency-key': 'has space' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'REQUEST.INVALID', errors: [{ field: 'headers.idempotency-key' }] });
  });

  it('maps a store that ran out of maxTimeMS and an unavailable Temporal to 503 with Retry-After', async () => {
    const store = await app.inject({ method: 'GET', url: '/probe/max-time' });
    expect(store.statusCode).toBe(503);
    expect(store.headers['retry-after']).toBe('7');
    expect(store.json()).toMatchObject({ code: 'DEPENDENCY.TIMEOUT', detail: 'the store did not answer in time; retry later' });
    const temporal = await app.inject({ method: 'GET', url: '/probe/temporal-down' });
    expect(temporal.statusCode).toBe(503);
    expect(temporal.json()).toMatchObject({ code: 'DEPENDENCY.UNAVAILABLE', detail: 'Temporal is unavailable; retry later' });
  });

  it('leaves a bug a 500 without Retry-After', async () => {
    const res = await app.inject({ method: 'GET', url: '/probe/bug' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['retry-after']).toBeUndefined();
  });
});
