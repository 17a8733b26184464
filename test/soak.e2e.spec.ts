import { runSimulation, type SimulationRun } from '../tools/simulate/simulation';
import { generateSampleEnterprises } from '@duban/testing';
import { today } from './support/dates';
import { importEnterprises, untilAnswered } from './support/client-retry';
import { DubanHarness } from './support/duban-harness';
import { latencySummary, ReadLoad, type ReadSample } from './support/read-load';

/**
 * The wedge reproduction and the soak (issue 9): `npm start`'s apps (the seed plan rebased to
 * today, the 240 sample enterprises registered through `/enterprises/import`, as
 * tools/dev/start.ts does) with a shortened simulation running beside them on the same servers,
 * while a few clients read every store-reading route, `GET /plans/:id` and `/health` for the whole
 * time. Before the fix the store wedged within minutes (FerretDB's pool exhausted; every read hung).
 *
 * Asserted: every request is answered within 2 s (issue 9: "every route answers within 2 s
 * throughout; nothing hangs"), with its data (200) or, when a dependency is slower than the API's
 * request budget (set to {@link SOAK_REQUEST_BUDGET_MS} here, 5 s by default), a 503 that carries
 * `Retry-After`: never another 5xx; most reads of every route are 200 (a route that only ever
 * answered 503 would pass the first check and still be down); after the simulation every route
 * answers 200; the simulation's own check (live scores = a recompute from its audit log) holds.
 * Every route's p50/p95/max and its 503s are printed; `npm run bench` carries the speed targets.
 *
 * Duration: one simulation of the seed plan's first months (`SIM_END`, a few enterprises), about
 * 3–4 minutes in all on a two-core machine. `DUBAN_SOAK_MINUTES=N` (an integer ≥ 1) soaks for at
 * least N minutes instead: simulations run back to back under the same read load until N minutes
 * have passed, e.g. `DUBAN_SOAK_MINUTES=30 npx jest --selectProjects integration --runInBand test/soak.e2e.spec.ts`.
 */
const SOAK_MINUTES = soakMinutes(process.env['DUBAN_SOAK_MINUTES']);
/** Plan time at which each shortened simulation stops: ten months of the plan, briefs, cards and steps included. */
const SIM_END = '2010-06-30T00:00:00+08:00';
const SIM_ENTERPRISES = 4;
/** Issue 9's bound on every answer during the soak. */
const ROUTE_TARGET_MS = 2_000;
/**
 * The API's request budget in the soak (`REQUEST_TIMEOUT_MS`): what it waits for the store or
 * Temporal before answering 503, leaving 500 ms of the 2 s for the answer itself on a busy machine.
 */
const SOAK_REQUEST_BUDGET_MS = 1_500;
/** Most of every route's reads must have been served, not refused (ours: at least this share answered 200). */
const MIN_SERVED_SHARE = 0.5;
/**
 * The client's patience, past the bound so that a late answer is measured rather than cut off.
 * No answer by then is a hang: the failure a wedged store causes.
 */
const CLIENT_TIMEOUT_MS = 8_000;
const CLIENTS = 3;
/** After the simulation: a wedged store never answers again; a busy one does within this. */
const AFTER_WINDOW_MS = 30_000;
const IMPORT_CHUNK = 40;

let duban: DubanHarness;
const RUN = Date.now().toString(36).toUpperCase();
const planId = `e2e-soak-${RUN.toLowerCase()}`;

beforeAll(async () => {
  // The store's and Temporal's own limits stay below the budget (the API refuses to start otherwise).
  const within = String(SOAK_REQUEST_BUDGET_MS - 300);
  duban = await DubanHarness.startFresh('soak', { REQUEST_TIMEOUT_MS: String(SOAK_REQUEST_BUDGET_MS), MONGODB_MAX_TIME_MS: within, TEMPORAL_RPC_TIMEOUT_MS: within });
}, 300_000);

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
}, 300_000);

