import { PRODUCTION_CATEGORY_NAMES, RED_LINES, RED_LINE_CODES, type EnterpriseProfile, type ProductionCategory, type RedLineCode } from './enterprise.schema';
import { scoreEnterprise, type EvaluationIndexDefinition, type IndicatorContribution } from './evaluation-index';
import { sizeClassOf, type SizeClass } from './size-class';

/** The four tracks of 五(一). */
export const TRACKS = ['A', 'B', 'C', 'D'] as const;
export type Track = (typeof TRACKS)[number];

export const TRACK_NAMES: Readonly<Record<Track, { readonly name: string; readonly nameEn: string }>> = {
  A: { name: '扶持壮大', nameEn: 'support' },
  B: { name: '总部留深', nameEn: 'headquarters stays' },
  C: { name: '引导转移', nameEn: 'guided transfer' },
  D: { name: '依法淘汰', nameEn: 'eliminate' },
};

export interface RedLineFinding {
  code: RedLineCode;
  name: string;
}

/**
 * The rules of {@link decideTrack}, in the order they are tried. Stable ids: they are recorded in
 * `duban.enterprise.classified.v1` and answered by the API.
 */
export const TRACK_RULE_IDS = [
  'd-red-line',
  'a-index-high-end',
  'a-local-headquarters',
  'a-leading-firm',
  'b-headquarters-stays',
  'c-production-category',
  'c-weak-momentum',
  'c-none-fits',
] as const;
export type TrackRuleId = (typeof TRACK_RULE_IDS)[number];

/** Which rule decided a track, the seed's clause it applies, and what in it is the project's own reading. */
export interface TrackRule {
  id: TrackRuleId;
  /** The clause, cited and quoted, e.g. `五(一) "坚决依法淘汰和关闭"`. */
  clause: string;
  /** Each part of the rule that the seed does not set (a threshold, a size class, a reading): ours. Empty when the seed decides alone. */
  ours: string[];
}

/** A classification that explains itself; stored as the `duban.enterprise.classified.v1` fact. */
export interface EnterpriseClassification {
  /** The index version used, e.g. `sz-2009-v1`. */
  indexVersion: string;
  track: Track;
  /** 0–100, 2 decimals; computed even on track D, for the record. */
  score: number;
  contributions: IndicatorContribution[];
  /** The rule that decided the track, in words, e.g. `score 82.40 ≥ 75: the index's high end (ours)`. */
  thresholdCrossed: string;
  /** Every red line found, in {@link RED_LINE_CODES} order; empty unless the track is D. */
  redLines: RedLineFinding[];
  /** Plain sentences, in order: the score, each contribution, the rule order, the deciding rule with its clause and what is ours. */
  explanation: string[];
  /** The rule that decided, with its clause. Absent on classifications made by the score bands used before issue 11. */
  rule?: TrackRule;
}

/** Where the seed's text for each rule is: 五(一) of 深府办〔2009〕98号 (four sentences, one per track). */
const CLAUSE = {
  D: '五(一) "对于有重大安全隐患、无证无牌、恶意欠薪以及国家明令禁止和淘汰的落后产能企业，坚决依法淘汰和关闭"',
  aIndex: '五(一) "技术含量高、附加值高、成长性好、对深圳税收贡献大的企业"',
  aHq: '五(一) "本地大中骨干型总部企业"',
  aLeading: '五(一) "不同领域、不同发展阶段的优势企业"',
  B: '五(一) "对于生产加工环节外移，总部留在深圳的企业，积极创造环境，使其总部能扎根深圳"',
  cCategory: '五(一) "部分高新技术产业生产配套环节、资本密集型产业中的加工制造环节、劳动密集型、资源型产业" (and 四(一))',
  cMomentum: '五(一) "在我市发展后劲不足或带动能力较弱而转入地具有比较成熟产业配套环境的行业（企业）"',
  cNone: '五(一) names four kinds of enterprise; this one is none of them',
} as const;

/** What happens on each track, by the seed's words (五(一)), for the explanation. */
const WHAT_HAPPENS: Readonly<Record<Track, string>> = {
  A: '五(一) "实行加强服务与财政扶持并重，支持其进一步做大做强，鼓励企业走出去": support plan, then periodic review',
  B: '五(一) "积极创造环境，使其总部能扎根深圳": headquarters-rooting service beside the tracked production move',
  C: '五(一) "协助退出、转移及优化提升": the enterprise chooses exit, transfer or upgrade (企业自愿, 四(二))',
  D: '五(一) "坚决依法淘汰和关闭": closure by law, no rectification route',
};

