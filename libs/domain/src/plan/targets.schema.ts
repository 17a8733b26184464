import { z } from 'zod';

/**
 * The schemas of the plan's targets (see `targets.ts`), apart from the rules workflow code runs:
 * workflows use `checkTargetReport` and the others, never these, so the workflow bundle leaves this
 * module out and no cached workflow builds them (issue 14, R4).
 */

const code = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'must be an upper-case code such as STIIC or DEMO_PARKS');
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (s: string): boolean => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
/** A component of a ratio: a lower-case key the report's `values` uses (`entering`, `leaving`). */
const componentKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'must be a lower-case key such as entering');

/** How often a target's owner reports it: `annual` periods are `YYYY`, `quarterly` ones `YYYY-Qn`. */
export const TARGET_PERIODS = ['annual', 'quarterly'] as const;
export type TargetPeriod = (typeof TARGET_PERIODS)[number];

/** The parts of a target that can be the project's reading rather than the seed's text. */
export const TARGET_OURS_FIELDS = ['clause', 'owner', 'indicator', 'value', 'by', 'period'] as const;

export const targetIndicatorSchema = z
  .object({
    /** The unit of measure, in words (`parks`, `enterprises`, `ratio`, `share`). */
    measure: z.string().min(1).max(60),
    /**
     * `cumulative`: a running total since the plan was issued (parks built, enterprises
     * transferred); each year's milestone is a straight-line share of `value` (ours). `level`: the
     * period's own figure (a ratio, a share), held to `value` in every period.
     */
    kind: z.enum(['cumulative', 'level']).default('level'),
    comparator: z.enum(['atLeast', 'atMost']),
    /** The figure the indicator is held to (in `measure`); ≥ 0. */
    value: z.number().finite().min(0),
    /**
     * A ratio reported as two figures: the report sends `values: {[numerator]: n, [denominator]: d}`
     * and the indicator's value is n ÷ d (d > 0). Absent: the report sends one `value`.
     */
    ratio: z.object({ numerator: componentKey, denominator: componentKey, measure: z.string().min(1).max(60) }).strict().optional(),
  })
  .strict()
  .refine((i) => !(i.kind === 'cumulative' && i.comparator === 'atMost'), { message: 'a cumulative indicator must be atLeast (a running total only grows)', path: ['kind'] })
  .refine((i) => !i.ratio || i.ratio.numerator !== i.ratio.denominator, { message: 'numerator and denominator must differ', path: ['ratio', 'denominator'] });

export const targetDefinitionSchema = z
  .object({
    code,
    title: z.string().min(1),
    titleEn: z.string().min(1),
    /** The seed's clause the target comes from (`三`, `二(二)`, `二(四)`), or `ours`. */
    clause: z.string().min(1).max(40),
    /** The unit whose officials report it. */
    owner: code,
    indicator: targetIndicatorSchema,
    /** A date `YYYY-MM-DD`, or a year `YYYY` (its last day): when the target must be met. */
    by: z.string().refine((s) => /^\d{4}$/.test(s) || (isoDate.test(s) && realDate(s)), 'must be a year YYYY or a date YYYY-MM-DD'),
    period: z.enum(TARGET_PERIODS).default('annual'),
    /** Its weight in the city's annual assessment (ours: the seed gives none); > 0 for at least one target. */
    weight: z.number().finite().min(0).max(100),
    /** Which parts are the project's reading, not the seed's (the weight always is). */
    ours: z.array(z.enum(TARGET_OURS_FIELDS)).default([]),
    note: z.string().max(2000).optional(),
  })
  .strict();

export type TargetIndicator = z.infer<typeof targetIndicatorSchema>;
export type TargetDefinition = z.infer<typeof targetDefinitionSchema>;
