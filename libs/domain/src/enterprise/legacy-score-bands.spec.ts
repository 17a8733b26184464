import { classifyByScoreBands as classifyEnterprise, decideTrackByScoreBands as decideTrack } from './legacy-score-bands';
import { RED_LINE_CODES, type EnterpriseFlags, type EnterpriseIndicators, type RedLineCode } from './enterprise.schema';
import { SZ_2009_INDEX_V1, evaluationIndexSchemas } from './evaluation-index';

const flags = (over: Partial<EnterpriseFlags> = {}): EnterpriseFlags => ({
  highTechCertified: false,
  headquartersInShenzhen: true,
  productionInShenzhen: true,
  ...over,
});
const classify = (indicators: EnterpriseIndicators, f: EnterpriseFlags, redLines: RedLineCode[] = []) =>
  classifyEnterprise(SZ_2009_INDEX_V1, { indicators, flags: f, redLines });

/**
 * The worked example, by hand under sz-2009-v1:
 *
 * | indicator | raw | normalised | × weight | points |
 * | --- | --- | --- | --- | --- |
 * | technology | 4.5 % | 4.5/6 = 75, +20 certified = 95 | 0.20 | 19.00 |
 * | valueAddedRate | 28 % | (28−10)/30 = 60 | 0.15 | 9.00 |
 * | taxContribution | 1 000 (10M CNY) | (log 1000 − log 10)/3 = 2/3 = 66.67 | 0.20 | 13.33 |
 * | energyPerOutput | 0.2 tce | (1.1−0.2)/1.0 = 90 | 0.10 | 9.00 |
 * | labourIntensity | 15 | (105−15)/100 = 90 | 0.10 | 9.00 |
 * | scale | 10 000 (100M CNY) | (4−2)/3 = 66.67 | 0.10 | 6.67 |
 * | growth | 18 % | (18+10)/40 = 70 | 0.15 | 10.50 |
 *
 * Total 19 + 9 + 13.333 + 9 + 9 + 6.667 + 10.5 = 76.50 ≥ 75: track A.
 */
const worked: EnterpriseIndicators = { technology: 4.5, valueAddedRate: 28, taxContribution: 1000, energyPerOutput: 0.2, labourIntensity: 15, scale: 10_000, growth: 18 };

/**
 * Exactly 75: the worked example with growth 14 instead of 18: growth (14+10)/40 = 60 × 0.15 = 9,
 * 1.5 points less. Energy 0.201 instead of 0.2 takes 0.1 × 0.1 = 0.01 more off: 74.99.
 */
const at75: EnterpriseIndicators = { ...worked, growth: 14 };
const justBelow75: EnterpriseIndicators = { ...at75, energyPerOutput: 0.201 };

/**
 * Exactly 55, without certification: technology 75 × 0.2 = 15, value added 9, tax 100 → 1/3 × 0.2
 * = 6.667, energy 9, labour 9, scale 1 000 → 1/3 × 0.1 = 3.333, growth −2 → 20 × 0.15 = 3;
 * 15 + 9 + 6.667 + 9 + 9 + 3.333 + 3 = 55. Energy 0.201 again gives 54.99.
 */
const at55: EnterpriseIndicators = { technology: 4.5, valueAddedRate: 28, taxContribution: 100, energyPerOutput: 0.2, labourIntensity: 15, scale: 1000, growth: -2 };
const justBelow55: EnterpriseIndicators = { ...at55, energyPerOutput: 0.201 };

/** Every indicator at its best end: 100 points. */
const top: EnterpriseIndicators = { technology: 6, valueAddedRate: 40, taxContribution: 10_000, energyPerOutput: 0.1, labourIntensity: 5, scale: 100_000, growth: 30 };

/**
 * LEGACY: the score bands that cases started before the `enterprise-tracks-by-seed` patch still use
 * (see legacy-score-bands.ts). Their texts must not change: recorded events are compared word for word.
 */
