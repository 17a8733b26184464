import { dueOffsets, rotate, summarizeLateness, type TimerSample } from './r3-stats';

describe('summarizeLateness', () => {
  it('takes nearest-rank percentiles of fired − due over the timers armed in time', () => {
    const samples: TimerSample[] = Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, dueMs: 10_000 + i, firedMs: 10_000 + i + (i + 1) * 10 }));
    const s = summarizeLateness(samples);
    expect(s).toMatchObject({ timers: 100, fired: 100, missing: 0, armedLate: 0, p50: 500, p99: 990, max: 1000, min: 10 });
    // From the first due (10,000) to the last firing (10,099 + 1,000).
    expect(s.drainMs).toBe(1099);
  });

  it('counts missing and late-armed timers apart and gives no drain time when one is missing', () => {
    const s = summarizeLateness([
      { id: 'a', dueMs: 1000, firedMs: 1200 },
      { id: 'b', dueMs: 1000 },
      { id: 'c', dueMs: 1000, firedMs: 9000, armedLate: true },
    ]);
    expect(s).toMatchObject({ timers: 3, fired: 1, missing: 1, armedLate: 1, p50: 200, p99: 200, max: 200 });
    expect(s.drainMs).toBeNaN();
  });

  it('keeps an early firing as a negative lateness', () => {
    expect(summarizeLateness([{ id: 'a', dueMs: 1000, firedMs: 990 }]).min).toBe(-10);
  });

  it('gives NaN figures when nothing fired', () => {
    const s = summarizeLateness([{ id: 'a', dueMs: 1000 }]);
    expect([s.p50, s.p99, s.max, s.drainMs].every(Number.isNaN)).toBe(true);
  });
});

describe('dueOffsets', () => {
  it('spreads timers evenly over the window, the first at 0', () => {
    expect(dueOffsets('spread', 4, 600_000)).toEqual([0, 150_000, 300_000, 450_000]);
  });

  it('puts a burst inside one second whatever the spread', () => {
    const burst = dueOffsets('burst', 1000, 600_000);
    expect(burst).toHaveLength(1000);
    expect(Math.max(...burst)).toBeLessThan(1000);
  });

  it('refuses an empty block', () => {
    expect(() => dueOffsets('spread', 0, 1000)).toThrow(RangeError);
  });
});

describe('rotate', () => {
  it('lets each system go first in turn', () => {
    expect([0, 1, 2, 3].map((k) => rotate(['temporal', 'bullmq', 'agenda'], k).join(' '))).toEqual([
      'temporal bullmq agenda',
      'bullmq agenda temporal',
      'agenda temporal bullmq',
      'temporal bullmq agenda',
    ]);
  });
});
