import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import {
  ErrorCode,
  parseTaskId,
  reportProgressSchema,
  reportProgressUpdate,
  reviewTaskSchema,
  reviewTaskUpdate,
  submitTaskSchema,
  submitTaskUpdate,
  taskViewQuery,
  taskWorkflowId,
  type Actor,
  type TaskView,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { DomainError, translateTemporalError } from '@duban/temporal';
import { Forbidden, RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { TemporalClient } from '../temporal/temporal.provider';

const canSeeEveryUnit = (p: Principal): boolean => p.roles.includes('supervisor') || p.roles.includes('admin') || p.roles.includes('performance');

@Injectable()
export class TasksService {
  constructor(private readonly temporal: TemporalClient) {}

  async view(taskId: string, principal: Principal): Promise<TaskView> {
    const unit = this.unitOf(taskId);
    const view = await this.call(taskId, (h) => h.query(taskViewQuery), principal, unit);
    if (!canSeeEveryUnit(principal) && principal.unit !== view.unit && !view.coUnits.includes(principal.unit)) {
      throw Forbidden(`task ${taskId} belongs to ${view.unit}`);
    }
    return view;
  }

  reportProgress(taskId: string, body: unknown, actor: Principal): Promise<TaskView> {
    const unit = this.requireOwnUnit(taskId, actor);
    const request = parseInput(reportProgressSchema, body, 'body');
    return this.call(taskId, (h) => h.executeUpdate(reportProgressUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, unit);
  }

  submit(taskId: string, body: unknown, actor: Principal): Promise<TaskView> {
    const unit = this.requireOwnUnit(taskId, actor);
    const request = parseInput(submitTaskSchema, body, 'body');
    return this.call(taskId, (h) => h.executeUpdate(submitTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, unit);
  }

  review(taskId: string, body: unknown, actor: Principal): Promise<TaskView> {
    const unit = this.unitOf(taskId);
    const request = parseInput(reviewTaskSchema, body, 'body');
    return this.call(taskId, (h) => h.executeUpdate(reviewTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, unit);
  }

  private unitOf(taskId: string): string {
    const parts = parseTaskId(taskId);
    if (!parts) throw RequestInvalid([{ field: 'path.taskId', rule: 'must be {planId}.{taskCode}.{unitCode}' }]);
    return parts.unitCode;
  }

  /** An official acts only for their own unit: refused before the task is even looked up, so a guessed id reveals nothing. */
  private requireOwnUnit(taskId: string, actor: Principal): string {
    const unit = this.unitOf(taskId);
    if (actor.unit !== unit) throw Forbidden(`officials of ${actor.unit} cannot act on task ${taskId} of ${unit}`);
    return unit;
  }

  private async call<T>(taskId: string, fn: (h: WorkflowHandle) => Promise<T>, principal: Principal, unit: string): Promise<T> {
    const handle = this.temporal.client.workflow.getHandle(taskWorkflowId(taskId));
    try {
      return await fn(handle);
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) throw await this.notFoundOrClosed(handle, taskId, principal, unit);
      throw translateTemporalError(e);
    }
  }

  /** An update to a finished task is out of turn (409), not "not found": the task exists, it is closed. */
  private async notFoundOrClosed(handle: WorkflowHandle, taskId: string, principal: Principal, unit: string): Promise<Error> {
    if (!canSeeEveryUnit(principal) && principal.unit !== unit) return Forbidden(`task ${taskId} belongs to ${unit}`);
    try {
      const description = await handle.describe();
      return new DomainError(ErrorCode.TaskOutOfTurn, `task ${taskId} is closed (${description.status.name.toLowerCase()})`, {
        status: description.status.name,
      });
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return new DomainError(ErrorCode.TaskNotFound, `no task ${taskId}`);
      throw e;
    }
  }
}

function toActor(p: Principal): Actor {
  return { sub: p.sub, unit: p.unit, roles: [...p.roles] };
}
