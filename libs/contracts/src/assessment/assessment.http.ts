import { z } from 'zod';
import { ErrorCode } from '../errors';
import { planIdField } from '../http/fields';
import { operation } from '../http/operation';
import {
  benefitEntryBodySchema,
  benefitLedgerQuerySchema,
  benefitLedgerResponseSchema,
  benefitRecordedSchema,
  cityAssessmentQuerySchema,
  cityAssessmentResponseSchema,
  targetReportBodySchema,
  targetReportedSchema,
  targetsResponseSchema,
} from './assessment.dto';

// The plan's targets (三), the city's annual assessment (三, 六(三)) and the benefit-sharing ledger
// (二(四)), defined once: the API routes these operations and /docs/openapi.json is generated from them.

const planParams = z.object({ planId: planIdField }).strict();
const targetParams = z.object({ planId: planIdField, targetCode: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'is not a target code') }).strict();

export const ASSESSMENT_OPERATIONS = {
  reportTarget: operation({
    operationId: 'reportTarget',
    method: 'post',
    path: '/plans/{planId}/targets/{targetCode}/reports',
    tag: 'assessment',
    summary: "Report a target's value for a period (officials of the target's owning unit); a period reported before needs `correction` with its reason",
    roles: ['official'],
    params: targetParams,
    body: targetReportBodySchema,
    success: { status: 201, description: 'the report as the plan recorded it (its duban.target.reported.v1 follows)', schema: targetReportedSchema },
    errors: [
      ErrorCode.PlanNotFound,
      ErrorCode.PlanClosed,
      ErrorCode.TargetNotFound,
      ErrorCode.TargetForbidden,
      ErrorCode.TargetReportInvalid,
      ErrorCode.TargetPeriodReported,
      ErrorCode.TargetNothingToCorrect,
    ],
  }),
  listTargets: operation({
    operationId: 'listTargets',
    method: 'get',
    path: '/plans/{planId}/targets',
    tag: 'assessment',
    summary: "The plan's targets with their reports in force, the latest value and whether it meets the target; computed from the plan's events in the audit log",
    params: planParams,
    success: { status: 200, description: 'the targets, in the plan’s order', schema: targetsResponseSchema },
    errors: [ErrorCode.PlanNotFound],
  }),
  cityAssessment: operation({
    operationId: 'cityAssessment',
    method: 'get',
    path: '/assessment/city',
    tag: 'assessment',
    summary:
      "The province's annual score of the city (三: ≥ 90, 优秀) on the plan's targets, with the units' scores beside it; led by 督查室 with LGO and PERF (六(三)). Supervisors, performance, admins and officials of LGO",
    roles: ['supervisor', 'performance', 'admin', 'official'],
    query: cityAssessmentQuerySchema,
    success: { status: 200, description: 'the city assessment, recomputed from the audit log', schema: cityAssessmentResponseSchema },
    errors: [ErrorCode.PlanNotFound],
  }),
  recordBenefit: operation({
    operationId: 'recordBenefit',
    method: 'post',
    path: '/plans/{planId}/benefit-ledger',
    tag: 'assessment',
    summary:
      "Record a transferred enterprise's output value and tax for a period and their split between 转出地 and 转入地 (利益共享, 二(四)); officials of the enterprise's district; a period recorded before needs `correction`",
    roles: ['official'],
    params: planParams,
    body: benefitEntryBodySchema,
    success: { status: 201, description: 'the entry as the plan recorded it (its duban.benefit.recorded.v1 follows)', schema: benefitRecordedSchema },
    errors: [ErrorCode.PlanNotFound, ErrorCode.PlanClosed, ErrorCode.EnterpriseNotFound, ErrorCode.BenefitNotTransferring, ErrorCode.BenefitPeriodRecorded, ErrorCode.BenefitNothingToCorrect],
  }),
  benefitLedger: operation({
    operationId: 'benefitLedger',
    method: 'get',
    path: '/plans/{planId}/benefit-ledger',
    tag: 'assessment',
    summary:
      'The benefit-sharing ledger summed per district (转出地) or park (转入地), recomputed from the audit log. Supervisors, performance, admins and officials of LGO see every district; a district’s officials see their own',
    roles: ['supervisor', 'performance', 'admin', 'official'],
    params: planParams,
    query: benefitLedgerQuerySchema,
    success: { status: 200, description: 'the sums and the entries in force', schema: benefitLedgerResponseSchema },
    errors: [ErrorCode.PlanNotFound],
  }),
};
