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

/** `GET /me`: the verified caller, as its token says (the auth adapter's `Principal`). */
export const callerSchema = z
  .object({
    sub: z.string().describe('the JWT subject'),
    unit: z.string().describe('the unit code of the caller'),
    roles: z.array(z.enum(ROLES)),
  })
  .strict();
export type Caller = z.infer<typeof callerSchema>;

export const SYSTEM_OPERATIONS = {
  checkHealth: operation({
    operationId: 'checkHealth',
    method: 'get',
    path: '/health',
    tag: 'health',
    summary: "Each dependency's state; 503 with Retry-After when any is down or slower than HEALTH_CHECK_TIMEOUT_MS",
    auth: 'public',
    success: { status: 200, description: 'every dependency is up (`status: ok`)', schema: healthSchema },
    otherResponses: { 503: { description: 'a dependency is down or slow (`status: degraded`)', schema: healthSchema } },
  }),
  getMe: operation({
    operationId: 'getMe',
    method: 'get',
    path: '/me',
    tag: 'me',
    summary: 'The caller: the token’s subject, unit and roles (any authenticated caller)',
    success: { status: 200, description: 'the caller', schema: callerSchema },
  }),
};
