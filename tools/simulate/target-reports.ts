import type { PlanDefinition } from '@duban/domain';

/**
 * What the simulated owning units report on the seed plan's targets (三, 二(二), 五(三)2): one report
 * per target and year, filed on 20 January for the year before, and on 20 December for the plan's
 * last year (its period has begun; the plan's clock stops at its end). The figures are illustrative,
 * ours: a slow start and a catch-up, so the city's assessment moves from year to year.
 */
export interface SimulatedTargetReport {
  /** Plan time, ISO-8601. */
  at: string;
  targetCode: string;
  owner: string;
  period: string;
  value?: number;
  values?: Record<string, number>;
}

/** Illustrative figures by target code and year (ours); a target of another code is not reported. */
const FIGURES: Readonly<Record<string, Readonly<Record<number, number | Record<string, number>>>>> = {
  DEMO_PARKS: { 2009: 0, 2010: 0, 2011: 1, 2012: 1 },
  TRANSFERRED: { 2009: 8, 2010: 30, 2011: 62, 2012: 95 },
  GROWTH_BALANCE: { 2009: { entering: 920, leaving: 1000 }, 2010: { entering: 1080, leaving: 1000 }, 2011: { entering: 1210, leaving: 1100 }, 2012: { entering: 1300, leaving: 1150 } },
  RETRAINED: { 2009: { retrained: 120, affected: 200 }, 2010: { retrained: 380, affected: 500 }, 2011: { retrained: 560, affected: 650 }, 2012: { retrained: 610, affected: 700 } },
};

/** The reports of `plan`'s targets up to `end` (ISO-8601), in time order. */
export function simulatedTargetReports(plan: PlanDefinition, end: string): SimulatedTargetReport[] {
  const lastYear = Number(end.slice(0, 4));
  const reports: SimulatedTargetReport[] = [];
  for (const t of plan.targets ?? []) {
    for (const [year, figure] of Object.entries(FIGURES[t.code] ?? {})) {
      const y = Number(year);
      const at = y < lastYear ? `${y + 1}-01-20T02:00:00.000Z` : `${y}-12-20T02:00:00.000Z`;
      if (at > end || t.period !== 'annual') continue;
      reports.push({ at, targetCode: t.code, owner: t.owner, period: year, ...(typeof figure === 'number' ? { value: figure } : { values: figure }) });
    }
  }
  return reports.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
