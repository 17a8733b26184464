import { z } from 'zod';

/** A per-minute limit: a whole number of requests, 0 turning that limit off. */
const perMinute = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000_000).default(fallback);

/**
 * The API's rate limits (ours; the seed plan sets none), each per fixed one-minute window and per
 * API process (the counters are in memory: N processes behind a balancer allow up to N times as
 * much). 0 turns a limit off. The defaults are sized for people at a console and integrations
 * polling politely; a test or benchmark harness that drives one process from one address faster
 * than that sets its own values (see `test/support/duban-harness.ts`, `tools/bench/bench-apps.ts`).
 */
export const rateLimitConfigShape = {
  /**
   * Requests per verified token subject (issuer + `sub`), counted after authentication.
   * Threat: one stolen or misused token (a script, a runaway integration) starving everyone else.
   * 600 a minute is 10 a second, far above a person at the console.
   */
  RATE_LIMIT_PER_MINUTE: perMinute(600),
  /**
   * Requests per client address, counted before anything else is done with the request (no body
   * parsing, no token check). Threat: a flood from one address, authenticated or not. Above the
   * per-subject limit so a few people behind one office NAT still fit.
   */
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: perMinute(1200),
  /**
   * Failed authentications (answers 401) per client address. Threat: guessing or replaying tokens
   * (the 100 bad tokens in 0.4 s). Counted atomically when the request arrives and refunded
   * when it is not a 401, so a concurrent burst cannot slip past the limit (see
   * `auth-failure-budget.ts`).
   */
  AUTH_FAILURE_LIMIT_PER_MINUTE: perMinute(20),
  /**
   * Requests per client address to `/health`, `/health/ready` and `/docs` (their own bucket, apart
   * from the API's; `/health/live` is exempt). Threat: the public readiness check, which calls
   * every dependency, used to load them.
   */
  RATE_LIMIT_HEALTH_PER_MINUTE: perMinute(600),
};

export type RateLimitConfig = { [K in keyof typeof rateLimitConfigShape]: number };