it(
  'keeps every route answering while a simulation runs beside npm start, and after it (the wedge reproduction)',
  async () => {
    const admin = await duban.token({ sub: 'admin', unit: 'LGO', roles: ['admin', 'supervisor'] });
    const routes = {
      tasks: '/tasks?limit=20',
      enterprises: '/enterprises?limit=20',
      escalations: '/escalations?limit=20',
      notifications: '/notifications?limit=20',
      scores: '/scores?limit=20',
      audit: '/audit/events?limit=20',
      plan: `/plans/${planId}`,
      health: '/health',
    };
    const load = new ReadLoad({ baseUrl: duban.api.baseUrl, token: admin, routes, clients: CLIENTS, clientTimeoutMs: CLIENT_TIMEOUT_MS });

    // npm start: the plan, then the 240 registrations; the reads start with them (the plan
    // query answered 500 while the plan workflow took the registrations).
    await untilAnswered(() => duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: today() }, admin), 'PLAN.ALREADY_EXISTS');
    load.start();
    // The sample's ids with this run's suffix: Temporal registers an enterprise id once, ever.
    const sample = generateSampleEnterprises().map((e) => ({ ...e, id: `${e.id}-${RUN}` }));
    // In parts of 40: one call registering all 240 does not fit the API's 5 s request budget on a
    // busy two-core machine (it answers 503, having registered some), and every retry re-tries them.
    const imported = await importEnterprises(duban.api, admin, planId, sample, { chunk: IMPORT_CHUNK });
    expect(imported.registered).toHaveLength(sample.length);

    const runs: SimulationRun[] = [];
    const soakUntil = Date.now() + SOAK_MINUTES * 60_000;
    let simLog = '';
    try {
      do {
        runs.push(await runSimulation({ seed: 98 + runs.length, enterprises: SIM_ENTERPRISES, end: SIM_END, catchUpTimeoutMs: 300_000, log: (line) => (simLog += `${new Date().toISOString()} ${line}\n`) }));
      } while (Date.now() < soakUntil);
    } catch (e) {
      throw new Error(`the simulation failed: ${e instanceof Error ? e.message : String(e)}\n--- its log ---\n${simLog.slice(-4000)}`);
    } finally {
      await load.stop();
    }
    const during = [...load.samples];
    const after = await sweepUntilAnswered(load, AFTER_WINDOW_MS);

    const slow = during.filter((s) => s.ms > ROUTE_TARGET_MS);
    console.log(
      `soak: ${slow.length} of ${during.length} reads took over ${ROUTE_TARGET_MS} ms during the simulation (target: 0)${slow.length > 0 ? `, by route: ${JSON.stringify(countBy(slow))}` : ''}\n` +
      `soak: the 240 registrations took ${imported.calls} import call(s) of up to ${IMPORT_CHUNK} (${imported.unavailable} answered 503)\nsoak: ${SOAK_MINUTES > 0 ? `${SOAK_MINUTES} min` : 'short'}; ${runs.length} simulation(s) (to ${SIM_END}, ${SIM_ENTERPRISES} enterprises, ${runs.map((r) => `${r.events.length} events in ${(r.timings.totalMs / 1000).toFixed(0)} s`).join('; ')}); ${CLIENTS} clients, ${during.length} reads\n${latencySummary(during)}\nafter the simulation:\n${latencySummary(after)}`,
    );

    // The simulation's own check: its live scores equal a recompute from its audit log.
    for (const run of runs) {
      expect(run.events.length).toBeGreaterThan(100);
      expect(run.scores.differences).toEqual([]);
      expect(run.scores.recomputed).toEqual(run.scores.live);
    }
    // The simulation ran on its own topics: none of its events reached this instance's consumers.
    for (const run of runs) {
      const leaked = await duban.api.get<{ items: unknown[] }>(`/audit/events?subject=${encodeURIComponent(run.planId)}&limit=1`, admin);
      expect(leaked.status).toBe(200);
      expect(leaked.body.items).toEqual([]);
    }
    // Every route was read throughout, and every read was answered within 2 s: 200, or 503 with Retry-After.
    for (const route of Object.keys(routes)) expect(during.filter((s) => s.route === route).length).toBeGreaterThan(2);
    expect(failing(during.filter((s) => s.status === 0))).toEqual([]);
    expect(failing(during.filter((s) => !(s.status === 200 || (s.status === 503 && s.retryAfter !== null))))).toEqual([]);
    expect(failing(slow)).toEqual([]);
    // And mostly with their data.
    const refused = Object.keys(routes).filter((route) => {
      const reads = during.filter((s) => s.route === route);
      return reads.filter((s) => s.status === 200).length < MIN_SERVED_SHARE * reads.length;
    });
    expect(refused).toEqual([]);
    // Once it is over, every route answers 200: nothing stayed wedged.
    expect(failing(after.filter((s) => s.status !== 200))).toEqual([]);
    if (during.some((s) => s.status === 503)) console.log(`soak: ${during.filter((s) => s.status === 503).length} read(s) answered 503 with Retry-After (allowed, not wanted)`);
  },
  (SOAK_MINUTES + 12) * 60_000,
);

/** Reads every route until each has answered 200 once, or the window has passed; the last read of each. */
async function sweepUntilAnswered(load: ReadLoad, windowMs: number): Promise<ReadSample[]> {
  const deadline = Date.now() + windowMs;
  let last = await load.sweep();
  while (last.some((s) => s.status !== 200) && Date.now() < deadline) {
    const again = await load.sweep();
    last = last.map((s) => (s.status === 200 ? s : (again.find((a) => a.route === s.route) ?? s)));
  }
  return last;
}

function countBy(samples: readonly ReadSample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[s.route] = (counts[s.route] ?? 0) + 1;
  return counts;
}

/** Failing samples as short strings, so a failed expectation names route, status and latency. */
function failing(samples: readonly ReadSample[]): string[] {
  return samples.map((s) => `${s.route} ${s.status === 0 ? `no answer (${s.error ?? ''})` : s.status} in ${s.ms.toFixed(0)} ms at +${new Date(s.at).toISOString()}`);
}

function soakMinutes(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`DUBAN_SOAK_MINUTES must be a whole number of minutes ≥ 1, got ${JSON.stringify(raw)}`);
  return n;
}
