import { Controller, Query } from '@nestjs/common';
import { SCORE_OPERATIONS as OP, scoresQuerySchema, type ScoresPage } from '@duban/contracts';
import { ScoreQueryRepository } from '@duban/persistence';
import { Operation } from '../common/operation.decorator';
import { parseInput } from '../common/parse-input';

@Controller()
export class ScoresController {
  constructor(private readonly scores: ScoreQueryRepository) {}

  @Operation(OP.listScores)
  list(@Query() query: unknown): Promise<ScoresPage> {
    return this.scores.list(parseInput(scoresQuerySchema, query, 'query'));
  }
}
