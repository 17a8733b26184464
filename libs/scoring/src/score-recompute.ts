import type { Db } from 'mongodb';
import { computeScores, scoreKey, type UnitYearScore } from '@duban/domain';
import { readLiveScores, readScoringEventsFromAudit } from '@duban/persistence';
import { scoreDigest } from './score-updated.event';

/** A unit-year where the live `scores` collection and the recomputation disagree. */
export interface ScoreDifference {
  key: string;
  /** `missing`: recomputed, not live; `unexpected`: live, not recomputed; `different`: both, unequal. */
  kind: 'missing' | 'unexpected' | 'different';
  recomputed?: { score: number; excellent: boolean; items: number };
  live?: { score: number; excellent: boolean; items: number };
}

export interface RecomputeResult {
  /** Every score, recomputed from the audit log alone. */
  scores: UnitYearScore[];
  /** Against the live `scores` collection; empty when they agree. */
  differences: ScoreDifference[];
  /** Audit events read. */
  eventsRead: number;
}

/**
 * Recomputes every score from scratch from the audit log with the domain's pure `computeScores`
 * (what `npm run scores:recompute` runs), and compares the result with the live `scores`
 * collection by digest. Takes a plain driver `Db` so that tools run it without Nest.
 */
export async function recomputeScores(db: Db): Promise<RecomputeResult> {
  const { events, eventsRead } = await readScoringEventsFromAudit(db);
  const scores = computeScores(events);
  const live = await readLiveScores(db);
  const liveByKey = new Map(live.map((l) => [l._id, l]));
  const summary = (s: { score: number; excellent: boolean; items: unknown[] }) => ({ score: s.score, excellent: s.excellent, items: s.items.length });
  const differences: ScoreDifference[] = [];
  for (const s of scores) {
    const key = scoreKey(s);
    const l = liveByKey.get(key);
    liveByKey.delete(key);
    if (!l) differences.push({ key, kind: 'missing', recomputed: summary(s) });
    else if (scoreDigest(l) !== scoreDigest(s)) differences.push({ key, kind: 'different', recomputed: summary(s), live: summary(l) });
  }
  for (const [key, l] of liveByKey) differences.push({ key, kind: 'unexpected', live: summary(l) });
  return { scores, differences, eventsRead };
}
