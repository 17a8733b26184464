import { performance } from 'node:perf_hooks';
import type { Db } from 'mongodb';
import { EventType } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import type { EnterpriseRegistration } from '@duban/domain';
import { waitFor, type ApiClient } from '@duban/testing';

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving): what a plan is rebased to. */
export const shanghaiToday = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export interface Tokens {
  admin: string;
  supervisor: string;
  stiic: string;
  stats: string;
  futian: string;
}

/** The tokens of the bench's callers, signed by `apps` (the bench's apps: `BenchApps.token`). */
export async function benchTokens(apps: { token(principal: Principal): Promise<string> }): Promise<Tokens> {
  return {
    admin: await apps.token({ sub: 'bench.admin', unit: 'LGO', roles: ['admin'] }),
    supervisor: await apps.token({ sub: 'bench.supervisor', unit: 'DUCHA', roles: ['supervisor'] }),
    stiic: await apps.token({ sub: 'bench.stiic', unit: 'STIIC', roles: ['official'] }),
    stats: await apps.token({ sub: 'bench.stats', unit: 'STATS', roles: ['official'] }),
    futian: await apps.token({ sub: 'bench.futian', unit: 'FUTIAN', roles: ['official'] }),
  };
}

function expectStatus(what: string, res: { status: number; body: unknown }, status: number): void {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
}

/**
 * Sends a set-up request again while the API answers 503 (a dependency over its deadline), for up
 * to a minute. A 503 does not say the command was not applied: after one, a 409 (already done)
 * counts as done.
 */
async function retryBusy(what: string, send: () => Promise<{ status: number; body: unknown }>, status: number): Promise<void> {
  let busy = false;
  const res = await waitFor(
    what,
    async () => {
      const r = await send();
      if (r.status !== 503) return r;
      busy = true;
      return undefined;
    },
    { timeoutMs: 60_000, intervalMs: 1_000 },
  );
  if (busy && res.status === 409) return;
  expectStatus(what, res, status);
}

/**
 * Loads the seed plan rebased to today and accepts T1 (the evaluation index), as
 * test/enterprises.e2e.spec.ts does: enterprises registered after it are classified at once.
 */
export async function loadPlanWithIndex(api: ApiClient, tokens: Tokens, planId: string): Promise<void> {
  await retryBusy('POST /plans', () => api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: shanghaiToday() }, tokens.admin), 201);
  const t1 = `${planId}.T1.STIIC`;
  // The plan starts its task workflows after answering: wait until T1 answers.
  await waitFor(`task ${t1} to exist`, async () => ((await api.get(`/tasks/${t1}`, tokens.supervisor)).status === 200 ? true : undefined), { timeoutMs: 60_000, intervalMs: 250 });
  await retryBusy('T1 contribution', () => api.post(`/tasks/${t1}/contributions`, { summary: '统计口径' }, tokens.stats), 200);
  await retryBusy('T1 submission', () => api.post(`/tasks/${t1}/submit`, { summary: '工业企业综合评价指标体系 v1' }, tokens.stiic), 200);
  await retryBusy('T1 review', () => api.post(`/tasks/${t1}/review`, { decision: 'accept' }, tokens.supervisor), 200);
  // Registrations wait until the plan itself holds the index: an enterprise registered while the
  // plan was still receiving it was seen to stay awaiting the index (code of 6cd4afd, loaded machine).
  await waitFor(
    `plan ${planId} to hold the evaluation index`,
    async () => {
      const plan = await api.get<{ evaluationIndex?: unknown }>(`/plans/${planId}`, tokens.supervisor);
      return plan.status === 200 && plan.body.evaluationIndex ? true : undefined;
    },
    { timeoutMs: 300_000, intervalMs: 500 },
  );
}

/** A small, labour-intensive, low-value enterprise without a Shenzhen headquarters: track C, first step `intention` (FUTIAN's). */
export function trackC(id: string): EnterpriseRegistration {
  return {
    id,
    name: `深圳市基准${id}电子有限公司`,
    district: 'FUTIAN',
    industry: 'electronics-it',
    indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 1.5, labourIntensity: 120, scale: 800, growth: -5 },
    flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
    redLines: [],
  };
}

/** Enterprises per import request. */
const IMPORT_CHUNK = 5;

/**
 * Registers `count` real track-C enterprises in FUTIAN through the bulk import (real enterprise
 * workflows) and waits, up to `readyTimeoutMs`, until each has its `intention` step open. Returns
 * the ids of those that have.
 */
