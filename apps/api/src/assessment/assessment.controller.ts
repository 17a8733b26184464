import { Body, Controller, Param, Query } from '@nestjs/common';
import {
  ASSESSMENT_OPERATIONS as OP,
  benefitEntryBodySchema,
  benefitLedgerQuerySchema,
  cityAssessmentQuerySchema,
  targetReportBodySchema,
  PLAN_ID_PATTERN,
  CODE_PATTERN,
  type BenefitLedgerResponse,
  type BenefitRecorded,
  type CityAssessmentResponse,
  type TargetReported,
  type TargetsResponse,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { RequestInvalid } from '../common/api-error';
import { Operation } from '../common/operation.decorator';
import { parseInput } from '../common/parse-input';
import { AssessmentApiService } from './assessment.service';

const requirePlanId = (planId: string): void => {
  if (!PLAN_ID_PATTERN.test(planId)) throw RequestInvalid([{ field: 'path.planId', rule: 'is not a plan id' }]);
};

@Controller()
export class AssessmentController {
  constructor(private readonly assessment: AssessmentApiService) {}

  @Operation(OP.reportTarget)
  reportTarget(@Param('planId') planId: string, @Param('targetCode') targetCode: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<TargetReported> {
    const problems = [
      ...(PLAN_ID_PATTERN.test(planId) ? [] : [{ field: 'path.planId', rule: 'is not a plan id' }]),
      ...(CODE_PATTERN.test(targetCode) ? [] : [{ field: 'path.targetCode', rule: 'is not a target code' }]),
    ];
    if (problems.length > 0) throw RequestInvalid(problems);
    return this.assessment.reportTarget(planId, targetCode, parseInput(targetReportBodySchema, body, 'body'), principal);
  }

  @Operation(OP.listTargets)
  targets(@Param('planId') planId: string): Promise<TargetsResponse> {
    requirePlanId(planId);
    return this.assessment.targets(planId);
  }

  @Operation(OP.cityAssessment)
  city(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<CityAssessmentResponse> {
    return this.assessment.city(parseInput(cityAssessmentQuerySchema, query, 'query'), principal);
  }

  @Operation(OP.recordBenefit)
  recordBenefit(@Param('planId') planId: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<BenefitRecorded> {
    requirePlanId(planId);
    return this.assessment.recordBenefit(planId, parseInput(benefitEntryBodySchema, body, 'body'), principal);
  }

  @Operation(OP.benefitLedger)
  ledger(@Param('planId') planId: string, @Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<BenefitLedgerResponse> {
    requirePlanId(planId);
    return this.assessment.ledger(planId, parseInput(benefitLedgerQuerySchema, query, 'query'), principal);
  }
}
