import type { BlockResult } from './load';
import { check, summarizeReads, table } from './report';

const block = (route: string, round: number, rps: number, latencies: number[], unexpected: Record<string, number> = {}): BlockResult => ({
  route,
  round,
  connections: 10,
  elapsedMs: 1000,
  ok: latencies.length,
  unexpected,
  errors: 0,
  timeouts: 0,
  rps,
  latencies,
});

describe('summarizeReads', () => {
  it('takes each ratio within its own round, then the median and range of the ratios', () => {
    const blocks = [
      block('noop', 0, 1000, [1, 2]),
      block('inbox', 0, 300, [10, 20]),
      block('noop', 1, 500, [2, 3]), // a noisy round: the machine was busy for both
      block('inbox', 1, 200, [30, 40], { '503': 2 }),
      block('noop', 2, 800, [1, 1]),
      block('inbox', 2, 200, [50, 60]),
    ];
    const [noop, inbox] = summarizeReads(blocks, 'noop');
    expect(noop?.ratioToNoop.median).toBe(1);
    expect(inbox?.ratioToNoop).toEqual({ median: 0.3, min: 0.25, max: 0.4, n: 3 });
    expect(inbox?.rps).toEqual({ median: 200, min: 200, max: 300, n: 3 });
    expect(inbox?.p50).toBe(30);
    expect(inbox?.p99).toBe(60);
    expect(inbox?.unexpected).toEqual({ '503': 2 });
  });

  it('leaves the ratio out of a round whose no-op block answered nothing', () => {
    const [, read] = summarizeReads([block('noop', 0, 0, []), block('read', 0, 5, [1])], 'noop');
    expect(read?.ratioToNoop.n).toBe(0);
  });
});

describe('check', () => {
  it('passes at the limit and fails past it or without a figure', () => {
    expect(check('ratio', 0.3, 0.3, 'atLeast').pass).toBe(true);
    expect(check('p99', 51, 50, 'atMost', ' ms')).toEqual({ target: 'p99 ≤ 50 ms', measured: '51 ms', pass: false });
    expect(check('p99', Number.NaN, 50, 'atMost').pass).toBe(false);
  });
});

describe('table', () => {
  it('pads columns to their widest cell', () => {
    expect(table(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d');
  });
});
