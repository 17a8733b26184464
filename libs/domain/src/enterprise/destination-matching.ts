import { z } from 'zod';
import type { EnterpriseClassification, Track } from './classifier';
import type { EnterpriseRegistration } from './enterprise.schema';
import { round2 } from './evaluation-index';
import { INDUSTRIES, REGIONS, REGION_CODES, type RegionCode } from './industries.data';
import type { Park } from './park.schema';

/** How an enterprise fits a destination region under 四(三). */
export interface RegionFit {
  region: RegionCode;
  /** `listed`: the seed names the industry for the region; otherwise the region's catch-all rule admits it. */
  via: 'listed' | 'clean-industry' | 'labour-intensive';
  reason: string;
}

/** What matching reads of an enterprise. */
export type MatchableEnterprise = Pick<EnterpriseRegistration, 'industry' | 'indicators'>;

/**
 * The regions an enterprise fits under 四(三), in {@link REGION_CODES} order, one entry per region
 * (an industry the seed lists wins over a catch-all rule). Modern agriculture and tourism fit two
 * regions; an industry may fit none of its own listings yet still reach the north mountain areas
 * (non-polluting) or the west wing (labour-intensive).
 */
export function regionsForEnterprise(enterprise: MatchableEnterprise): RegionFit[] {
  const industry = INDUSTRIES[enterprise.industry];
  const fits: RegionFit[] = [];
  for (const code of REGION_CODES) {
    const region = REGIONS[code];
    if (region.industries.includes(enterprise.industry)) {
      fits.push({ region: code, via: 'listed', reason: `${industry.name} is listed for the ${region.nameEn} (${region.name}) in 四(三)` });
    } else if (region.acceptsCleanIndustry && industry.clean) {
      fits.push({ region: code, via: 'clean-industry', reason: `${industry.name} counts as non-polluting industry, which the ${region.nameEn} (${region.name}) takes (四(三))` });
    } else if (region.labourIntensiveAtLeast !== undefined && enterprise.indicators.labourIntensity >= region.labourIntensiveAtLeast) {
      fits.push({
        region: code,
        via: 'labour-intensive',
        reason: `labour-intensive (${enterprise.indicators.labourIntensity} ≥ ${region.labourIntensiveAtLeast} employees per 10M CNY output), which the ${region.nameEn} (${region.name}) takes (四(三))`,
      });
    }
  }
  return fits;
}

/**
 * The fit score of an eligible park, 0–100, as a sum of these parts:
 *
 * - `industryFocus` (40): the enterprise's industry is one of the park's focus industries, so
 *   suppliers, workers and services for it are there.
 * - `paired` (30): one of the city's own paired parks (汕尾, 潮州), which 五(二) and 六(一)4 make the
 *   main vehicle and where the city's support and follow-up service (延伸服务) reach.
 * - `listedInRegion` (10): the seed lists the industry for the park's region, rather than the
 *   region admitting it under its non-polluting or labour-intensive rule.
 * - `capacity` (20 × places left ÷ places): room to settle, and less crowding.
 *
 * Industry focus weighs more than pairing, because a cluster of the enterprise's own trade is
 * what makes a move viable; but a paired park with room, in a region the seed names the industry
 * for, can still come first (30 + 10 + up to 20). Ties are broken by park id,
 * so the order never depends on the order parks were loaded in.
 */
export const FIT_POINTS = { industryFocus: 40, paired: 30, listedInRegion: 10, capacity: 20 } as const;

export interface DestinationCandidate {
  parkId: string;
  name: string;
  region: RegionCode;
  /** 1 = best. */
  rank: number;
  /** 0–100, 2 decimals; see {@link FIT_POINTS}. */
  fit: number;
  /** Why the park is a candidate and how the fit adds up. */
  reasons: string[];
  /** An illustrative park, not a real one. */
  fictional: boolean;
}

export interface ExcludedPark {
  parkId: string;
  name: string;
  region: RegionCode;
  /** Every reason that applies, not only the first. */
  blockedBy: string[];
}

export interface DestinationMatch {
  track: Track;
  /** Eligible parks, best first. Empty for track D, or when nothing fits. */
  candidates: DestinationCandidate[];
  /** Parks that cannot take the enterprise, by park id. */
  excluded: ExcludedPark[];
}

const byId = (a: { parkId: string }, b: { parkId: string }): number => (a.parkId < b.parkId ? -1 : a.parkId > b.parkId ? 1 : 0);

/**
 * Matches a classified enterprise to parks: industry → region (四(三)) → the parks of those regions
 * whose entry standards it meets and which have room, ranked by {@link FIT_POINTS}.
 *
 * A park is excluded when the enterprise is on track D (closure by law, not transfer), its track
 * is not admitted, its industry does not fit the park's region (or the park admits only its own
 * industries), it falls short of an entry standard (score, energy, labour intensity, scale), or
 * the park is full. Track A enterprises are matched too, for expansion (五(一) 鼓励"走出去"), where
 * the park admits A. The enterprise decides (企业自愿); see {@link chooseDestination}.
 */
