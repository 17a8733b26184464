import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { waitFor } from '@duban/testing';
import { BASELINE_CASE_WORKFLOW_TYPE, baselineStepUpdate, type BaselineCaseInput } from './baseline.workflow';

export { BASELINE_CASE_WORKFLOW_TYPE, baselineStepUpdate, type BaselineCaseInput } from './baseline.workflow';

const repoRoot = path.resolve(__dirname, '../../..');

/** The resident set size of process `pid` in bytes (`VmRSS` of /proc), or `NaN` when it cannot be read. */
export function rssOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb?.[1] ? Number(kb[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The baseline's worker process; `stop` ends it (SIGTERM: the SDK shuts down gracefully) and waits. */
export interface BaselineWorker {
  readonly taskQueue: string;
  readonly pid: number | undefined;
  /** What the worker printed when it started polling (its `maxCachedWorkflows`). */
  readonly maxCachedWorkflows: number;
  readonly logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the baseline's worker (baseline-worker.ts) as a child Node process polling `taskQueue` and
 * resolves once it polls (up to 2 minutes: it bundles the workflow code first). `nodeOptions` go
 * into its NODE_OPTIONS (e.g. the same `--max-old-space-size` as the system's worker, which sets
 * the SDK's default `maxCachedWorkflows`). Shared with R3 if it wants a bare-Temporal peer.
 */
export async function startBaselineWorker(opts: { address: string; namespace: string; taskQueue: string; logDir: string; nodeOptions?: string }): Promise<BaselineWorker> {
  mkdirSync(opts.logDir, { recursive: true });
  const logFile = path.join(opts.logDir, `baseline-worker-${opts.taskQueue}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'baseline-worker.ts')], {
    cwd: repoRoot,
    env: { ...process.env, TEMPORAL_ADDRESS: opts.address, TEMPORAL_NAMESPACE: opts.namespace, BASELINE_TASK_QUEUE: opts.taskQueue, ...(opts.nodeOptions && { NODE_OPTIONS: opts.nodeOptions }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      log.end();
      resolve();
    }),
  );
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    log.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const ready = await waitFor(
    'the baseline worker to poll',
    () => {
      const m = /baseline worker polling .* maxCachedWorkflows=(\d+)/.exec(output);
      if (m?.[1]) return Number(m[1]);
      if (exited !== undefined) throw new Error(`the baseline worker exited (${exited}):\n${output.slice(-3000)}`);
      return undefined;
    },
    { timeoutMs: 120_000, intervalMs: 100 },
  );
  return {
    taskQueue: opts.taskQueue,
    pid: child.pid,
    maxCachedWorkflows: ready,
    logFile,
    stop: async () => {
      if (exited === undefined) child.kill('SIGTERM');
      const hard = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(hard);
    },
  };
}

/** Starts one baseline case; the workflow id is `baseline/<caseId>`. */
export async function startBaselineCase(client: Client, taskQueue: string, caseId: string, input: BaselineCaseInput): Promise<string> {
  const workflowId = `baseline/${caseId}`;
  await client.workflow.start(BASELINE_CASE_WORKFLOW_TYPE, { workflowId, taskQueue, args: [input] });
  return workflowId;
}

/**
 * Drives one baseline case as R1's system driver drives an enterprise case, but through a Temporal
 * client directly: start, then every update in turn (each waits for its answer), then waits for the
 * workflow to complete. Resolves with the workflow id.
 */
export async function runBaselineCase(client: Client, taskQueue: string, caseId: string, input: BaselineCaseInput): Promise<string> {
  const workflowId = await startBaselineCase(client, taskQueue, caseId, input);
  const handle = client.workflow.getHandle(workflowId);
  for (let step = 0; step < input.activitiesPerUpdate.length; step++) await handle.executeUpdate(baselineStepUpdate, { args: [step] });
  await handle.result();
  return workflowId;
}

/** The fields of a history event `shapeOfHistory` reads (as `fetchHistory` returns them). */
export interface HistoryEventLike {
  workflowExecutionUpdateAcceptedEventAttributes?: unknown;
  activityTaskScheduledEventAttributes?: unknown;
  markerRecordedEventAttributes?: { markerName?: string | null } | null;
  timerStartedEventAttributes?: unknown;
}

/**
 * The baseline shape of one recorded case: activities scheduled before the first accepted update,
 * local activities (markers named `core_local_activity`) before it, activities after each update
 * until the next, and how many timers were started in all. The baseline always waits with a timer
 * of `timerMs`, as the system's loop does while a step's ladder is planned: how many of those
 * timers reach the history depends on timing (0 when the next update arrives before the loop
 * waits; 0–4 per case seen here), as does the split of activities between updates; the totals of
 * updates and activities do not. Activities after the last update count for the last update.
 */
export function shapeOfHistory(events: readonly HistoryEventLike[], timerMs: number): BaselineCaseInput & { timers: number } {
  let startActivities = 0;
  let startLocalActivities = 0;
  let timers = 0;
  const activitiesPerUpdate: number[] = [];
  for (const e of events) {
    if (e.workflowExecutionUpdateAcceptedEventAttributes) activitiesPerUpdate.push(0);
    else if (e.activityTaskScheduledEventAttributes) {
      if (activitiesPerUpdate.length === 0) startActivities++;
      else activitiesPerUpdate[activitiesPerUpdate.length - 1] = (activitiesPerUpdate[activitiesPerUpdate.length - 1] ?? 0) + 1;
    } else if (e.markerRecordedEventAttributes?.markerName === 'core_local_activity' && activitiesPerUpdate.length === 0) startLocalActivities++;
    else if (e.timerStartedEventAttributes) timers++;
  }
  return { startActivities, startLocalActivities, activitiesPerUpdate, timerMs, timers };
}
