import {
  evaluationIndexSchemas,
  normaliseIndicator,
  scoreEnterprise,
  SZ_2009_INDEX_V1,
  validateEvaluationIndex,
  type EvaluationIndexDefinitionInput,
  type IndicatorDefinition,
} from './evaluation-index';

const def = (over: Partial<IndicatorDefinition>): IndicatorDefinition => ({
  key: 'technology',
  name: 'x',
  nameEn: 'x',
  unit: 'x',
  weight: 1,
  direction: 'higher-better',
  floor: 0,
  ceiling: 10,
  transform: 'linear',
  ...over,
});

/** A copy of the default index as input, to break in one place per test. */
const input = (): EvaluationIndexDefinitionInput => JSON.parse(JSON.stringify(SZ_2009_INDEX_V1)) as EvaluationIndexDefinitionInput;

describe('SZ_2009_INDEX_V1', () => {
  it('is a valid definition of all seven indicators whose weights add up to 1', () => {
    expect(validateEvaluationIndex(SZ_2009_INDEX_V1)).toEqual({ ok: true, index: SZ_2009_INDEX_V1 });
    // Written as a literal, not parsed at load (issue 14, R4): it must be exactly what the schema
    // makes of it, keys in the same order, as recorded events and workflow histories carry it.
    expect(JSON.stringify(evaluationIndexSchemas().definition.parse(SZ_2009_INDEX_V1))).toBe(JSON.stringify(SZ_2009_INDEX_V1));
    expect(SZ_2009_INDEX_V1.version).toBe('sz-2009-v1');
    expect(SZ_2009_INDEX_V1.indicators.map((d) => [d.key, d.weight])).toEqual([
      ['technology', 0.2],
      ['valueAddedRate', 0.15],
      ['taxContribution', 0.2],
      ['energyPerOutput', 0.1],
      ['labourIntensity', 0.1],
      ['scale', 0.1],
      ['growth', 0.15],
    ]);
    expect(SZ_2009_INDEX_V1.thresholds).toEqual({ supportAtLeast: 75, hqStaysAtLeast: 55 });
  });
});

describe('normaliseIndicator', () => {
  it('maps linearly between floor and ceiling and clamps outside', () => {
    const d = def({ floor: 10, ceiling: 40 });
    expect(normaliseIndicator(d, 10)).toBe(0);
    expect(normaliseIndicator(d, 25)).toBe(50);
    expect(normaliseIndicator(d, 40)).toBe(100);
    expect(normaliseIndicator(d, -5)).toBe(0);
    expect(normaliseIndicator(d, 99)).toBe(100);
  });

  it('inverts a lower-better indicator: at or below the floor is 100, at or above the ceiling 0', () => {
    const d = def({ direction: 'lower-better', floor: 0.1, ceiling: 1.1 });
    expect(normaliseIndicator(d, 0.05)).toBe(100);
    expect(normaliseIndicator(d, 0.3)).toBeCloseTo(80, 10);
    expect(normaliseIndicator(d, 1.1)).toBe(0);
    expect(normaliseIndicator(d, 3)).toBe(0);
  });

  it('maps log10 indicators by decades, and a raw value of 0 to the floor', () => {
    const d = def({ floor: 100, ceiling: 100_000, transform: 'log10' });
    expect(normaliseIndicator(d, 100)).toBe(0);
    expect(normaliseIndicator(d, 1000)).toBeCloseTo(100 / 3, 10);
    expect(normaliseIndicator(d, 10_000)).toBeCloseTo(200 / 3, 10);
    expect(normaliseIndicator(d, 100_000)).toBe(100);
    expect(normaliseIndicator(d, 0)).toBe(0);
    expect(normaliseIndicator(d, 5)).toBe(0);
  });
});

describe('scoreEnterprise', () => {
  const flags = { highTechCertified: false, headquartersInShenzhen: true, productionInShenzhen: true };
  const top = { technology: 6, valueAddedRate: 40, taxContribution: 10_000, energyPerOutput: 0.1, labourIntensity: 5, scale: 100_000, growth: 30 };
  const bottom = { technology: 0, valueAddedRate: 10, taxContribution: 10, energyPerOutput: 1.1, labourIntensity: 105, scale: 100, growth: -10 };

  it('scores 100 at every ceiling (floor for lower-better) and 0 at the other end', () => {
    expect(scoreEnterprise(SZ_2009_INDEX_V1, { indicators: top, flags }).score).toBe(100);
    expect(scoreEnterprise(SZ_2009_INDEX_V1, { indicators: bottom, flags }).score).toBe(0);
  });

  it('adds the high-tech bonus to technology, capped at 100', () => {
    const certified = { ...flags, highTechCertified: true };
    const atBottom = scoreEnterprise(SZ_2009_INDEX_V1, { indicators: bottom, flags: certified });
    expect(atBottom.contributions[0]).toMatchObject({ indicator: 'technology', normalised: 20, points: 4 });
    expect(atBottom.contributions[0]?.adjustment).toMatch(/国家高新技术企业/);
    expect(atBottom.score).toBe(4);
    const atTop = scoreEnterprise(SZ_2009_INDEX_V1, { indicators: top, flags: certified });
    expect(atTop.contributions[0]).toMatchObject({ normalised: 100, points: 20 });
    expect(atTop.score).toBe(100);
  });
});

describe('validateEvaluationIndex', () => {
  const problemsOf = (i: unknown) => {
    const r = validateEvaluationIndex(i);
    return r.ok ? [] : r.problems;
  };

  it('refuses weights that do not add up to 1', () => {
    const i = input();
    i.indicators[0]!.weight = 0.3;
    expect(problemsOf(i)).toEqual([{ path: 'indicators', rule: expect.stringMatching(/weights must add up to 1/) }]);
  });

  it('refuses a floor that is not below the ceiling', () => {
    const i = input();
    i.indicators[1]!.floor = 40;
    expect(problemsOf(i)).toEqual([{ path: 'indicators.1.ceiling', rule: 'floor must be below ceiling' }]);
  });

  it('refuses a log10 indicator with floor 0', () => {
    const i = input();
    i.indicators[2]!.floor = 0;
    expect(problemsOf(i)).toEqual([{ path: 'indicators.2.floor', rule: 'a log10 indicator needs floor > 0' }]);
  });

  it('refuses a missing or repeated indicator', () => {
    const i = input();
    i.indicators[6] = { ...i.indicators[6]!, key: 'scale' };
    expect(problemsOf(i)).toEqual([
      { path: 'indicators.6.key', rule: 'duplicate indicator scale' },
      { path: 'indicators', rule: 'missing indicator(s) growth' },
    ]);
    const short = input();
    short.indicators.pop();
    expect(problemsOf(short).map((p) => p.path)).toContain('indicators');
  });

  it('refuses thresholds in the wrong order and unknown fields', () => {
    const i = input();
    i.thresholds = { supportAtLeast: 50, hqStaysAtLeast: 60 };
    expect(problemsOf(i)).toEqual([{ path: 'thresholds.hqStaysAtLeast', rule: 'hqStaysAtLeast must not exceed supportAtLeast' }]);
    expect(evaluationIndexSchemas().definition.safeParse({ ...input(), extra: 1 }).success).toBe(false);
  });
});
