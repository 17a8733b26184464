import { perSecond, r1Checks, r1Rows, summarizeR1, type R1Block } from './r1-summary';

const block = (kind: R1Block['kind'], concurrency: number, round: number, cases: number, elapsedS: number, historyEvents: number, failed = 0, retries = 0): R1Block => ({
  kind,
  concurrency,
  round,
  cases,
  failed,
  elapsedS,
  historyEvents,
  retries,
});

describe('perSecond', () => {
  it('divides by the time until the last case finished, NaN for no time', () => {
    expect(perSecond(30, 10)).toBe(3);
    expect(perSecond(3, 0)).toBeNaN();
  });
});

describe('summarizeR1', () => {
  const blocks = [
    // Round 0: the machine slow for both; round 1: fast for both. The within-round ratio stays 0.5.
    block('system', 8, 0, 10, 10, 1000, 0, 4),
    block('baseline', 8, 0, 20, 10, 2000),
    block('baseline', 8, 1, 40, 10, 4000),
    block('system', 8, 1, 20, 10, 2000, 1, 2),
    block('system', 32, 0, 9, 10, 900),
    block('baseline', 32, 0, 10, 10, 1000),
  ];

  it('takes the ratio within each round, so a machine slower in one round moves both sides', () => {
    const [c8, c32] = summarizeR1(blocks);
    expect(c8?.concurrency).toBe(8);
    expect(c8?.ratio).toEqual({ median: 0.5, min: 0.5, max: 0.5, n: 2 });
    expect(c8?.system.casesPerS).toEqual({ median: 1.5, min: 1, max: 2, n: 2 });
    expect(c8?.baseline.casesPerS).toEqual({ median: 3, min: 2, max: 4, n: 2 });
    expect(c8?.system.eventsPerS.median).toBe(150);
    expect(c8?.system.eventsPerCase).toBe(100);
    expect(c8?.system.failed).toBe(1);
    expect(c8?.system.retries).toBe(6);
    expect(c32?.ratio.median).toBeCloseTo(0.9);
  });

  it('gives no ratio for a round with only one side', () => {
    const [only] = summarizeR1([block('system', 8, 0, 10, 10, 100)]);
    expect(only?.ratio.n).toBe(0);
    expect(only?.ratio.median).toBeNaN();
  });

  it('judges the ratio per concurrency and names failed cases as a MISS', () => {
    const checks = r1Checks(summarizeR1(blocks), 0.85);
    expect(checks.map((c) => [c.target, c.measured, c.pass])).toEqual([
      ['R1 cases/s system ÷ baseline at concurrency 8 ≥ 0.85', '0.5', false],
      ['R1 every case at concurrency 8 completed', '1 system, 0 baseline failed', false],
      ['R1 cases/s system ÷ baseline at concurrency 32 ≥ 0.85', '0.9', true],
    ]);
  });

  it('renders one row per concurrency with medians and ranges', () => {
    expect(r1Rows(summarizeR1(blocks))[0]).toEqual(['8', '1.5 (1–2)', '3 (2–4)', '0.5 (0.5–0.5)', '150 (100–200)', '300 (200–400)', '100 / 100', '1 / 0', '6']);
  });
});
