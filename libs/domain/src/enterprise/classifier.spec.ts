import { INTENTION_DECISIONS, intentionDecisions, openingSteps, trackPath } from '../lifecycle/enterprise-lifecycle';
import { TRACK_RULE_IDS, classifyEnterprise, decideTrack, type EnterpriseClassification, type TrackRuleId, type TrackSituation } from './classifier';
import { RED_LINE_CODES, type EnterpriseFlags, type EnterpriseIndicators, type EnterpriseProfile, type ProductionCategory, type RedLineCode } from './enterprise.schema';
import { SZ_2009_INDEX_V1, evaluationIndexSchemas } from './evaluation-index';

/**
 * The seed's track definitions (五(一) of 深府办〔2009〕98号) as a table of cases, one or more per
 * clause, each with the rule that must decide it. Scores are under sz-2009-v1 (see
 * legacy-score-bands.spec.ts for the worked arithmetic of the fixtures reused here).
 */

const flags = (over: Partial<EnterpriseFlags> = {}): EnterpriseFlags => ({ highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true, ...over });
const profile = (indicators: EnterpriseIndicators, f: Partial<EnterpriseFlags> = {}, more: { redLines?: RedLineCode[]; productionCategory?: ProductionCategory } = {}): EnterpriseProfile => ({
  indicators,
  flags: flags(f),
  redLines: more.redLines ?? [],
  ...(more.productionCategory !== undefined && { productionCategory: more.productionCategory }),
});

/** Certified high-tech, 76.50: the index's high end. Small: 15 employees/10M CNY × 100M CNY = 150 employees. */
const worked: EnterpriseIndicators = { technology: 4.5, valueAddedRate: 28, taxContribution: 1000, energyPerOutput: 0.2, labourIntensity: 15, scale: 10_000, growth: 18 };
/** 75.00 with certification; 74.99 with energy 0.201. */
const at75: EnterpriseIndicators = { ...worked, growth: 14 };
const justBelow75: EnterpriseIndicators = { ...at75, energyPerOutput: 0.201 };
/** 55.00 without certification; 54.99 with energy 0.201. Small (15 employees). */
const at55: EnterpriseIndicators = { technology: 4.5, valueAddedRate: 28, taxContribution: 100, energyPerOutput: 0.2, labourIntensity: 15, scale: 1000, growth: -2 };
const justBelow55: EnterpriseIndicators = { ...at55, energyPerOutput: 0.201 };
/** A labour-intensive, low-margin toy maker: 28.00; 85 employees/10M CNY × 10M CNY = 85 employees, small. */
const toyMaker: EnterpriseIndicators = { technology: 0.3, valueAddedRate: 15, taxContribution: 100, energyPerOutput: 0.3, labourIntensity: 85, scale: 1000, growth: 2 };
/**
 * A large manufacturer of middling figures: 50 employees/10M CNY × 500M CNY = 2,500 employees and
 * 500M CNY output (large); score about 50 (below A's 75, and even below 55).
 */
const largeMiddling: EnterpriseIndicators = { technology: 2, valueAddedRate: 20, taxContribution: 500, energyPerOutput: 0.4, labourIntensity: 50, scale: 50_000, growth: 5 };
/** The same at 50M CNY output and 80 employees per 10M CNY: 400 employees, medium. */
const mediumMiddling: EnterpriseIndicators = { ...largeMiddling, labourIntensity: 80, scale: 5000 };
/** Every indicator at its best end: 100. */
const top: EnterpriseIndicators = { technology: 6, valueAddedRate: 40, taxContribution: 10_000, energyPerOutput: 0.1, labourIntensity: 5, scale: 100_000, growth: 30 };

interface Case {
  clause: string;
  who: string;
  profile: EnterpriseProfile;
  track: 'A' | 'B' | 'C' | 'D';
  rule: TrackRuleId;
}

