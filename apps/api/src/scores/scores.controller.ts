import { Controller, Param, Query } from '@nestjs/common';
import { SCORE_OPERATIONS as OP, scoreDrillDownParamsSchema, scoreDrillDownQuerySchema, scoresQuerySchema, type ScoreDrillDown, type ScoresPage } from '@duban/contracts';
import { DEFAULT_SCORING_RULES, rulesFromEvents } from '@duban/domain';
import { ScoreEventRepository, ScoreQueryRepository } from '@duban/persistence';
import { RequestInvalid } from '../common/api-error';
import { Operation } from '../common/operation.decorator';
import { parseInput } from '../common/parse-input';
import { drillDown } from './score-drill-down';

/** A unit is assessed in a handful of plans a year; the drill-down reads them all in one page. */
const DRILL_DOWN_MAX_PLANS = 1000;

@Controller()
export class ScoresController {
  constructor(
    private readonly scores: ScoreQueryRepository,
    private readonly events: ScoreEventRepository,
  ) {}

  @Operation(OP.listScores)
  list(@Query() query: unknown): Promise<ScoresPage> {
    return this.scores.list(parseInput(scoresQuerySchema, query, 'query'));
  }

  /**
   * The live scores of the unit-year (with their items), and each plan's scoring rules from its
   * `plan.started` event as the scores consumer stored it (the rules scoring used; a plan whose
   * event is not there is scored on the defaults, so those are shown then too).
   */
  @Operation(OP.scoreDrillDown)
  async drillDown(@Param() params: unknown, @Query() query: unknown): Promise<ScoreDrillDown> {
    const path = scoreDrillDownParamsSchema.safeParse(params);
    if (!path.success) throw RequestInvalid(path.error.issues.map((i) => ({ field: ['path', ...i.path].join('.'), rule: i.message })));
    const { unit, year } = path.data;
    const { planId } = parseInput(scoreDrillDownQuerySchema, query, 'query');
    const page = await this.scores.list({ unit, year, ...(planId !== undefined && { planId }), limit: DRILL_DOWN_MAX_PLANS, offset: 0 });
    const planIds = [...new Set(page.items.map((s) => s.planId))];
    const rules = planIds.length === 0 ? {} : rulesFromEvents(await this.events.findPlanStarted(planIds));
    return drillDown(unit, year, page.items, (p) => rules[p] ?? DEFAULT_SCORING_RULES);
  }
}
