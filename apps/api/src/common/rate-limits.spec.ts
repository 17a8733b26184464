import { Controller, Get, Injectable, Module, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_CONFIG } from '../api.config';
import { Unauthenticated } from './api-error';
import { ProblemDetailsFilter } from './problem-details.filter';
import type { RateLimitConfig } from './rate-limit.config';
import { installRateLimits } from './rate-limits';

/**
 * The limits' hooks and interceptor on a real Nest + Fastify app (requests injected, no network).
 * The guard here stands in for the real one (tested with its own spec): `Bearer good-<sub>` is a
 * verified caller `<sub>` after a tick (so a burst's requests really are in flight together),
 * anything else a 401.
 */
@Injectable()
class StandInGuard implements CanActivate {
  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<{ url: string; headers: Record<string, string | undefined>; principal?: { sub: string } }>();
    await new Promise((resolve) => setImmediate(resolve));
    if (req.url.startsWith('/health')) return true;
    const match = /^Bearer good-(\S+)$/.exec(req.headers['authorization'] ?? '');
    if (!match?.[1]) throw Unauthenticated('bad token');
    req.principal = { sub: match[1] };
    return true;
  }
}

@Controller()
class ProbeController {
  @Get('health/live')
  live(): { status: string } {
    return { status: 'up' };
  }

  @Get('health/ready')
  ready(): { status: string } {
    return { status: 'ready' };
  }

  @Get('things')
  things(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({
  controllers: [ProbeController],
  providers: [
    { provide: API_CONFIG, useValue: { RETRY_AFTER_SECONDS: 5 } },
    { provide: APP_GUARD, useClass: StandInGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
class ProbeModule {}

async function appWith(limits: Partial<RateLimitConfig>): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(ProbeModule, new FastifyAdapter(), { logger: false });
  const config: RateLimitConfig = { RATE_LIMIT_PER_MINUTE: 0, RATE_LIMIT_PER_ADDRESS_PER_MINUTE: 0, AUTH_FAILURE_LIMIT_PER_MINUTE: 0, RATE_LIMIT_HEALTH_PER_MINUTE: 0, ...limits };
  app.useGlobalInterceptors(await installRateLimits(app.getHttpAdapter().getInstance(), config));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

const get = (app: NestFastifyApplication, url: string, token?: string, remoteAddress = '10.1.1.1') =>
  app.inject({ method: 'GET', url, remoteAddress, headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('rate limits', () => {
  let app: NestFastifyApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers a concurrent burst of bad tokens 401 up to the failure limit, then 429 problem+json with Retry-After', async () => {
    app = await appWith({ AUTH_FAILURE_LIMIT_PER_MINUTE: 5 });
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => get(app as NestFastifyApplication, '/things', `forged-${i}`)));
    const statuses = burst.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    const refused = burst.find((r) => r.statusCode === 429);
    expect(refused?.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused?.headers['ratelimit-limit']).toBe('5');
    expect(refused?.json()).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED', title: 'Too Many Requests', detail: expect.stringMatching(/failed authentications from this address/) });
    // Another address has its own budget.
    expect((await get(app, '/things', 'forged-x', '10.2.2.2')).statusCode).toBe(401);
  });

  it('does not count successful requests as failures, and lets a token verified before through a spent address', async () => {
    app = await appWith({ AUTH_FAILURE_LIMIT_PER_MINUTE: 3 });
    for (let i = 0; i < 10; i++) expect((await get(app, '/things', 'good-li.wei')).statusCode).toBe(200);
    // Once verified, a token's requests reserve nothing, however many are in flight together.
    const goods = await Promise.all(Array.from({ length: 20 }, () => get(app as NestFastifyApplication, '/things', 'good-li.wei')));
    expect(goods.every((r) => r.statusCode === 200)).toBe(true);
    for (let i = 0; i < 3; i++) expect((await get(app, '/things', `bad-${i}`)).statusCode).toBe(401);
    expect((await get(app, '/things', 'bad-again')).statusCode).toBe(429);
    // li.wei's token passed within the window: the spent address does not lock it out.
    expect((await get(app, '/things', 'good-li.wei')).statusCode).toBe(200);
    // A token never seen before from the spent address is refused before it is checked.
    expect((await get(app, '/things', 'good-new.person')).statusCode).toBe(429);
  });

  it('reserves for each request of a token not yet verified, so a fresh token’s first burst is bounded by the budget too', async () => {
    // The price of counting a burst atomically: requests whose outcome is unknown hold a
    // reservation until answered. Documented in docs/security.md.
    app = await appWith({ AUTH_FAILURE_LIMIT_PER_MINUTE: 3 });
    const first = await Promise.all(Array.from({ length: 6 }, () => get(app as NestFastifyApplication, '/things', 'good-fresh')));
    expect(first.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 429, 429, 429]);
    // Given back once answered: the next requests pass, and the token is now exempt.
    expect((await get(app, '/things', 'good-fresh')).statusCode).toBe(200);
  });

  it('limits each verified subject on its own: one subject over its limit, another still served', async () => {
    app = await appWith({ RATE_LIMIT_PER_MINUTE: 4 });
    const first = await Promise.all(Array.from({ length: 6 }, () => get(app as NestFastifyApplication, '/things', 'good-busy')));
    expect(first.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = first.find((r) => r.statusCode === 429);
    expect(refused?.json()).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED', detail: expect.stringMatching(/requests for this token subject: the limit is 4 per minute/) });
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await get(app, '/things', 'good-quiet')).statusCode).toBe(200);
  });

  it('limits per address before anything else, and keeps the health routes in their own bucket with /health/live exempt', async () => {
    app = await appWith({ RATE_LIMIT_PER_ADDRESS_PER_MINUTE: 3, RATE_LIMIT_HEALTH_PER_MINUTE: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(app, '/things', 'good-a')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const over = await get(app, '/things');
    expect(over.json()).toMatchObject({ code: 'REQUEST.RATE_LIMITED', detail: expect.stringMatching(/requests from this address/) });
    expect([(await get(app, '/health/ready')).statusCode, (await get(app, '/health/ready')).statusCode, (await get(app, '/health/ready')).statusCode]).toEqual([200, 200, 429]);
    for (let i = 0; i < 10; i++) expect((await get(app, '/health/live')).statusCode).toBe(200);
  });

  it('turns every limit off at 0', async () => {
    app = await appWith({});
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => get(app as NestFastifyApplication, '/things', `bad-${i}`)));
    expect(answers.every((r) => r.statusCode === 401)).toBe(true);
  });
});
