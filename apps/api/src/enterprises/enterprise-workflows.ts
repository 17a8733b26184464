import { Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdConflictPolicy, WorkflowIdReusePolicy, WorkflowNotFoundError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  ErrorCode,
  acknowledgeStepEscalationUpdate,
  completeStepUpdate,
  issueStepDirectiveUpdate,
  reevaluateUpdate,
  enterpriseViewQuery,
  enterpriseWorkflowId,
  planWorkflowId,
  type AcknowledgeEscalationCommand,
  type Actor,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
  type IssueStepDirectiveCommand,
  type PlanView,
  type ReevaluateCommand,
} from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, type EnterpriseRegistration, type EnterpriseStep } from '@duban/domain';
import { DomainError, translateTemporalError } from '@duban/temporal';
import { PlansService } from '../plans/plans.service';
import { TemporalClient } from '../temporal/temporal.provider';

/**
 * The one answer for an enterprise that does not exist and for one the caller may not see: the same
 * status, code, title and detail template (only the id in it), so asking reveals nothing.
 */
export const enterpriseNotFound = (id: string): DomainError => new DomainError(ErrorCode.EnterpriseNotFound, `no enterprise ${id}`);

/** What registering an enterprise needs from its plan: the evaluation index if in force yet, and the ladder. */
export type PlanForEnterprises = Pick<PlanView, 'planId' | 'evaluationIndex' | 'clockOffsetMs'> & { escalation?: PlanView['escalation'] };

/**
 * Starts, queries and updates enterprise workflows, with Temporal's outcomes translated once: a
 * second registration of an id is ENTERPRISE.ALREADY_REGISTERED, a missing enterprise
 * ENTERPRISE.NOT_FOUND, a missing plan PLAN.NOT_FOUND, an update validator's rejection its code.
 */
@Injectable()
export class EnterpriseWorkflows {
  constructor(
    private readonly temporal: TemporalClient,
    private readonly plans: PlansService,
  ) {}

  /**
   * The plan's view, shared with the plan reads through a short-lived cache: a bulk registration
   * must not send the plan workflow one query per enterprise (see PlanViewCache).
   */
  plan(planId: string): Promise<PlanForEnterprises> {
    return this.plans.view(planId);
  }

  /**
   * Starts the enterprise's workflow. With the plan's evaluation index in force it is classified at
   * once; otherwise it announces that it waits (`enterprise.awaiting-index`) and the index-delivery
   * consumer signals it the index once the plan announces one (`plan.evaluation-index-set`, when T1
   * is accepted). `planWorkflowId` is kept in the input for workflows of the older code path.
   * Its steps follow the plan's escalation ladder; plans started before their view carried the
   * ladder answer without it, and their enterprises get the default one. The case runs on the
   * plan's clock (its offset is not 0 only in a simulation of a historical plan).
   */
  async register(registration: EnterpriseRegistration, plan: PlanForEnterprises, actor: Actor): Promise<void> {
    const input: EnterpriseWorkflowInput = {
      registration,
      planId: plan.planId,
      registeredBy: actor,
      escalation: plan.escalation ?? DEFAULT_ESCALATION_POLICY,
      ...(plan.clockOffsetMs ? { clockOffsetMs: plan.clockOffsetMs } : {}),
      ...(plan.evaluationIndex ? { index: plan.evaluationIndex } : { planWorkflowId: planWorkflowId(plan.planId) }),
    };
    try {
      await this.temporal.client.workflow.start(ENTERPRISE_WORKFLOW_TYPE, {
        workflowId: enterpriseWorkflowId(registration.id),
        taskQueue: this.temporal.taskQueue,
        args: [input],
        // An id is registered once, ever: a closed case is not reopened by registering it again.
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
      });
    } catch (e) {
      if (e instanceof WorkflowExecutionAlreadyStartedError) {
        throw new DomainError(ErrorCode.EnterpriseAlreadyRegistered, `enterprise ${registration.id} is already registered`);
      }
      throw translateTemporalError(e);
    }
  }

  /** The enterprise as its workflow sees it; a finished case still answers. */
  async view(enterpriseId: string): Promise<EnterpriseView> {
    try {
      return await this.temporal.client.workflow.getHandle(enterpriseWorkflowId(enterpriseId)).query(enterpriseViewQuery);
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) throw enterpriseNotFound(enterpriseId);
      throw translateTemporalError(e);
    }
  }

  completeStep(enterpriseId: string, step: EnterpriseStep, payload: Record<string, unknown>, actor: Actor): Promise<EnterpriseView> {
    return this.update(enterpriseId, completeStepUpdate, { actor, step, payload }, ErrorCode.StepOutOfTurn);
  }

  reevaluate(enterpriseId: string, command: ReevaluateCommand): Promise<EnterpriseView> {
    return this.update(enterpriseId, reevaluateUpdate, command, ErrorCode.EvaluationOutOfTurn);
  }

  acknowledgeEscalation(enterpriseId: string, command: AcknowledgeEscalationCommand): Promise<EnterpriseView> {
    return this.update(enterpriseId, acknowledgeStepEscalationUpdate, command, ErrorCode.StepOutOfTurn);
  }

  issueDirective(enterpriseId: string, command: IssueStepDirectiveCommand): Promise<EnterpriseView> {
    return this.update(enterpriseId, issueStepDirectiveUpdate, command, ErrorCode.StepOutOfTurn);
  }

  /**
   * An update of a case the caller has read (and may see). Refused as not found, the case has
   * closed since and nothing can change any more (`closedCode`), unless no workflow of that id
   * exists at all: that is ENTERPRISE.NOT_FOUND, never a 409 "closed" (issue 12), whoever calls.
   */
  private async update<C>(enterpriseId: string, definition: UpdateDefinition<EnterpriseView, [C]>, command: C, closedCode: ErrorCode): Promise<EnterpriseView> {
    const handle = this.temporal.client.workflow.getHandle(enterpriseWorkflowId(enterpriseId));
    try {
      return await handle.executeUpdate(definition, { args: [command] });
    } catch (e) {
      if (!(e instanceof WorkflowNotFoundError)) throw translateTemporalError(e);
    }
    try {
      await handle.describe();
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) throw enterpriseNotFound(enterpriseId);
      throw translateTemporalError(e);
    }
    throw new DomainError(closedCode, `enterprise ${enterpriseId} is closed`);
  }
}
