import { z } from 'zod';
import {
  DISTRICT_CODES,
  ENTERPRISE_ID_PATTERN,
  ENTERPRISE_STEPS,
  INDICATOR_KEYS,
  INTENTION_DECISIONS,
  RED_LINE_CODES,
  REGION_CODES,
  TRACKS,
  TRACK_RULE_IDS,
  enterpriseSchemas,
  type DestinationMatch,
  type EnterpriseClassification,
  type TrackRule,
} from '@duban/domain';
import { planIdField } from '../http/fields';
import { sameShape } from '../http/same-shape';
import { ENTERPRISE_LIST_KEYSET, pageFields, pageSchema, refinePaging } from '../pagination';

// Request bodies, query strings and answers of the enterprises API (strict schemas: an answer
// with a field the schema does not list fails the API document's validation).

/** The most rows one bulk import takes (CSV data rows or JSON items). */
export const ENTERPRISE_IMPORT_MAX_ROWS = 1000;

/** `POST /enterprises`: one registration, for a plan whose evaluation index (T1) classifies it. */
export const registerEnterpriseSchema = z.object({ planId: planIdField, enterprise: enterpriseSchemas().registration }).strict();
export type RegisterEnterpriseRequest = z.infer<typeof registerEnterpriseSchema>;

/** `POST /enterprises/import?planId=…` with a CSV body: the plan comes from the query string. */
export const enterpriseImportQuerySchema = z.object({ planId: planIdField.optional().describe('required with a CSV body') }).strict();
export type EnterpriseImportQuery = z.infer<typeof enterpriseImportQuerySchema>;

/**
 * `POST /enterprises/import` with a JSON body. The items are validated one by one (a bad item is a
 * rejected row of the report, not a 400), so here they are only required to be objects.
 */
export const enterpriseImportBodySchema = z
  .object({
    planId: planIdField,
    enterprises: z.array(z.record(z.unknown())).min(1).max(ENTERPRISE_IMPORT_MAX_ROWS),
  })
  .strict();
export type EnterpriseImportBody = z.infer<typeof enterpriseImportBodySchema>;

/** `POST /enterprises/:id/steps/:step`: what completing the step records (see stepPayloadSchemas). */
export const completeEnterpriseStepSchema = z.object({ payload: z.record(z.unknown()) }).strict();
export type CompleteEnterpriseStepRequest = z.infer<typeof completeEnterpriseStepSchema>;

