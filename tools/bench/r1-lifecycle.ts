import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { temporalConnectionFromEnv } from '@duban/config';
import { enterpriseWorkflowId, type EnterpriseView } from '@duban/contracts';
import type { EnterpriseStep } from '@duban/domain';
import type { ApiClient } from '@duban/testing';
import { shapeOfHistory, startBaselineWorker, runBaselineCase, type BaselineCaseInput } from './baseline/baseline';
import { BenchApps } from './bench-apps';
import { r1Checks, r1Rows, R1_HEADER, summarizeR1, type R1Block, type R1Kind } from './r1-summary';
import type { TargetCheck } from './report';
import { table } from './report';
import { benchTokens, loadPlanWithIndex, shanghaiToday, trackC, type Tokens } from './writes';

/** R1's options: concurrencies, alternating rounds, and how long drivers keep starting cases in a block. */
export interface R1Options {
  concurrencies: number[];
  rounds: number;
  blockS: number;
  /** A case not finished this long after its block's time was up counts as failed (the block does not wait longer). */
  caseTimeoutS: number;
  /** The target: system cases/s ≥ this × the baseline's. */
  ratioTarget: number;
}

export const r1Defaults = (quick: boolean): Omit<R1Options, 'concurrencies'> & { concurrencies: number[] } => ({
  concurrencies: [8, 32, 128],
  rounds: quick ? 2 : 3,
  blockS: quick ? 8 : 20,
  caseTimeoutS: 300,
  ratioTarget: 0.85,
});

/** The chain R1 walks: track C choosing exit (协助退出), five steps over three units (intention, exit plan, legacy land, labour, exit verified). */
function payloadFor(step: EnterpriseStep): Record<string, unknown> {
  const today = shanghaiToday();
  switch (step) {
    case 'intention':
      return { decision: 'exit', note: 'bench r1' };
    case 'exit-plan':
      return { plan: '生产线分批停产', exitBy: today };
    case 'legacy-land':
      return { resolution: 'returned' };
    case 'labour':
      return { disputesResolved: 0, workersRetrained: 12 };
    case 'exit-verified':
      return { verifiedOn: today };
    default:
      throw new Error(`R1 does not expect the ${step} step on the exit chain`);
  }
}


interface CaseContext {
  api: ApiClient;
  client: Client;
  planId: string;
  /** A token per unit that owns a step of the chain (FUTIAN for the district's, PLAN, HRSS). */
  tokenOf: (unit: string) => string;
  deadline: number;
}

