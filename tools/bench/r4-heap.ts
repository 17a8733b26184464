import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker, bundleWorkflowCode, type BundleOptions } from '@temporalio/worker';
import { ENTERPRISE_WORKFLOW_TYPE, enterpriseWorkflowId, type EnterpriseWorkflowInput } from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, SZ_2009_INDEX_V1 } from '@duban/domain';
import { stackConfig } from '@duban/stack';
import { workflowBundlerOptions, workflowsPath } from '@duban/temporal';
import { recordingActivities } from '@duban/testing';
import { trackC } from './writes';

/**
 * R4's profile: the heap one cached enterprise workflow costs in the SDK's reused V8 context, and
 * what it is made of. The worker runs in this process with `debugMode` (its workflows on the main
 * thread, so `process.memoryUsage()` and a heap snapshot see them), on the local stack's Temporal
 * server, with no-op activities; it starts `--count` enterprise workflows as R4 does (registered
 * with the seed's index, waiting on their intention step), waits until every one is cached and idle,
 * and prints the heap growth per workflow after a full GC. `--sdk-bundle` bundles as before issue
 * 14's fix (our aliases only, so every module of contracts and domain the index files reach is in
 * the bundle); `--snapshot DIR` also writes a heap snapshot before and after and prints the largest
 * growth by object type and constructor.
 *
 *   node --expose-gc -r @swc-node/register tools/bench/r4-heap.ts [--count 100] [--sdk-bundle] [--snapshot DIR]
 */
const { values: args } = parseArgs({ options: { count: { type: 'string', default: '100' }, 'sdk-bundle': { type: 'boolean', default: false }, snapshot: { type: 'string' } } });
const WARM_UP = 5;
const MiB = 2 ** 20;
const quiet = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never;

/** Our aliases, without the side-effect-free libraries: the bundle as it was before the fix. */
const sdkBundleOptions: Pick<BundleOptions, 'webpackConfigHook'> = {
  webpackConfigHook: (config) => {
    const ours = workflowBundlerOptions.webpackConfigHook?.(config) ?? config;
    return { ...ours, module: config.module, optimization: config.optimization };
  },
};

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/** Self size by (type, constructor or name) over every node of a heap snapshot file. */
function selfSizes(file: string): Map<string, { count: number; bytes: number }> {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt, width] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size'), fields.length];
  const sizes = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt] as number] as string;
    const name = type.includes('string') ? '' : (snapshot.strings[snapshot.nodes[i + nameAt] as number] as string).slice(0, 60);
    const key = `${type} ${name}`;
    const entry = sizes.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += snapshot.nodes[i + sizeAt] as number;
    sizes.set(key, entry);
  }
  return sizes;
}

function printGrowth(before: string, after: string, workflows: number): void {
  const a = selfSizes(before);
  const rows = [...selfSizes(after)].map(([key, b]) => ({ key, count: b.count - (a.get(key)?.count ?? 0), bytes: b.bytes - (a.get(key)?.bytes ?? 0) }));
  rows.sort((x, y) => y.bytes - x.bytes);
  console.log(`largest growth per workflow (KiB, objects), of ${workflows}:`);
  for (const row of rows.slice(0, 20)) console.log(`  ${(row.bytes / workflows / 1024).toFixed(1).padStart(8)} ${String(Math.round(row.count / workflows)).padStart(7)}  ${row.key}`);
}

async function main(): Promise<void> {
  const count = Number(args.count);
  const config = stackConfig();
  const address = config.appEnv.TEMPORAL_ADDRESS;
  const bundle = await bundleWorkflowCode({ workflowsPath, ...(args['sdk-bundle'] ? sdkBundleOptions : workflowBundlerOptions), logger: quiet });
  const taskQueue = `bench-r4-heap-${Date.now().toString(36)}`;
  const client = new Client({ connection: await Connection.connect({ address }) });
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address }),
    taskQueue,
    workflowBundle: bundle,
    activities: recordingActivities().activities,
    debugMode: true,
    reuseV8Context: true,
    maxCachedWorkflows: count + WARM_UP + 10,
  });
  const ids: string[] = [];
  const start = async (i: number) => {
    const id = `BENCHR4H-${taskQueue.slice(-8).toUpperCase()}-${i}`;
    const input: EnterpriseWorkflowInput = { registration: trackC(id), planId: 'shenzhen-2009-98', registeredBy: { sub: 'bench.futian', unit: 'FUTIAN', roles: ['official'] }, escalation: DEFAULT_ESCALATION_POLICY, index: SZ_2009_INDEX_V1 };
    ids.push(enterpriseWorkflowId(id));
    await client.workflow.start(ENTERPRISE_WORKFLOW_TYPE, { taskQueue, workflowId: enterpriseWorkflowId(id), args: [input] });
  };
  const settled = async () => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const status = worker.getStatus();
      if (status.numInFlightWorkflowActivations === 0 && status.numInFlightActivities === 0 && status.numCachedWorkflows >= ids.length) return;
    }
  };
  const snapshot = (name: string) => {
    if (!args.snapshot) return '';
    mkdirSync(args.snapshot, { recursive: true });
    return v8.writeHeapSnapshot(path.join(args.snapshot, `r4-heap-${name}.heapsnapshot`));
  };
  try {
    await worker.runUntil(async () => {
      for (let i = 0; i < WARM_UP; i++) await start(i);
      await settled();
      const before = heapUsed();
      const beforeFile = snapshot('before');
      for (let i = WARM_UP; i < WARM_UP + count; i++) await start(i);
      await settled();
      const after = heapUsed();
      const afterFile = snapshot('after');
      console.log(`R4 heap: ${args['sdk-bundle'] ? "the SDK's bundling (all of contracts and domain)" : 'our bundling'}, bundle ${(bundle.code.length / MiB).toFixed(2)} MiB; ` +
        `heap ${(before / MiB).toFixed(1)} → ${(after / MiB).toFixed(1)} MiB over ${count} cached enterprise workflows: ${((after - before) / count / 1024).toFixed(0)} KiB per workflow`);
      if (beforeFile && afterFile) printGrowth(beforeFile, afterFile, count);
    });
  } finally {
    await Promise.all(ids.map((id) => client.workflow.getHandle(id).terminate('bench r4-heap done').catch(() => undefined)));
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
