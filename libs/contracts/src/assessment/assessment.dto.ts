import { z } from 'zod';
import { TARGET_OURS_FIELDS, TARGET_PERIODS, type BenefitLedger, type CityAssessment, type TargetStatus } from '@duban/domain';
import { evidenceSchema, text } from '../http/fields';
import { sameShape } from '../http/same-shape';
import { CODE_PATTERN, PLAN_ID_PATTERN } from '../ids';

// Requests and answers of the targets, the city's assessment and the benefit-sharing ledger
// (issue 11). Strict: an unknown field is a 400 naming it.

const period = z.string().regex(/^\d{4}(-Q[1-4])?$/, 'must be a year YYYY or a quarter YYYY-Qn');
const figure = z.number().finite().min(0).max(1e12);
const share = z.number().finite().min(0).max(1);
const correction = z.object({ reason: text(500) }).strict().describe('replaces the period’s earlier report, for this reason');

/** `POST /plans/:planId/targets/:targetCode/reports`: one value, or a ratio's two `values`; `correction` to replace a period's report. */
export const targetReportBodySchema = z
  .object({
    period,
    value: figure.optional().describe("the indicator's value, for a target without a ratio"),
    values: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'must be a lower-case key such as entering'), figure).optional().describe("a ratio's two figures by key (the target's numerator and denominator)"),
    note: text(2000).optional(),
    evidence: evidenceSchema.default([]),
    correction: correction.optional(),
  })
  .strict();
export type TargetReportBody = z.infer<typeof targetReportBodySchema>;

/** `POST /plans/:planId/benefit-ledger`: one transferred enterprise's period, amounts in 万元 (10,000 CNY). */
export const benefitEntryBodySchema = z
  .object({
    enterpriseId: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, 'is not an enterprise id'),
    period,
    outputValue: figure.describe('output value in the period, 万元'),
    tax: figure.describe('tax paid in the period, 万元'),
    statistics: z.object({ outbound: share, inbound: share }).strict().describe('shares of the output value counted in the statistics of 转出地 (the district) and 转入地 (the park’s city), as agreed; sum 1'),
    taxSplit: z.object({ outbound: share, inbound: share }).strict().describe('shares of the tax each side receives, as agreed; sum 1'),
    agreementRef: text(200).optional().describe('the benefit-sharing agreement it follows'),
    note: text(2000).optional(),
    correction: correction.optional(),
  })
  .strict();
export type BenefitEntryBody = z.infer<typeof benefitEntryBodySchema>;

export const cityAssessmentQuerySchema = z
  .object({
    planId: z.string().regex(PLAN_ID_PATTERN, 'must be a plan id'),
    year: z.coerce.number().int().min(1900).max(2200),
  })
  .strict();
export type CityAssessmentQuery = z.infer<typeof cityAssessmentQuerySchema>;

export const benefitLedgerQuerySchema = z
  .object({
    groupBy: z.enum(['district', 'park'], { errorMap: () => ({ message: 'must be district or park' }) }).default('district'),
    year: z.coerce.number().int().min(1900).max(2200).optional(),
  })
  .strict();
export type BenefitLedgerQuery = z.infer<typeof benefitLedgerQuerySchema>;

const indicatorSchema = z
  .object({
    measure: z.string(),
    kind: z.enum(['cumulative', 'level']),
    comparator: z.enum(['atLeast', 'atMost']),
    value: z.number(),
    ratio: z.object({ numerator: z.string(), denominator: z.string(), measure: z.string() }).strict().optional(),
  })
  .strict();

const reportRecordSchema = z
  .object({
    eventId: z.string(),
    period: z.string(),
    value: z.number(),
    values: z.record(z.number()).optional(),
    met: z.boolean(),
    note: z.string().optional(),
    evidence: z.array(z.object({ title: z.string(), uri: z.string() }).strict()),
    correction: z.object({ reason: z.string() }).strict().optional(),
    reportedAt: z.string(),
    reportedBy: z.object({ sub: z.string(), unit: z.string() }).strict(),
  })
  .strict();

/** A target with its reports in force (the domain's `TargetStatus`). */
export const targetStatusSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    titleEn: z.string(),
    clause: z.string().describe('the seed clause it comes from, or `ours`'),
    owner: z.string().describe('the unit whose officials report it'),
    indicator: indicatorSchema,
    by: z.string(),
    period: z.enum(TARGET_PERIODS),
    weight: z.number().describe('its weight in the city assessment (ours)'),
    ours: z.array(z.enum(TARGET_OURS_FIELDS)).describe('the parts that are the project’s reading, not the seed’s (the weight always is)'),
    note: z.string().optional(),
    reports: z.array(reportRecordSchema).describe('one per period, the latest correction of each'),
    latest: reportRecordSchema.optional(),
    met: z.boolean().nullable().describe("the latest value against the target's figure; null before the first report"),
  })
  .strict();
sameShape<TargetStatus, z.infer<typeof targetStatusSchema>>(true);