/** Sends again while the API answers 503 (a dependency over its deadline) or `notYet` says the answer means "not yet"; counts the retries. */
async function persist<T>(what: string, ctx: CaseContext, send: () => Promise<{ status: number; body: T }>, ok: number, notYet: (status: number, body: T) => boolean, retries: { n: number }) {
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    const res = await send();
    if (res.status === ok) return res.body;
    if (res.status !== 503 && !notYet(res.status, res.body)) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    if (performance.now() > ctx.deadline) throw new Error(`${what}: still ${res.status} at the case's deadline: ${JSON.stringify(res.body).slice(0, 300)}`);
    retries.n++;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * One enterprise case over HTTP, as an operator's tools would drive it: registered through
 * `POST /enterprises/import`, then every open step completed by its owner's official
 * (`POST /enterprises/:id/steps/:step`, each answering the view, which names the steps open next)
 * until the case is closed; done when its workflow has completed (every event published to Kafka).
 */
async function runSystemCase(ctx: CaseContext, id: string, retries: { n: number }): Promise<string> {
  let busy = false;
  const imported = await persist(
    'POST /enterprises/import',
    ctx,
    () => {
      const sent = ctx.api.post<{ registered: string[]; rejected: unknown[] }>('/enterprises/import', { planId: ctx.planId, enterprises: [trackC(id)] }, ctx.tokenOf('FUTIAN'));
      return sent.then((res) => ((busy ||= res.status === 503), res));
    },
    200,
    () => false,
    retries,
  );
  // A retry after a 503 may find the enterprise registered by the attempt that timed out.
  const registeredBefore = busy && JSON.stringify(imported.rejected).includes('ENTERPRISE.ALREADY_REGISTERED');
  if (!imported.registered.includes(id) && !registeredBefore) throw new Error(`POST /enterprises/import did not register ${id}: ${JSON.stringify(imported.rejected).slice(0, 300)}`);
  // The view each step's answer carries names the steps open next. A 503 does not say the step was
  // not recorded (Temporal may apply an update whose answer came after the API's deadline), and
  // just after the import the first step may not be open yet: after either, read the view again.
  let view: EnterpriseView | undefined;
  for (let wait = 20; view?.status !== 'closed'; ) {
    if (performance.now() > ctx.deadline) throw new Error(`enterprise ${id}: not closed at the case's deadline (open: ${view?.steps.filter((s) => s.status === 'open').map((s) => s.step).join(', ') ?? 'unknown'})`);
    if (view === undefined) {
      // The last step's answer may have been lost to a 503 and a closed case's view is then a
      // replay on a busy worker: the workflow's own status says whether the case is done.
      const { status } = await ctx.client.workflow.getHandle(enterpriseWorkflowId(id)).describe();
      if (status.name === 'COMPLETED') break;
      const read = await ctx.api.get<EnterpriseView>(`/enterprises/${id}`, ctx.tokenOf('FUTIAN'));
      if (read.status !== 200 && read.status !== 503 && read.status !== 404) throw new Error(`GET /enterprises/${id}: ${read.status} ${JSON.stringify(read.body).slice(0, 300)}`);
      if (read.status === 200) view = read.body;
    }
    const next = view?.steps.find((s) => s.status === 'open');
    if (view === undefined || next === undefined) {
      retries.n++;
      view = undefined;
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, 500);
      continue;
    }
    const res = await ctx.api.post<EnterpriseView>(`/enterprises/${id}/steps/${next.step}`, { payload: payloadFor(next.step) }, ctx.tokenOf(next.unit));
    if (res.status === 200) {
      view = res.body;
      wait = 20;
    } else if (res.status === 503 || res.status === 409) {
      retries.n++;
      view = undefined;
    } else throw new Error(`POST /enterprises/${id}/steps/${next.step}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  await ctx.client.workflow.getHandle(enterpriseWorkflowId(id)).result();
  return enterpriseWorkflowId(id);
}

/** History lengths of closed workflows, a few at a time (after the block: not part of its time). */
async function historyEvents(client: Client, workflowIds: readonly string[]): Promise<number> {
  let total = 0;
  const queue = [...workflowIds];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        // Not `total += await …`: that reads `total` before the await, and the other drivers' additions in between are lost.
        const { historyLength } = await client.workflow.getHandle(id).describe();
        total += historyLength;
      }
    }),
  );
  return total;
}

/** `concurrency` drivers, each running cases back to back while the block's time lasts; resolves when every case started has finished or failed. */
async function block(kind: R1Kind, concurrency: number, round: number, opts: R1Options, runCase: (n: number, retries: { n: number }) => Promise<string>, client: Client): Promise<R1Block & { errors: string[] }> {
  const t0 = performance.now();
  const stopStarting = t0 + opts.blockS * 1000;
  let next = 0;
  let last = t0;
  const done: string[] = [];
  const errors: string[] = [];
  const retries = { n: 0 };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < stopStarting) {
        const n = next++;
        try {
          done.push(await runCase(n, retries));
          last = Math.max(last, performance.now());
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
        }
      }
    }),
  );
  const elapsedS = (last - t0) / 1000;
  return { kind, concurrency, round, cases: done.length, failed: errors.length, elapsedS, historyEvents: await historyEvents(client, done), retries: retries.n, errors: errors.slice(0, 5) };
}

/**
 * R1: enterprise cases through every step over HTTP (the real API, enterprise workflow and Kafka
 * publishes) against the bare-Temporal baseline (baseline/), at each concurrency, in alternating
 * blocks (system, baseline; the order swapped every round). Starts its own apps (BenchApps) and the
 * baseline's worker process, and removes both at the end.
 */
export async function benchR1(opts: R1Options, log: (line: string) => void): Promise<{ result: Record<string, unknown>; targets: TargetCheck[] }> {
  const apps = await BenchApps.start(log);
  const planId = `bench-r1-${Date.now().toString(36)}`;
  const connection = await Connection.connect(temporalConnectionFromEnv(apps.env));
  const client = new Client({ connection, namespace: apps.env['TEMPORAL_NAMESPACE'] as string });
  const baselineQueue = `bench-baseline-${apps.runId}`;
  const worker = await startBaselineWorker({ address: apps.env['TEMPORAL_ADDRESS'] as string, namespace: apps.env['TEMPORAL_NAMESPACE'] as string, taskQueue: baselineQueue, logDir: apps.logDir });
  try {
    const units = ['FUTIAN', 'PLAN', 'HRSS'];
    const unitTokens = new Map(await Promise.all(units.map(async (unit) => [unit, await apps.token({ sub: `bench.r1.${unit.toLowerCase()}`, unit, roles: ['official'] })] as const)));
    const tokens: Tokens = { ...(await benchTokens(apps)), futian: unitTokens.get('FUTIAN') as string };
    log(`R1: plan ${planId}: loading, accepting T1 (the evaluation index)`);
    await loadPlanWithIndex(apps.api, tokens, planId);
    const tokenOf = (unit: string) => {
      const t = unitTokens.get(unit);
      if (!t) throw new Error(`R1 has no token for ${unit}`);
      return t;
    };
    const runId = randomBytes(3).toString('hex').toUpperCase();
    const systemCase = (label: string) => (n: number, retries: { n: number }) =>
      runSystemCase({ api: apps.api, client, planId, tokenOf, deadline: performance.now() + opts.blockS * 1000 + opts.caseTimeoutS * 1000 }, `BENCHR1-${runId}-${label}-${n}`, retries);

    // One uncounted case first: it warms the apps up and gives the baseline its shape.
    log('R1: one system case to warm up and to read its shape from its history');
    const warmId = await systemCase('WARM')(0, { n: 0 });
    const history = await client.workflow.getHandle(warmId).fetchHistory();
    const { timers, ...shape } = shapeOfHistory(history.events ?? [], 86_400_000);
    const input: BaselineCaseInput = shape;
    log(`R1: the system case's shape: ${JSON.stringify(shape)}, ${timers} timers, ${history.events?.length} history events; the baseline takes the same updates and activities`);
    const baselineCase = (label: string) => async (n: number) => {
      const id = `${apps.runId}-${label}-${n}`;
      return runBaselineCase(client, baselineQueue, id, input);
    };
    await baselineCase('warm')(0);

    const blocks: (R1Block & { errors: string[] })[] = [];
    for (const concurrency of opts.concurrencies) {
      for (let round = 0; round < opts.rounds; round++) {
        const order: R1Kind[] = round % 2 === 0 ? ['system', 'baseline'] : ['baseline', 'system'];
        for (const kind of order) {
          const label = `C${concurrency}-R${round}`;
          const load = os.loadavg()[0]?.toFixed(2);
          const b = await block(kind, concurrency, round, opts, kind === 'system' ? systemCase(label) : baselineCase(label), client);
          blocks.push(b);
          log(`R1 ${kind.padEnd(8)} c=${concurrency} round ${round + 1}: ${b.cases} cases in ${b.elapsedS.toFixed(1)} s = ${(b.cases / b.elapsedS).toFixed(2)} cases/s, ${(b.historyEvents / b.elapsedS).toFixed(0)} events/s, ${b.failed} failed, ${b.retries} retries (load ${load})${b.errors.length ? `; first errors: ${b.errors.join(' | ').slice(0, 400)}` : ''}`);
        }
      }
    }
    const summaries = summarizeR1(blocks);
    console.log(`\nR1 lifecycle throughput (blocks of ${opts.blockS} s, ${opts.rounds} rounds; medians (min–max); exit chain of track C: ${shape.activitiesPerUpdate.length} updates):\n${table(R1_HEADER, r1Rows(summaries))}\n`);
    return {
      result: { options: opts, shape: { ...shape, timers, historyEvents: history.events?.length }, summaries, blocks, baselineWorker: { logFile: worker.logFile, maxCachedWorkflows: worker.maxCachedWorkflows } },
      targets: r1Checks(summaries, opts.ratioTarget),
    };
  } finally {
    log('R1: cleaning up: baseline worker and workflows, apps, workflows, consumer groups, database');
    await worker.stop();
    // Completed cases need nothing; a failed one may still run.
    try {
      for await (const wf of client.workflow.list({ query: `TaskQueue = '${baselineQueue}' AND ExecutionStatus = 'Running'` })) {
        await client.workflow.getHandle(wf.workflowId, wf.runId).terminate('benchmark cleaned up');
      }
    } catch (e) {
      log(`R1 clean-up: terminating baseline workflows failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    await connection.close();
    await apps.cleanUp(planId, log);
  }
}
