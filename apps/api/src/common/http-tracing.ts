import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { SpanKind, SpanStatusCode, context, trace, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { contextOfCarrier, dubanTracer, tracingEnabled } from '@duban/observability';

const SPAN = Symbol('duban.httpSpan');
type TracedRequest = FastifyRequest & { [SPAN]?: Span; principal?: { sub: string; unit: string } };

const headerOf = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * A SERVER span per HTTP request, named `METHOD /route/pattern` (the route as registered, e.g.
 * `POST /tasks/:taskId/submit`, never the concrete path, so names stay few; `METHOD` alone without a route), child of an incoming
 * W3C `traceparent` when the caller sent one. Opened in `onRequest`, so refusals before the handler
 * (401, 429, 404 of an unknown route) are traced too, and ended in `onResponse` with the status
 * code and the verified principal's `sub`/`unit` (set by the auth guard; absent when there was none).
 * A 5xx marks the span as an error; a 4xx is the caller's, not ours (the HTTP conventions). A
 * request the client abandons ends its span in `onRequestAbort`. Nothing is installed when
 * tracing is off.
 *
 * The span is made active for the handler by {@link HttpTracingInterceptor}: a hook cannot make
 * it active for what follows, as the body is read in socket callbacks outside it.
 */
export function installHttpTracing(fastify: FastifyInstance): HttpTracingInterceptor | undefined {
  if (!tracingEnabled()) return undefined;
  const tracer = dubanTracer();
  fastify.addHook('onRequest', (request: TracedRequest, _reply, done) => {
    // No route (a 404): the method alone, as the HTTP conventions say, so unknown paths do not multiply span names.
    const route = request.routeOptions.url;
    const parent = contextOfCarrier({ traceparent: headerOf(request.headers['traceparent']), tracestate: headerOf(request.headers['tracestate']) });
    request[SPAN] = tracer.startSpan(
      route === undefined ? request.method : `${request.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': request.method,
          ...(route !== undefined && { 'http.route': route }),
          'url.path': request.url.split('?')[0] ?? request.url,
          'url.scheme': request.protocol,
          'client.address': request.ip,
          ...(request.headers['user-agent'] !== undefined && { 'user_agent.original': request.headers['user-agent'] }),
        },
      },
      parent,
    );
    done();
  });
  fastify.addHook('onResponse', (request: TracedRequest, reply, done) => {
    const span = request[SPAN];
    request[SPAN] = undefined;
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (request.principal) {
        span.setAttribute('enduser.id', request.principal.sub);
        span.setAttribute('duban.unit', request.principal.unit);
      }
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
  fastify.addHook('onRequestAbort', (request: TracedRequest, done) => {
    const span = request[SPAN];
    request[SPAN] = undefined;
    span?.setAttribute('http.request.aborted', true);
    span?.end();
    done();
  });
  return new HttpTracingInterceptor();
}

/** Runs the handler (and every interceptor after this one) with the request's span active. */
export class HttpTracingInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const span = ctx.switchToHttp().getRequest<TracedRequest>()[SPAN];
    if (!span) return next.handle();
    const active = trace.setSpan(context.active(), span);
    // The handler runs when the observable is subscribed to, so the subscription is what must run in the context.
    return new Observable((subscriber) => context.with(active, () => next.handle().subscribe(subscriber)));
  }
}
