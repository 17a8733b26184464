import { meetsIndicator, periodYear, targetYear } from '../plan/targets';
import type { TargetDefinition } from '../plan/targets.schema';
import type { PlanAssessmentLog, TargetReportRecord } from './assessment-events';

/** 三: 在列入省政府考核的产业转移、产业转移工业园建设指标中，力争年度考核评分保持在90分以上（优秀级）. The seed's number. */
export const CITY_ASSESSMENT_GOAL = 90;

/** 六(三): 由市政府督查室会同市"双转移"领导小组办公室、市绩效办，负责…专项督查与考核. */
export interface AssessmentLeadership {
  lead: 'DUCHA';
  with: ['LGO', 'PERF'];
  clause: '六(三)';
}
export const ASSESSMENT_LED_BY: AssessmentLeadership = { lead: 'DUCHA', with: ['LGO', 'PERF'], clause: '六(三)' };

/** The formula, in words, as the API and the docs state it (ours: the province's own formula is not in the seed). */
export const CITY_ASSESSMENT_FORMULA =
  "score = 100 × Σ(weight × attainment) ÷ Σ weight over the targets assessed that year (issue year ≤ year ≤ the target's by-year); attainment = the year's value against the year's expected figure, capped at 100 %: atLeast value ÷ expected (1 when expected is 0), atMost expected ÷ value (1 when value ≤ expected); a cumulative target's expected figure grows in a straight line to its value by its by-year; a target not reported that year attains 0. Ours, not the seed's.";

const round2 = (n: number): number => Math.round(n * 100) / 100 + 0;
const round4 = (n: number): number => Math.round(n * 10_000) / 10_000 + 0;

/** A target with its reports in force and where it stands. */
export interface TargetStatus extends TargetDefinition {
  /** Reports in force, one per period, by period. */
  reports: TargetReportRecord[];
  /** The report of the latest period; absent before the first. */
  latest?: TargetReportRecord;
  /** Whether the latest value meets the target's figure; `null` before the first report. */
  met: boolean | null;
}

/** Every target of the plan with its reports (in the plan's order). */
export function targetStatuses(log: PlanAssessmentLog): TargetStatus[] {
  return log.targets.map((t) => {
    const reports = [...(log.reports.get(t.code)?.values() ?? [])].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    const latest = reports[reports.length - 1];
    return { ...t, reports, ...(latest && { latest }), met: latest ? meetsIndicator(t.indicator, latest.value) : null };
  });
}

/** One target's part of the city's score for a year. */
export interface CityIndicator {
  code: string;
  title: string;
  titleEn: string;
  clause: string;
  owner: string;
  weight: number;
  /** The parts of the target that are ours (the weight always is). */
  ours: string[];
  comparator: 'atLeast' | 'atMost';
  kind: 'cumulative' | 'level';
  measure: string;
  /** The target's figure by its deadline. */
  target: number;
  /** The figure expected this year: a cumulative target's straight-line milestone, else `target`. */
  expected: number;
  /** The value of the year's latest reported period; `null` when the year was not reported. */
  value: number | null;
  period: string | null;
  /** 0–1. */
  attainment: number;
  /** This target's points of the 100: 100 × weight × attainment ÷ Σ weight. */
  points: number;
  reason: string;
}

/** The province's annual score of the city (三) as the plan's targets measure it, with its indicators. */
export interface CityAssessment {
  planId: string;
  year: number;
  /** `false` when no target is assessed that year (before the plan's issue year, after every by-year): `score` is then `null`. */
  assessed: boolean;
  /** 0–100, two decimals. */
  score: number | null;
  goal: typeof CITY_ASSESSMENT_GOAL;
  goalClause: '三';
  /** `score >= goal` (优秀级). */
  meetsGoal: boolean;
  indicators: CityIndicator[];
  formula: string;
  ledBy: AssessmentLeadership;
}

/** The figure a target expects in `year`: a cumulative target's milestone grows in a straight line from the issue year to its by-year (ours). */
export function expectedIn(t: TargetDefinition, issueYear: number, year: number): number {
  if (t.indicator.kind !== 'cumulative') return t.indicator.value;
  const span = targetYear(t.by) - issueYear + 1;
  const elapsed = year - issueYear + 1;
  return round4(t.indicator.value * Math.min(1, Math.max(0, elapsed / span)));
}

/** How far `value` attains `expected` under `comparator`, 0–1 (capped at 100 %). */
export function attainmentOf(comparator: 'atLeast' | 'atMost', value: number, expected: number): number {
  if (comparator === 'atLeast') return expected <= 0 ? 1 : Math.min(1, Math.max(0, value / expected));
  if (value <= expected) return 1;
  return value <= 0 ? 1 : Math.max(0, expected / value);
}

/**
 * The city's score for `year` from the plan's targets and the reports in force: see
 * {@link CITY_ASSESSMENT_FORMULA}. A target is assessed in the years from the plan's issue year
 * to its by-year; its value for a year is that of the latest period of the year reported (a
 * quarterly target's last reported quarter). Pure: the same log gives the same assessment.
 */
export function assessCity(log: PlanAssessmentLog, year: number): CityAssessment {
  const issueYear = log.issuedOn ? periodYear(log.issuedOn) : Number.POSITIVE_INFINITY;
  const assessed = log.targets.filter((t) => year >= issueYear && year <= targetYear(t.by));
  const totalWeight = assessed.reduce((sum, t) => sum + t.weight, 0);
  let weighted = 0;
  const indicators = assessed.map((t): CityIndicator => {
    const ofYear = [...(log.reports.get(t.code)?.values() ?? [])].filter((r) => periodYear(r.period) === year).sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
    const report = ofYear[0];
    const expected = expectedIn(t, issueYear, year);
    const attainment = report ? attainmentOf(t.indicator.comparator, report.value, expected) : 0;
    weighted += t.weight * attainment;
    const sign = t.indicator.comparator === 'atLeast' ? '≥' : '≤';
    const reason = report
      ? `${t.code} ${report.period}: ${report.value} ${t.indicator.measure} against ${sign} ${expected}${expected !== t.indicator.value ? ` (the ${year} milestone towards ${t.indicator.value} by ${t.by})` : ''}: ${round2(attainment * 100)} % attained`
      : `${t.code}: nothing reported for ${year} by ${t.owner}: 0 % attained`;
    return {
      code: t.code,
      title: t.title,
      titleEn: t.titleEn,
      clause: t.clause,
      owner: t.owner,
      weight: t.weight,
      ours: [...t.ours, 'weight'],
      comparator: t.indicator.comparator,
      kind: t.indicator.kind,
      measure: t.indicator.measure,
      target: t.indicator.value,
      expected,
      value: report ? report.value : null,
      period: report ? report.period : null,
      attainment: round4(attainment),
      points: totalWeight > 0 ? round2((100 * t.weight * attainment) / totalWeight) : 0,
      reason,
    };
  });
  const score = assessed.length > 0 && totalWeight > 0 ? round2((100 * weighted) / totalWeight) : null;
  return {
    planId: log.planId,
    year,
    assessed: score !== null,
    score,
    goal: CITY_ASSESSMENT_GOAL,
    goalClause: '三',
    meetsGoal: score !== null && score >= CITY_ASSESSMENT_GOAL,
    indicators,
    formula: CITY_ASSESSMENT_FORMULA,
    ledBy: { lead: 'DUCHA', with: ['LGO', 'PERF'], clause: '六(三)' },
  };
}
