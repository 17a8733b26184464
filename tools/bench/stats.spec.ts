import { fmt, fmtSpread, percentile, spread } from './stats';

describe('percentile', () => {
  it('takes the nearest-ranked observed value', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7, 3, 5], 50)).toBe(5);
    expect(percentile([4], 99)).toBe(4);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('spread', () => {
  it('gives the median (the mean of the middle two for an even count) and the range', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(spread([]).n).toBe(0);
  });

  it('formats for the table', () => {
    expect(fmt(1234.4)).toBe('1234');
    expect(fmt(0.31234)).toBe('0.312');
    expect(fmt(12)).toBe('12');
    expect(fmt(Number.NaN)).toBe('–');
    expect(fmtSpread(spread([0.3, 0.25, 0.4]))).toBe('0.3 (0.25–0.4)');
  });
});
