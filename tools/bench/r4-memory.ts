import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { temporalConnectionFromEnv } from '@duban/config';
import { ENTERPRISE_WORKFLOW_TYPE, enterpriseWorkflowId, type EnterpriseWorkflowInput } from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy, type EvaluationIndexDefinition } from '@duban/domain';
import { stackConfig } from '@duban/stack';
import { waitFor } from '@duban/testing';
import { BASELINE_CASE_WORKFLOW_TYPE, rssOf, shapeOfHistory, startBaselineWorker, type BaselineCaseInput } from './baseline/baseline';
import { BenchApps } from './bench-apps';
import { heapLimitFor, r4Checks, r4Rows, R4_HEADER, summarizeR4, type R4Point } from './r4-summary';
import { table, type TargetCheck } from './report';
import { benchTokens, loadPlanWithIndex, trackC } from './writes';

/** `npm run bench` without `--quick`: 1,000 and 5,000 open workflows of each kind (a few minutes here); `--r4-counts 1000,5000,10000` for the full set. */
export const R4_DEFAULT_COUNTS = '1000,5000';
export const R4_QUICK_COUNTS = '1000';
/** Workflows opened before the "before" reading, so the bundle's first context, the connections and the code paths are paid for outside the per-workflow figure. */
const WARM_UP = 20;
/** Starts in flight at once: enough to open thousands in a minute or two, few enough not to flood the dev server. */
const START_CONCURRENCY = 16;
const TARGETS = { maxMiBPerWorkflow: 1, maxRatio: 1.3 };

export interface R4Options {
  counts: number[];
}

/** Temporal's dev-server database (`tools/stack`: `<data dir>/temporal/temporal.sqlite`) with its journal or WAL if there is one, bytes. */
function temporalDbBytes(): number {
  const file = path.join(stackConfig().dataDir, 'temporal', 'temporal.sqlite');
  return ['', '-wal', '-journal'].reduce((n, suffix) => n + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
}

/** User + system CPU time of `pid` so far, s (/proc/<pid>/stat, clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until the worker is idle and the newest workflows have nothing pending: the worker used
 * under 5 % of a core over 2 s, and the last 10 started have no workflow task nor activity
 * pending. (Asking each of 10,000 would itself take minutes; they started in order.)
 */
async function settle(client: Client, pid: number, newest: readonly string[], what: string): Promise<void> {
  await waitFor(
    what,
    async () => {
      const cpu0 = cpuSecondsOf(pid);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      if (cpuSecondsOf(pid) - cpu0 > 0.1) return undefined;
      for (const id of newest.slice(-10)) {
        const { raw } = await client.workflow.getHandle(id).describe();
        if (raw.pendingWorkflowTask || (raw.pendingActivities?.length ?? 0) > 0) return undefined;
      }
      return true;
    },
    { timeoutMs: 15 * 60_000, intervalMs: 100 },
  );
}

/** Runs `start(i)` for i in [from, to), `START_CONCURRENCY` at a time. */
async function startMany(from: number, to: number, start: (i: number) => Promise<string>): Promise<string[]> {
  const ids: string[] = [];
  let next = from;
  await Promise.all(
    Array.from({ length: START_CONCURRENCY }, async () => {
      for (let i = next++; i < to; i = next++) ids.push(await start(i));
    }),
  );
  return ids;
}

/** Terminates `ids`, a few at a time; a workflow already closed is skipped. */
async function terminateAll(client: Client, ids: readonly string[]): Promise<number> {
  let failed = 0;
  const queue = [...ids];
  await Promise.all(
    Array.from({ length: START_CONCURRENCY }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        await client.workflow
          .getHandle(id)
          .terminate('benchmark cleaned up')
          .catch(() => failed++);
      }
    }),
  );
  return failed;
}

/** Opens workflows up to each count and reads the worker's RSS and the database's size after each. */
async function measure(
  kind: R4Point['kind'],
  opts: R4Options,
  client: Client,
  pid: number,
  maxCachedWorkflows: number,
  start: (i: number) => Promise<string>,
  log: (line: string) => void,
): Promise<{ points: R4Point[]; ids: string[] }> {
  const ids = await startMany(0, WARM_UP, start);
  await settle(client, pid, ids, `${kind}: ${WARM_UP} warm-up workflows idle`);
  const rssBeforeBytes = rssOf(pid);
  const dbBeforeBytes = temporalDbBytes();
  log(`R4 ${kind}: before: worker RSS ${(rssBeforeBytes / 2 ** 20).toFixed(1)} MiB, Temporal DB ${(dbBeforeBytes / 2 ** 20).toFixed(1)} MiB, maxCachedWorkflows ${maxCachedWorkflows}`);
  const points: R4Point[] = [];
  for (const count of opts.counts) {
    const t0 = performance.now();
    ids.push(...(await startMany(ids.length, WARM_UP + count, start)));
    const startedS = (performance.now() - t0) / 1000;
    await settle(client, pid, ids, `${kind}: ${count} workflows idle`);
    const point: R4Point = { kind, count, rssBeforeBytes, rssAfterBytes: rssOf(pid), dbBeforeBytes, dbAfterBytes: temporalDbBytes(), maxCachedWorkflows };
    points.push(point);
    log(
      `R4 ${kind}: ${count} open (started in ${startedS.toFixed(1)} s, idle after ${((performance.now() - t0) / 1000).toFixed(1)} s, load ${os.loadavg()[0]?.toFixed(2)}): worker RSS ${(point.rssAfterBytes / 2 ** 20).toFixed(1)} MiB (+${((point.rssAfterBytes - rssBeforeBytes) / count / 1024).toFixed(1)} KiB each), DB +${((point.dbAfterBytes - dbBeforeBytes) / count / 1024).toFixed(1)} KiB each`,
    );
  }
  return { points, ids };
}


