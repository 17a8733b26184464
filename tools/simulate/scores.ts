import type { Db } from 'mongodb';
import type { UnitYearScore } from '@duban/domain';
import { recomputeScores } from '@duban/scoring';

/** A unit-year score as the report shows it. */
export interface ScoreRow {
  unit: string;
  year: number;
  score: number;
  excellent: boolean;
  /** Each item's rule and points, for the comparison and the explanation. */
  items: { rule: string; points: number; subject: string; eventId: string }[];
}

export interface ScoreComparison {
  /** What the scores consumer keeps (`scores` collection) for the run's plan. */
  live: ScoreRow[];
  /** `computeScores` over the run's audit log (`audit_events`), from scratch. */
  recomputed: ScoreRow[];
  equal: boolean;
  /** `{unit}/{year}: …` for each unit-year that differs. */
  differences: string[];
  auditEvents: number;
}

const toRow = (s: Pick<UnitYearScore, 'unit' | 'year' | 'score' | 'excellent' | 'items'>): ScoreRow => ({
  unit: s.unit,
  year: s.year,
  score: s.score,
  excellent: s.excellent,
  items: s.items.map((i) => ({ rule: i.rule, points: i.points, subject: i.subject, eventId: i.eventId })),
});
const byUnitYear = (a: ScoreRow, b: ScoreRow): number => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.year - b.year);

/**
 * Reads the live scores of `planId` and recomputes every score from scratch from the audit log
 * of the same database, with `recomputeScores` (what `npm run scores:recompute` runs), then
 * compares them unit-year by unit-year: its digest check, and here each item (rule, points,
 * subject, event) as well. Other runs publishing on the shared topics meanwhile may leave their
 * plans half-read in this database: only `planId` is compared.
 */
export async function compareScores(db: Db, planId: string): Promise<ScoreComparison> {
  const recompute = await recomputeScores(db);
  const mine = (key: string) => key.startsWith(`${planId}/`);
  const recomputed = recompute.scores.filter((s) => s.planId === planId).map(toRow).sort(byUnitYear);
  const live = (await db.collection<UnitYearScore & { _id: string }>('scores').find({ planId }).toArray()).map(toRow).sort(byUnitYear);
  const ours = diffScores(live, recomputed);
  const theirs = recompute.differences.filter((d) => mine(d.key)).map((d) => `${d.key.slice(planId.length + 1)}: ${d.kind} (recompute command)`);
  const differences = [...ours.differences, ...theirs];
  return { live, recomputed, equal: differences.length === 0, differences, auditEvents: recompute.eventsRead };
}

/** Unit-years that differ between two score lists, named. */
export function diffScores(live: readonly ScoreRow[], recomputed: readonly ScoreRow[]): { equal: boolean; differences: string[] } {
  const key = (s: ScoreRow) => `${s.unit}/${s.year}`;
  const a = new Map(live.map((s) => [key(s), s]));
  const b = new Map(recomputed.map((s) => [key(s), s]));
  const differences: string[] = [];
  for (const k of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const l = a.get(k);
    const r = b.get(k);
    if (!l) differences.push(`${k}: only recomputed (${r?.score})`);
    else if (!r) differences.push(`${k}: only live (${l.score})`);
    else if (l.score !== r.score || l.excellent !== r.excellent) differences.push(`${k}: live ${l.score}, recomputed ${r.score}`);
    else if (JSON.stringify(l.items) !== JSON.stringify(r.items)) differences.push(`${k}: same score ${l.score}, different items`);
  }
  return { equal: differences.length === 0, differences };
}
