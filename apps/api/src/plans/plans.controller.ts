import { Body, Controller, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PLAN_ID_PATTERN, PLAN_OPERATIONS as OP, type PlanDryRun, type PlanTemplateList, type PlanView, type StartedPlan } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { RequestInvalid } from '../common/api-error';
import { Operation } from '../common/operation.decorator';
import { PlanDryRunService } from './plan-dry-run.service';
import { PlansService } from './plans.service';

@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly dryRun: PlanDryRunService,
  ) {}

  @Operation(OP.startPlan)
  async start(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<StartedPlan> {
    const started = await this.plans.start(body, principal);
    void reply.header('location', `/plans/${started.planId}`);
    return started;
  }

  @Operation(OP.validatePlan)
  validate(@Body() body: unknown): Promise<PlanDryRun> {
    return this.dryRun.validate(body);
  }

  @Operation(OP.listPlanTemplates)
  templates(): PlanTemplateList {
    return this.dryRun.templates();
  }

  @Operation(OP.setPlanEvaluationIndex)
  setEvaluationIndex(@Param('planId') planId: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<PlanView> {
    if (!PLAN_ID_PATTERN.test(planId)) throw RequestInvalid([{ field: 'path.planId', rule: 'is not a plan id' }]);
    return this.plans.setEvaluationIndex(planId, body, principal);
  }

  @Operation(OP.viewPlan)
  view(@Param('planId') planId: string, @CurrentPrincipal() principal: Principal): Promise<PlanView> {
    if (!PLAN_ID_PATTERN.test(planId)) throw RequestInvalid([{ field: 'path.planId', rule: 'is not a plan id' }]);
    return this.plans.viewFor(planId, principal);
  }
}
