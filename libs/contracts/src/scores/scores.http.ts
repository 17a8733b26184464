import { operation } from '../http/operation';
import { scoreDrillDownParamsSchema, scoreDrillDownQuerySchema, scoreDrillDownSchema, scoresPageSchema, scoresQuerySchema } from './scores.dto';

// The scores API (绩效: each unit's annual score per plan), defined once: the API routes these
// operations and /docs/openapi.json is generated from them.

export const SCORE_OPERATIONS = {
  listScores: operation({
    operationId: 'listScores',
    method: 'get',
    path: '/scores',
    tag: 'scores',
    summary: "Each unit's annual score per plan (our rules; the assessment is led by 督查室 with LGO and PERF, 六(三)), with the events that cost or earned its points; excellent (优秀) at the plan's excellentAtLeast (90 by default, ours: the seed's ≥ 90 is the city's score, see GET /assessment/city), belowTarget under it",
    roles: ['performance', 'supervisor', 'admin'],
    query: scoresQuerySchema,
    success: { status: 200, description: 'a page of unit-year scores, by plan, year and unit', schema: scoresPageSchema },
  }),
  scoreDrillDown: operation({
    operationId: 'scoreDrillDown',
    method: 'get',
    path: '/scores/{unit}/{year}',
    tag: 'scores',
    summary:
      "One unit's score for one year explained, per plan: base and target (the plan's rules), points still to make up, points by rule and by task or step, and every event that cost or earned them (a unit not assessed that year has no plans)",
    roles: ['performance', 'supervisor', 'admin'],
    params: scoreDrillDownParamsSchema,
    query: scoreDrillDownQuerySchema,
    success: { status: 200, description: 'the drill-down', schema: scoreDrillDownSchema },
  }),
};
