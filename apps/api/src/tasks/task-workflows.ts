import { Injectable } from '@nestjs/common';
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { ErrorCode, parseTaskId, taskWorkflowId, type Actor, type TaskView } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { isOverdue } from '@duban/persistence';
import { DomainError, translateTemporalError } from '@duban/temporal';
import { Forbidden, RequestInvalid } from '../common/api-error';
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

export interface CallOptions {
  /** Units whose officials may learn that the task exists; anyone else gets a 403 for a missing task. */
  units: string[];
  /** The code of a missing task (a missing escalation's task is ESCALATION.NOT_FOUND). */
  notFound?: ErrorCode;
}

/**
 * Queries and updates of task workflows, with Temporal's outcomes translated once: a validator's
 * rejection becomes its DomainError, a missing task a 404 (or a 403 for a caller who may not
 * learn of it), a closed task a 409.
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
    if (!canSeeEveryUnit(principal) && !options.units.includes(principal.unit)) return Forbidden(`task ${taskId} is not a task of ${principal.unit}`);
    try {
      const description = await handle.describe();
      if (description.status.name === 'RUNNING') return 'started-meanwhile';
      return new DomainError(ErrorCode.TaskOutOfTurn, `task ${taskId} is closed (${description.status.name.toLowerCase()})`, {
        status: description.status.name,
      });
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) {
        const code = options.notFound ?? ErrorCode.TaskNotFound;
        return new DomainError(code, code === ErrorCode.TaskNotFound ? `no task ${taskId}` : `no task ${taskId}, so no such escalation`);
      }
      throw e;
    }
  }
}
