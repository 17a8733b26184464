import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import {
  ErrorCode,
  planWorkflowId,
  recordBenefitUpdate,
  reportTargetUpdate,
  type BenefitEntryBody,
  type BenefitLedgerQuery,
  type BenefitLedgerResponse,
  type BenefitRecorded,
  type CityAssessmentQuery,
  type CityAssessmentResponse,
  type EnterpriseView,
  type TargetReportBody,
  type TargetReported,
  type TargetsResponse,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { ParkRepository } from '@duban/persistence';
import { AssessmentService } from '@duban/scoring';
import { DomainError, translateTemporalError } from '@duban/temporal';
import { Forbidden } from '../common/api-error';
import { EnterpriseWorkflows } from '../enterprises/enterprise-workflows';
import { TemporalClient } from '../temporal/temporal.provider';
import { canSeeEveryUnit, toActor } from '../tasks/task-workflows';

/** The Leading Group Office, whose officials read the city assessment and the whole ledger (六(三): 督查室会同…领导小组办公室、市绩效办). */
const LGO = 'LGO';

/**
 * Targets, the city's assessment and the benefit-sharing ledger at the edge: reports and ledger
 * entries go to the plan workflow as updates (its validators refuse what is out of turn, and only
 * it emits the events, through its outbox); every read is recomputed from the audit log by
 * {@link AssessmentService}, so a read follows a write once the audit consumer has stored its event.
 */
@Injectable()
export class AssessmentApiService {
  constructor(
    private readonly temporal: TemporalClient,
    private readonly enterprises: EnterpriseWorkflows,
    private readonly parks: ParkRepository,
    private readonly assessment: AssessmentService,
  ) {}

  reportTarget(planId: string, targetCode: string, body: TargetReportBody, principal: Principal): Promise<TargetReported> {
    return this.update(planId, reportTargetUpdate, { ...body, targetCode, actor: toActor(principal) });
  }

  /**
   * Records a ledger entry for an enterprise of the caller's district that is on a transfer path:
   * tracks B or C, with the intention to transfer and a destination park matched. What the entry
   * says about the enterprise (name, district, park and the park's city) comes from its own
   * workflow and the park store, never from the body.
   */
  async recordBenefit(planId: string, body: BenefitEntryBody, principal: Principal): Promise<BenefitRecorded> {
    const view = await this.enterprises.view(body.enterpriseId);
    // An official who may not see the enterprise learns nothing of it (as GET /enterprises/:id answers).
    if (view.planId !== planId || (!canSeeEveryUnit(principal) && principal.unit !== view.district && !view.steps.some((s) => s.unit === principal.unit))) {
      throw new DomainError(ErrorCode.EnterpriseNotFound, `no enterprise ${body.enterpriseId} in plan ${planId}`);
    }
    if (principal.unit !== view.district) throw Forbidden(`the ledger of ${view.id} is recorded by officials of ${view.district}`);
    const park = transferPark(view);
    const stored = await this.parks.get(park.parkId);
    const { enterpriseId: _id, ...entry } = body;
    return this.update(planId, recordBenefitUpdate, {
      actor: toActor(principal),
      entry: { ...entry, enterpriseId: view.id, enterpriseName: view.name, district: view.district, park: { parkId: park.parkId, parkName: park.parkName, city: stored?.city ?? park.region } },
    });
  }

  async targets(planId: string): Promise<TargetsResponse> {
    return (await this.assessment.targets(planId)) ?? planNotFound(planId);
  }

  async city(query: CityAssessmentQuery, principal: Principal): Promise<CityAssessmentResponse> {
    if (!canSeeEveryUnit(principal) && principal.unit !== LGO) throw Forbidden('the city assessment is read by 督查室, the Leading Group Office and 绩效办 (六(三))');
    return (await this.assessment.city(query.planId, query.year)) ?? planNotFound(query.planId);
  }

  async ledger(planId: string, query: BenefitLedgerQuery, principal: Principal): Promise<BenefitLedgerResponse> {
    const district = canSeeEveryUnit(principal) || principal.unit === LGO ? undefined : principal.unit;
    return (await this.assessment.ledger(planId, query.groupBy, query.year, district)) ?? planNotFound(planId);
  }

  private async update<Ret, Arg>(planId: string, update: UpdateDefinition<Ret, [Arg]>, arg: Arg): Promise<Ret> {
    const handle = this.temporal.client.workflow.getHandle(planWorkflowId(planId));
    try {
      return await handle.executeUpdate(update, { args: [arg] });
    } catch (e) {
      const translated = translateTemporalError(e, ErrorCode.PlanNotFound);
      // A completed plan answers an update as a missing workflow would: tell the two apart.
      if (translated instanceof DomainError && translated.code === ErrorCode.PlanNotFound) {
        const closed = await handle.describe().then(
          (d) => d.status.name !== 'RUNNING',
          () => false,
        );
        if (closed) throw new DomainError(ErrorCode.PlanClosed, `plan ${planId} has completed and takes no more reports`);
      }
      throw translated;
    }
  }
}

/** The park an enterprise on a transfer path is going to; 409 when it is not on one. */
function transferPark(view: EnterpriseView): NonNullable<EnterpriseView['park']> {
  const onPath = (view.track === 'B' || view.track === 'C') && view.intention !== 'upgrade' && view.park !== undefined;
  if (!onPath || !view.park) {
    throw new DomainError(
      ErrorCode.BenefitNotTransferring,
      `enterprise ${view.id} is not on a transfer path with a destination park (track ${view.track ?? 'none'}${view.intention ? `, intention ${view.intention}` : ''}${view.park ? '' : ', no park matched'})`,
    );
  }
  return view.park;
}

const planNotFound = (planId: string): never => {
  throw new DomainError(ErrorCode.PlanNotFound, `no plan ${planId} in the audit log`);
};
