import { z } from 'zod';
import { ROLES, operation } from '../http/operation';

// The system routes (health, the caller), defined once: the API routes these operations and
// /docs/openapi.json is generated from them.

/** One dependency as `/health` found it: answered within the check's time limit, or not. */
export const dependencyStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('up'), latencyMs: z.number().int().min(0).describe('milliseconds the probe took') }).strict(),
  z.object({ status: z.literal('down'), error: z.string().describe('`unreachable` (the details go to the API log, not to this public route), or `no answer within N ms` (HEALTH_CHECK_TIMEOUT_MS)') }).strict(),
]);
export type DependencyState = z.infer<typeof dependencyStateSchema>;

/** `GET /health`: each dependency's state; `ok` when every one is up, else `degraded`. */
export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    dependencies: z.object({ temporal: dependencyStateSchema, kafka: dependencyStateSchema, store: dependencyStateSchema }).strict(),
  })
  .strict();
export type Health = z.infer<typeof healthSchema>;

/** `GET /health/live`: the process is up and serving HTTP (nothing else is checked). */
export const livenessSchema = z.object({ status: z.literal('up') }).strict();
export type Liveness = z.infer<typeof livenessSchema>;

/** One dependency as the public readiness probe reports it: up or down, nothing more. */
export const readinessDependencySchema = z.enum(['up', 'down']);

/**
 * `GET /health/ready`: whether every dependency answered within HEALTH_CHECK_TIMEOUT_MS. Public, so
 * only up/down: no latencies, no error texts (an unauthenticated caller learns nothing it could use
 * to map the installation; the reasons go to the API log).
 */
export const readinessSchema = z
  .object({
    status: z.enum(['ready', 'not-ready']),
    dependencies: z.object({ temporal: readinessDependencySchema, kafka: readinessDependencySchema, store: readinessDependencySchema }).strict(),
  })
  .strict();
export type Readiness = z.infer<typeof readinessSchema>;

/** `GET /me`: the verified caller, as its token says (the auth adapter's `Principal`). */
export const callerSchema = z
  .object({
    sub: z.string().describe('the JWT subject'),
    unit: z.string().describe('the unit code of the caller'),
    roles: z.array(z.enum(ROLES)),
  })
  .strict();
export type Caller = z.infer<typeof callerSchema>;

/**
 * `GET /me`'s answer: the caller as the token says, with what the console decides its menus by:
 * the unit's name (from the plan templates; the code itself for a unit only a loaded plan names)
 * and a display name (a dev user's Chinese name under the dev sign-in; otherwise the subject).
 */
export const meSchema = callerSchema
  .extend({
    unitName: z.string().describe("the unit's Chinese name, as the seed templates or the loaded plan that names it calls it; its code when none does"),
    name: z.string().describe("a display name: the dev user's name under the local dev sign-in, otherwise the token subject"),
  })
  .strict();
export type Me = z.infer<typeof meSchema>;

export const SYSTEM_OPERATIONS = {
  checkHealth: operation({
    operationId: 'checkHealth',
    method: 'get',
    path: '/health',
    tag: 'health',
    summary: "Each dependency's state; 503 with Retry-After when any is down or slower than HEALTH_CHECK_TIMEOUT_MS",
    description: 'Kept as it was for existing monitors (latency per dependency; a down one only as `unreachable` or `no answer within N ms`). Orchestrators should probe `/health/live` and `/health/ready`.',
    auth: 'public',
    success: { status: 200, description: 'every dependency is up (`status: ok`)', schema: healthSchema },
    otherResponses: { 503: { description: 'a dependency is down or slow (`status: degraded`)', schema: healthSchema } },
  }),
  checkLiveness: operation({
    operationId: 'checkLiveness',
    method: 'get',
    path: '/health/live',
    tag: 'health',
    summary: 'Liveness: 200 while the process serves HTTP; calls no dependency and is exempt from rate limits',
    auth: 'public',
    rateLimit: 'exempt',
    success: { status: 200, description: 'the process is up', schema: livenessSchema },
  }),
  checkReadiness: operation({
    operationId: 'checkReadiness',
    method: 'get',
    path: '/health/ready',
    tag: 'health',
    summary: 'Readiness: 200 when Temporal, Kafka and the store each answered within HEALTH_CHECK_TIMEOUT_MS, else 503 with Retry-After; only up/down per dependency',
    auth: 'public',
    success: { status: 200, description: 'every dependency is up (`status: ready`)', schema: readinessSchema },
    otherResponses: { 503: { description: 'a dependency is down or slow (`status: not-ready`)', schema: readinessSchema } },
  }),
  getMetrics: operation({
    operationId: 'getMetrics',
    method: 'get',
    path: '/metrics',
    tag: 'health',
    summary: "This API process's Prometheus metrics (text exposition format 0.0.4): HTTP request durations per route pattern and status, requests in flight, Node process metrics",
    description:
      'Public like the health routes (ours): the series name only route patterns (already in this document) and counts, never an id, a caller or a payload. Scrape it from inside the deployment; a public ingress should not route it.',
    auth: 'public',
    success: { status: 200, description: 'the metrics, `text/plain; version=0.0.4`', mediaTypes: ['text/plain'] },
  }),
  getMe: operation({
    operationId: 'getMe',
    method: 'get',
    path: '/me',
    tag: 'me',
    summary: 'The caller: the token’s subject, unit and roles, the unit’s name and a display name (any authenticated caller)',
    success: { status: 200, description: 'the caller', schema: meSchema },
  }),
};
