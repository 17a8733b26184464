/** A figure measured several times: its median and its spread over the repetitions. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** How many values it summarises. */
  n: number;
}

/**
 * The `p`-th percentile (0–100) of `values` by nearest rank: an observed value, never an
 * interpolation, so a p99 over 80 samples is the 80th-ranked sample. `NaN` for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Median and range of `values` (`NaN`s when empty). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, n: sorted.length };
}

/** `value` rounded for a table: 3 significant digits below 100, whole numbers above. */
export function fmt(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 100) return Math.round(value).toString();
  return value.toPrecision(3).replace(/\.?0+$/, '');
}

/** "median (min–max)". */
export function fmtSpread(s: Spread): string {
  return s.n === 0 ? '–' : s.n === 1 ? fmt(s.median) : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}