describe('classifyByScoreBands (legacy)', () => {
  it('scores the worked example at 76.50 and supports it (A), explaining each contribution', () => {
    const r = classify(worked, flags({ highTechCertified: true }));
    expect(r.score).toBe(76.5);
    expect(r.track).toBe('A');
    expect(r.indexVersion).toBe('sz-2009-v1');
    expect(r.contributions.map((c) => [c.indicator, c.normalised, c.points])).toEqual([
      ['technology', 95, 19],
      ['valueAddedRate', 60, 9],
      ['taxContribution', 66.67, 13.33],
      ['energyPerOutput', 90, 9],
      ['labourIntensity', 90, 9],
      ['scale', 66.67, 6.67],
      ['growth', 70, 10.5],
    ]);
    expect(r.thresholdCrossed).toBe('score 76.50 ≥ 75 (support)');
    expect(r.redLines).toEqual([]);
    expect(r.explanation[0]).toBe('index sz-2009-v1: score 76.50 of 100');
    expect(r.explanation).toContain('成长性（近三年营业收入年均增长率）: 18 % per year → 70.00 × 0.15 = 10.50');
    expect(r.explanation.at(-1)).toBe('track A 扶持壮大 (support): score 76.50 ≥ 75 (support)');
  });

  it('guides a labour-intensive low-margin toy maker to transfer (C)', () => {
    // technology 0.3/6 = 5 → 1; value added (15−10)/30 = 16.67 → 2.5; tax 100 → 33.33 → 6.667;
    // energy 0.3 → 80 → 8; labour 85 → 20 → 2; scale 1 000 → 33.33 → 3.333; growth 2 → 30 → 4.5. Total 28.
    const r = classify({ technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 }, flags());
    expect(r.score).toBe(28);
    expect(r.track).toBe('C');
    expect(r.thresholdCrossed).toBe('score 28.00 < 55 (headquarters stays)');
  });

  describe('red lines', () => {
    it.each(RED_LINE_CODES)('%s alone forces D even with a score of 100', (code) => {
      const r = classify(top, flags({ highTechCertified: true }), [code]);
      expect(r.score).toBe(100);
      expect(r.track).toBe('D');
      expect(r.redLines.map((l) => l.code)).toEqual([code]);
      expect(r.thresholdCrossed).toMatch(new RegExp(`^red line: .+ \\(${code}\\)$`));
      expect(r.explanation.at(-1)).toMatch(/closure by law/);
    });

    it('names every red line found, in a fixed order whatever the input order', () => {
      const r = classify(top, flags(), ['bannedOrObsoleteCapacity', 'majorSafetyHazard']);
      expect(r.redLines).toEqual([
        { code: 'majorSafetyHazard', name: '重大安全隐患' },
        { code: 'bannedOrObsoleteCapacity', name: '国家明令禁止和淘汰的落后产能' },
      ]);
      expect(r.thresholdCrossed).toBe('red line: 重大安全隐患 (majorSafetyHazard), 国家明令禁止和淘汰的落后产能 (bannedOrObsoleteCapacity)');
    });
  });

  describe('the support boundary (75)', () => {
    it('puts exactly 75 on A, with or without headquarters', () => {
      const r = classify(at75, flags({ highTechCertified: true }));
      expect(r.score).toBe(75);
      expect(r.track).toBe('A');
      expect(r.thresholdCrossed).toBe('score 75.00 ≥ 75 (support)');
      expect(classify(at75, flags({ highTechCertified: true, headquartersInShenzhen: false })).track).toBe('A');
    });

    it('puts 74.99 below A: B with headquarters, C without', () => {
      const withHq = classify(justBelow75, flags({ highTechCertified: true }));
      expect(withHq.score).toBe(74.99);
      expect(withHq.track).toBe('B');
      expect(withHq.thresholdCrossed).toBe('score 74.99 < 75 (support) and ≥ 55 (headquarters stays), headquarters in Shenzhen');
      const without = classify(justBelow75, flags({ highTechCertified: true, headquartersInShenzhen: false }));
      expect(without.track).toBe('C');
      expect(without.thresholdCrossed).toBe('score 74.99 < 75 (support) and no headquarters in Shenzhen');
    });
  });

  describe('the headquarters boundary (55)', () => {
    it('puts exactly 55 with headquarters in Shenzhen on B', () => {
      const r = classify(at55, flags());
      expect(r.score).toBe(55);
      expect(r.track).toBe('B');
    });

    it('puts 54.99 with headquarters on C', () => {
      const r = classify(justBelow55, flags());
      expect(r.score).toBe(54.99);
      expect(r.track).toBe('C');
      expect(r.thresholdCrossed).toBe('score 54.99 < 55 (headquarters stays)');
    });

    it('puts exactly 55 without headquarters in Shenzhen on C', () => {
      const r = classify(at55, flags({ headquartersInShenzhen: false }));
      expect(r.score).toBe(55);
      expect(r.track).toBe('C');
    });
  });

  it('applies an admin-supplied index and records its version', () => {
    const strict = evaluationIndexSchemas().definition.parse({ ...SZ_2009_INDEX_V1, version: 'sz-2010-strict', thresholds: { supportAtLeast: 80, hqStaysAtLeast: 60 } });
    const r = classifyEnterprise(strict, { indicators: worked, flags: flags({ highTechCertified: true }), redLines: [] });
    expect(r.indexVersion).toBe('sz-2010-strict');
    expect(r.score).toBe(76.5);
    expect(r.track).toBe('B');
  });

  it('is deterministic', () => {
    const profile = { indicators: worked, flags: flags(), redLines: [] };
    expect(classifyEnterprise(SZ_2009_INDEX_V1, profile)).toEqual(classifyEnterprise(SZ_2009_INDEX_V1, profile));
  });
});

describe('decideTrackByScoreBands (legacy)', () => {
  const index = { thresholds: { supportAtLeast: 75, hqStaysAtLeast: 55 } };
  it.each([
    [75, true, 'A'],
    [74.99, true, 'B'],
    [75, false, 'A'],
    [74.99, false, 'C'],
    [55, true, 'B'],
    [54.99, true, 'C'],
    [55, false, 'C'],
    [0, true, 'C'],
  ] as const)('score %d, headquarters %s → %s', (score, hq, track) => {
    expect(decideTrack(index, score, hq, []).track).toBe(track);
  });

  it('sends a red line to D at any score', () => {
    expect(decideTrack(index, 100, true, ['unlicensed']).track).toBe('D');
    expect(decideTrack(index, 0, false, ['maliciousWageArrears']).track).toBe('D');
  });
});