export async function registerEnterprises(api: ApiClient, tokens: Tokens, planId: string, runId: string, count: number, readyTimeoutMs = 300_000): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `BENCHW-${runId.toUpperCase()}-${String(i).padStart(4, '0')}`);
  // In small imports, each retried while the API answers 503 (its deadline on Temporal, issue 9):
  // one import of many enterprises starts that many workflows within one request's budget.
  for (let start = 0; start < ids.length; start += IMPORT_CHUNK) {
    const chunk = ids.slice(start, start + IMPORT_CHUNK);
    const registered = new Set<string>();
    await waitFor(
      `enterprises ${chunk[0]}… registered`,
      async () => {
        const todo = chunk.filter((id) => !registered.has(id));
        const res = await api.post<{ registered: string[]; rejected: { id?: string; problems?: { code?: string }[] }[] }>('/enterprises/import', { planId, enterprises: todo.map(trackC) }, tokens.futian);
        if (res.status === 503) return undefined;
        expectStatus('POST /enterprises/import', res, 200);
        for (const id of res.body.registered) registered.add(id);
        // A retry after a 503 may find some already registered by the attempt that timed out.
        for (const r of res.body.rejected) if (r.id && r.problems?.some((p) => p.code === 'ENTERPRISE.ALREADY_REGISTERED')) registered.add(r.id);
        if (registered.size < chunk.length) throw new Error(`registered ${registered.size} of ${chunk.length}: ${JSON.stringify(res.body.rejected).slice(0, 500)}`);
        return true;
      },
      { timeoutMs: 120_000, intervalMs: 1_000 },
    );
  }
  // Bounded: on a loaded machine some workflows lag; the steps are measured on those ready by then.
  const pending = new Set(ids);
  const deadline = Date.now() + readyTimeoutMs;
  while (pending.size > 0 && Date.now() < deadline) {
    for (const id of [...pending]) {
      const view = await api.get<{ steps?: { step: string; status: string }[] }>(`/enterprises/${id}`, tokens.futian);
      if (view.status === 200 && view.body.steps?.some((s) => s.step === 'intention' && s.status === 'open')) pending.delete(id);
    }
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const ready = ids.filter((id) => !pending.has(id));
  if (ready.length === 0) throw new Error(`none of ${count} enterprises had its intention step open within ${readyTimeoutMs / 1000} s`);
  return ready;
}

export interface WriteSample {
  enterpriseId: string;
  status: number;
  /** From sending the request to the complete answer, ms. */
  stepMs: number;
  /** From the answer until the step-completed event was found in `audit_events`, ms (within one poll interval); absent if never seen. */
  auditMs?: number;
}

/**
 * Completes the `intention` step of each enterprise over HTTP, one request at a time, one every
 * `paceMs` at most (a steady trickle, not a flood: the figure is the latency of one step, not the
 * throughput of the store), and meanwhile polls `audit_events` every `pollMs` for each answered
 * step's `step-completed` event. Waits up to `auditTimeoutMs` after the last answer.
 */
export async function completeSteps(
  api: ApiClient,
  db: Db,
  token: string,
  enterpriseIds: readonly string[],
  { paceMs = 100, pollMs = 20, auditTimeoutMs = 60_000 }: { paceMs?: number; pollMs?: number; auditTimeoutMs?: number } = {},
): Promise<WriteSample[]> {
  const samples = new Map<string, WriteSample>();
  const answeredAt = new Map<string, number>();
  const audit = db.collection<{ _id: string; subject: string; type: string }>('audit_events');
  let sending = true;
  let stopAt = Infinity;
  const poll = async () => {
    while (sending || (answeredAt.size > 0 && performance.now() < stopAt)) {
      if (answeredAt.size > 0) {
        const found = await audit.find({ type: EventType.EnterpriseStepCompleted, subject: { $in: [...answeredAt.keys()] } }, { projection: { subject: 1 } }).toArray();
        const seen = performance.now();
        for (const { subject } of found) {
          const at = answeredAt.get(subject);
          const sample = samples.get(subject);
          if (at !== undefined && sample) sample.auditMs = seen - at;
          answeredAt.delete(subject);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  const poller = poll();
  try {
    for (const id of enterpriseIds) {
      const started = performance.now();
      const res = await api.post(`/enterprises/${id}/steps/intention`, { payload: { decision: 'transfer', note: 'bench' } }, token);
      const answered = performance.now();
      samples.set(id, { enterpriseId: id, status: res.status, stepMs: answered - started });
      if (res.status === 200) answeredAt.set(id, answered);
      const rest = paceMs - (performance.now() - started);
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
    }
  } finally {
    stopAt = performance.now() + auditTimeoutMs;
    sending = false;
    await poller;
  }
  return [...samples.values()];
}