/** The categories 五(一) names for track C: every one but `other`. */
const C_CATEGORIES: readonly ProductionCategory[] = ['high-tech-supporting', 'capital-intensive-processing', 'labour-intensive', 'resource-based'];

const fmt = (x: number): string => x.toFixed(2);

/** What {@link decideTrack} reads besides the score. Absent optional fields read as documented on the registration schema. */
export interface TrackSituation {
  score: number;
  redLines: readonly RedLineCode[];
  headquartersInShenzhen: boolean;
  productionMovingOut: boolean;
  leadingFirm: boolean;
  productionCategory: ProductionCategory;
  sizeClass: SizeClass;
}

export interface TrackDecision {
  track: Track;
  thresholdCrossed: string;
  rule: TrackRule;
}

/**
 * Decides a track the way 五(一) defines the tracks: by the enterprise's situation, industry and
 * production stage, with the evaluation index's score as one input. Rules, tried in this order
 * (the order is ours: the seed lists the tracks without saying which wins when two fit):
 *
 * 1. Any red line → D (`d-red-line`): "坚决依法淘汰和关闭" admits no exception, so it is tried first.
 * 2. A, by any of the seed's three descriptions:
 *    - the index's high end, score ≥ `supportAtLeast` (`a-index-high-end`; the threshold is the
 *      index's, 75 in sz-2009-v1: ours);
 *    - a large or medium local headquarters firm: headquarters in Shenzhen and large or medium by
 *      {@link sizeClassOf} (`a-local-headquarters`; the size classes are ours);
 *    - a leading firm of its field or stage, as declared (`a-leading-firm`; the flag is ours).
 * 3. Headquarters in Shenzhen and production moving or moved out → B (`b-headquarters-stays`),
 *    whatever the score below A: a situation, not a band.
 * 4. C, by the seed's list of stages and industries (`c-production-category`), or by weak momentum
 *    (`c-weak-momentum`): our reading of 发展后劲不足 is an index score below `hqStaysAtLeast`
 *    (55 in sz-2009-v1: ours).
 * 5. None of them fits → C (`c-none-fits`, ours): the seed's four kinds do not cover every
 *    enterprise; C is the one track where nothing is imposed, because the enterprise itself
 *    chooses to exit, transfer or upgrade (企业自愿, 四(二)), and upgrading in place is one choice.
 *
 * Thresholds are inclusive ("at least"). The score must already be rounded as {@link scoreEnterprise}
 * rounds it, so that 74.999… never sneaks past 75.
 */
