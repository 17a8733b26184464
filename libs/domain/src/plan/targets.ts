import type { TargetDefinition, TargetIndicator, TargetPeriod } from './targets.schema';

/**
 * The plan's targets (三 of 深府办〔2009〕98号: 三年初见成效，五年大见成效; 1～2 省示范性产业转移工业园 in
 * three to five years; 长大于消、长消平衡 from 二(二)), each with an indicator that its owning unit
 * reports on a period, and a weight in the city's annual assessment. The seed names the goals;
 * the weights, the reporting periods and most figures are the project's reading, and every
 * target lists which of its parts are ours (`ours`).
 *
 * Kept free of imports from `plan-definition.ts` (which imports this file) so the two never form a
 * cycle at load time.
 */

/** The last day of a target's `by` (`YYYY` means 31 December). */
export const targetDeadline = (by: string): string => (by.length === 4 ? `${by}-12-31` : by);
/** The year of a target's `by`. */
export const targetYear = (by: string): number => Number(by.slice(0, 4));

/** One problem with the plan's targets: its JSON path in the plan and the rule it breaks. */
export interface TargetProblem {
  path: string;
  rule: string;
}

/**
 * Cross-checks of a plan's targets (the shapes are checked by the schema): the owner is a unit
 * of the plan, codes are unique, `by` is not before the plan's issue date, and at least one
 * target carries a weight (else the city's score has nothing to weigh).
 */
export function targetProblems(targets: readonly TargetDefinition[], unitCodes: ReadonlySet<string>, issuedOn: string): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const codes = new Set<string>();
  targets.forEach((t, i) => {
    if (codes.has(t.code)) problems.push({ path: `targets.${i}.code`, rule: `duplicate target code ${t.code}` });
    codes.add(t.code);
    if (!unitCodes.has(t.owner)) problems.push({ path: `targets.${i}.owner`, rule: `unknown unit ${t.owner}` });
    if (targetDeadline(t.by) < issuedOn) problems.push({ path: `targets.${i}.by`, rule: `is before the plan's issue date ${issuedOn}` });
  });
  if (targets.length > 0 && !targets.some((t) => t.weight > 0)) problems.push({ path: 'targets', rule: 'at least one target must have a weight above 0' });
  return problems;
}