const CASES: Case[] = [
  // D: 有重大安全隐患、无证无牌、恶意欠薪以及国家明令禁止和淘汰的落后产能企业 → 坚决依法淘汰和关闭
  { clause: 'D', who: 'a red-line firm (unlicensed toy workshop)', profile: profile(toyMaker, {}, { redLines: ['unlicensed'], productionCategory: 'labour-intensive' }), track: 'D', rule: 'd-red-line' },
  { clause: 'D', who: 'a high-scoring certified firm with a major safety hazard', profile: profile(top, { highTechCertified: true, headquartersInShenzhen: true }, { redLines: ['majorSafetyHazard'] }), track: 'D', rule: 'd-red-line' },
  { clause: 'D', who: 'a large local headquarters firm with malicious wage arrears', profile: profile(largeMiddling, { headquartersInShenzhen: true }, { redLines: ['maliciousWageArrears'] }), track: 'D', rule: 'd-red-line' },
  // A: 技术含量高、附加值高、成长性好、对深圳税收贡献大的企业
  { clause: 'A1', who: 'a certified high-tech firm at the index’s high end (76.50)', profile: profile(worked, { highTechCertified: true }), track: 'A', rule: 'a-index-high-end' },
  { clause: 'A1', who: 'exactly 75, moving production out with its headquarters here (A wins over B)', profile: profile(at75, { highTechCertified: true, headquartersInShenzhen: true, productionMovingOut: true }), track: 'A', rule: 'a-index-high-end' },
  // A: 本地大中骨干型总部企业
  { clause: 'A2', who: 'a large local headquarters firm of middling score', profile: profile(largeMiddling, { headquartersInShenzhen: true }), track: 'A', rule: 'a-local-headquarters' },
  { clause: 'A2', who: 'a medium local headquarters firm', profile: profile(mediumMiddling, { headquartersInShenzhen: true }), track: 'A', rule: 'a-local-headquarters' },
  { clause: 'A2', who: 'a large local headquarters firm moving production out (A: 鼓励走出去)', profile: profile(largeMiddling, { headquartersInShenzhen: true, productionMovingOut: true }), track: 'A', rule: 'a-local-headquarters' },
  { clause: 'A2', who: 'a large labour-intensive local headquarters firm (A before C)', profile: profile(largeMiddling, { headquartersInShenzhen: true }, { productionCategory: 'labour-intensive' }), track: 'A', rule: 'a-local-headquarters' },
  // A: 不同领域、不同发展阶段的优势企业
  { clause: 'A3', who: 'a declared leading firm of its field, small and mid-score', profile: profile(justBelow55, { leadingFirm: true }), track: 'A', rule: 'a-leading-firm' },
  // B: 生产加工环节外移，总部留在深圳的企业
  { clause: 'B', who: 'a mid-score (74.99) headquarters firm whose production moves out', profile: profile(justBelow75, { highTechCertified: true, headquartersInShenzhen: true, productionMovingOut: true }), track: 'B', rule: 'b-headquarters-stays' },
  { clause: 'B', who: 'a low-score (28) headquarters firm whose production has moved out: a situation, not a band', profile: profile(toyMaker, { headquartersInShenzhen: true, productionMovingOut: true }), track: 'B', rule: 'b-headquarters-stays' },
  { clause: 'B', who: 'a labour-intensive headquarters firm moving production out (B before C)', profile: profile(toyMaker, { headquartersInShenzhen: true, productionMovingOut: true }, { productionCategory: 'labour-intensive' }), track: 'B', rule: 'b-headquarters-stays' },
  // C: 部分高新技术产业生产配套环节、资本密集型产业中的加工制造环节、劳动密集型、资源型产业
  { clause: 'C1', who: 'a labour-intensive processing plant', profile: profile(toyMaker, {}, { productionCategory: 'labour-intensive' }), track: 'C', rule: 'c-production-category' },
  { clause: 'C1', who: 'a high-tech supporting production stage scoring 74.99', profile: profile(justBelow75, { highTechCertified: true }, { productionCategory: 'high-tech-supporting' }), track: 'C', rule: 'c-production-category' },
  { clause: 'C1', who: 'a capital-intensive industry’s processing stage scoring 55', profile: profile(at55, {}, { productionCategory: 'capital-intensive-processing' }), track: 'C', rule: 'c-production-category' },
  { clause: 'C1', who: 'a resource-based plant with its headquarters here, production staying', profile: profile(at55, { headquartersInShenzhen: true }, { productionCategory: 'resource-based' }), track: 'C', rule: 'c-production-category' },
  // C: 在我市发展后劲不足或带动能力较弱…的行业（企业）
  { clause: 'C2', who: 'weak momentum: 54.99, category other', profile: profile(justBelow55), track: 'C', rule: 'c-weak-momentum' },
  { clause: 'C2', who: 'weak momentum: the toy maker registered before issue 11 (no category)', profile: profile(toyMaker), track: 'C', rule: 'c-weak-momentum' },
  { clause: 'C2', who: 'production moving out without a Shenzhen headquarters is not B', profile: profile(toyMaker, { productionMovingOut: true }), track: 'C', rule: 'c-weak-momentum' },
  { clause: 'C2', who: 'a large firm without a Shenzhen headquarters is not a local headquarters firm', profile: profile(largeMiddling), track: 'C', rule: 'c-weak-momentum' },
  // none of the four kinds (ours)
  { clause: 'none', who: 'exactly 55, small, category other, production staying', profile: profile(at55, { headquartersInShenzhen: true }), track: 'C', rule: 'c-none-fits' },
  { clause: 'none', who: '74.99 without a Shenzhen headquarters', profile: profile(justBelow75, { highTechCertified: true }), track: 'C', rule: 'c-none-fits' },
];

