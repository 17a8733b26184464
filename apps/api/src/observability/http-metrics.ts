import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Gauge, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS_SECONDS, createMetricsRegistry } from '@duban/observability';

/** The route label of a request no route matched: one series for every unknown path (bounded cardinality). */
export const UNMATCHED_ROUTE = 'unmatched';

/** The API's metrics: its registry (default process metrics included) and the HTTP series. */
export class ApiMetrics {
  readonly registry: Registry = createMetricsRegistry('api');
  readonly requestDuration = new Histogram({
    name: 'duban_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern (e.g. /tasks/:taskId; `unmatched` for an unknown path) and status code, from the first byte read to the response closed, in seconds',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({ name: 'duban_http_requests_in_flight', help: 'HTTP requests received and not yet answered (or abandoned by the caller)', registers: [this.registry] });
}

/**
 * Each Fastify request by its Node request, so pino-http (which sees only the Node request, as a
 * Nest middleware) can read the route pattern and the verified principal when it logs the line.
 */
const fastifyRequests = new WeakMap<IncomingMessage, FastifyRequest>();

/** The Fastify request behind a Node request (undefined for one Fastify never saw). */
export const fastifyRequestOf = (raw: IncomingMessage): FastifyRequest | undefined => fastifyRequests.get(raw);

/**
 * Times every request on the Fastify instance (install before routes are registered so the hook
 * covers them, Nest's included): the route label is Fastify's pattern, never the raw URL, so
 * task and enterprise ids do not become series. Observed when the response closes, which also
 * covers a caller that hung up (then with the status the reply had).
 */
export function installHttpMetrics(fastify: FastifyInstance, metrics: ApiMetrics): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    fastifyRequests.set(request.raw, request);
    // The id every log line of this request carries (Fastify's `genReqId`, see create-app.ts), for the caller to quote.
    void reply.header('x-request-id', request.id);
    metrics.inFlight.inc();
    const end = metrics.requestDuration.startTimer();
    reply.raw.once('close', () => {
      metrics.inFlight.dec();
      end({ method: request.method, route: request.routeOptions.url ?? UNMATCHED_ROUTE, status: String(reply.statusCode) });
    });
    done();
  });
}