/** Shifts a target's `by` for a plan rebased by `days` (a date) or by `years` (a year: three years after issue stays three years after). */
export function rebaseTarget(t: TargetDefinition, days: number, years: number): TargetDefinition {
  if (t.by.length === 4) return { ...t, by: String(Number(t.by) + years) };
  return { ...t, by: new Date(Date.parse(`${t.by}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10) };
}

const PERIOD = { annual: /^(\d{4})$/, quarterly: /^(\d{4})-Q([1-4])$/ } as const;

/** The year of a period (`2011`, `2011-Q3`). */
export const periodYear = (period: string): number => Number(period.slice(0, 4));

/** The first day of a period, `YYYY-MM-DD`; `undefined` when `period` is not of the target's kind. */
export function periodStart(period: string, kind: TargetPeriod): string | undefined {
  const m = PERIOD[kind].exec(period);
  if (!m) return undefined;
  const month = kind === 'quarterly' ? (Number(m[2]) - 1) * 3 + 1 : 1;
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/** What an official reports on a target for one period (the HTTP body, checked for shape). */
export interface TargetReportInput {
  period: string;
  /** The indicator's value, for a target without a ratio. */
  value?: number;
  /** The ratio's two figures by key, for a target with one. */
  values?: Readonly<Record<string, number>>;
  /** Present when the period was reported before: the report replaces it, for this reason. */
  correction?: { reason: string };
}

/** A report that passed {@link checkTargetReport}: the indicator's value, and whether it meets the target's figure. */
export interface AcceptedTargetReport {
  ok: true;
  value: number;
  values?: Record<string, number>;
  met: boolean;
}

export type TargetReportCheck =
  | AcceptedTargetReport
  /** A field breaks a rule: 400, each named (paths relative to the body). */
  | { ok: false; kind: 'invalid'; problems: TargetProblem[] }
  /** The period was reported and this is not a correction, or a correction of a period never reported: 409. */
  | { ok: false; kind: 'already-reported' | 'nothing-to-correct'; message: string };

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6 + 0;

/** Whether `value` meets the indicator's figure (its comparator against `indicator.value`). */
export const meetsIndicator = (indicator: TargetIndicator, value: number): boolean =>
  indicator.comparator === 'atLeast' ? value >= indicator.value : value <= indicator.value;

/**
 * Checks one report against its target: the period has the target's form (`YYYY` or `YYYY-Qn`),
 * lies between the plan's issue year and the target's `by` year, and has begun by `today`
 * (Asia/Shanghai date); the figures match the indicator (one `value`, or the ratio's two
 * `values` with a denominator above 0); a period already reported is refused unless the report is
 * a correction, and a correction needs a period that was reported. Pure: the caller keeps which
 * periods were reported.
 *
 * @param reported the periods of this target reported so far.
 * @param today the reporting day, `YYYY-MM-DD` in Asia/Shanghai.
 */
export function checkTargetReport(target: TargetDefinition, issuedOn: string, report: TargetReportInput, reported: ReadonlySet<string>, today: string): TargetReportCheck {
  const problems: TargetProblem[] = [];
  const start = periodStart(report.period, target.period);
  if (start === undefined) {
    problems.push({ path: 'period', rule: target.period === 'annual' ? 'must be a year YYYY (the target is reported annually)' : 'must be a quarter YYYY-Qn (the target is reported quarterly)' });
  } else {
    const year = periodYear(report.period);
    if (year < periodYear(issuedOn)) problems.push({ path: 'period', rule: `is before the plan was issued (${issuedOn})` });
    else if (year > targetYear(target.by)) problems.push({ path: 'period', rule: `is after the target's deadline ${target.by}` });
    else if (start > today) problems.push({ path: 'period', rule: `has not begun yet (today is ${today})` });
  }
  const ratio = target.indicator.ratio;
  let value = 0;
  let values: Record<string, number> | undefined;
  if (ratio) {
    if (report.value !== undefined) problems.push({ path: 'value', rule: `is not used: this target is a ratio, send values.${ratio.numerator} and values.${ratio.denominator}` });
    const given = report.values ?? {};
    for (const key of Object.keys(given)) {
      if (key !== ratio.numerator && key !== ratio.denominator) problems.push({ path: `values.${key}`, rule: `is not a figure of this target (${ratio.numerator}, ${ratio.denominator})` });
    }
    const n = given[ratio.numerator];
    const d = given[ratio.denominator];
    if (n === undefined) problems.push({ path: `values.${ratio.numerator}`, rule: 'is required' });
    if (d === undefined) problems.push({ path: `values.${ratio.denominator}`, rule: 'is required' });
    else if (d <= 0) problems.push({ path: `values.${ratio.denominator}`, rule: 'must be greater than 0 (it divides)' });
    if (n !== undefined && d !== undefined && d > 0) {
      value = round6(n / d);
      values = { [ratio.numerator]: n, [ratio.denominator]: d };
    }
  } else {
    if (report.values !== undefined) problems.push({ path: 'values', rule: 'is not used: this target takes one value' });
    if (report.value === undefined) problems.push({ path: 'value', rule: 'is required' });
    else value = report.value;
  }
  if (problems.length > 0) return { ok: false, kind: 'invalid', problems };
  const seen = reported.has(report.period);
  if (seen && !report.correction) {
    return { ok: false, kind: 'already-reported', message: `target ${target.code} was already reported for ${report.period}: send a correction with its reason to replace it` };
  }
  if (!seen && report.correction) {
    return { ok: false, kind: 'nothing-to-correct', message: `target ${target.code} has no report for ${report.period} to correct` };
  }
  return { ok: true, value, ...(values && { values }), met: meetsIndicator(target.indicator, value) };
}
