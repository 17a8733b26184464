import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { planWorkflowId, type PlanDryRun, type PlanTemplateList } from '@duban/contracts';
import { translateTemporalError } from '@duban/temporal';
import { TemporalClient } from '../temporal/temporal.provider';
import { dryRunPlan, planTemplates } from './plan-dry-run';

/**
 * `POST /plans/validate` and `GET /plan-templates` (issue 13). The dry run adds the one check the
 * pure validation cannot make: whether the plan id is taken — any earlier run of its workflow,
 * running or closed, since `POST /plans` refuses to reuse one — asked of Temporal with one
 * describe (a Temporal outage is a 503 here as on the load itself).
 */
@Injectable()
export class PlanDryRunService {
  constructor(private readonly temporal: TemporalClient) {}

  async validate(body: unknown): Promise<PlanDryRun> {
    const { result, plan } = dryRunPlan(body);
    if (!plan) return result;
    if (!(await this.isTaken(plan.planId))) return result;
    return { valid: false, problems: [{ path: 'planId', message: `plan ${plan.planId} has already been loaded`, code: 'plan-exists' }], ...(result.plan && { plan: result.plan }) };
  }

  templates(): PlanTemplateList {
    return planTemplates();
  }

  private async isTaken(planId: string): Promise<boolean> {
    try {
      await this.temporal.client.workflow.getHandle(planWorkflowId(planId)).describe();
      return true;
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return false;
      throw translateTemporalError(e);
    }
  }
}
