import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { ErrorCode, parseTaskId, taskWorkflowId, type Actor, type TaskView } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { isOverdue } from '@duban/persistence';
import { DomainError, translateTemporalError } from '@duban/temporal';
import { RequestInvalid } from '../common/api-error';
import { TemporalClient } from '../temporal/temporal.provider';

/** Supervisors, the performance office and admins see every unit's tasks; officials their own. */
export const canSeeEveryUnit = (p: Principal): boolean => p.roles.includes('supervisor') || p.roles.includes('admin') || p.roles.includes('performance');

/** The actor recorded in the task's history and events: who the token says is calling. */
export function toActor(p: Principal): Actor {
  return { sub: p.sub, unit: p.unit, roles: [...p.roles] };
}

/** The lead unit named by a task id; a malformed id is a 400 naming `field`. */
export function unitOfTaskId(taskId: string, field = 'path.taskId'): string {
  const parts = parseTaskId(taskId);
  if (!parts) throw RequestInvalid([{ field, rule: 'must be {planId}.{taskCode}.{unitCode}' }]);
  return parts.unitCode;
}

/** The task view as the API answers it: with whether its deadline has passed unaccepted. */
export function withOverdue(view: TaskView, now = new Date()): TaskView & { overdue: boolean } {
  return { ...view, overdue: isOverdue(view, now) };
}

/**
 * Whether `principal` may learn that the task of `view` exists: supervisors, the performance office
 * and admins always; an official when their unit leads it, co-works it, or is the parent unit of a
 * sub-task (逐级落实). Anyone else is answered exactly as for a missing task ({@link taskNotFound}).
 */
export function mayLearnOf(view: Pick<TaskView, 'unit' | 'coUnits' | 'parentUnit'>, principal: Principal): boolean {
  return canSeeEveryUnit(principal) || principal.unit === view.unit || principal.unit === view.parentUnit || view.coUnits.includes(principal.unit);
}

/**
 * The one answer for a task the caller may not learn of and for a task that does not exist: the
 * same status, code, title and detail template (only the id in it), so that asking reveals nothing
 * (issue 12; ours). `code` is ESCALATION.NOT_FOUND on the escalation routes.
 */
export function taskNotFound(taskId: string, code: ErrorCode = ErrorCode.TaskNotFound): DomainError {
  return new DomainError(code, code === ErrorCode.TaskNotFound ? `no task ${taskId}` : `no task ${taskId}, so no such escalation`);
}

export interface CallOptions {
  /**
   * Units whose officials may learn from the id alone that the task exists (its lead unit, a
   * sub-task's parent unit); anyone else is told "not found" for a missing or closed task.
   */
  units: string[];
  /** The code of a missing task (a missing escalation's task is ESCALATION.NOT_FOUND). */
  notFound?: ErrorCode;
}

/**
 * Queries and updates of task workflows, with Temporal's outcomes translated once: a validator's
 * rejection becomes its DomainError, a missing task a 404, a closed task a 409 (a 404 for a caller
 * who may not learn of it).
 */
@Injectable()
export class TaskWorkflows {
  constructor(private readonly temporal: TemporalClient) {}

  async call<T>(taskId: string, fn: (h: WorkflowHandle) => Promise<T>, principal: Principal, options: CallOptions): Promise<T> {
    const handle = this.temporal.client.workflow.getHandle(taskWorkflowId(taskId));
    try {
      return await fn(handle);
    } catch (e) {
      if (!(e instanceof WorkflowNotFoundError)) throw translateTemporalError(e);
      const answer = await this.notFoundOrClosed(handle, taskId, principal, options);
      if (answer !== 'started-meanwhile') throw answer;
    }
    // Not found, then running: the workflow started between the two calls (a sub-task its parent
    // starts, a plan's task just being started). Asked again, it answers.
    try {
      return await fn(handle);
    } catch (e) {
      throw translateTemporalError(e);
    }
  }

  /** An update to a finished task is out of turn (409), not "not found": the task exists, it is closed. */
  private async notFoundOrClosed(handle: WorkflowHandle, taskId: string, principal: Principal, options: CallOptions): Promise<Error | 'started-meanwhile'> {
    if (!canSeeEveryUnit(principal) && !options.units.includes(principal.unit)) return taskNotFound(taskId, options.notFound);
    try {
      const description = await handle.describe();
      if (description.status.name === 'RUNNING') return 'started-meanwhile';
      return new DomainError(ErrorCode.TaskOutOfTurn, `task ${taskId} is closed (${description.status.name.toLowerCase()})`, {
        status: description.status.name,
      });
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return taskNotFound(taskId, options.notFound);
      throw e;
    }
  }
}
