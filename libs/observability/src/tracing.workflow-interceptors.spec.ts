import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Resource } from '@opentelemetry/resources';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { makeWorkflowExporter } from '@temporalio/interceptors-opentelemetry/lib/worker';
import { temporal } from '@temporalio/proto';
import { Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsPath } from '@duban/temporal';
import { workflowTracingInterceptorsPath } from './tracing';

/**
 * The recorded histories (`workflows/histories`) replay with the tracing interceptors bundled in,
 * as the worker runs with tracing on: the interceptors only open spans and move trace context,
 * they add no command. (`workflows/src/replay.spec.ts` replays them without.)
 */
const dir = path.join(__dirname, '../../../workflows/histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.history.pb'));

describe('workflow replay with the tracing interceptors', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  const exported = new InMemorySpanExporter();
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions, workflowInterceptorModules: [workflowTracingInterceptorsPath], logger: { log: () => undefined, trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } });
  });

  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('replays %s deterministically', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(path.join(dir, file)));
    await Worker.runReplayHistory(
      { workflowBundle, replayName: file, interceptors: { workflowModules: [workflowTracingInterceptorsPath] }, sinks: { exporter: makeWorkflowExporter(new SimpleSpanProcessor(exported), new Resource({ 'service.name': 'replay' })) } },
      history,
    );
    // Replayed work is not traced again: the sink is not called during replay.
    expect(exported.getFinishedSpans()).toEqual([]);
  });
});
