import { periodYear } from '../plan/targets';
import type { BenefitEntry, PlanAssessmentLog } from './assessment-events';

/**
 * The benefit-sharing ledger (利益共享机制, 二(四): 转出地政府、转入地政府以及转移企业均能够在产业转移中获得
 * 实际收益): per transferred enterprise and period, its output value and tax and their split between
 * 转出地 (the Shenzhen district) and 转入地 (the park's city), as agreed between them. The seed sets
 * the principle; the fields (shares of the statistics and of the tax) are our reading of it.
 */

/** Shares must add up to 1 within this (they are sent as decimals, e.g. 0.4 + 0.6). */
const SHARE_TOLERANCE = 1e-6;
const PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;
const round2 = (n: number): number => Math.round(n * 100) / 100 + 0;

/** What a district records for one enterprise and period (the HTTP body, checked for shape; amounts in 万元). */
export interface BenefitEntryInput {
  period: string;
  outputValue: number;
  tax: number;
  statistics: { outbound: number; inbound: number };
  taxSplit: { outbound: number; inbound: number };
  correction?: { reason: string };
}

export type BenefitEntryCheck =
  | { ok: true }
  | { ok: false; kind: 'invalid'; problems: { path: string; rule: string }[] }
  | { ok: false; kind: 'already-recorded' | 'nothing-to-correct'; message: string };

/** The first day of a period `YYYY` or `YYYY-Qn`; `undefined` for anything else. */
function startOf(period: string): string | undefined {
  const m = PERIOD.exec(period);
  if (!m) return undefined;
  const month = m[2] ? (Number(m[2]) - 1) * 3 + 1 : 1;
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/**
 * Checks one entry: the period is a year or a quarter, not before the plan's issue year, begun by
 * `today`, and not mixed with the other form for the same year (a year and its quarters would
 * count twice); each split adds up to 1; a period recorded before needs a correction, and a
 * correction needs a period recorded before.
 *
 * @param recorded the periods already recorded for this enterprise.
 * @param today `YYYY-MM-DD`, Asia/Shanghai.
 */
export function checkBenefitEntry(entry: BenefitEntryInput, issuedOn: string, recorded: ReadonlySet<string>, today: string): BenefitEntryCheck {
  const problems: { path: string; rule: string }[] = [];
  const start = startOf(entry.period);
  if (start === undefined) problems.push({ path: 'period', rule: 'must be a year YYYY or a quarter YYYY-Qn' });
  else if (periodYear(entry.period) < periodYear(issuedOn)) problems.push({ path: 'period', rule: `is before the plan was issued (${issuedOn})` });
  else if (start > today) problems.push({ path: 'period', rule: `has not begun yet (today is ${today})` });
  else {
    const year = entry.period.slice(0, 4);
    const quarterly = entry.period.length > 4;
    const clash = [...recorded].find((p) => p.slice(0, 4) === year && p.length > 4 !== quarterly);
    if (clash) problems.push({ path: 'period', rule: `${year} is already recorded as ${clash}: record a year either whole or by quarter` });
  }
  for (const split of ['statistics', 'taxSplit'] as const) {
    const { outbound, inbound } = entry[split];
    if (Math.abs(outbound + inbound - 1) > SHARE_TOLERANCE) problems.push({ path: `${split}.inbound`, rule: `outbound + inbound must be 1 (got ${outbound} + ${inbound})` });
  }
  if (problems.length > 0) return { ok: false, kind: 'invalid', problems };
  const seen = recorded.has(entry.period);
  if (seen && !entry.correction) return { ok: false, kind: 'already-recorded', message: `${entry.period} is already recorded for this enterprise: send a correction with its reason to replace it` };
  if (!seen && entry.correction) return { ok: false, kind: 'nothing-to-correct', message: `${entry.period} has no entry for this enterprise to correct` };
  return { ok: true };
}

/** Sums of a set of entries, in 万元. `outputOutbound`/`outputInbound`: the output value counted in each side's statistics. */
export interface LedgerTotals {
  entries: number;
  enterprises: number;
  outputValue: number;
  outputOutbound: number;
  outputInbound: number;
  tax: number;
  taxOutbound: number;
  taxInbound: number;
}

/** One district's (转出地) or park's (转入地) sums. */
export interface LedgerGroup extends LedgerTotals {
  /** The district code, or the park id. */
  key: string;
  /** For a park: its name and city. */
  parkName?: string;
  city?: string;
}

export interface BenefitLedger {
  planId: string;
  groupBy: 'district' | 'park';
  /** Only entries of this year, when given. */
  year?: number;
  groups: LedgerGroup[];
  totals: LedgerTotals;
  /** The entries in force, by enterprise then period. */
  entries: BenefitEntry[];
}

function totalsOf(entries: readonly BenefitEntry[]): LedgerTotals {
  const sum = (f: (e: BenefitEntry) => number): number => round2(entries.reduce((s, e) => s + f(e), 0));
  return {
    entries: entries.length,
    enterprises: new Set(entries.map((e) => e.enterpriseId)).size,
    outputValue: sum((e) => e.outputValue),
    outputOutbound: sum((e) => e.outputValue * e.statistics.outbound),
    outputInbound: sum((e) => e.outputValue * e.statistics.inbound),
    tax: sum((e) => e.tax),
    taxOutbound: sum((e) => e.tax * e.taxSplit.outbound),
    taxInbound: sum((e) => e.tax * e.taxSplit.inbound),
  };
}

/**
 * The ledger of a plan summed per district (转出地) or per park (转入地), optionally for one year:
 * only the entries in force count (a correction replaces its period's entry). Pure.
 */
export function benefitLedger(log: PlanAssessmentLog, groupBy: 'district' | 'park', year?: number): BenefitLedger {
  const entries = [...log.benefits.values()]
    .filter((e) => year === undefined || periodYear(e.period) === year)
    .sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const groups = new Map<string, BenefitEntry[]>();
  for (const e of entries) {
    const key = groupBy === 'district' ? e.district : e.park.parkId;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return {
    planId: log.planId,
    groupBy,
    ...(year !== undefined && { year }),
    groups: [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, list]) => {
        const park = (list[0] as BenefitEntry).park;
        return { key, ...(groupBy === 'park' && { parkName: park.parkName, city: park.city }), ...totalsOf(list) };
      }),
    totals: totalsOf(entries),
    entries,
  };
}
