import type { ScoreDrillDown, ScoreResponse } from '@duban/contracts';
import type { ScoringRules } from '@duban/domain';

const round2 = (n: number): number => Math.round(n * 100) / 100 + 0;

/**
 * A unit-year's scores explained: each plan's score with the base and target of that plan's rules,
 * the points still to make up, and its items summed by rule and by subject, largest deduction
 * first (then rule or subject name, so the order is total). Pure: the live scores already hold
 * every item (a pure function of the event log), so nothing is recomputed here.
 */
export function drillDown(unit: string, year: number, scores: readonly ScoreResponse[], rulesOf: (planId: string) => ScoringRules): ScoreDrillDown {
  const plans = [...scores]
    .sort((a, b) => a.planId.localeCompare(b.planId))
    .map((s) => {
      const rules = rulesOf(s.planId);
      const byRule = new Map<string, { count: number; points: number }>();
      const bySubject = new Map<string, { points: number; items: ScoreResponse['items'] }>();
      for (const item of s.items) {
        const r = byRule.get(item.rule) ?? { count: 0, points: 0 };
        byRule.set(item.rule, { count: r.count + 1, points: r.points + item.points });
        const sub = bySubject.get(item.subject) ?? { points: 0, items: [] };
        bySubject.set(item.subject, { points: sub.points + item.points, items: [...sub.items, item] });
      }
      return {
        ...s,
        base: rules.base,
        target: rules.excellentAtLeast,
        pointsToTarget: s.score < rules.excellentAtLeast ? round2(rules.excellentAtLeast - s.score) : 0,
        byRule: [...byRule]
          .map(([rule, v]) => ({ rule: rule as ScoreResponse['items'][number]['rule'], count: v.count, points: round2(v.points) }))
          .sort((a, b) => a.points - b.points || a.rule.localeCompare(b.rule)),
        bySubject: [...bySubject]
          .map(([subject, v]) => ({ subject, points: round2(v.points), items: v.items }))
          .sort((a, b) => a.points - b.points || a.subject.localeCompare(b.subject)),
      };
    });
  return { unit, year, plans };
}
