import type { EnterpriseImportReport, ProblemDetails } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import type { EnterpriseRegistration } from '@duban/domain';
import { GiveUp, waitFor, type ApiClient, type ApiResponse } from '@duban/testing';

/**
 * Registers `enterprises` through `POST /enterprises/import` as a well-behaved client does: a
 * 503 (a dependency slow or down, with `Retry-After`) is retried with the rows not registered yet,
 * and a row answered ENTERPRISE.ALREADY_REGISTERED on a retry counts as registered (an earlier
 * attempt registered it before its answer was lost). Any other refusal fails. Enterprise ids must
 * be new to the Temporal server (an id is registered once, ever).
 *
 * `chunk` rows go in each call (all at once by default), as a client splitting a large file would.
 *
 * @returns the ids registered, how many calls were made and how many of them answered 503.
 */
export async function importEnterprises(
  api: ApiClient,
  token: string,
  planId: string,
  enterprises: readonly EnterpriseRegistration[],
  { chunk = enterprises.length, timeoutMs = 300_000 }: { chunk?: number; timeoutMs?: number } = {},
): Promise<{ registered: string[]; unavailable: number; calls: number }> {
  const registered = new Set<string>();
  let unavailable = 0;
  let calls = 0;
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; i < enterprises.length; i += chunk) {
    const part = enterprises.slice(i, i + chunk);
    const outcome = await importChunk(api, token, planId, part, Math.max(1_000, deadline - Date.now()));
    for (const id of outcome.registered) registered.add(id);
    unavailable += outcome.unavailable;
    calls += outcome.calls;
  }
  return { registered: [...registered], unavailable, calls };
}

async function importChunk(api: ApiClient, token: string, planId: string, enterprises: readonly EnterpriseRegistration[], timeoutMs: number): Promise<{ registered: string[]; unavailable: number; calls: number }> {
  const registered = new Set<string>();
  let unavailable = 0;
  let attempts = 0;
  await waitFor(
    `${enterprises.length} enterprises registered through /enterprises/import`,
    async () => {
      const rest = enterprises.filter((e) => !registered.has(e.id));
      if (rest.length === 0) return true;
      attempts++;
      const res = await api.post<EnterpriseImportReport | ProblemDetails>('/enterprises/import', { planId, enterprises: rest }, token);
      if (res.status === 503 && res.headers.get('retry-after') !== null) {
        unavailable++;
        throw new Error(`503 ${(res.body as ProblemDetails).code}`);
      }
      if (res.status !== 200) throw new GiveUp(`import refused: ${res.status} ${JSON.stringify(res.body)}`);
      const report = res.body as EnterpriseImportReport;
      for (const id of report.registered) registered.add(id);
      const other = report.rejected.filter((r) => !(attempts > 1 && r.problems.every((p) => p.code === 'ENTERPRISE.ALREADY_REGISTERED')));
      if (other.length > 0) throw new GiveUp(`import rejected rows: ${JSON.stringify(other.slice(0, 3))}`);
      for (const r of report.rejected) if (r.id !== undefined) registered.add(r.id);
      return registered.size === enterprises.length ? true : undefined;
    },
    { timeoutMs, intervalMs: 1_000 },
  );
  return { registered: [...registered], unavailable, calls: attempts };
}

/**
 * Runs an action until it is answered 2xx, as a client that honours 503 + Retry-After does: a 503
 * (or 502/504) or no answer at all (a refused connection) is retried within `timeoutMs`; any other
 * status fails at once, except `doneCode` on a retry, a refusal meaning an earlier attempt was
 * applied though its answer was lost (e.g. ENTERPRISE.STEP_OUT_OF_TURN after a step completed).
 */
export async function untilAnswered<T = unknown>(call: () => Promise<ApiResponse<T>>, doneCode?: string, timeoutMs = 120_000): Promise<ApiResponse<T> | undefined> {
  let retried = false;
  return waitFor(
    'an action to be answered 2xx',
    async () => {
      let res: ApiResponse<T>;
      try {
        res = await call();
      } catch (e) {
        retried = true;
        throw e;
      }
      if (res.status >= 200 && res.status < 300) return res;
      const code = (res.body as Partial<ProblemDetails> | undefined)?.code;
      if (retried && doneCode !== undefined && code === doneCode) return res;
      if (res.status === 503 || res.status === 502 || res.status === 504) {
        retried = true;
        throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
      }
      throw new GiveUp(`refused: ${res.status} ${JSON.stringify(res.body)}`);
    },
    { timeoutMs, intervalMs: 500 },
  );
}

/**
 * The first slice's writes, as a client that retries 503 does: `planId` loaded from the seed plan
 * rebased to today, its T1 contributed to by the co-unit STATS and submitted by STIIC, and the
 * three events of T1 read back from the audit trail. For tests that need real events end to end.
 */
export async function submitFirstTask(duban: { api: ApiClient; token(p: Principal): Promise<string>; auditOf(subject: string, token: string, count: number): Promise<unknown[]> }, planId: string): Promise<string> {
  const t1 = `${planId}.T1.STIIC`;
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  const stiic = await duban.token({ sub: 'li.wei', unit: 'STIIC', roles: ['official'] });
  const stats = await duban.token({ sub: 'zhou.min', unit: 'STATS', roles: ['official'] });
  const supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  await untilAnswered(() => duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: new Date().toISOString().slice(0, 10) }, admin), 'PLAN.ALREADY_EXISTS');
  await duban.auditOf(t1, supervisor, 1);
  await untilAnswered(() => duban.api.post(`/tasks/${t1}/contributions`, { summary: '统计指标口径' }, stats));
  await untilAnswered(() => duban.api.post(`/tasks/${t1}/submit`, { summary: 'evaluation index v1' }, stiic), 'TASK.OUT_OF_TURN');
  await duban.auditOf(t1, supervisor, 3);
  return supervisor;
}
