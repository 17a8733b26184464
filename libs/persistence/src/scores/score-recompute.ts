import type { Db } from 'mongodb';
import { computeScores, isScoringEventType, scoreKey, type ScoringEvent, type UnitYearScore } from '@duban/domain';
import { scoreDigest } from './score.repository';

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

interface AuditDoc {
  _id: string;
  type: string;
  subject: string;
  time: Date;
  sequence: number;
  data: Record<string, unknown>;
}

interface LiveScoreDoc {
  _id: string;
  score: number;
  excellent: boolean;
  belowTarget: boolean;
  items: UnitYearScore['items'];
}

/**
 * Recomputes every score from scratch from the audit log (`audit_events`: only the CloudEvent
 * fields `_id`, `type`, `subject`, `time`, `sequence`, `data` are read) with the domain's pure
 * `computeScores`, and compares the result with the live `scores` collection.
 */
export async function recomputeScores(db: Db): Promise<RecomputeResult> {
  const docs = await db
    .collection<AuditDoc>('audit_events')
    .find({}, { projection: { _id: 1, type: 1, subject: 1, time: 1, sequence: 1, data: 1 } })
    .toArray();
  const events: ScoringEvent[] = docs
    .filter((d) => isScoringEventType(d.type))
    .map((d) => ({ id: d._id, type: d.type, subject: d.subject, time: new Date(d.time).toISOString(), sequence: d.sequence, data: d.data }));
  const scores = computeScores(events);
  const live = await db
    .collection<LiveScoreDoc>('scores')
    .find({}, { projection: { _id: 1, score: 1, excellent: 1, belowTarget: 1, items: 1 } })
    .toArray();
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
  return { scores, differences, eventsRead: docs.length };
}
