import { heapLimitFor, perWorkflow, r4Checks, r4Rows, summarizeR4, type R4Point } from './r4-summary';

const MiB = 2 ** 20;
const point = (kind: R4Point['kind'], count: number, rssGrowth: number, dbGrowth: number, maxCachedWorkflows = 20_000): R4Point => ({
  kind,
  count,
  rssBeforeBytes: 100 * MiB,
  rssAfterBytes: 100 * MiB + rssGrowth,
  dbBeforeBytes: 5 * MiB,
  dbAfterBytes: 5 * MiB + dbGrowth,
  maxCachedWorkflows,
});

describe('R4 summaries', () => {
  it('divides each growth by the number of workflows', () => {
    expect(perWorkflow(100, 1100, 10)).toBe(100);
    expect(perWorkflow(100, 1100, 0)).toBeNaN();
  });

  it('puts system and baseline side by side per count, with their ratios', () => {
    const [s] = summarizeR4([point('system', 1000, 200 * MiB, 30 * MiB), point('baseline', 1000, 100 * MiB, 20 * MiB), point('system', 5000, 1, 1)]);
    expect(s?.count).toBe(1000);
    expect(s?.systemRssPerWf).toBeCloseTo((200 * MiB) / 1000);
    expect(s?.rssRatio).toBeCloseTo(2);
    expect(s?.dbRatio).toBeCloseTo(1.5);
    expect(s?.cacheCovers).toBe(true);
  });

  it('judges ≤ 1 MiB per cached workflow and ≤ 1.3× the baseline, and a cache smaller than N as its own MISS', () => {
    const checks = r4Checks(summarizeR4([point('system', 1000, 500 * MiB, 12 * MiB, 800), point('baseline', 1000, 400 * MiB, 10 * MiB)]), 1, 1.3);
    expect(checks.map((c) => [c.target, c.measured, c.pass])).toEqual([
      ['R4 worker RSS per cached workflow at 1000 ≤ 1 MiB', '0.5 MiB', true],
      ['R4 RSS per workflow system ÷ baseline at 1000 ≤ 1.3', '1.25', true],
      ['R4 Temporal DB bytes per workflow system ÷ baseline at 1000 ≤ 1.3', '1.2', true],
      ['R4 maxCachedWorkflows ≥ 1000', 'smaller', false],
    ]);
    expect(r4Rows(summarizeR4([point('system', 1000, 500 * MiB, 12 * MiB), point('baseline', 1000, 400 * MiB, 10 * MiB)]))[0]).toEqual(['1000', '512 KiB', '410 KiB', '1.25', '12.3 KiB', '10.2 KiB', '1.2', 'yes']);
  });

  it('gives both workers a heap limit whose SDK default cache holds the workflows, never below Node’s 4 GiB', () => {
    expect(heapLimitFor(100)).toEqual({ heapMiB: 4096, maxCachedWorkflows: 2282 });
    const big = heapLimitFor(10_020);
    expect(big.maxCachedWorkflows).toBeGreaterThanOrEqual(10_020);
  });
});
