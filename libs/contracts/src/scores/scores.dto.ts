import { z } from 'zod';
import { SCORING_EVENT_TYPES, type UnitYearScore } from '@duban/domain';
import { type EventType } from '../events';
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

/** One unit-year's score as `GET /scores` returns it. */
export type ScoreResponse = UnitYearScore & { updatedAt: string };

export interface ScoresPage {
  items: ScoreResponse[];
  total: number;
  limit: number;
  offset: number;
}
