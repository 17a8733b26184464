import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import type { EnterpriseProfile, IndicatorKey } from './enterprise.schema';

/**
 * The industrial-enterprise comprehensive evaluation index (工业企业综合评价指标体系, task T1 of
 * 深府办〔2009〕98号 六(一)1) as a versioned definition. The enterprise workflow receives one of these
 * when T1's deliverable is accepted, and an admin may supply another; a classification always
 * records the version it used, so a re-run under a later version is a new, comparable fact.
 */

/** The seven indicators of 六(一)1, in the seed's order. */
export const INDICATOR_KEYS = [
  'technology',
  'valueAddedRate',
  'taxContribution',
  'energyPerOutput',
  'labourIntensity',
  'scale',
  'growth',
] as const satisfies readonly IndicatorKey[];

// Fails to compile if the enterprise schema gains an indicator that the index does not list.
const _everyIndicatorListed: Exclude<IndicatorKey, (typeof INDICATOR_KEYS)[number]> extends never ? true : never = true;

/** The sum of the weights may differ from 1 by this much, so that weights such as 0.1 + 0.2 add up. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

/** The index's schemas, made when `evaluationIndexSchemas` is first called. */
function buildEvaluationIndexSchemas() {
  const finite = z.number().finite();

  const indicator = z
    .object({
      key: z.enum(INDICATOR_KEYS),
      /** Chinese name, as the index document prints it. */
      name: z.string().min(1),
      nameEn: z.string().min(1),
      /** Unit of the raw value, for explanations; must match the enterprise schema's unit. */
      unit: z.string().min(1),
      /** Share of the score, 0–1; all seven add up to 1. Zero switches an indicator off without removing it. */
      weight: finite.min(0).max(1),
      direction: z.enum(['higher-better', 'lower-better']),
      /** Raw value that normalises to 0 (higher-better) or 100 (lower-better). */
      floor: finite,
      /** Raw value that normalises to 100 (higher-better) or 0 (lower-better). */
      ceiling: finite,
      /**
       * `linear`: min-max between floor and ceiling. `log10`: min-max of the decimal logarithm, for
       * amounts that span orders of magnitude (output, tax), where a linear scale would put every
       * small and medium enterprise near 0. Needs floor > 0.
       */
      transform: z.enum(['linear', 'log10']).default('linear'),
    })
    .strict()
    .refine((d) => d.floor < d.ceiling, { message: 'floor must be below ceiling', path: ['ceiling'] })
    .refine((d) => d.transform !== 'log10' || d.floor > 0, { message: 'a log10 indicator needs floor > 0', path: ['floor'] });

  const thresholds = z
    .object({
      /** Score (0–100) at or above which an enterprise is at the index's high end: track A (五(一); the number is the index's, ours in sz-2009-v1). */
      supportAtLeast: finite.min(0).max(100),
      /**
       * Under the seed's tracks (since issue 11): the score below which an enterprise's momentum is
       * read as weak, 发展后劲不足 (track C; this reading is ours). Under the score bands that cases
       * started before the `enterprise-tracks-by-seed` patch still use: the score at or above which
       * an enterprise with its headquarters in Shenzhen went to B. The name stays because stored
       * indexes and recorded events carry it.
       */
      hqStaysAtLeast: finite.min(0).max(100),
    })
    .strict()
    .refine((t) => t.hqStaysAtLeast <= t.supportAtLeast, {
      message: 'hqStaysAtLeast must not exceed supportAtLeast',
      path: ['hqStaysAtLeast'],
    });

  const definition = z
    .object({
      version: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,63}$/, 'must be 2–64 lower-case letters, digits, dots or dashes'),
      title: z.string().min(1),
      /** Exactly the seven indicators, each once, in any order. */
      indicators: z.array(indicator).length(INDICATOR_KEYS.length),
      /**
       * Normalised points (0–100 scale) added to the technology indicator for a certified national
       * high-tech enterprise, before clamping to 100: certification is audited evidence of technology
       * that R&D spending alone does not show.
       */
      highTechCertifiedBonus: finite.min(0).max(100).default(0),
      thresholds,
    })
    .strict()
    .superRefine((index, ctx) => {
      const seen = new Set<string>();
      index.indicators.forEach((d, i) => {
        if (seen.has(d.key)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate indicator ${d.key}`, path: ['indicators', i, 'key'] });
        seen.add(d.key);
      });
      const missing = INDICATOR_KEYS.filter((k) => !seen.has(k));
      if (missing.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `missing indicator(s) ${missing.join(', ')}`, path: ['indicators'] });
      const sum = index.indicators.reduce((s, d) => s + d.weight, 0);
      if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `weights must add up to 1 (they add up to ${sum})`, path: ['indicators'] });
      }
    });

  return { indicator, thresholds, definition };
}

/**
 * The schemas of an index definition (`definition`), of one indicator (`indicator`) and of the
 * thresholds (`thresholds`). Built on first use: workflow code reaches this module, and each cached
 * workflow would otherwise build them at load (issue 14, R4).
 */
export const evaluationIndexSchemas = onFirstUse(buildEvaluationIndexSchemas);
type EvaluationIndexSchemas = ReturnType<typeof buildEvaluationIndexSchemas>;

export type IndicatorDefinition = z.infer<EvaluationIndexSchemas['indicator']>;
export type IndexThresholds = z.infer<EvaluationIndexSchemas['thresholds']>;
export type EvaluationIndexDefinition = z.infer<EvaluationIndexSchemas['definition']>;
export type EvaluationIndexDefinitionInput = z.input<EvaluationIndexSchemas['definition']>;

/** One problem with an index definition: where (a JSON path such as `indicators.3.ceiling`) and which rule it breaks. */
export interface IndexProblem {
  path: string;
  rule: string;
}

export type IndexValidation = { ok: true; index: EvaluationIndexDefinition } | { ok: false; problems: IndexProblem[] };

/** Validates an index definition (e.g. one an admin uploads) and reports every problem at once. */
export function validateEvaluationIndex(input: unknown): IndexValidation {
  const parsed = evaluationIndexSchemas().definition.safeParse(input);
  if (parsed.success) return { ok: true, index: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), rule: i.message })) };
}

/**
 * The default index, version `sz-2009-v1`: our proposal for T1's deliverable, to be replaced by
 * whatever STIIC and STATS adopt. Weights follow the seed's own emphasis: 五(一) supports enterprises
 * with "技术含量高、附加值高、成长性好、对深圳税收贡献大", naming technology first and tax as the city's
 * stake, so those two weigh most; value added and growth are named too; energy (资源型), labour
 * intensity (劳动密集型) and scale describe who is guided to transfer or is a backbone firm, and are
 * partly reflected in the other four already.
 *
 * Ranges are set so that the 2009 picture lands where the seed puts it: a certified high-tech firm
 * with real R&D, good margins and growth reaches A; a mid-sized manufacturer with average figures
 * lands between 55 and 75; a labour-intensive low-margin processor lands below 55 (weak momentum,
 * C). The score is one input of the classifier, not the track (see classifier.ts).
 *
 * | indicator | weight | direction | floor → ceiling | transform |
 * | --- | --- | --- | --- | --- |
 * | technology (R&D % of revenue) | 0.20 | higher | 0 → 6 % (+20 if certified high-tech) | linear |
 * | valueAddedRate (%) | 0.15 | higher | 10 → 40 % | linear |
 * | taxContribution (10k CNY/yr) | 0.20 | higher | 10 → 10 000 (100k → 100M CNY) | log10 |
 * | energyPerOutput (tce/10k CNY) | 0.10 | lower | 0.1 → 1.1 | linear |
 * | labourIntensity (employees/10M CNY) | 0.10 | lower | 5 → 105 | linear |
 * | scale (output, 10k CNY) | 0.10 | higher | 100 → 100 000 (1M → 1B CNY) | log10 |
 * | growth (3-year CAGR %) | 0.15 | higher | −10 → 30 % | linear |
 *
 * Thresholds (ours): the high end of A at ≥ 75; weak momentum (C) below 55.
 */
export const SZ_2009_INDEX_V1: EvaluationIndexDefinition = {
  version: 'sz-2009-v1',
  title: '深圳市工业企业综合评价指标体系（建议稿）',
  indicators: [
    {
      key: 'technology',
      name: '技术先进性（研发投入占营业收入比重）',
      nameEn: 'technology (R&D spending as % of revenue)',
      unit: '% of revenue',
      weight: 0.2,
      direction: 'higher-better',
      // 6 % is the top R&D-intensity tier of China's high-tech enterprise certification (2008 rules).
      floor: 0,
      ceiling: 6,
      transform: 'linear',
    },
    {
      key: 'valueAddedRate',
      name: '产品附加值（工业增加值率）',
      nameEn: 'value added (value added ÷ gross output)',
      unit: '%',
      weight: 0.15,
      direction: 'higher-better',
      // Processing-trade assembly sits near 10 %; 40 % is high-end manufacturing.
      floor: 10,
      ceiling: 40,
      transform: 'linear',
    },
    {
      key: 'taxContribution',
      name: '税收贡献（在深纳税额）',
      nameEn: 'tax contribution (taxes paid in Shenzhen per year)',
      unit: '10k CNY per year',
      weight: 0.2,
      direction: 'higher-better',
      floor: 10,
      ceiling: 10_000,
      transform: 'log10',
    },
    {
      key: 'energyPerOutput',
      name: '能耗（单位产值能耗）',
      nameEn: 'energy use (per unit of output)',
      unit: 'tce per 10k CNY output',
      weight: 0.1,
      direction: 'lower-better',
      // Electronics assembly uses well under 0.1; ceramics, steel and dyeing run past 1.
      floor: 0.1,
      ceiling: 1.1,
      transform: 'linear',
    },
    {
      key: 'labourIntensity',
      name: '劳动密集程度（每千万元产值用工人数）',
      nameEn: 'labour intensity (employees per 10M CNY output)',
      unit: 'employees per 10M CNY output',
      weight: 0.1,
      direction: 'lower-better',
      floor: 5,
      ceiling: 105,
      transform: 'linear',
    },
    {
      key: 'scale',
      name: '规模实力（年工业总产值）',
      nameEn: 'scale (annual gross output)',
      unit: '10k CNY',
      weight: 0.1,
      direction: 'higher-better',
      floor: 100,
      ceiling: 100_000,
      transform: 'log10',
    },
    {
      key: 'growth',
      name: '成长性（近三年营业收入年均增长率）',
      nameEn: 'growth (3-year revenue CAGR)',
      unit: '% per year',
      weight: 0.15,
      direction: 'higher-better',
      floor: -10,
      ceiling: 30,
      transform: 'linear',
    },
  ],
  highTechCertifiedBonus: 20,
  thresholds: { supportAtLeast: 75, hqStaysAtLeast: 55 },
};

/**
 * Normalises one raw value to 0–100: min-max between floor and ceiling (of log10 values for a
 * `log10` indicator), clamped, and inverted for a lower-better indicator. Under `log10` a raw
 * value ≤ 0 has no logarithm and counts as the floor. Not rounded.
 */
export function normaliseIndicator(definition: IndicatorDefinition, raw: number): number {
  let t: number;
  if (definition.transform === 'log10') {
    const lo = Math.log10(definition.floor);
    const hi = Math.log10(definition.ceiling);
    t = raw <= 0 ? 0 : (Math.log10(raw) - lo) / (hi - lo);
  } else {
    t = (raw - definition.floor) / (definition.ceiling - definition.floor);
  }
  const clamped = Math.min(1, Math.max(0, t));
  return 100 * (definition.direction === 'lower-better' ? 1 - clamped : clamped);
}

/** One indicator's part in a score. */
export interface IndicatorContribution {
  indicator: IndicatorKey;
  name: string;
  /** The enterprise's value, in `unit`. */
  raw: number;
  unit: string;
  /** 0–100 after normalisation and any bonus, rounded to 2 decimals. */
  normalised: number;
  weight: number;
  /** weight × normalised: this indicator's share of the 0–100 score, rounded to 2 decimals. */
  points: number;
  /** Why the normalised value is not the plain min-max one (a bonus), if it is not. */
  adjustment?: string;
}

export interface IndexScore {
  /**
   * Σ weight × normalised, 0–100, rounded to 2 decimals. Rounding happens once, on the sum of the
   * unrounded points, so that a hand-computed 75 compares as 75 against the thresholds despite
   * binary floating point; the rounded `points` may therefore add up to the score ± 0.01 per indicator.
   */
  score: number;
  /** In the index's indicator order. */
  contributions: IndicatorContribution[];
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Scores an enterprise under an index. Red lines and thresholds are the classifier's business. */
export function scoreEnterprise(index: EvaluationIndexDefinition, profile: Pick<EnterpriseProfile, 'indicators' | 'flags'>): IndexScore {
  let total = 0;
  const contributions = index.indicators.map((d): IndicatorContribution => {
    const raw = profile.indicators[d.key];
    let normalised = normaliseIndicator(d, raw);
    let adjustment: string | undefined;
    if (d.key === 'technology' && profile.flags.highTechCertified && index.highTechCertifiedBonus > 0) {
      normalised = Math.min(100, normalised + index.highTechCertifiedBonus);
      adjustment = `+${index.highTechCertifiedBonus} for a certified high-tech enterprise (国家高新技术企业), capped at 100`;
    }
    const points = d.weight * normalised;
    total += points;
    return {
      indicator: d.key,
      name: d.name,
      raw,
      unit: d.unit,
      normalised: round2(normalised),
      weight: d.weight,
      points: round2(points),
      ...(adjustment ? { adjustment } : {}),
    };
  });
  return { score: round2(total), contributions };
}
