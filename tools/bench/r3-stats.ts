import { percentile } from './stats';

/** One timer of an R3 block: when it was due and when its system fired it (epoch ms, this machine's clock). */
export interface TimerSample {
  id: string;
  dueMs: number;
  /** When the system fired it; absent when it never fired before the block gave up. */
  firedMs?: number;
  /**
   * Armed (started, scheduled) only after its due time: its lateness would measure the arming, not
   * the timer, so it is counted apart and left out of the percentiles.
   */
  armedLate?: boolean;
}

/** Lateness of one block, ms (fired − due; negative when a system fires early). */
export interface LatenessSummary {
  timers: number;
  fired: number;
  /** Never fired before the block's deadline. */
  missing: number;
  armedLate: number;
  p50: number;
  p99: number;
  max: number;
  min: number;
  /**
   * From the earliest due time to the last firing, ms: for a burst (every timer due in the same
   * second) the time until all of them fired. `NaN` when any timer is missing: the burst did not drain.
   */
  drainMs: number;
}

/**
 * Lateness percentiles (nearest rank, like the rest of the bench) over the timers that were armed in
 * time and fired. Missing timers are counted, not given a lateness: a percentile over the fired
 * ones only would flatter a system that drops timers, so a caller judging a target must also look
 * at `missing` (the bench counts a block with missing timers as a MISS).
 */
export function summarizeLateness(samples: readonly TimerSample[]): LatenessSummary {
  const measured = samples.filter((s) => !s.armedLate);
  const lateness = measured.flatMap((s) => (s.firedMs === undefined ? [] : [s.firedMs - s.dueMs]));
  const missing = measured.filter((s) => s.firedMs === undefined).length;
  const firstDue = Math.min(...measured.map((s) => s.dueMs));
  const lastFired = Math.max(...measured.flatMap((s) => (s.firedMs === undefined ? [] : [s.firedMs])));
  return {
    timers: samples.length,
    fired: lateness.length,
    missing,
    armedLate: samples.length - measured.length,
    p50: percentile(lateness, 50),
    p99: percentile(lateness, 99),
    max: lateness.length === 0 ? Number.NaN : Math.max(...lateness),
    min: lateness.length === 0 ? Number.NaN : Math.min(...lateness),
    drainMs: missing > 0 || lateness.length === 0 ? Number.NaN : lastFired - firstDue,
  };
}

/**
 * Due offsets (ms after the block's zero) of `n` timers: `spread` puts them evenly over `spreadMs`
 * (the first at 0, none at `spreadMs` itself); `burst` puts all of them inside the first second
 * (evenly over its 1,000 ms), which is what "due in the same second" means here.
 */
export function dueOffsets(kind: 'spread' | 'burst', n: number, spreadMs: number): number[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const window = kind === 'burst' ? 1000 : spreadMs;
  if (!(window > 0)) throw new RangeError(`spreadMs must be positive, got ${spreadMs}`);
  return Array.from({ length: n }, (_, i) => Math.floor((i * window) / n));
}

/** `items` rotated left by `k` (the order of the systems in the k-th block, so each goes first in turn). */
export function rotate<T>(items: readonly T[], k: number): T[] {
  if (items.length === 0) return [];
  const shift = ((k % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
