import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { Logger } from 'pino';
import { enterpriseWorkflowId, planWorkflowId, taskWorkflowId } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { fastifyRequestOf } from './http-metrics';

/**
 * A caller's `x-request-id` is kept when it is 1–128 letters, digits and `._:-` (a trace id, a
 * uuid, a load balancer's id); anything else is replaced, so a caller cannot write arbitrary text
 * (newlines, JSON) into our logs through it.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id if well-formed (the first, when the header is repeated). */
export function requestIdOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID_PATTERN.test(value) ? value : undefined;
}

/** Fastify's `genReqId`: the caller's well-formed `x-request-id`, else a new uuid (echoed by `installHttpMetrics`'s hook). */
export const requestIdOfRequest = (req: IncomingMessage): string => requestIdOf(req.headers['x-request-id']) ?? randomUUID();

/**
 * The workflow a route drives, from its pattern and parameters: a task's routes drive the task
 * workflow, an enterprise's the enterprise workflow, a plan's the plan workflow (the ids derive
 * from the business ids, so no lookup is needed). Undefined for every other route.
 */
export function workflowIdOf(route: string | undefined, params: unknown): string | undefined {
  if (route === undefined || typeof params !== 'object' || params === null) return undefined;
  const p = params as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof p[k] === 'string' ? p[k] : undefined);
  const taskId = str('taskId');
  if (route.startsWith('/tasks/:taskId') && taskId !== undefined) return taskWorkflowId(taskId);
  const id = str('id');
  if (route.startsWith('/enterprises/:id') && id !== undefined) return enterpriseWorkflowId(id);
  const planId = str('planId');
  if (route.startsWith('/plans/:planId') && planId !== undefined) return planWorkflowId(planId);
  return undefined;
}

/** Probes and scrapes are not logged per request: an orchestrator's every few seconds would drown the rest. */
const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

const pathOf = (url: string | undefined): string => (url ?? '/').split('?')[0] ?? '/';

/** What a request's line says beyond pino-http's own fields: route pattern, caller, workflow. */
export function requestProps(req: IncomingMessage): Record<string, string> {
  const request = fastifyRequestOf(req);
  if (!request) return {};
  const props: Record<string, string> = {};
  const route = request.routeOptions.url;
  if (route !== undefined) props['route'] = route;
  const principal = (request as { principal?: Principal }).principal;
  if (principal) {
    props['sub'] = principal.sub;
    props['unit'] = principal.unit;
  }
  const workflowId = workflowIdOf(route, request.params);
  if (workflowId !== undefined) props['workflowId'] = workflowId;
  return props;
}

/**
 * nestjs-pino's options for the API: one line per request (`request completed`, with the request
 * id, method, path without its query string, route pattern, status, `responseTime` in ms, the
 * caller's `sub` and `unit` once verified, and the workflow id where the route drives one), and
 * every Nest `Logger` call inside a request carries the same request id. No header is logged (the
 * Authorization header and cookies never reach a line); the query string is dropped because a
 * caller may put a token there.
 */
export function requestLoggingParams(logger: Logger): Params {
  return {
    pinoHttp: {
      logger,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = requestIdOf(req.headers['x-request-id']) ?? randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customProps: (req: IncomingMessage) => requestProps(req),
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) => (err !== undefined || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      customSuccessMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method ?? ''} ${pathOf(req.url)} ${res.statusCode}`,
      customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method ?? ''} ${pathOf(req.url)} ${res.statusCode}`,
      // Nest mounts middleware on Fastify through middie, which strips the mount path from `req.url`
      // while the middleware runs (a probe arrives here as `/`): the request's own path is `originalUrl`.
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has(pathOf((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url)) },
    },
  };
}