export function decideTrack(index: Pick<EvaluationIndexDefinition, 'thresholds' | 'version'>, s: TrackSituation): TrackDecision {
  const { supportAtLeast, hqStaysAtLeast: weakBelow } = index.thresholds;
  const found = RED_LINE_CODES.filter((c) => s.redLines.includes(c));
  if (found.length > 0) {
    return {
      track: 'D',
      thresholdCrossed: `red line: ${found.map((c) => `${RED_LINES[c].name} (${c})`).join(', ')}`,
      rule: { id: 'd-red-line', clause: CLAUSE.D, ours: [] },
    };
  }
  if (s.score >= supportAtLeast) {
    return {
      track: 'A',
      thresholdCrossed: `score ${fmt(s.score)} ≥ ${supportAtLeast}: the index's high end`,
      rule: { id: 'a-index-high-end', clause: CLAUSE.aIndex, ours: [`the high end read as a score ≥ ${supportAtLeast} on index ${index.version}`] },
    };
  }
  if (s.headquartersInShenzhen && (s.sizeClass === 'large' || s.sizeClass === 'medium')) {
    return {
      track: 'A',
      thresholdCrossed: `a ${s.sizeClass} enterprise with its headquarters in Shenzhen: a local backbone headquarters firm`,
      rule: { id: 'a-local-headquarters', clause: CLAUSE.aHq, ours: ['大中 read as large or medium by our size classes (NBS 2003 thresholds on employees and output; assets are not registered)'] },
    };
  }
  if (s.leadingFirm) {
    return {
      track: 'A',
      thresholdCrossed: 'declared a leading firm of its field or stage',
      rule: { id: 'a-leading-firm', clause: CLAUSE.aLeading, ours: ['who is a leading firm is declared at registration (the seed names no test)'] },
    };
  }
  if (s.headquartersInShenzhen && s.productionMovingOut) {
    return {
      track: 'B',
      thresholdCrossed: `production moving out, headquarters staying in Shenzhen (score ${fmt(s.score)} < ${supportAtLeast}, not large or medium)`,
      rule: { id: 'b-headquarters-stays', clause: CLAUSE.B, ours: [] },
    };
  }
  if (C_CATEGORIES.includes(s.productionCategory)) {
    return {
      track: 'C',
      thresholdCrossed: `${PRODUCTION_CATEGORY_NAMES[s.productionCategory].name} (${s.productionCategory})`,
      rule: { id: 'c-production-category', clause: CLAUSE.cCategory, ours: ['the seed\'s "部分" (some) read as every enterprise registered in the category; whether a destination fits is the matcher\'s business'] },
    };
  }
  if (s.score < weakBelow) {
    return {
      track: 'C',
      thresholdCrossed: `score ${fmt(s.score)} < ${weakBelow}: weak momentum`,
      rule: { id: 'c-weak-momentum', clause: CLAUSE.cMomentum, ours: [`发展后劲不足或带动能力较弱 read as a score < ${weakBelow} on index ${index.version}`] },
    };
  }
  return {
    track: 'C',
    thresholdCrossed: `none of the four kinds fits (score ${fmt(s.score)}, no red line, not large or medium with headquarters in Shenzhen, not a leading firm, production not moving out, category other)`,
    rule: { id: 'c-none-fits', clause: CLAUSE.cNone, ours: ['an enterprise of none of the four kinds is placed on C, where it chooses exit, transfer or upgrade in place itself (企业自愿)'] },
  };
}

/**
 * Classifies one enterprise under an index definition by the seed's tracks (see {@link decideTrack}
 * for the rules). Pure and deterministic: the same index and profile always give the same result,
 * so a workflow may call it directly. Red lines are reported in a fixed order whatever order they
 * were given in. Absent optional fields read as: not moving out, not a leading firm, category `other`.
 */
export function classifyEnterprise(index: EvaluationIndexDefinition, enterprise: EnterpriseProfile): EnterpriseClassification {
  const { score, contributions } = scoreEnterprise(index, enterprise);
  const size = sizeClassOf(enterprise.indicators);
  const { track, thresholdCrossed, rule } = decideTrack(index, {
    score,
    redLines: enterprise.redLines,
    headquartersInShenzhen: enterprise.flags.headquartersInShenzhen,
    productionMovingOut: enterprise.flags.productionMovingOut ?? false,
    leadingFirm: enterprise.flags.leadingFirm ?? false,
    productionCategory: enterprise.productionCategory ?? 'other',
    sizeClass: size.sizeClass,
  });
  const redLines = RED_LINE_CODES.filter((c) => enterprise.redLines.includes(c)).map((code) => ({ code, name: RED_LINES[code].name }));
  const explanation = [
    `index ${index.version}: score ${fmt(score)} of 100`,
    ...contributions.map(
      (c) =>
        `${c.name}: ${c.raw} ${c.unit} → ${fmt(c.normalised)} × ${c.weight} = ${fmt(c.points)}` + (c.adjustment ? ` (${c.adjustment})` : ''),
    ),
    `size: ${size.sizeClass} (about ${Math.round(size.employees)} employees, output ${enterprise.indicators.scale} 10k CNY; size classes ours)`,
    'rules tried in the order D, A, B, C (the order is ours: 五(一) lists the four tracks without precedence)',
    `track ${track} ${TRACK_NAMES[track].name} (${TRACK_NAMES[track].nameEn}) by rule ${rule.id}: ${thresholdCrossed}`,
    `clause: ${rule.clause}`,
    ...rule.ours.map((o) => `ours: ${o}`),
    `what happens: ${WHAT_HAPPENS[track]}`,
  ];
  return { indexVersion: index.version, track, score, contributions, thresholdCrossed, redLines, explanation, rule };
}
