import { Injectable } from '@nestjs/common';
import {
  CODE_PATTERN,
  ErrorCode,
  SEPARATION_OF_DUTIES,
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
  evidenceFileIdOf,
  EVIDENCE_URI_SCHEME,
  type EvidenceRef,
  type TaskInboxPage,
  type TaskResponse,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { EvidenceFileStore, TaskInboxRepository } from '@duban/persistence';
import { ApiError, Forbidden, RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { TaskWorkflows, canSeeEveryUnit, mayLearnOf, taskNotFound, toActor, unitOfTaskId, withOverdue } from './task-workflows';

/**
 * The task routes. Reads of one task and every action go to the task's workflow (its validators
 * have the last word on turn and role); the inbox reads the projection the tasks consumer keeps.
 *
 * One answer for "not yours" and "not there" (issue 12; ours): an official who may not learn of a
 * task (see {@link mayLearnOf}) gets, on every route, exactly what a missing task id gets — 404
 * TASK.NOT_FOUND, `no task {id}` — so a guessed id reveals nothing. A 403 is only for a caller who
 * may know the task but not do this (a co-unit submitting, the lead unit contributing).
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly workflows: TaskWorkflows,
    private readonly inbox: TaskInboxRepository,
    private readonly evidenceFiles: EvidenceFileStore,
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
    const view = await this.read(taskId, principal);
    if (!mayLearnOf(view, principal)) throw taskNotFound(taskId);
    return withOverdue(view);
  }

  /** The task's view, for a caller who may or may not learn of it (a missing task is 404 either way). */
  private read(taskId: string, principal: Principal) {
    const unit = unitOfTaskId(taskId);
    const parentUnit = parseTaskId(taskId)?.parentUnitCode;
    return this.workflows.call(taskId, (h) => h.query(taskViewQuery), principal, { units: parentUnit ? [unit, parentUnit] : [unit] });
  }

  /**
   * 逐级落实: an official of the task's unit gives a department a sub-task. The workflow checks the
   * department, the date and duplicates, and answers once the sub-task's workflow exists.
   */
  async cascade(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = await this.requireOwnUnit(taskId, actor);
    const request = parseInput(cascadeTaskSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(cascadeTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async reportProgress(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = await this.requireOwnUnit(taskId, actor);
    const request = parseInput(reportProgressSchema, body, 'body');
    await this.checkEvidence(taskId, request.evidence);
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(reportProgressUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async submit(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = await this.requireOwnUnit(taskId, actor);
    const request = parseInput(submitTaskSchema, body, 'body');
    await this.checkEvidence(taskId, request.evidence);
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(submitTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  /**
   * The workflow refuses a review by the submitter (separation of duties, TASK.SEPARATION_OF_DUTIES);
   * it is checked here first as well, so that tasks started before that rule (whose workflows still
   * allow it, for replay) are covered too. One query, on a route supervisors call a few times a task.
   */
  async review(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    const request = parseInput(reviewTaskSchema, body, 'body');
    const current = await this.workflows.call(taskId, (h) => h.query(taskViewQuery), actor, { units: [unit] });
    const submission = current.submissions.at(-1);
    if (current.status === 'submitted' && submission?.actor.sub === actor.sub) {
      throw new ApiError(
        ErrorCode.TaskSeparationOfDuties,
        `${SEPARATION_OF_DUTIES.reviewNotBySubmitter}: ${actor.sub} submitted version ${submission.version} of task ${taskId} and may not review it; another supervisor decides`,
      );
    }
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(reviewTaskUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  /**
   * A co-unit's contribution. The co-units are known only to the task, so the task is asked
   * first; an official of any other unit gets the answer for a missing task.
   */
  async contribute(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const view = await this.read(taskId, actor);
    if (!mayLearnOf(view, actor)) throw taskNotFound(taskId);
    const units = [view.unit, ...view.coUnits];
    // The lead unit's officials pass here; the workflow refuses them (TASK.FORBIDDEN): they submit, co-units contribute.
    if (!units.includes(actor.unit)) throw Forbidden(`officials of ${actor.unit} cannot contribute to task ${taskId}: its co-units are ${view.coUnits.join(', ') || 'none'}`);
    const request = parseInput(contributeSchema, body, 'body');
    await this.checkEvidence(taskId, request.evidence);
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
    const unit = await this.requireOwnUnit(taskId, actor);
    const request = parseInput(requestExtensionSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(requestExtensionUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  /** Like {@link review}: the requester of an extension does not decide it, checked here for tasks started before the rule too. */
  async decideExtension(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    const request = parseInput(decideExtensionSchema, body, 'body');
    const current = await this.workflows.call(taskId, (h) => h.query(taskViewQuery), actor, { units: [unit] });
    const pending = current.extensions.find((e) => e.status === 'pending');
    if (pending?.requestedBy.sub === actor.sub) {
      throw new ApiError(
        ErrorCode.TaskSeparationOfDuties,
        `${SEPARATION_OF_DUTIES.decisionNotByRequester}: ${actor.sub} requested extension ${pending.id} of task ${taskId} and may not decide it; another supervisor decides`,
      );
    }
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(decideExtensionUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  async issueDirective(taskId: string, body: unknown, actor: Principal): Promise<TaskResponse> {
    const unit = unitOfTaskId(taskId);
    const request = parseInput(issueDirectiveSchema, body, 'body');
    return withOverdue(await this.workflows.call(taskId, (h) => h.executeUpdate(issueDirectiveUpdate, { args: [{ ...request, actor: toActor(actor) }] }), actor, { units: [unit] }));
  }

  /**
   * Every `evidence://<id>` reference must name a complete evidence file uploaded for this task
   * (issue 13; ours): another task's file, a missing one or a malformed id is a 422 naming
   * `body.evidence.<i>.uri`, before the workflow records anything. Links (https://, doc://) pass
   * unchecked. The workflow keeps the reference as data only, so its histories are unaffected.
   */
  private async checkEvidence(taskId: string, evidence: readonly EvidenceRef[] | undefined): Promise<void> {
    const refs = (evidence ?? []).map((e, i) => ({ i, uri: e.uri })).filter((r) => r.uri.startsWith(EVIDENCE_URI_SCHEME));
    if (refs.length === 0) return;
    const ids = refs.map((r) => evidenceFileIdOf(r.uri)).filter((id): id is string => id !== undefined);
    const found = await this.evidenceFiles.existing(taskId, ids);
    const unknown = refs.filter((r) => !found.has(evidenceFileIdOf(r.uri) ?? ''));
    if (unknown.length === 0) return;
    throw new ApiError(
      ErrorCode.EvidenceUnknownRef,
      `evidence ${unknown.map((r) => r.uri).join(', ')} names no evidence file of task ${taskId}; upload it with POST /tasks/${taskId}/evidence first`,
      unknown.map((r) => ({ field: `body.evidence.${r.i}.uri`, rule: 'names no evidence file of this task' })),
    );
  }

  /**
   * An official acts only for the task's lead unit, named by its id. Anyone else is refused before
   * the request is read: with a 403 if they may know the task (a co-unit, the parent unit, a
   * supervisor holding `official` too), otherwise with the answer for a missing task, whether it
   * exists or not. Telling the two apart costs one query, on the refusal path only.
   */
  private async requireOwnUnit(taskId: string, actor: Principal): Promise<string> {
    const unit = unitOfTaskId(taskId);
    if (actor.unit === unit) return unit;
    const view = await this.read(taskId, actor);
    if (!mayLearnOf(view, actor)) throw taskNotFound(taskId);
    throw Forbidden(`officials of ${actor.unit} cannot act on task ${taskId} of ${unit}`);
  }
}
