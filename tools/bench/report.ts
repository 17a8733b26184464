import type { BlockResult } from './load';
import { fmt, fmtSpread, percentile, spread, type Spread } from './stats';

/** One route's figures at one size, over every round. */
export interface RouteSummary {
  route: string;
  /** Expected answers per second, per round. */
  rps: Spread;
  /** This route's req/s over the no-op route's in the same round. */
  ratioToNoop: Spread;
  /** Over every expected answer of every round, ms. */
  p50: number;
  p95: number;
  p99: number;
  answers: number;
  unexpected: Record<string, number>;
  errors: number;
  timeouts: number;
}

/** Figures per route from alternating blocks; ratios are taken within each round against `noop`. */
export function summarizeReads(blocks: readonly BlockResult[], noop: string): RouteSummary[] {
  const routes = [...new Set(blocks.map((b) => b.route))];
  const noopByRound = new Map(blocks.filter((b) => b.route === noop).map((b) => [b.round, b.rps]));
  return routes.map((route) => {
    const mine = blocks.filter((b) => b.route === route);
    const latencies = mine.flatMap((b) => b.latencies);
    const unexpected: Record<string, number> = {};
    for (const b of mine) for (const [status, n] of Object.entries(b.unexpected)) unexpected[status] = (unexpected[status] ?? 0) + n;
    const ratios = mine.flatMap((b) => {
      const base = noopByRound.get(b.round);
      return base && base > 0 ? [b.rps / base] : [];
    });
    return {
      route,
      rps: spread(mine.map((b) => b.rps)),
      ratioToNoop: spread(ratios),
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      answers: latencies.length,
      unexpected,
      errors: mine.reduce((n, b) => n + b.errors, 0),
      timeouts: mine.reduce((n, b) => n + b.timeouts, 0),
    };
  });
}

/** A target beside the figure it judges. */
export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

export const check = (target: string, value: number, limit: number, direction: 'atLeast' | 'atMost', unit = ''): TargetCheck => ({
  target: `${target} ${direction === 'atLeast' ? '≥' : '≤'} ${fmt(limit)}${unit}`,
  measured: `${fmt(value)}${unit}`,
  pass: Number.isFinite(value) && (direction === 'atLeast' ? value >= limit : value <= limit),
});

/** A plain-text table with a header row, columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c + ' '.repeat((widths[i] as number) - [...c].length)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Table rows for read summaries: route, req/s, ratio to no-op, p50/p95/p99, anything unexpected. */
export function readRows(summaries: readonly RouteSummary[]): string[][] {
  return summaries.map((s) => {
    const odd = [
      ...Object.entries(s.unexpected).map(([status, n]) => `${n}×${status}`),
      ...(s.errors > 0 ? [`${s.errors} errors`] : []),
      ...(s.timeouts > 0 ? [`${s.timeouts} timeouts`] : []),
    ].join(', ');
    return [s.route, fmtSpread(s.rps), fmtSpread(s.ratioToNoop), fmt(s.p50), fmt(s.p95), fmt(s.p99), odd];
  });
}

export const READ_HEADER = ['route', 'req/s median (min–max)', '× no-op (min–max)', 'p50 ms', 'p95 ms', 'p99 ms', 'not as expected'];
