import { ROOT_CONTEXT, context, defaultTextMapGetter, defaultTextMapSetter, trace, type Context, type Link } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * The W3C trace context as the CloudEvents Distributed Tracing extension carries it: `traceparent`
 * (`00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`) and an optional vendor `tracestate`.
 */
export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
}

// The W3C format itself, not whichever propagator is registered: the event attribute is defined as W3C.
const w3c = new W3CTraceContextPropagator();

/**
 * The trace context of `ctx` (default: the active one) as {@link TraceCarrier} attributes; `{}`
 * when there is no valid span in it (tracing off, or outside any span), so nothing is added.
 */
export function traceCarrierOf(ctx: Context = context.active()): TraceCarrier {
  const carrier: Record<string, string> = {};
  w3c.inject(ctx, carrier, defaultTextMapSetter);
  const { traceparent, tracestate } = carrier;
  return { ...(traceparent !== undefined && { traceparent }), ...(tracestate !== undefined && { tracestate }) };
}

/**
 * The remote parent a carrier names, as a context to start a child span in (on top of `base`,
 * default the root context, so a consumer's span never inherits whatever happened to be active).
 * A missing or malformed `traceparent` gives `base` unchanged: a new trace, never an error.
 */
export function contextOfCarrier(carrier: TraceCarrier, base: Context = ROOT_CONTEXT): Context {
  return w3c.extract(base, { ...carrier }, defaultTextMapGetter);
}

/** A span link to the span a carrier names (none for a missing or malformed one). */
export function linkOfCarrier(carrier: TraceCarrier): Link[] {
  const spanContext = trace.getSpanContext(contextOfCarrier(carrier));
  return spanContext && trace.isSpanContextValid(spanContext) ? [{ context: spanContext }] : [];
}
