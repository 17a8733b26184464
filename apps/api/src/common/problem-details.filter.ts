import { Catch, HttpException, Inject, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, HTTP_STATUS_OF_ERROR, isErrorCode, type ProblemDetails } from '@duban/contracts';
import { DomainError } from '@duban/temporal';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ApiError } from './api-error';
import { dependencyOutage } from './dependency-errors';
import { RequestBudgetExceededError } from './request-budget';

/** Used when the config at hand has no RETRY_AFTER_SECONDS (a test module with a partial config). */
const DEFAULT_RETRY_AFTER_SECONDS = 5;


/**
 * Errors that Nest raises as plain HttpExceptions (an unknown route, Fastify's content-type and
 * size checks), given stable codes by status.
 */
const CODE_OF_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.RequestInvalid,
  404: ErrorCode.RouteNotFound,
  405: ErrorCode.RouteMethodNotAllowed,
  413: ErrorCode.RequestTooLarge,
  415: ErrorCode.RequestUnsupportedMediaType,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Turns every error into an RFC 9457 problem details response with a stable `code`. A dependency
 * that is down or too slow (the store, Temporal, or the request's own budget running out) is a 503
 * with `Retry-After`, decided here once for every route; the log names the dependency and the
 * driver's message, the response only the dependency.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);
  private readonly retryAfterSeconds: number;

  constructor(@Inject(API_CONFIG) config: Partial<ApiConfig>) {
    this.retryAfterSeconds = config.RETRY_AFTER_SECONDS ?? DEFAULT_RETRY_AFTER_SECONDS;
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // The budget may have answered already while the handler's own error arrives later.
    if (reply.sent) return;
    const problem = this.toProblem(exception, `${request.method} ${request.url}`);
    problem.instance = request.url;
    if (problem.status === 503) void reply.header('retry-after', String(this.retryAfterSeconds));
    void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  toProblem(e: unknown, route = ''): ProblemDetails {
    if (e instanceof RequestBudgetExceededError) {
      this.logger.warn(`${route}: ${e.message}`);
      const on = e.waitingOn ? ` waiting on ${e.waitingOn.dependency === 'store' ? 'the store' : 'Temporal'}` : '';
      return problem(503, ErrorCode.DependencyTimeout, `the request did not complete within ${e.budgetMs} ms${on}; retry later`);
    }
    const outage = dependencyOutage(e);
    if (outage) {
      this.logger.warn(`${route}: ${outage.dependency} ${outage.reason}: ${outage.message}`);
      const which = outage.dependency === 'store' ? 'the store' : 'Temporal';
      return problem(503, outage.code, outage.reason === 'timeout' ? `${which} did not answer in time; retry later` : `${which} is unavailable; retry later`);
    }
    if (e instanceof ApiError) return problem(e.status, e.code, e.message, e.errors);
    if (e instanceof DomainError) {
      // Every code a workflow raises is in the table; an unknown one would be a bug, answered as the conflict it most likely is.
      const status = isErrorCode(e.code) ? HTTP_STATUS_OF_ERROR[e.code] : 409;
      if (!isErrorCode(e.code)) this.logger.error(`${route}: a workflow refused with an unknown code ${e.code}`);
      const errors = Array.isArray(e.details?.['errors']) ? (e.details['errors'] as { field: string; rule: string }[]) : undefined;
      return problem(status, e.code, e.message, errors);
    }
    if (e instanceof HttpException) {
      const status = e.getStatus();
      return problem(status, CODE_OF_HTTP_STATUS[status] ?? `HTTP.${status}`, e.message);
    }
    this.logger.error(e instanceof Error ? withCauses(e) : String(e));
    return problem(500, ErrorCode.Internal, 'an unexpected error occurred; it has been logged');
  }
}

/** An unexpected error's stack and the messages of its causes (a client's wrapper hides the driver's status). */
function withCauses(e: Error): string {
  const causes: string[] = [];
  for (let cur: unknown = e.cause, depth = 0; cur !== undefined && depth < 5; cur = cur instanceof Error ? cur.cause : undefined, depth++) {
    causes.push(`caused by: ${cur instanceof Error ? `${cur.name}: ${cur.message}` : String(cur)}`);
  }
  return [e.stack ?? e.message, ...causes].join('\n');
}

function problem(status: number, code: string, detail: string, errors?: { field: string; rule: string }[]): ProblemDetails {
  return {
    type: `urn:duban:problem:${code.toLowerCase()}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 && { errors }),
  };
}