const classify = (p: EnterpriseProfile): EnterpriseClassification => classifyEnterprise(SZ_2009_INDEX_V1, p);

describe('the seed’s tracks (五(一)), one case per clause', () => {
  it.each(CASES.map((c) => [c.clause, c.who, c] as const))('%s: %s', (_clause, _who, c) => {
    const r = classify(c.profile);
    expect({ track: r.track, rule: r.rule?.id }).toEqual({ track: c.track, rule: c.rule });
  });

  it('covers every rule', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(TRACK_RULE_IDS));
  });

  it('names the seed’s clause in every explanation, marks what is ours, and says what happens next', () => {
    for (const c of CASES) {
      const r = classify(c.profile);
      expect(r.explanation).toContain(`clause: ${r.rule?.clause}`);
      expect(r.rule?.clause).toMatch(/五\(一\)/);
      for (const o of r.rule?.ours ?? []) expect(r.explanation).toContain(`ours: ${o}`);
      expect(r.explanation).toContain('rules tried in the order D, A, B, C (the order is ours: 五(一) lists the four tracks without precedence)');
      expect(r.explanation.at(-1)).toMatch(/^what happens: 五\(一\)/);
    }
  });

  it('labels as ours exactly the rules that rest on a threshold, a size class, a declaration or a reading', () => {
    const ours = (id: TrackRuleId) => classify((CASES.find((c) => c.rule === id) as Case).profile).rule?.ours ?? [];
    expect(ours('d-red-line')).toEqual([]);
    expect(ours('b-headquarters-stays')).toEqual([]);
    expect(ours('a-index-high-end')).toEqual(['the high end read as a score ≥ 75 on index sz-2009-v1']);
    expect(ours('a-local-headquarters')[0]).toMatch(/size classes/);
    expect(ours('a-leading-firm')[0]).toMatch(/declared/);
    expect(ours('c-production-category')[0]).toMatch(/部分/);
    expect(ours('c-weak-momentum')).toEqual(['发展后劲不足或带动能力较弱 read as a score < 55 on index sz-2009-v1']);
    expect(ours('c-none-fits')[0]).toMatch(/企业自愿/);
  });
});

describe('what each track leads to', () => {
  it('a mid-score headquarters firm whose production moves out: B, with the headquarters-rooting path beside the production move', () => {
    const r = classify(profile(justBelow75, { highTechCertified: true, headquartersInShenzhen: true, productionMovingOut: true }));
    expect(r).toMatchObject({ track: 'B', score: 74.99 });
    expect(r.thresholdCrossed).toBe('production moving out, headquarters staying in Shenzhen (score 74.99 < 75, not large or medium)');
    expect(r.rule?.clause).toContain('总部能扎根深圳');
    expect(r.explanation.at(-1)).toContain('headquarters-rooting');
    expect(openingSteps('B', 'by-seed')).toEqual(['hq-rooting', 'destination', 'labour']);
  });

  it('a large local headquarters firm: A, supported (not told its production may move)', () => {
    const r = classify(profile(largeMiddling, { headquartersInShenzhen: true }));
    expect(r.track).toBe('A');
    expect(r.score).toBeLessThan(55);
    expect(r.thresholdCrossed).toBe('a large enterprise with its headquarters in Shenzhen: a local backbone headquarters firm');
    expect(r.explanation).toContain('size: large (about 2500 employees, output 50000 10k CNY; size classes ours)');
    expect(openingSteps('A', 'by-seed')).toEqual(['support-plan']);
  });

  it('a labour-intensive processing plant: C, where the enterprise chooses one of three outcomes (企业自愿)', () => {
    const r = classify(profile(toyMaker, {}, { productionCategory: 'labour-intensive' }));
    expect(r.track).toBe('C');
    expect(r.thresholdCrossed).toBe('劳动密集型产业 (labour-intensive)');
    expect(r.explanation.at(-1)).toBe('what happens: 五(一) "协助退出、转移及优化提升": the enterprise chooses exit, transfer or upgrade (企业自愿, 四(二))');
    expect(intentionDecisions('by-seed')).toEqual(INTENTION_DECISIONS);
    expect(INTENTION_DECISIONS.map((d) => trackPath('C', 'by-seed', d).close?.outcome)).toEqual(['exited', 'transferred', 'upgraded']);
  });

  it('a red-line firm: D, closed by law without a rectification step, whatever its score', () => {
    const r = classify(profile(top, { highTechCertified: true, headquartersInShenzhen: true }, { redLines: ['bannedOrObsoleteCapacity', 'majorSafetyHazard'] }));
    expect(r).toMatchObject({ track: 'D', score: 100 });
    expect(r.redLines.map((l) => l.code)).toEqual(['majorSafetyHazard', 'bannedOrObsoleteCapacity']);
    expect(r.thresholdCrossed).toBe('red line: 重大安全隐患 (majorSafetyHazard), 国家明令禁止和淘汰的落后产能 (bannedOrObsoleteCapacity)');
    expect(r.explanation.at(-1)).toBe('what happens: 五(一) "坚决依法淘汰和关闭": closure by law, no rectification route');
    const steps = trackPath('D', 'by-seed').steps.map((s) => s.step);
    expect(steps).toEqual(['notice', 'closure-decision', 'closure-verified']);
    expect(steps).not.toContain('order');
  });

  it.each(RED_LINE_CODES)('%s alone forces D even at 100', (code) => {
    expect(classify(profile(top, { highTechCertified: true, headquartersInShenzhen: true, leadingFirm: true }, { redLines: [code] })).track).toBe('D');
  });
});