export const targetsResponseSchema = z
  .object({
    planId: z.string(),
    targets: z.array(targetStatusSchema),
    eventsRead: z.number().int().describe("the plan's events in the audit log this answer was computed from"),
  })
  .strict();
export type TargetsResponse = z.infer<typeof targetsResponseSchema>;

/** What `POST …/reports` answers: the report as the plan workflow recorded it. */
export const targetReportedSchema = z
  .object({
    planId: z.string(),
    targetCode: z.string(),
    period: z.string(),
    value: z.number(),
    values: z.record(z.number()).optional(),
    met: z.boolean(),
    correction: z.object({ reason: z.string() }).strict().optional(),
    eventId: z.string().describe('the id of its duban.target.reported.v1'),
  })
  .strict();
export type TargetReported = z.infer<typeof targetReportedSchema>;

const cityIndicatorSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    titleEn: z.string(),
    clause: z.string(),
    owner: z.string(),
    weight: z.number(),
    ours: z.array(z.string()),
    comparator: z.enum(['atLeast', 'atMost']),
    kind: z.enum(['cumulative', 'level']),
    measure: z.string(),
    target: z.number(),
    expected: z.number().describe("the year's expected figure: a cumulative target's straight-line milestone"),
    value: z.number().nullable(),
    period: z.string().nullable(),
    attainment: z.number().describe('0–1, capped at 100 %'),
    points: z.number(),
    reason: z.string(),
  })
  .strict();

const cityAssessmentSchema = z
  .object({
    planId: z.string(),
    year: z.number().int(),
    assessed: z.boolean(),
    score: z.number().nullable().describe('0–100; null when no target is assessed that year'),
    goal: z.literal(90),
    goalClause: z.literal('三'),
    meetsGoal: z.boolean(),
    indicators: z.array(cityIndicatorSchema),
    formula: z.string(),
    ledBy: z.object({ lead: z.literal('DUCHA'), with: z.tuple([z.literal('LGO'), z.literal('PERF')]), clause: z.literal('六(三)') }).strict(),
  })
  .strict();
sameShape<CityAssessment, z.infer<typeof cityAssessmentSchema>>(true);

/** `GET /assessment/city`: the city's score with the units' scores beside it. */
export const cityAssessmentResponseSchema = cityAssessmentSchema
  .extend({
    units: z
      .array(z.object({ unit: z.string().regex(CODE_PATTERN), score: z.number(), excellent: z.boolean() }).strict())
      .describe("the units' scores of the same plan and year (GET /scores); their excellent mark (≥ the plan's excellentAtLeast) is ours, not the seed's"),
    eventsRead: z.number().int(),
  })
  .strict();
export type CityAssessmentResponse = z.infer<typeof cityAssessmentResponseSchema>;

const ledgerTotals = {
  entries: z.number().int(),
  enterprises: z.number().int(),
  outputValue: z.number(),
  outputOutbound: z.number().describe("output value counted in 转出地's statistics"),
  outputInbound: z.number().describe("output value counted in 转入地's statistics"),
  tax: z.number(),
  taxOutbound: z.number(),
  taxInbound: z.number(),
};

const benefitEntrySchema = z
  .object({
    planId: z.string(),
    enterpriseId: z.string(),
    enterpriseName: z.string(),
    period: z.string(),
    district: z.string(),
    park: z.object({ parkId: z.string(), parkName: z.string(), city: z.string() }).strict(),
    outputValue: z.number(),
    tax: z.number(),
    statistics: z.object({ outbound: z.number(), inbound: z.number() }).strict(),
    taxSplit: z.object({ outbound: z.number(), inbound: z.number() }).strict(),
    agreementRef: z.string().optional(),
    note: z.string().optional(),
    correction: z.object({ reason: z.string() }).strict().optional(),
    eventId: z.string(),
    recordedAt: z.string(),
    recordedBy: z.object({ sub: z.string(), unit: z.string() }).strict(),
  })
  .strict();

const benefitLedgerSchema = z
  .object({
    planId: z.string(),
    groupBy: z.enum(['district', 'park']),
    year: z.number().int().optional(),
    groups: z.array(z.object({ key: z.string(), parkName: z.string().optional(), city: z.string().optional(), ...ledgerTotals }).strict()),
    totals: z.object(ledgerTotals).strict(),
    entries: z.array(benefitEntrySchema),
  })
  .strict();
sameShape<BenefitLedger, z.infer<typeof benefitLedgerSchema>>(true);

export const benefitLedgerResponseSchema = benefitLedgerSchema.extend({ eventsRead: z.number().int() }).strict();
export type BenefitLedgerResponse = z.infer<typeof benefitLedgerResponseSchema>;

/** What `POST /plans/:planId/benefit-ledger` answers: the entry as the plan workflow recorded it. */
export const benefitRecordedSchema = benefitEntrySchema.omit({ recordedAt: true, recordedBy: true }).strict();
export type BenefitRecorded = z.infer<typeof benefitRecordedSchema>;
