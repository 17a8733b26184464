import { defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../events';
import type { BenefitEntryBody, BenefitRecorded, TargetReportBody, TargetReported } from './assessment.dto';

// The plan workflow's updates for its targets and its benefit-sharing ledger (issue 11). They live
// with the assessment feature; the plan workflow registers them. Events come only from the plan
// workflow, through its outbox (subject: the plan id).

/** An official of the target's owning unit reports a period's value; the workflow checks the period, the figures and the owner. */
export interface ReportTargetCommand extends TargetReportBody {
  actor: Actor;
  targetCode: string;
}

export const reportTargetUpdate = defineUpdate<TargetReported, [ReportTargetCommand]>('plan.reportTarget');

/**
 * The district of a transferred enterprise records a period of its ledger. The API fills in what
 * the enterprise's own workflow says (its name, district and destination park with the park's
 * city), never what the caller says about them.
 */
export interface RecordBenefitCommand {
  actor: Actor;
  entry: Omit<BenefitEntryBody, 'enterpriseId'> & {
    enterpriseId: string;
    enterpriseName: string;
    district: string;
    park: { parkId: string; parkName: string; city: string };
  };
}

export const recordBenefitUpdate = defineUpdate<BenefitRecorded, [RecordBenefitCommand]>('plan.recordBenefit');
