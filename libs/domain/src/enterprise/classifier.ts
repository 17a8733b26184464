import { RED_LINES, RED_LINE_CODES, type EnterpriseProfile, type RedLineCode } from './enterprise.schema';
import { scoreEnterprise, type EvaluationIndexDefinition, type IndicatorContribution } from './evaluation-index';

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

/** A classification that explains itself; stored as the `duban.enterprise.classified.v1` fact. */
export interface EnterpriseClassification {
  /** The index version used, e.g. `sz-2009-v1`. */
  indexVersion: string;
  track: Track;
  /** 0–100, 2 decimals; computed even on track D, for the record. */
  score: number;
  contributions: IndicatorContribution[];
  /** The rule that decided the track, e.g. `score 82.40 ≥ 75 (support)`. */
  thresholdCrossed: string;
  /** Every red line found, in {@link RED_LINE_CODES} order; empty unless the track is D. */
  redLines: RedLineFinding[];
  /** Plain sentences, in order: the score, each contribution, the deciding rule. */
  explanation: string[];
}

const fmt = (x: number): string => x.toFixed(2);

/**
 * Decides a track from a score, the headquarters flag and the red lines, by these rules in order:
 *
 * 1. Any red line → D, whatever the score (五(一): "坚决依法淘汰和关闭"; a high score cannot buy a
 *    safety hazard or wage arrears out of closure).
 * 2. score ≥ `supportAtLeast` → A.
 * 3. headquarters in Shenzhen and score ≥ `hqStaysAtLeast` → B: production may move, the HQ stays.
 * 4. Otherwise → C: guided transfer, exit or upgrade, which the enterprise chooses (企业自愿).
 *
 * Thresholds are inclusive ("at least"). The score must already be rounded as {@link scoreEnterprise}
 * rounds it, so that 74.999… never sneaks past 75.
 */
export function decideTrack(
  index: Pick<EvaluationIndexDefinition, 'thresholds'>,
  score: number,
  headquartersInShenzhen: boolean,
  redLines: readonly RedLineCode[],
): { track: Track; thresholdCrossed: string } {
  const { supportAtLeast, hqStaysAtLeast } = index.thresholds;
  const found = RED_LINE_CODES.filter((c) => redLines.includes(c));
  if (found.length > 0) {
    return { track: 'D', thresholdCrossed: `red line: ${found.map((c) => `${RED_LINES[c].name} (${c})`).join(', ')}` };
  }
  if (score >= supportAtLeast) return { track: 'A', thresholdCrossed: `score ${fmt(score)} ≥ ${supportAtLeast} (support)` };
  if (headquartersInShenzhen && score >= hqStaysAtLeast) {
    return {
      track: 'B',
      thresholdCrossed: `score ${fmt(score)} < ${supportAtLeast} (support) and ≥ ${hqStaysAtLeast} (headquarters stays), headquarters in Shenzhen`,
    };
  }
  if (score >= hqStaysAtLeast) {
    return { track: 'C', thresholdCrossed: `score ${fmt(score)} < ${supportAtLeast} (support) and no headquarters in Shenzhen` };
  }
  return { track: 'C', thresholdCrossed: `score ${fmt(score)} < ${hqStaysAtLeast} (headquarters stays)` };
}

/**
 * Classifies one enterprise under an index definition (see {@link decideTrack} for the rules).
 * Pure and deterministic: the same index and profile always give the same result, so a workflow
 * may call it directly. Red lines are reported in a fixed order whatever order they were given in.
 */
export function classifyEnterprise(index: EvaluationIndexDefinition, enterprise: EnterpriseProfile): EnterpriseClassification {
  const { score, contributions } = scoreEnterprise(index, enterprise);
  const { track, thresholdCrossed } = decideTrack(index, score, enterprise.flags.headquartersInShenzhen, enterprise.redLines);
  const redLines = RED_LINE_CODES.filter((c) => enterprise.redLines.includes(c)).map((code) => ({ code, name: RED_LINES[code].name }));
  const explanation = [
    `index ${index.version}: score ${fmt(score)} of 100`,
    ...contributions.map(
      (c) =>
        `${c.name}: ${c.raw} ${c.unit} → ${fmt(c.normalised)} × ${c.weight} = ${fmt(c.points)}` + (c.adjustment ? ` (${c.adjustment})` : ''),
    ),
    `track ${track} ${TRACK_NAMES[track].name} (${TRACK_NAMES[track].nameEn}): ${thresholdCrossed}`,
  ];
  if (track === 'D') explanation.push('a red line forces track D whatever the score (五(一)): closure by law, not transfer');
  return { indexVersion: index.version, track, score, contributions, thresholdCrossed, redLines, explanation };
}
