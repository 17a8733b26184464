import { sizeClassOf } from './size-class';

describe('sizeClassOf (our size classes: NBS 2003 thresholds on employees and output)', () => {
  it.each([
    // labourIntensity (employees per 10M CNY) × scale (10k CNY) ÷ 1,000 = employees
    [{ labourIntensity: 40, scale: 50_000 }, 'large', 2000],
    [{ labourIntensity: 100, scale: 29_999 }, 'medium', 2999.9],
    [{ labourIntensity: 39.99, scale: 50_000 }, 'medium', 1999.5],
    [{ labourIntensity: 100, scale: 3000 }, 'medium', 300],
    [{ labourIntensity: 99.9, scale: 3000 }, 'small', 299.7],
    [{ labourIntensity: 500, scale: 2999 }, 'small', 1499.5],
    [{ labourIntensity: 0, scale: 1_000_000 }, 'small', 0],
  ] as const)('%j → %s (%d employees)', (indicators, sizeClass, employees) => {
    const r = sizeClassOf(indicators);
    expect(r.sizeClass).toBe(sizeClass);
    expect(r.employees).toBeCloseTo(employees, 6);
  });
});
