// Types only from @temporalio/worker: this barrel is loaded by the API too, which must not load the worker's native runtime.
import type { InjectedSinks, WorkerOptions } from '@temporalio/worker';
import { OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor, makeWorkflowExporter } from '@temporalio/interceptors-opentelemetry/lib/worker';
import type { OpenTelemetryWorkflowExporter } from '@temporalio/interceptors-opentelemetry/lib/workflow/definitions';
import { workflowTracingInterceptorsPath, type Tracing } from './tracing';

/**
 * The workflow interceptor modules to bundle: ours (with the SDK's inside) when tracing is on,
 * none when off. A prebuilt bundle holds whatever it was built with; see {@link workerTracingOptions}.
 */
export function workflowTracingModules(tracing: Pick<Tracing, 'enabled'>): string[] {
  return tracing.enabled ? [workflowTracingInterceptorsPath] : [];
}

/**
 * Adds tracing to the worker's options: the SDK's activity interceptors (a `RunActivity:<type>`
 * span per attempt, child of the workflow's `StartActivity` span) when tracing is on, and always
 * the `exporter` sink through which the workflow interceptors hand over the spans recorded inside
 * the sandbox (a prebuilt workflow bundle may carry those interceptors whether tracing is on or
 * not; with tracing off the sink drops them). `options.interceptors` (e.g. the workflow modules)
 * are kept.
 */
export function workerTracingOptions<O extends Pick<WorkerOptions, 'interceptors' | 'sinks'>>(tracing: Tracing, options: O): O {
  const exporter: InjectedSinks<{ exporter: OpenTelemetryWorkflowExporter }> = { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) };
  return {
    ...options,
    sinks: { ...options.sinks, ...exporter },
    ...(tracing.enabled && {
      interceptors: {
        ...options.interceptors,
        activity: [
          ...(options.interceptors?.activity ?? []),
          (ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) }),
        ],
      },
    }),
  };
}