/**
 * R4: open enterprise workflows (registered with the plan's index, so each is classified, has
 * published its events and waits on its intention step with the step's ladder timer) on the
 * system's own worker process, then the same counts of the baseline workflow (idle on its first
 * update with a timer) on the baseline's worker process; the worker's RSS growth per workflow and
 * the Temporal database's growth per workflow. The enterprise workflows are started through a
 * Temporal client with the input the API builds (`EnterpriseWorkflows.register`): registering
 * thousands over HTTP would measure the API's import, not memory. Every workflow is terminated after.
 */
export async function benchR4(opts: R4Options, log: (line: string) => void): Promise<{ result: Record<string, unknown>; targets: TargetCheck[] }> {
  const maxCount = Math.max(...opts.counts);
  const { heapMiB, maxCachedWorkflows } = heapLimitFor(maxCount + WARM_UP);
  const nodeOptions = `--max-old-space-size=${heapMiB}`;
  log(`R4: both workers run with ${nodeOptions} and maxCachedWorkflows ${maxCachedWorkflows} (≥ ${maxCount} + ${WARM_UP} warm-up)`);
  const points: R4Point[] = [];
  let shape: BaselineCaseInput | undefined;

  const apps = await BenchApps.start(log, {}, { NODE_OPTIONS: nodeOptions, WORKER_MAX_CACHED_WORKFLOWS: String(maxCachedWorkflows) });
  const planId = `bench-r4-${Date.now().toString(36)}`;
  const connection = await Connection.connect(temporalConnectionFromEnv(apps.env));
  const client = new Client({ connection, namespace: apps.env['TEMPORAL_NAMESPACE'] as string });
  try {
    const tokens = await benchTokens(apps);
    log(`R4: plan ${planId}: loading, accepting T1 (the evaluation index)`);
    await loadPlanWithIndex(apps.api, tokens, planId);
    const plan = await apps.api.get<{ evaluationIndex?: EvaluationIndexDefinition; escalation?: EscalationPolicy; clockOffsetMs?: number }>(`/plans/${planId}`, tokens.supervisor);
    const index = plan.body.evaluationIndex;
    if (plan.status !== 200 || !index) throw new Error(`R4: the plan's view has no evaluation index (${plan.status})`);
    const pid = apps.workerProcess?.pid;
    if (pid === undefined) throw new Error('R4: the worker has no pid');
    const taskQueue = apps.env['TEMPORAL_TASK_QUEUE'] as string;
    const startEnterprise = async (i: number) => {
      const id = `BENCHR4-${apps.runId.toUpperCase()}-${i}`;
      const input: EnterpriseWorkflowInput = {
        registration: trackC(id),
        planId,
        registeredBy: { sub: 'bench.futian', unit: 'FUTIAN', roles: ['official'] },
        escalation: plan.body.escalation ?? DEFAULT_ESCALATION_POLICY,
        ...(plan.body.clockOffsetMs ? { clockOffsetMs: plan.body.clockOffsetMs } : {}),
        index,
      };
      await client.workflow.start(ENTERPRISE_WORKFLOW_TYPE, { workflowId: enterpriseWorkflowId(id), taskQueue, args: [input] });
      return enterpriseWorkflowId(id);
    };
    const system = await measure('system', opts, client, pid, maxCachedWorkflows, startEnterprise, log);
    points.push(...system.points);
    const first = system.ids[0];
    if (first) shape = shapeOfHistory((await client.workflow.getHandle(first).fetchHistory()).events ?? [], 86_400_000);
    log(`R4 system: terminating ${system.ids.length} workflows`);
    const failed = await terminateAll(client, system.ids);
    if (failed > 0) log(`R4 system: ${failed} terminations failed`);
  } finally {
    await apps.cleanUp(planId, log);
  }

  // The baseline: the same start (activities, local activity) as the enterprise workflow's, then idle on its first update.
  const input: BaselineCaseInput = shape ?? { startActivities: 4, startLocalActivities: 1, activitiesPerUpdate: [1], timerMs: 86_400_000 };
  const baselineQueue = `bench-r4-baseline-${apps.runId}`;
  const worker = await startBaselineWorker({ address: apps.env['TEMPORAL_ADDRESS'] as string, namespace: apps.env['TEMPORAL_NAMESPACE'] as string, taskQueue: baselineQueue, logDir: apps.logDir, nodeOptions });
  try {
    if (worker.pid === undefined) throw new Error('R4: the baseline worker has no pid');
    const startBaseline = async (i: number) => {
      const workflowId = `baseline/r4-${apps.runId}-${i}`;
      await client.workflow.start(BASELINE_CASE_WORKFLOW_TYPE, { workflowId, taskQueue: baselineQueue, args: [input] });
      return workflowId;
    };
    const baseline = await measure('baseline', opts, client, worker.pid, worker.maxCachedWorkflows, startBaseline, log);
    points.push(...baseline.points);
    log(`R4 baseline: terminating ${baseline.ids.length} workflows`);
    await terminateAll(client, baseline.ids);
  } finally {
    await worker.stop();
    await connection.close();
  }

  const summaries = summarizeR4(points);
  console.log(`\nR4 memory (worker RSS growth and Temporal DB growth per open workflow; both workers ${nodeOptions}, maxCachedWorkflows ${maxCachedWorkflows}):\n${table(R4_HEADER, r4Rows(summaries))}\n`);
  return { result: { options: opts, warmUp: WARM_UP, nodeOptions, maxCachedWorkflows, baselineInput: input, points, summaries }, targets: r4Checks(summaries, TARGETS.maxMiBPerWorkflow, TARGETS.maxRatio) };
}
