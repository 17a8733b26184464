import { z } from 'zod';
import { SCORING_EVENT_TYPES, type ScoreItem, type UnitYearScore } from '@duban/domain';
import { type EventType } from '../events';
import { sameShape } from '../http/same-shape';
import { CODE_PATTERN, PLAN_ID_PATTERN } from '../ids';

/** The domain's scoring names its event types itself (it does not import contracts): each must be a catalogue type. */
const _scoringTypesAreCatalogueTypes: Readonly<Record<string, EventType>> = SCORING_EVENT_TYPES;
void _scoringTypesAreCatalogueTypes;

/** `GET /scores`: every filter optional; they combine with AND. */
export const scoresQuerySchema = z
  .object({
    year: z.coerce.number().int().min(1900).max(2200).optional(),
    unit: z.string().regex(CODE_PATTERN, 'must be a unit code').optional(),
    planId: z.string().regex(PLAN_ID_PATTERN, 'must be a plan id').optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type ScoresQuery = z.infer<typeof scoresQuerySchema>;

const SCORE_RULES = ['overdue', 'yellow-card', 'red-card', 'missed-brief', 'early-completion'] as const;

/** One event's effect on one unit's score (the domain's `ScoreItem`). */
export const scoreItemSchema = z
  .object({
    eventId: z.string(),
    type: z.string().describe('the event type'),
    subject: z.string(),
    time: z.string().datetime().describe("the event's instant, normalised to UTC"),
    rule: z.enum(SCORE_RULES),
    points: z.number().describe('negative for a deduction, positive for a bonus (two decimals at most)'),
    reason: z.string(),
  })
  .strict();
sameShape<ScoreItem, z.infer<typeof scoreItemSchema>>(true);

/** One unit's score for one plan and one year (the domain's `UnitYearScore`). */
const unitYearScoreSchema = z
  .object({
    planId: z.string(),
    unit: z.string(),
    year: z.number().int().describe('the Asia/Shanghai year'),
    score: z.number().describe('base plus every item\'s points, rounded to two decimals'),
    excellent: z.boolean().describe("score at or above the plan's target (优秀)"),
    belowTarget: z.boolean().describe("score under the plan's target"),
    items: z.array(scoreItemSchema).describe('ordered by time, then event id, then rule'),
  })
  .strict();
sameShape<UnitYearScore, z.infer<typeof unitYearScoreSchema>>(true);

/** One unit-year's score as `GET /scores` returns it. */
export const scoreResponseSchema = unitYearScoreSchema.extend({ updatedAt: z.string().datetime() }).strict();
export type ScoreResponse = z.infer<typeof scoreResponseSchema>;

export const scoresPageSchema = z
  .object({
    items: z.array(scoreResponseSchema),
    total: z.number().int().min(0).describe('every match'),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .strict();
export type ScoresPage = z.infer<typeof scoresPageSchema>;

/** `GET /scores/{unit}/{year}`: the path, and optionally one plan. */
export const scoreDrillDownParamsSchema = z
  .object({
    unit: z.string().regex(CODE_PATTERN, 'must be a unit code'),
    year: z.coerce.number().int().min(1900).max(2200),
  })
  .strict();
export const scoreDrillDownQuerySchema = z.object({ planId: z.string().regex(PLAN_ID_PATTERN, 'must be a plan id').optional() }).strict();

/**
 * One unit-year's score explained (绩效办's drill-down): per plan, the base and the target it is
 * measured against, the points by rule and by subject (a task, brief or enterprise step), and
 * every event that cost or earned a point.
 */
export const scoreDrillDownSchema = z
  .object({
    unit: z.string(),
    year: z.number().int(),
    plans: z
      .array(
        scoreResponseSchema
          .extend({
            base: z.number().describe("the plan's starting score (100 by default; ours)"),
            target: z.number().describe("the plan's excellent mark (excellentAtLeast, 90 by default; ours: the seed's ≥ 90 is the city's score)"),
            pointsToTarget: z.number().describe('target minus score when below it (points still to make up), else 0'),
            byRule: z
              .array(z.object({ rule: z.enum(SCORE_RULES), count: z.number().int(), points: z.number() }).strict())
              .describe('each rule with a non-zero effect, largest deduction first'),
            bySubject: z
              .array(z.object({ subject: z.string().describe('the task id, brief id or enterprise step id'), points: z.number(), items: z.array(scoreItemSchema) }).strict())
              .describe('each subject with a non-zero effect, largest deduction first'),
          })
          .strict(),
      )
      .describe('one entry per plan the unit is assessed in that year (none: not assessed), by plan id'),
  })
  .strict();
export type ScoreDrillDown = z.infer<typeof scoreDrillDownSchema>;
