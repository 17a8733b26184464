import { Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdConflictPolicy, WorkflowIdReusePolicy, WorkflowNotFoundError } from '@temporalio/client';
import {
  ENTERPRISE_WORKFLOW_TYPE,
  ErrorCode,
  completeStepUpdate,
  enterpriseViewQuery,
  enterpriseWorkflowId,
  planViewQuery,
  planWorkflowId,
  type Actor,
  type EnterpriseView,
  type EnterpriseWorkflowInput,
  type PlanView,
} from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, type EnterpriseRegistration, type EnterpriseStep } from '@duban/domain';
import { DomainError, translateTemporalError } from '@duban/temporal';
import { TemporalClient } from '../temporal/temporal.provider';

/** What registering an enterprise needs from its plan: the evaluation index if in force yet, and the ladder. */
export type PlanForEnterprises = Pick<PlanView, 'planId' | 'evaluationIndex'> & { escalation?: PlanView['escalation'] };

/**
 * Starts, queries and updates enterprise workflows, with Temporal's outcomes translated once: a
 * second registration of an id is ENTERPRISE.ALREADY_REGISTERED, a missing enterprise
 * ENTERPRISE.NOT_FOUND, a missing plan PLAN.NOT_FOUND, an update validator's rejection its code.
 */
@Injectable()
export class EnterpriseWorkflows {
  constructor(private readonly temporal: TemporalClient) {}

  async plan(planId: string): Promise<PlanForEnterprises> {
    try {
      return await this.temporal.client.workflow.getHandle(planWorkflowId(planId)).query(planViewQuery);
    } catch (e) {
      throw translateTemporalError(e, ErrorCode.PlanNotFound);
    }
  }

  /**
   * Starts the enterprise's workflow. With the plan's evaluation index in force it is classified at
   * once; otherwise it waits and asks the plan for the index (the plan sends it when T1 is accepted).
   * Its steps follow the plan's escalation ladder; plans started before their view carried the
   * ladder answer without it, and their enterprises get the default one.
   */
  async register(registration: EnterpriseRegistration, plan: PlanForEnterprises, actor: Actor): Promise<void> {
    const input: EnterpriseWorkflowInput = {
      registration,
      planId: plan.planId,
      registeredBy: actor,
      escalation: plan.escalation ?? DEFAULT_ESCALATION_POLICY,
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
      if (e instanceof WorkflowNotFoundError) throw new DomainError(ErrorCode.EnterpriseNotFound, `no enterprise ${enterpriseId}`);
      throw translateTemporalError(e);
    }
  }

  async completeStep(enterpriseId: string, step: EnterpriseStep, payload: Record<string, unknown>, actor: Actor): Promise<EnterpriseView> {
    try {
      return await this.temporal.client.workflow.getHandle(enterpriseWorkflowId(enterpriseId)).executeUpdate(completeStepUpdate, { args: [{ actor, step, payload }] });
    } catch (e) {
      // The case closed between our read and the update: nothing is open any more.
      if (e instanceof WorkflowNotFoundError) throw new DomainError(ErrorCode.StepOutOfTurn, `enterprise ${enterpriseId} is closed`);
      throw translateTemporalError(e);
    }
  }
}