export const ENTERPRISE_STATUSES = ['awaiting-index', 'active', 'closed'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** `GET /enterprises`: the enterprise list. Every filter is optional; filters combine with AND. */
export const enterpriseListQuerySchema = z
  .object({
    district: z.enum(DISTRICT_CODES).optional(),
    track: z.enum(TRACKS).optional(),
    /** Enterprises where this step is open. */
    step: z.enum(ENTERPRISE_STEPS).optional().describe('an open step'),
    /** `true`: an open step's deadline has passed; `false`: none has. */
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    /** The destination park chosen at the destination step. */
    park: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a park id').optional().describe('the destination park id'),
    status: z.enum(ENTERPRISE_STATUSES).optional(),
    planId: planIdField.optional(),
    ...pageFields(50, 500, ENTERPRISE_LIST_KEYSET),
  })
  .strict()
  .superRefine(refinePaging);
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuerySchema>;

export const ENTERPRISE_ROLLUP_KEYS = ['district', 'park', 'track'] as const;
export type EnterpriseRollupKey = (typeof ENTERPRISE_ROLLUP_KEYS)[number];
export const enterpriseRollupQuerySchema = z.object({ by: z.enum(ENTERPRISE_ROLLUP_KEYS), planId: planIdField.optional() }).strict();
export type EnterpriseRollupQuery = z.infer<typeof enterpriseRollupQuerySchema>;

/** An enterprise id in a path: see ENTERPRISE_ID_PATTERN. */
export const isEnterpriseId = (id: string): boolean => ENTERPRISE_ID_PATTERN.test(id);

/** One open step of an enterprise in the list. */
export const enterpriseOpenStepSchema = z
  .object({
    step: z.string(),
    stepId: z.string().describe('`{enterpriseId}/{step}`'),
    unit: z.string(),
    due: z.string().describe('the deadline date in force, YYYY-MM-DD'),
    deadline: z.string().describe('the end of `due`, Asia/Shanghai (ISO-8601, UTC)'),
    overdue: z.boolean(),
  })
  .strict();
export type EnterpriseOpenStep = z.infer<typeof enterpriseOpenStepSchema>;

/** One row of `GET /enterprises`, from the enterprise projection. */
export const enterpriseListItemSchema = z
  .object({
    enterpriseId: z.string(),
    planId: z.string(),
    name: z.string(),
    district: z.string(),
    industry: z.string(),
    status: z.enum(ENTERPRISE_STATUSES),
    track: z.string().optional(),
    score: z.number().optional(),
    intention: z.enum(INTENTION_DECISIONS).optional(),
    park: z.object({ parkId: z.string(), parkName: z.string(), region: z.string() }).strict().optional(),
    currentSteps: z.array(enterpriseOpenStepSchema),
    completedSteps: z.array(z.string()),
    overdue: z.boolean().describe("some open step's deadline has passed"),
    yellowCard: z.boolean().describe('an escalation of this level is raised on an open step and not resolved'),
    redCard: z.boolean(),
    leadingGroup: z.boolean(),
    openEscalations: z.number().int(),
    outcome: z.string().optional(),
    registeredAt: z.string(),
    classifiedAt: z.string().optional(),
    closedAt: z.string().optional(),
    updatedAt: z.string().describe('the time of the last event applied'),
    lastEventSequence: z.number().int().describe('the sequence of the last event applied'),
  })
  .strict();
export type EnterpriseListItem = z.infer<typeof enterpriseListItemSchema>;

export const enterpriseListPageSchema = pageSchema(enterpriseListItemSchema);
export type EnterpriseListPage = z.infer<typeof enterpriseListPageSchema>;

/** One key of a roll-up (a district, a park or a track; `none` for enterprises without one). */
export const enterpriseRollupRowSchema = z
  .object({
    key: z.string().describe('a district, a park id or a track; `none` for enterprises without one'),
    total: z.number().int(),
    byStatus: z.record(z.number().int()),
    byTrack: z.record(z.number().int()),
    overdue: z.number().int(),
  })
  .strict();
export type EnterpriseRollupRow = z.infer<typeof enterpriseRollupRowSchema>;

export const enterpriseRollupSchema = z
  .object({ by: z.enum(ENTERPRISE_ROLLUP_KEYS), rows: z.array(enterpriseRollupRowSchema), total: z.number().int() })
  .strict();
export type EnterpriseRollup = z.infer<typeof enterpriseRollupSchema>;

/** One rejected row of a bulk import; `code` is set for a rejection that is not a field problem of the row. */
export const enterpriseImportRejectionSchema = z
  .object({
    row: z.number().int().min(1).describe('1-based: the first data row (the line after the CSV header, or the first JSON item) is row 1'),
    id: z.string().optional(),
    problems: z.array(z.object({ field: z.string(), rule: z.string(), code: z.string().optional() }).strict()),
  })
  .strict();
export type EnterpriseImportRejection = z.infer<typeof enterpriseImportRejectionSchema>;

export const enterpriseImportReportSchema = z
  .object({ planId: z.string(), registered: z.array(z.string()), rejected: z.array(enterpriseImportRejectionSchema) })
  .strict();
export type EnterpriseImportReport = z.infer<typeof enterpriseImportReportSchema>;

/** The answer of `POST /enterprises`. */
export const registeredEnterpriseSchema = z
  .object({
    enterpriseId: z.string(),
    planId: z.string(),
    workflowId: z.string(),
    awaitingIndex: z.boolean().describe("whether it waits for the plan's evaluation index (T1) before it is classified"),
  })
  .strict();
export type RegisteredEnterprise = z.infer<typeof registeredEnterpriseSchema>;

/** The rule that decided a track (pinned to the domain's `TrackRule`). */
export const trackRuleSchema = z
  .object({
    id: z.enum(TRACK_RULE_IDS),
    clause: z.string().describe('the seed\'s clause, cited and quoted, e.g. 五(一) "坚决依法淘汰和关闭"'),
    ours: z.array(z.string()).describe("each part of the rule the seed does not set (a threshold, a size class, a reading): the project's own; empty when the seed decides alone"),
  })
  .strict();
sameShape<TrackRule, z.infer<typeof trackRuleSchema>>(true);

/** An enterprise's classification as the domain's classifier explains it (pinned to `EnterpriseClassification`). */
export const enterpriseClassificationSchema = z
  .object({
    indexVersion: z.string().describe('the evaluation index version used, e.g. `sz-2009-v1`'),
    track: z.enum(TRACKS),
    score: z.number().min(0).max(100).describe('0–100, 2 decimals; computed even on track D, for the record'),
    contributions: z.array(
      z
        .object({
          indicator: z.enum(INDICATOR_KEYS),
          name: z.string(),
          raw: z.number().describe("the enterprise's value, in `unit`"),
          unit: z.string(),
          normalised: z.number().describe('0–100 after normalisation and any bonus, 2 decimals'),
          weight: z.number(),
          points: z.number().describe("weight × normalised: this indicator's share of the 0–100 score, 2 decimals"),
          adjustment: z.string().optional().describe('why the normalised value is not the plain min-max one (a bonus)'),
        })
        .strict(),
    ),
    thresholdCrossed: z.string().describe('the rule that decided the track, in words'),
    redLines: z.array(z.object({ code: z.enum(RED_LINE_CODES), name: z.string() }).strict()).describe('every red line found; empty unless the track is D'),
    explanation: z.array(z.string()).describe("the score, each contribution, the rule order, the deciding rule with the seed's clause, each part that is the project's own reading (`ours: …`), and what happens on the track"),
    rule: trackRuleSchema.optional().describe('the rule that decided (五(一) read by situation, industry and stage); absent on a classification by the score bands used before issue 11'),
  })
  .strict();
sameShape<EnterpriseClassification, z.infer<typeof enterpriseClassificationSchema>>(true);

/** `GET /enterprises/:id/classification`. */
export const enterpriseClassificationResponseSchema = enterpriseClassificationSchema.extend({ enterpriseId: z.string() });
export type EnterpriseClassificationResponse = z.infer<typeof enterpriseClassificationResponseSchema>;

/** `GET /enterprises/:id/destinations`: the stored parks ranked for the enterprise, with what blocks the others (pinned to the domain's `DestinationMatch`). */
export const destinationMatchSchema = z
  .object({
    track: z.enum(TRACKS),
    candidates: z
      .array(
        z
          .object({
            parkId: z.string(),
            name: z.string(),
            region: z.enum(REGION_CODES),
            rank: z.number().int().min(1).describe('1 = best'),
            fit: z.number().min(0).max(100).describe('0–100, 2 decimals'),
            reasons: z.array(z.string()).describe('why the park is a candidate and how the fit adds up'),
            fictional: z.boolean().describe('an illustrative park, not a real one'),
          })
          .strict(),
      )
      .describe('eligible parks, best first; empty for track D, or when nothing fits'),
    excluded: z
      .array(z.object({ parkId: z.string(), name: z.string(), region: z.enum(REGION_CODES), blockedBy: z.array(z.string()).describe('every reason that applies') }).strict())
      .describe('parks that cannot take the enterprise, by park id'),
  })
  .strict();
sameShape<DestinationMatch, z.infer<typeof destinationMatchSchema>>(true);

export const enterpriseDestinationsSchema = destinationMatchSchema.extend({ enterpriseId: z.string(), score: z.number().min(0).max(100) });
export type EnterpriseDestinations = z.infer<typeof enterpriseDestinationsSchema>;
