import { createHash } from 'node:crypto';
import { ErrorCode, type ProblemDetails } from '@duban/contracts';

/** Every limit counts per fixed window of one minute (the variables say "per minute"). */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * Which limits a route is under, from its route pattern (`undefined` for a path no route matches):
 * `exempt` (the liveness probe: no dependency call, and an orchestrator must reach it however busy
 * the address is), `health` (the other health routes and the API document: public, with their own
 * bucket per address), `api` (everything else, unknown paths included: the per-address bucket, the
 * failed-authentication budget and, once authenticated, the per-subject bucket).
 */
export type RouteClass = 'exempt' | 'health' | 'api';

export function routeClassOf(routePattern: string | undefined): RouteClass {
  if (routePattern === '/health/live') return 'exempt';
  if (routePattern === '/health' || routePattern === '/health/ready') return 'health';
  if (routePattern !== undefined && (routePattern === '/docs' || routePattern.startsWith('/docs/'))) return 'health';
  // The console's page and assets: per address like the docs, never a token's bucket.
  if (routePattern !== undefined && (routePattern === '/' || routePattern === '/console' || routePattern.startsWith('/console/'))) return 'health';
  return 'api';
}

/** The bearer token of an `Authorization` header, as sent (not verified); undefined without one. */
export function bearerTokenOf(authorization: string | string[] | undefined): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = /^Bearer (\S+)$/.exec(authorization);
  return match?.[1];
}

/** A digest of a token, so the set of recently verified tokens holds no usable credential. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * The per-subject bucket's key: the verified `sub`, with the issuer when the principal carries one
 * (an OIDC subject and a local one of the same name are different people). Keyed after
 * verification, never on unverified claims, so a forged token cannot spend someone else's bucket.
 */
export function subjectKeyOf(principal: { sub: string }): string {
  const issuer = 'iss' in principal && typeof principal.iss === 'string' ? principal.iss : '';
  return `${issuer}\u0000${principal.sub}`;
}

/** The buckets a request can run out of, named in the 429's detail. */
export type Bucket = 'address' | 'health' | 'auth-failures' | 'subject';

const WHAT: Record<Bucket, string> = {
  address: 'requests from this address',
  health: 'requests to the health and documentation routes from this address',
  'auth-failures': 'failed authentications from this address',
  subject: 'requests for this token subject',
};

/** The 429 problem details (RFC 9457) of a bucket that ran out; `retryAfterSeconds` ≥ 1. */
export function rateLimitedProblem(bucket: Bucket, limit: number, retryAfterSeconds: number, instance: string): ProblemDetails {
  return {
    type: `urn:duban:problem:${ErrorCode.RateLimited.toLowerCase()}`,
    title: 'Too Many Requests',
    status: 429,
    detail: rateLimitedDetail(bucket, limit, retryAfterSeconds),
    code: ErrorCode.RateLimited,
    instance,
  };
}

export function rateLimitedDetail(bucket: Bucket, limit: number, retryAfterSeconds: number): string {
  return `too many ${WHAT[bucket]}: the limit is ${limit} per minute; retry in ${retryAfterSeconds} s`;
}

/** The headers of a 429: `Retry-After` and the IETF draft's `RateLimit-*` of the bucket that ran out. */
export function rateLimitedHeaders(limit: number, retryAfterSeconds: number): Record<string, string> {
  const seconds = String(retryAfterSeconds);
  return { 'retry-after': seconds, 'ratelimit-limit': String(limit), 'ratelimit-remaining': '0', 'ratelimit-reset': seconds };
}

/** Whole seconds until a reset `ms` away, at least 1 (a `Retry-After: 0` invites an instant retry). */
export const secondsUntil = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));
