import { DEFAULT_SCORING_RULES } from '@duban/domain';
import type { ScoreResponse } from '@duban/contracts';
import { drillDown } from './score-drill-down';

const item = (eventId: string, subject: string, rule: ScoreResponse['items'][number]['rule'], points: number) => ({ eventId, type: 't', subject, time: '2026-01-01T00:00:00.000Z', rule, points, reason: rule });

it('explains a score by rule and by subject against the plan’s target', () => {
  const score: ScoreResponse = {
    planId: 'p',
    unit: 'FUTIAN',
    year: 2026,
    score: 87.5,
    excellent: false,
    belowTarget: true,
    updatedAt: '2026-01-02T00:00:00.000Z',
    items: [item('e1', 'p.T4.FUTIAN', 'yellow-card', -2), item('e2', 'p.T4.FUTIAN', 'red-card', -5), item('e3', 'p.T4.FUTIAN', 'overdue', -6.5), item('e4', 'p.T5.FUTIAN', 'early-completion', 1)],
  };
  const result = drillDown('FUTIAN', 2026, [score], () => ({ ...DEFAULT_SCORING_RULES, excellentAtLeast: 95 }));
  expect(result.plans[0]).toMatchObject({ base: 100, target: 95, pointsToTarget: 7.5 });
  expect(result.plans[0]?.byRule).toEqual([
    { rule: 'overdue', count: 1, points: -6.5 },
    { rule: 'red-card', count: 1, points: -5 },
    { rule: 'yellow-card', count: 1, points: -2 },
    { rule: 'early-completion', count: 1, points: 1 },
  ]);
  expect(result.plans[0]?.bySubject.map((s) => [s.subject, s.points, s.items.length])).toEqual([
    ['p.T4.FUTIAN', -13.5, 3],
    ['p.T5.FUTIAN', 1, 1],
  ]);
  expect(drillDown('FUTIAN', 2026, [{ ...score, score: 96 }], () => DEFAULT_SCORING_RULES).plans[0]?.pointsToTarget).toBe(0);
  expect(drillDown('LUOHU', 2026, [], () => DEFAULT_SCORING_RULES)).toEqual({ unit: 'LUOHU', year: 2026, plans: [] });
});
