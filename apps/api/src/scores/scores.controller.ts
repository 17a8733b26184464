import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { scoresQuerySchema, type ScoresPage } from '@duban/contracts';
import { ScoreQueryRepository } from '@duban/persistence';
import { Roles } from '../common/auth.guard';
import { parseInput } from '../common/parse-input';

@ApiTags('scores')
@ApiBearerAuth()
@Controller('scores')
export class ScoresController {
  constructor(private readonly scores: ScoreQueryRepository) {}

  @Get()
  @Roles('performance', 'supervisor', 'admin')
  @ApiOperation({
    summary: "Each unit's annual score (绩效) per plan, with the events that cost or earned its points; excellent (优秀) at the plan's target (90 by default), belowTarget under it",
  })
  @ApiQuery({ name: 'year', required: false, schema: { type: 'integer' }, description: 'the Asia/Shanghai year' })
  @ApiQuery({ name: 'unit', required: false, description: 'unit code, e.g. FUTIAN' })
  @ApiQuery({ name: 'planId', required: false })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 200, maximum: 1000 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0 } })
  list(@Query() query: unknown): Promise<ScoresPage> {
    return this.scores.list(parseInput(scoresQuerySchema, query, 'query'));
  }
}
