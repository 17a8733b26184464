import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  acknowledgeEscalationSchema,
  acknowledgeEscalationUpdate,
  escalationListQuerySchema,
  issueDirectiveSchema,
  issueDirectiveUpdate,
  parseEscalationId,
  taskViewQuery,
  type EscalationInboxPage,
  type TaskResponse,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { TaskInboxRepository } from '@duban/persistence';
import { DomainError } from '@duban/temporal';
import { RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { TaskWorkflows, toActor, unitOfTaskId, withOverdue } from '../tasks/task-workflows';

/**
 * The 督查室 inbox. Listing reads the escalation projection; acting goes to the workflow of the
 * task that the escalation id names, which has the last word on the case's state.
 */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly workflows: TaskWorkflows,
    private readonly inbox: TaskInboxRepository,
  ) {}

  list(query: unknown): Promise<EscalationInboxPage> {
    return this.inbox.listEscalations(parseInput(escalationListQuerySchema, query, 'query'));
  }

  /** Acknowledging a level stops its repeated notices; the case stays open until the task is done or its deadline moves. */
  async acknowledge(id: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const taskId = this.taskOf(id);
    // The note is optional, and so is a body that would hold only it.
    const request = parseInput(acknowledgeEscalationSchema, body ?? {}, 'body');
    const command = { escalationId: id, ...request, actor: toActor(actor) };
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(acknowledgeEscalationUpdate, { args: [command] }), actor, this.options(taskId)));
  }

  /** A directive (督办单) on the escalated task: its committed date becomes the deadline, which resolves the open cases. */
  async issueDirective(id: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const taskId = this.taskOf(id);
    const request = parseInput(issueDirectiveSchema, body, 'body');
    const view = await this.workflows.call(taskId, (h) => h.query(taskViewQuery), actor, this.options(taskId));
    const escalation = view.escalations.find((e) => e.id === id);
    if (!escalation) throw new DomainError(ErrorCode.EscalationNotFound, `no escalation ${id} on task ${taskId}`);
    if (escalation.resolvedAt !== undefined) {
      throw new DomainError(ErrorCode.TaskOutOfTurn, `escalation ${id} is closed (${escalation.resolution ?? 'resolved'}); issue a directive on the task instead`);
    }
    const command = { ...request, actor: toActor(actor) };
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(issueDirectiveUpdate, { args: [command] }), actor, this.options(taskId)));
  }

  private taskOf(id: string): string {
    const parts = parseEscalationId(id);
    if (!parts) throw RequestInvalid([{ field: 'path.id', rule: 'must be {taskId}~{epoch}~{yellow|red|leading-group}' }]);
    unitOfTaskId(parts.taskId, 'path.id');
    return parts.taskId;
  }

  private options(taskId: string) {
    return { units: [unitOfTaskId(taskId)], notFound: ErrorCode.EscalationNotFound };
  }
}
