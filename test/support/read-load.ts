import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * A bounded, steady read load for soak tests: a few clients, each reading one route after another
 * in a loop (no pause: each waits for its answer, so the load is `clients` requests in flight at
 * most), every request recorded with its latency and status. A request not answered within
 * `clientTimeoutMs` is aborted and recorded as unanswered (status 0).
 */
export interface ReadSample {
  route: string;
  /** 0 when the client gave up (timeout) or the connection failed. */
  status: number;
  ms: number;
  retryAfter: string | null;
  error?: string;
  at: number;
}

export interface ReadLoadOptions {
  baseUrl: string;
  token: string;
  /** Route label → path (query included). */
  routes: Readonly<Record<string, string>>;
  clients: number;
  clientTimeoutMs: number;
}

/**
 * The load runs in a worker thread: the test's own thread may be busy (a simulation in the same
 * process bundles its workflows, which blocks an event loop for seconds), and a sample must time
 * the API, not the client's stalls.
 */
export class ReadLoad {
  readonly samples: ReadSample[] = [];
  private worker?: Worker;
  private finished?: Promise<void>;

  constructor(private readonly options: ReadLoadOptions) {}

  start(): void {
    const worker = new Worker(path.join(__dirname, 'read-load.worker.ts'), { workerData: this.options, execArgv: ['-r', '@swc-node/register'] });
    this.worker = worker;
    this.finished = new Promise((resolve, reject) => {
      worker.on('message', (message: ReadLoadMessage) => {
        if (message.kind === 'sample') this.samples.push(message.sample);
        else resolve();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the read load's worker exited with ${code}`))));
    });
  }

  /** Stops after the requests in flight are answered (or time out). */
  async stop(): Promise<void> {
    this.worker?.postMessage('stop');
    await this.finished;
    await this.worker?.terminate();
  }

  /** One read of every route, one after another, recorded like the others (in this thread: for quiet moments). */
  async sweep(): Promise<ReadSample[]> {
    const out: ReadSample[] = [];
    for (const [route, path] of Object.entries(this.options.routes)) out.push(await readOnce(this.options, route, path));
    this.samples.push(...out);
    return out;
  }
}

/** What the worker posts: each sample as it is taken, then `done` once stopped. */
export type ReadLoadMessage = { kind: 'sample'; sample: ReadSample } | { kind: 'done' };

/** One timed read of `path`. */
export async function readOnce(options: Pick<ReadLoadOptions, 'baseUrl' | 'token' | 'clientTimeoutMs'>, route: string, path: string): Promise<ReadSample> {
  const at = Date.now();
  const started = performance.now();
  try {
    const res = await fetch(`${options.baseUrl}${path}`, { headers: { authorization: `Bearer ${options.token}` }, signal: AbortSignal.timeout(options.clientTimeoutMs) });
    await res.arrayBuffer();
    return { route, status: res.status, ms: performance.now() - started, retryAfter: res.headers.get('retry-after'), at };
  } catch (e) {
    return { route, status: 0, ms: performance.now() - started, retryAfter: null, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), at };
  }
}

/** p50/p95/max (ms) and counts per route, as text lines for a test's output. */
export function latencySummary(samples: readonly ReadSample[]): string {
  const byRoute = new Map<string, ReadSample[]>();
  for (const s of samples) byRoute.set(s.route, [...(byRoute.get(s.route) ?? []), s]);
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const lines = [`${'route'.padEnd(16)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  statuses`];
  for (const [route, list] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    const statuses = new Map<number, number>();
    for (const s of list) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
    const st = [...statuses].map(([k, v]) => `${k === 0 ? 'no answer' : k}×${v}`).join(' ');
    lines.push(`${route.padEnd(16)} ${String(list.length).padStart(6)} ${pct(ms, 50).toFixed(0).padStart(8)} ${pct(ms, 95).toFixed(0).padStart(8)} ${(ms[ms.length - 1] ?? NaN).toFixed(0).padStart(8)}  ${st}`);
  }
  return lines.join('\n');
}