describe('the explanation', () => {
  it('keeps the score and each contribution, then the size, the rule order and the deciding rule', () => {
    const r = classify(profile(worked, { highTechCertified: true }));
    expect(r.score).toBe(76.5);
    expect(r.explanation[0]).toBe('index sz-2009-v1: score 76.50 of 100');
    expect(r.explanation).toContain('成长性（近三年营业收入年均增长率）: 18 % per year → 70.00 × 0.15 = 10.50');
    expect(r.explanation.slice(8)).toEqual([
      'size: small (about 150 employees, output 10000 10k CNY; size classes ours)',
      'rules tried in the order D, A, B, C (the order is ours: 五(一) lists the four tracks without precedence)',
      "track A 扶持壮大 (support) by rule a-index-high-end: score 76.50 ≥ 75: the index's high end",
      'clause: 五(一) "技术含量高、附加值高、成长性好、对深圳税收贡献大的企业"',
      'ours: the high end read as a score ≥ 75 on index sz-2009-v1',
      'what happens: 五(一) "实行加强服务与财政扶持并重，支持其进一步做大做强，鼓励企业走出去": support plan, then periodic review',
    ]);
  });
});

describe('decideTrack', () => {
  const index = { version: 'test', thresholds: { supportAtLeast: 75, hqStaysAtLeast: 55 } };
  const none: TrackSituation = { score: 60, redLines: [], headquartersInShenzhen: false, productionMovingOut: false, leadingFirm: false, productionCategory: 'other', sizeClass: 'small' };
  it.each([
    [{ score: 75 }, 'a-index-high-end'],
    [{ score: 74.99 }, 'c-none-fits'],
    [{ score: 55 }, 'c-none-fits'],
    [{ score: 54.99 }, 'c-weak-momentum'],
    [{ headquartersInShenzhen: true, sizeClass: 'medium' }, 'a-local-headquarters'],
    [{ headquartersInShenzhen: false, sizeClass: 'large' }, 'c-none-fits'],
    [{ headquartersInShenzhen: true, sizeClass: 'small', productionMovingOut: true }, 'b-headquarters-stays'],
    [{ headquartersInShenzhen: true }, 'c-none-fits'],
    [{ productionCategory: 'resource-based', score: 74 }, 'c-production-category'],
    [{ leadingFirm: true, productionMovingOut: true, headquartersInShenzhen: true }, 'a-leading-firm'],
    [{ redLines: ['unlicensed'], score: 100, leadingFirm: true }, 'd-red-line'],
  ] as [Partial<TrackSituation>, TrackRuleId][])('%j → %s', (over, rule) => {
    expect(decideTrack(index, { ...none, ...over }).rule.id).toBe(rule);
  });

  it('reads weak momentum and the high end from the index in force', () => {
    const strict = evaluationIndexSchemas().definition.parse({ ...SZ_2009_INDEX_V1, version: 'sz-2010-strict', thresholds: { supportAtLeast: 80, hqStaysAtLeast: 60 } });
    const r = classifyEnterprise(strict, profile(worked, { highTechCertified: true }));
    expect(r).toMatchObject({ indexVersion: 'sz-2010-strict', score: 76.5, track: 'C', rule: { id: 'c-none-fits' } });
    expect(classifyEnterprise(strict, profile(at55)).rule?.ours).toEqual(['发展后劲不足或带动能力较弱 read as a score < 60 on index sz-2010-strict']);
  });

  it('is deterministic', () => {
    const p = profile(worked);
    expect(classify(p)).toEqual(classify(p));
  });
});
