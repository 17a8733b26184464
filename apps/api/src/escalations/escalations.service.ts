import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  acknowledgeEscalationSchema,
  acknowledgeEscalationUpdate,
  escalationListQuerySchema,
  issueDirectiveSchema,
  issueDirectiveUpdate,
  parseEnterpriseStepId,
  parseEscalationId,
  taskViewQuery,
  type EnterpriseView,
  type EscalationInboxPage,
  type TaskResponse,
} from '@duban/contracts';
import type { EnterpriseStep } from '@duban/domain';
import type { Principal } from '@duban/auth';
import { TaskInboxRepository } from '@duban/persistence';
import { DomainError } from '@duban/temporal';
import { RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { EnterpriseWorkflows } from '../enterprises/enterprise-workflows';
import { TaskWorkflows, toActor, unitOfTaskId, withOverdue } from '../tasks/task-workflows';

/** What an escalation id names: a task, or a step of an enterprise (`{enterpriseId}/{step}~{epoch}~{level}`). */
type EscalationOwner = { kind: 'task'; taskId: string } | { kind: 'enterprise-step'; enterpriseId: string; step: EnterpriseStep };

/**
 * The 督查室 inbox. Listing reads the escalation projection; acting goes to the workflow of the
 * task, or of the enterprise whose step, that the escalation id names, which has the last word on
 * the case's state. For an enterprise step the answer is the enterprise.
 */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly workflows: TaskWorkflows,
    private readonly inbox: TaskInboxRepository,
    private readonly enterprises: EnterpriseWorkflows,
  ) {}

  list(query: unknown): Promise<EscalationInboxPage> {
    return this.inbox.listEscalations(parseInput(escalationListQuerySchema, query, 'query'));
  }

  /** Acknowledging a level stops its repeated notices; the case stays open until the task is done or its deadline moves. */
  async acknowledge(id: string, body: unknown, actor: Principal): Promise<TaskResponse | EnterpriseView> {
    const owner = this.ownerOf(id);
    // The note is optional, and so is a body that would hold only it.
    const request = parseInput(acknowledgeEscalationSchema, body ?? {}, 'body');
    const command = { escalationId: id, ...request, actor: toActor(actor) };
    if (owner.kind === 'enterprise-step') {
      await this.enterpriseOf(owner.enterpriseId, id);
      return this.enterprises.acknowledgeEscalation(owner.enterpriseId, command);
    }
    const { taskId } = owner;
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(acknowledgeEscalationUpdate, { args: [command] }), actor, this.options(taskId)));
  }

  /** A directive (督办单) on the escalated task: its committed date becomes the deadline, which resolves the open cases. */
  async issueDirective(id: string, body: unknown, actor: Principal): Promise<TaskResponse | EnterpriseView> {
    const owner = this.ownerOf(id);
    const request = parseInput(issueDirectiveSchema, body, 'body');
    if (owner.kind === 'enterprise-step') return this.issueStepDirective(owner.enterpriseId, owner.step, id, request, actor);
    const { taskId } = owner;
    const view = await this.workflows.call(taskId, (h) => h.query(taskViewQuery), actor, this.options(taskId));
    const escalation = view.escalations.find((e) => e.id === id);
    if (!escalation) throw new DomainError(ErrorCode.EscalationNotFound, `no escalation ${id} on task ${taskId}`);
    if (escalation.resolvedAt !== undefined) {
      throw new DomainError(ErrorCode.TaskOutOfTurn, `escalation ${id} is closed (${escalation.resolution ?? 'resolved'}); issue a directive on the task instead`);
    }
    const command = { ...request, actor: toActor(actor) };
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(issueDirectiveUpdate, { args: [command] }), actor, this.options(taskId)));
  }

  /** A directive on the escalated step of an enterprise: the step's deadline moves to the committed date. */
  private async issueStepDirective(enterpriseId: string, step: EnterpriseStep, id: string, request: { committedDate: string; instructions: string }, actor: Principal): Promise<EnterpriseView> {
    const view = await this.enterpriseOf(enterpriseId, id);
    const escalation = view.steps.flatMap((s) => s.escalations).find((e) => e.id === id);
    if (!escalation) throw new DomainError(ErrorCode.EscalationNotFound, `no escalation ${id} on enterprise ${enterpriseId}`);
    if (escalation.resolvedAt !== undefined) {
      throw new DomainError(ErrorCode.StepOutOfTurn, `escalation ${id} is closed (${escalation.resolution ?? 'resolved'})`);
    }
    return this.enterprises.issueDirective(enterpriseId, { step, ...request, actor: toActor(actor) });
  }

  /** The enterprise an escalation names; a missing one is a missing escalation. */
  private async enterpriseOf(enterpriseId: string, id: string): Promise<EnterpriseView> {
    try {
      return await this.enterprises.view(enterpriseId);
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.EnterpriseNotFound) throw new DomainError(ErrorCode.EscalationNotFound, `no escalation ${id}`);
      throw e;
    }
  }

  private ownerOf(id: string): EscalationOwner {
    const parts = parseEscalationId(id);
    if (!parts) throw RequestInvalid([{ field: 'path.id', rule: 'must be {taskId}~{epoch}~{yellow|red|leading-group} or {enterpriseId}/{step}~{epoch}~{level}' }]);
    const step = parseEnterpriseStepId(parts.taskId);
    if (step) return { kind: 'enterprise-step', ...step };
    unitOfTaskId(parts.taskId, 'path.id');
    return { kind: 'task', taskId: parts.taskId };
  }

  private options(taskId: string) {
    return { units: [unitOfTaskId(taskId)], notFound: ErrorCode.EscalationNotFound };
  }
}
