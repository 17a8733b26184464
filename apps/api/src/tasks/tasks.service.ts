import { Injectable } from '@nestjs/common';
import {
  CODE_PATTERN,
  cascadeTaskSchema,
  cascadeTaskUpdate,
  contributeSchema,
  contributeUpdate,
  decideExtensionSchema,
  decideExtensionUpdate,
  issueDirectiveSchema,
  issueDirectiveUpdate,
  reportProgressSchema,
  reportProgressUpdate,
  requestExtensionSchema,
  requestExtensionUpdate,
  reviewTaskSchema,
  reviewTaskUpdate,
  submitTaskSchema,
  submitTaskUpdate,
  taskListQuerySchema,
  briefListQuerySchema,
  briefTaskCode,
  parseTaskId,
  type TaskListQuery,
  taskViewQuery,
  waiveContributionSchema,
  waiveContributionUpdate,
  type TaskInboxPage,
  type TaskResponse,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { TaskInboxRepository } from '@duban/persistence';
import { Forbidden, RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { TaskWorkflows, canSeeEveryUnit, toActor, unitOfTaskId, withOverdue } from './task-workflows';

/**
 * The task routes. Reads of one task and every action go to the task's workflow (its validators
 * have the last word on turn and role); the inbox reads the projection the tasks consumer keeps.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly workflows: TaskWorkflows,
    private readonly inbox: TaskInboxRepository,
  ) {}

  /** The inbox. An official sees the tasks their unit leads or contributes to, and asking for another unit is a 403. */
  list(query: unknown, principal: Principal): Promise<TaskInboxPage> {
    return this.listParsed(parseInput(taskListQuerySchema, query, 'query'), principal);
  }

  /** Information briefs (信息简报) by month and unit: the brief tasks of the inbox. */
  listBriefs(query: unknown, principal: Principal): Promise<TaskInboxPage> {
    const { period, ...rest } = parseInput(briefListQuerySchema, query, 'query');
    return this.listParsed({ ...rest, kind: 'brief', ...(period !== undefined && { taskCode: briefTaskCode(period) }) }, principal);
  }

  private listParsed(filters: TaskListQuery, principal: Principal): Promise<TaskInboxPage> {
    if (!canSeeEveryUnit(principal)) {
      if (filters.unit !== undefined && filters.unit !== principal.unit) {
        throw Forbidden(`officials of ${principal.unit} see only their own unit's tasks, not ${filters.unit}'s`);
      }
      filters.unit = principal.unit;
    }
    return this.inbox.listTasks(filters, new Date());
  }

  /** A sub-task is also visible to officials of its parent's unit, which answers for it (逐级落实). */
  async view(taskId: string, principal: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    const parentUnit = parseTaskId(taskId)?.parentUnitCode;
    const view = await this.workflows.call(taskId, (h) => h.query(taskViewQuery), principal, { units: parentUnit ? [unit, parentUnit] : [unit] });
    if (!canSeeEveryUnit(principal) && principal.unit !== view.unit && principal.unit !== view.parentUnit && !view.coUnits.includes(principal.unit)) {
      throw Forbidden(`task ${taskId} belongs to ${view.unit}`);
    }
    return withOverdue(view);
  }

  /**
   * 逐级落实: an official of the task's unit gives a department a sub-task. The workflow checks the
   * department, the date and duplicates, and answers once the sub-task's workflow exists.
   */
  async cascade(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = this.requireOwnUnit(taskId, actor);
    const request = parseInput(cascadeTaskSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(cascadeTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async reportProgress(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = this.requireOwnUnit(taskId, actor);
    const request = parseInput(reportProgressSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(reportProgressUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async submit(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = this.requireOwnUnit(taskId, actor);
    const request = parseInput(submitTaskSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(submitTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async review(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    const request = parseInput(reviewTaskSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(reviewTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  /**
   * A co-unit's contribution. The co-units are known only to the task, so the task is asked
   * first; an official of any other unit gets the same 403 whether the task exists or not.
   */
  async contribute(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const lead = unitOfTaskId(taskId);
    const view = await this.workflows.call(taskId, (h) => h.query(taskViewQuery), actor, { units: [lead] });
    const units = [view.unit, ...view.coUnits];
    // The lead unit's officials pass here; the workflow refuses them (TASK.FORBIDDEN): they submit, co-units contribute.
    if (!units.includes(actor.unit)) throw Forbidden(`task ${taskId} is not a task of ${actor.unit}`);
    const request = parseInput(contributeSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(contributeUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units }));
  }

  async waiveContribution(taskId: string, coUnit: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    if (!CODE_PATTERN.test(coUnit)) throw RequestInvalid([{ field: 'path.unit', rule: 'must be a unit code' }]);
    const request = parseInput(waiveContributionSchema, body, 'body');
    return withOverdue(
      await this.workflows.call(taskId, (h) => h.executeUpdate(waiveContributionUpdate, { args: [{ ...request, unit: coUnit, actor: toActor(actor) }] }), actor, { units: [unit] }),
    );
  }

  async requestExtension(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = this.requireOwnUnit(taskId, actor);
    const request = parseInput(requestExtensionSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(requestExtensionUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async decideExtension(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    const request = parseInput(decideExtensionSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(decideExtensionUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async issueDirective(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    const request = parseInput(issueDirectiveSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(issueDirectiveUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  /** An official acts only for their own unit: refused before the task is even looked up, so a guessed id reveals nothing. */
  private requireOwnUnit(taskId: string, actor: Principal): string {
    const unit = unitOfTaskId(taskId);
    if (actor.unit !== unit) throw Forbidden(`officials of ${actor.unit} cannot act on task ${taskId} of ${unit}`);
    return unit;
  }
}