export function matchDestinations(enterprise: MatchableEnterprise, classification: Pick<EnterpriseClassification, 'track' | 'score'>, parks: readonly Park[]): DestinationMatch {
  const fits = regionsForEnterprise(enterprise);
  const industry = INDUSTRIES[enterprise.industry];
  const { indicators } = enterprise;
  const { track, score } = classification;
  const candidates: Omit<DestinationCandidate, 'rank'>[] = [];
  const excluded: ExcludedPark[] = [];

  for (const park of parks) {
    const region = REGIONS[park.region];
    const fit = fits.find((f) => f.region === park.region);
    const focus = park.industries.includes(enterprise.industry);
    const std = park.entryStandards;
    const left = park.capacity.enterprises - park.capacity.occupied;
    const blockedBy: string[] = [];
    if (track === 'D') blockedBy.push('track D (red line): closure by law, not transfer');
    else if (!std.tracks.includes(track)) blockedBy.push(`track ${track} is not admitted (the park admits ${std.tracks.join(', ')})`);
    if (!fit) blockedBy.push(`${industry.name} does not fit the ${region.nameEn} (${region.name}) under 四(三)`);
    if (std.industriesOnly && !focus) blockedBy.push(`the park admits only its own industries, and ${industry.name} is not one of them`);
    if (score < std.minScore) blockedBy.push(`score ${score.toFixed(2)} is below the park's minimum ${std.minScore}`);
    if (std.maxEnergyPerOutput !== undefined && indicators.energyPerOutput > std.maxEnergyPerOutput) {
      blockedBy.push(`energy ${indicators.energyPerOutput} tce per 10k CNY output exceeds the park's maximum ${std.maxEnergyPerOutput}`);
    }
    if (std.maxLabourIntensity !== undefined && indicators.labourIntensity > std.maxLabourIntensity) {
      blockedBy.push(`labour intensity ${indicators.labourIntensity} employees per 10M CNY output exceeds the park's maximum ${std.maxLabourIntensity}`);
    }
    if (std.minScale !== undefined && indicators.scale < std.minScale) {
      blockedBy.push(`output ${indicators.scale} (10k CNY) is below the park's minimum ${std.minScale}`);
    }
    if (left <= 0) blockedBy.push(`no capacity left (${park.capacity.occupied} of ${park.capacity.enterprises} places taken)`);

    if (blockedBy.length > 0 || !fit) {
      excluded.push({ parkId: park.id, name: park.name, region: park.region, blockedBy });
      continue;
    }

    const reasons: string[] = [];
    let points = 0;
    if (focus) {
      points += FIT_POINTS.industryFocus;
      reasons.push(`${industry.name} is one of the park's focus industries (+${FIT_POINTS.industryFocus})`);
    } else {
      reasons.push(`${industry.name} is not one of the park's focus industries, but fits its region (+0)`);
    }
    if (park.paired) {
      points += FIT_POINTS.paired;
      reasons.push(`one of Shenzhen's paired parks, in ${park.city} (五(二)) (+${FIT_POINTS.paired})`);
    }
    if (fit.via === 'listed') {
      points += FIT_POINTS.listedInRegion;
      reasons.push(`${fit.reason} (+${FIT_POINTS.listedInRegion})`);
    } else {
      reasons.push(`${fit.reason} (+0)`);
    }
    const capacityPoints = (FIT_POINTS.capacity * left) / park.capacity.enterprises;
    points += capacityPoints;
    reasons.push(`${left} of ${park.capacity.enterprises} places left (+${capacityPoints.toFixed(2)})`);
    reasons.push(`meets the entry standards for track ${track} with score ${score.toFixed(2)}`);
    if (park.fictional) reasons.push('a fictional example park, for illustration only');
    candidates.push({ parkId: park.id, name: park.name, region: park.region, fit: round2(points), reasons, fictional: park.fictional });
  }

  candidates.sort((a, b) => b.fit - a.fit || byId(a, b));
  excluded.sort(byId);
  return { track, candidates: candidates.map((c, i) => ({ ...c, rank: i + 1 })), excluded };
}

/** The enterprise's choice of destination, as it submits it (企业自愿: the enterprise decides). */
export const destinationChoiceSchema = z
  .object({
    parkId: z.string().min(1),
    /** The enterprise's own reasons, in its words; at least one. */
    reasons: z.array(z.string().trim().min(1).max(1000)).min(1).max(20),
  })
  .strict();

export type DestinationChoiceInput = z.infer<typeof destinationChoiceSchema>;

/** A recorded choice: what the enterprise chose and why, next to what matching said of that park. */
export interface DestinationChoice {
  parkId: string;
  rank: number;
  fit: number;
  matchReasons: string[];
  enterpriseReasons: string[];
}

export type DestinationChoiceResult =
  | { ok: true; choice: DestinationChoice }
  | { ok: false; code: 'ENTERPRISE.PARK_NOT_ELIGIBLE' | 'ENTERPRISE.PARK_UNKNOWN'; message: string };

/**
 * Records the enterprise's choice among the candidates of a match. The enterprise may pick any
 * candidate, not only the first; it may not pick an excluded park (an entry standard or a red
 * line cannot be waived by choosing) or one matching never saw.
 */
export function chooseDestination(match: DestinationMatch, input: DestinationChoiceInput): DestinationChoiceResult {
  const candidate = match.candidates.find((c) => c.parkId === input.parkId);
  if (candidate) {
    return {
      ok: true,
      choice: { parkId: candidate.parkId, rank: candidate.rank, fit: candidate.fit, matchReasons: candidate.reasons, enterpriseReasons: [...input.reasons] },
    };
  }
  const excluded = match.excluded.find((e) => e.parkId === input.parkId);
  if (excluded) {
    return { ok: false, code: 'ENTERPRISE.PARK_NOT_ELIGIBLE', message: `park ${input.parkId} cannot take this enterprise: ${excluded.blockedBy.join('; ')}` };
  }
  return { ok: false, code: 'ENTERPRISE.PARK_UNKNOWN', message: `park ${input.parkId} was not among the parks matched` };
}
