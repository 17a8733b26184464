import fastifyRateLimit from '@fastify/rate-limit';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Observable } from 'rxjs';
import { ErrorCode } from '@duban/contracts';
import { ApiError } from './api-error';
import { AuthFailureBudget, RecentlyVerifiedTokens, type Reservation } from './auth-failure-budget';
import type { RateLimitConfig } from './rate-limit.config';
import { RATE_LIMIT_WINDOW_MS, bearerTokenOf, rateLimitedDetail, rateLimitedHeaders, rateLimitedProblem, routeClassOf, secondsUntil, subjectKeyOf, tokenDigest, type Bucket } from './rate-limit.policy';

/** A limiter made by @fastify/rate-limit's `createRateLimit`: counts one request and says whether it is over. */
type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/** What the hooks leave on a request for its `onResponse`. */
interface RateLimitState {
  reservation?: Reservation;
  digest?: string;
  address: string;
}

const STATE = Symbol('duban.rateLimit');
type LimitedRequest = FastifyRequest & { [STATE]?: RateLimitState; principal?: { sub: string } };

/**
 * Installs the API's rate limits on its Fastify instance (before Nest registers its routes) and
 * returns the interceptor that applies the per-subject limit. Ours, not the seed plan's; threats
 * and defaults are on each variable in `rate-limit.config.ts`.
 *
 * Why the per-subject limit is a Nest interceptor: Fastify's hooks all run before Nest's guard has
 * verified the token, so a hook could only key on unverified claims (anyone could spend a
 * victim's bucket with a forged token naming them) or on the raw token (one person with many
 * tokens gets many buckets). The interceptor runs after the guard and keys on the verified
 * subject. Everything that must happen before any work (the per-address buckets and the
 * failed-authentication budget) is an `onRequest` hook.
 */
export async function installRateLimits(fastify: FastifyInstance, config: RateLimitConfig): Promise<SubjectRateLimitInterceptor> {
  // global: false: the plugin adds no hook of its own; ours below decide which bucket applies and
  // answer in problem+json. Its in-memory store keeps at most 5000 keys per bucket (an LRU).
  await fastify.register(fastifyRateLimit, { global: false });
  const limiter = (max: number, keyGenerator?: (req: FastifyRequest) => string): Limiter | undefined =>
    max > 0 ? fastify.createRateLimit({ max, timeWindow: RATE_LIMIT_WINDOW_MS, ...(keyGenerator && { keyGenerator }) }) : undefined;
  // The default key is the client address (an IPv6 address by its /64), as Fastify sees it:
  // behind a reverse proxy that is the proxy's, unless Fastify is told to trust it (not yet configurable).
  const perAddress = limiter(config.RATE_LIMIT_PER_ADDRESS_PER_MINUTE);
  const health = limiter(config.RATE_LIMIT_HEALTH_PER_MINUTE);
  const perSubject = limiter(config.RATE_LIMIT_PER_MINUTE, (req) => {
    const principal = (req as LimitedRequest).principal;
    return principal ? subjectKeyOf(principal) : `address:${req.ip}`;
  });
  const failures = config.AUTH_FAILURE_LIMIT_PER_MINUTE > 0 ? new AuthFailureBudget(config.AUTH_FAILURE_LIMIT_PER_MINUTE, RATE_LIMIT_WINDOW_MS) : undefined;
  const verified = new RecentlyVerifiedTokens(RATE_LIMIT_WINDOW_MS);

  fastify.addHook('onRequest', async (req: LimitedRequest, reply: FastifyReply) => {
    const route = routeClassOf(req.routeOptions.url);
    if (route === 'exempt') return;
    const bucket = route === 'health' ? health : perAddress;
    const over = bucket && (await overLimit(bucket, req));
    if (over) return refuse(reply, req, route === 'health' ? 'health' : 'address', over);
    if (route !== 'api' || !failures) return;
    const token = bearerTokenOf(req.headers.authorization);
    const digest = token === undefined ? undefined : tokenDigest(token);
    const state: RateLimitState = { address: req.ip, ...(digest !== undefined && { digest }) };
    req[STATE] = state;
    // A token that passed within the window does not reserve (see RecentlyVerifiedTokens).
    if (digest !== undefined && verified.has(digest)) return;
    const reserved = failures.reserve(req.ip);
    if (!reserved.ok) return refuse(reply, req, 'auth-failures', { limit: failures.limit, retryAfterSeconds: secondsUntil(reserved.resetMs) });
    state.reservation = reserved.reservation;
  });

  const settle = (req: LimitedRequest, statusCode: number | undefined): void => {
    const state = req[STATE];
    if (!state || !failures) return;
    const failed = statusCode === 401;
    if (state.reservation) {
      if (failed) failures.keep(state.reservation);
      else failures.release(state.reservation);
    } else if (failed) {
      failures.charge(state.address);
    }
    if (state.digest === undefined) return;
    // Only a token the guard verified (the request has a principal) becomes exempt; a 404 for an
    // unknown path also answers without a 401 but verified nothing.
    if (failed) verified.delete(state.digest);
    else if (req.principal) verified.add(state.digest);
  };
  fastify.addHook('onResponse', async (req: LimitedRequest, reply: FastifyReply) => settle(req, reply.statusCode));
  // A client that went away before its answer: give the reservation back (a 401 takes no time to
  // answer, so an abandoned request is almost never a failure).
  fastify.addHook('onRequestAbort', async (req: LimitedRequest) => settle(req, undefined));

  return new SubjectRateLimitInterceptor(perSubject, config.RATE_LIMIT_PER_MINUTE);
}

/** How far over its bucket a request is, or undefined while within it. */
async function overLimit(limiter: Limiter, req: FastifyRequest): Promise<{ limit: number; retryAfterSeconds: number } | undefined> {
  const result = await limiter(req);
  if (result.isAllowed || !result.isExceeded) return undefined;
  return { limit: result.max, retryAfterSeconds: Math.max(1, result.ttlInSeconds) };
}

function refuse(reply: FastifyReply, req: FastifyRequest, bucket: Bucket, over: { limit: number; retryAfterSeconds: number }): FastifyReply {
  return reply
    .code(429)
    .headers(rateLimitedHeaders(over.limit, over.retryAfterSeconds))
    .type('application/problem+json; charset=utf-8')
    .send(rateLimitedProblem(bucket, over.limit, over.retryAfterSeconds, req.url));
}

/**
 * The per-subject limit, after the guard: a request with a verified principal counts against its
 * subject's bucket; over it, 429 `REQUEST.RATE_LIMITED` with Retry-After (the exception filter
 * writes the problem details; the headers are set here). Public routes (no principal) are not
 * counted here: the per-address buckets cover them. Built by {@link installRateLimits}, not by Nest's injector.
 */
export class SubjectRateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly limiter: Limiter | undefined,
    private readonly limit: number,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<LimitedRequest>();
    if (this.limiter && req.principal) {
      const over = await overLimit(this.limiter, req);
      if (over) {
        void http.getResponse<FastifyReply>().headers(rateLimitedHeaders(over.limit, over.retryAfterSeconds));
        throw new ApiError(ErrorCode.RateLimited, rateLimitedDetail('subject', this.limit, over.retryAfterSeconds));
      }
    }
    return next.handle();
  }
}
