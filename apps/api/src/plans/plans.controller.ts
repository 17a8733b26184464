import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PLAN_ID_PATTERN, type PlanView } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal, Roles } from '../common/auth.guard';
import { RequestInvalid } from '../common/api-error';
import { PlansService, type StartedPlan } from './plans.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Load and start a plan: a template rebased to a date, or a full definition' })
  @ApiBody({
    schema: {
      oneOf: [
        {
          type: 'object',
          required: ['template', 'planId', 'rebaseTo'],
          additionalProperties: false,
          properties: {
            template: { type: 'string', example: 'shenzhen-2009-98' },
            planId: { type: 'string', pattern: PLAN_ID_PATTERN.source, example: 'shenzhen-2009-98' },
            rebaseTo: { type: 'string', format: 'date', nullable: true, example: null },
          },
        },
        { type: 'object', description: 'a full plan definition (see docs/plans.md)' },
      ],
    },
  })
  async start(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<StartedPlan> {
    const started = await this.plans.start(body, principal);
    void reply.header('location', `/plans/${started.planId}`);
    return started;
  }

  @Put(':planId/evaluation-index')
  @Roles('admin')
  @ApiOperation({ summary: "Supply the evaluation index of a plan that has no T1 (T1's accepted deliverable sets it otherwise); once only" })
  @ApiBody({ schema: { type: 'object', description: 'an evaluation index definition (see libs/domain/src/enterprise/evaluation-index.ts)' } })
  setEvaluationIndex(@Param('planId') planId: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<PlanView> {
    if (!PLAN_ID_PATTERN.test(planId)) throw RequestInvalid([{ field: 'path.planId', rule: 'is not a plan id' }]);
    return this.plans.setEvaluationIndex(planId, body, principal);
  }

  @Get(':planId')
  @ApiOperation({ summary: "A plan's status and its tasks' states" })
  view(@Param('planId') planId: string): Promise<PlanView> {
    if (!PLAN_ID_PATTERN.test(planId)) throw RequestInvalid([{ field: 'path.planId', rule: 'is not a plan id' }]);
    return this.plans.view(planId);
  }
}
