import { RED_LINES, RED_LINE_CODES, type EnterpriseProfile, type RedLineCode } from './enterprise.schema';
import type { EnterpriseClassification, Track } from './classifier';
import { TRACK_NAMES } from './classifier';
import { scoreEnterprise, type EvaluationIndexDefinition } from './evaluation-index';

/**
 * LEGACY: the tracks of 五(一) read as score bands, as the code did before issue 11. Kept only so
 * that enterprise workflows started before the Temporal patch `enterprise-tracks-by-seed` decide on
 * replay exactly what they decided when they ran (their recorded events, explanation texts
 * included, are compared word for word). New cases use {@link classifyEnterprise}. Do not change
 * a word of the texts below; do not use this for anything new.
 */

const fmt = (x: number): string => x.toFixed(2);

/**
 * LEGACY score bands: a red line → D; score ≥ `supportAtLeast` → A; headquarters in Shenzhen and
 * score ≥ `hqStaysAtLeast` → B; anything else → C. Thresholds inclusive.
 */
export function decideTrackByScoreBands(
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

/** LEGACY: classifies by score bands (see {@link decideTrackByScoreBands}); the result has no `rule`. */
export function classifyByScoreBands(index: EvaluationIndexDefinition, enterprise: EnterpriseProfile): EnterpriseClassification {
  const { score, contributions } = scoreEnterprise(index, enterprise);
  const { track, thresholdCrossed } = decideTrackByScoreBands(index, score, enterprise.flags.headquartersInShenzhen, enterprise.redLines);
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
