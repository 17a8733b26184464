import { HEAP_MIB_PER_CACHED_WORKFLOW } from '@duban/temporal';
import { check, type TargetCheck } from './report';
import { fmt } from './stats';

/** One measurement of R4: `count` workflows of one kind open and cached on a worker. */
export interface R4Point {
  kind: 'system' | 'baseline';
  count: number;
  /** The worker's RSS with only the warm-up workflows open, bytes. */
  rssBeforeBytes: number;
  /** The worker's RSS with `count` more open and idle, bytes. */
  rssAfterBytes: number;
  /** Temporal's SQLite database (file plus its write-ahead log) before and after, bytes. */
  dbBeforeBytes: number;
  dbAfterBytes: number;
  /** The worker's `maxCachedWorkflows`: must be ≥ count (+ warm-up) for the figure to mean "cached". */
  maxCachedWorkflows: number;
}

const MiB = 2 ** 20;

/**
 * The heap limit both workers get, MiB, and the cache both keep: room for every workflow at the
 * app's heap budget per cached workflow, and the SDK's default `maxCachedWorkflows` for that heap
 * (reused V8 context: `floor((heap limit MiB − 200) × 600 ÷ 1024)`), which the baseline worker
 * takes by itself and the system's worker is given as `WORKER_MAX_CACHED_WORKFLOWS`, so both cache
 * every workflow.
 */
export function heapLimitFor(workflows: number): { heapMiB: number; maxCachedWorkflows: number } {
  const heapMiB = Math.max(4096, Math.ceil(workflows * HEAP_MIB_PER_CACHED_WORKFLOW) + 200 + 64);
  return { heapMiB, maxCachedWorkflows: Math.floor(((heapMiB - 200) * 600) / 1024) };
}

/** Bytes per workflow of a delta (`NaN` for none). */
export const perWorkflow = (before: number, after: number, count: number): number => (count > 0 ? (after - before) / count : Number.NaN);

export interface R4Summary {
  count: number;
  systemRssPerWf: number;
  baselineRssPerWf: number;
  rssRatio: number;
  systemDbPerWf: number;
  baselineDbPerWf: number;
  dbRatio: number;
  /** False when a worker's cache could not hold every workflow (then the RSS is not "per cached workflow"). */
  cacheCovers: boolean;
}

/** System and baseline side by side per count (counts with both sides only). */
export function summarizeR4(points: readonly R4Point[]): R4Summary[] {
  const counts = [...new Set(points.map((p) => p.count))].sort((a, b) => a - b);
  return counts.flatMap((count) => {
    const sys = points.find((p) => p.kind === 'system' && p.count === count);
    const base = points.find((p) => p.kind === 'baseline' && p.count === count);
    if (!sys || !base) return [];
    const systemRssPerWf = perWorkflow(sys.rssBeforeBytes, sys.rssAfterBytes, count);
    const baselineRssPerWf = perWorkflow(base.rssBeforeBytes, base.rssAfterBytes, count);
    const systemDbPerWf = perWorkflow(sys.dbBeforeBytes, sys.dbAfterBytes, count);
    const baselineDbPerWf = perWorkflow(base.dbBeforeBytes, base.dbAfterBytes, count);
    return [
      {
        count,
        systemRssPerWf,
        baselineRssPerWf,
        rssRatio: systemRssPerWf / baselineRssPerWf,
        systemDbPerWf,
        baselineDbPerWf,
        dbRatio: systemDbPerWf / baselineDbPerWf,
        cacheCovers: sys.maxCachedWorkflows >= count && base.maxCachedWorkflows >= count,
      },
    ];
  });
}

const kib = (bytes: number) => `${fmt(bytes / 1024)} KiB`;

export const R4_HEADER = ['open workflows', 'system RSS/wf', 'baseline RSS/wf', 'RSS ratio', 'system DB/wf', 'baseline DB/wf', 'DB ratio', 'cache covers N'];

export function r4Rows(summaries: readonly R4Summary[]): string[][] {
  return summaries.map((s) => [String(s.count), kib(s.systemRssPerWf), kib(s.baselineRssPerWf), fmt(s.rssRatio), kib(s.systemDbPerWf), kib(s.baselineDbPerWf), fmt(s.dbRatio), s.cacheCovers ? 'yes' : 'NO']);
}

/** Targets: ≤ `maxMiB` worker RSS per cached workflow and ≤ `maxRatio` × the baseline's, per count; a cache too small to hold N is a MISS of its own. */
export function r4Checks(summaries: readonly R4Summary[], maxMiB: number, maxRatio: number): TargetCheck[] {
  return summaries.flatMap((s) => [
    check(`R4 worker RSS per cached workflow at ${s.count}`, s.systemRssPerWf / MiB, maxMiB, 'atMost', ' MiB'),
    check(`R4 RSS per workflow system ÷ baseline at ${s.count}`, s.rssRatio, maxRatio, 'atMost'),
    check(`R4 Temporal DB bytes per workflow system ÷ baseline at ${s.count}`, s.dbRatio, maxRatio, 'atMost'),
    ...(s.cacheCovers ? [] : [{ target: `R4 maxCachedWorkflows ≥ ${s.count}`, measured: 'smaller', pass: false }]),
  ]);
}
