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

export class ReadLoad {
  readonly samples: ReadSample[] = [];
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(private readonly options: ReadLoadOptions) {}

  start(): void {
    this.running = true;
    const entries = Object.entries(this.options.routes);
    // Clients start at different routes, so every route is read by someone at any time.
    this.loops = Array.from({ length: this.options.clients }, (_, c) => this.loop(entries, c));
  }

  /** Stops after the requests in flight are answered (or time out). */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** One read of every route, one after another, recorded like the others. */
  async sweep(): Promise<ReadSample[]> {
    const out: ReadSample[] = [];
    for (const [route, path] of Object.entries(this.options.routes)) out.push(await this.read(route, path));
    return out;
  }

  private async loop(entries: [string, string][], offset: number): Promise<void> {
    for (let i = offset; this.running; i++) {
      const [route, path] = entries[i % entries.length] as [string, string];
      await this.read(route, path);
    }
  }

  private async read(route: string, path: string): Promise<ReadSample> {
    const at = Date.now();
    const started = performance.now();
    let sample: ReadSample;
    try {
      const res = await fetch(`${this.options.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.options.token}` }, signal: AbortSignal.timeout(this.options.clientTimeoutMs) });
      await res.arrayBuffer();
      sample = { route, status: res.status, ms: performance.now() - started, retryAfter: res.headers.get('retry-after'), at };
    } catch (e) {
      sample = { route, status: 0, ms: performance.now() - started, retryAfter: null, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e), at };
    }
    this.samples.push(sample);
    return sample;
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
