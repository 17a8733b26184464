import { Inject, Injectable } from '@nestjs/common';
import { WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/client';
import {
  ErrorCode,
  PLAN_WORKFLOW_TYPE,
  planViewQuery,
  planWorkflowId,
  setEvaluationIndexUpdate,
  startPlanFromTemplateSchema,
  type Actor,
  TASK_INBOX_KEYSET,
  decodeCursor,
  type PlanView,
  type PlanWorkflowInput,
  type TaskListQuery,
  type StartedPlan,
} from '@duban/contracts';
import { PLAN_TEMPLATES, expandAssignments, rebasePlan, validatePlanDefinition, type EvaluationIndexDefinition, type PlanDefinition } from '@duban/domain';
import { DomainError, ensureBriefSchedule, translateTemporalError } from '@duban/temporal';
import type { Principal } from '@duban/auth';
import { TaskInboxRepository } from '@duban/persistence';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ApiError } from '../common/api-error';
import { KnownUnitsRegistry } from '../common/known-units.provider';
import { parseInput } from '../common/parse-input';
import { TemporalClient } from '../temporal/temporal.provider';
import { PlanViewCache } from './plan-view.cache';
import { scopePlanView } from './plan-view.scope';
import { canSeeEveryUnit } from '../tasks/task-workflows';

/** Pages of the task inbox read to find the tasks a unit co-works in one plan (see {@link PlansService.viewFor}). */
const CO_WORKED_PAGE_SIZE = 500;
const CO_WORKED_MAX_PAGES = 4;

@Injectable()
export class PlansService {
  constructor(
    private readonly temporal: TemporalClient,
    private readonly views: PlanViewCache,
    private readonly inbox: TaskInboxRepository,
    private readonly knownUnits: KnownUnitsRegistry,
    @Inject(API_CONFIG) private readonly config: Pick<ApiConfig, 'PLAN_VIEW_LOAD_TIMEOUT_MS'>,
  ) {}

  /**
   * Loads a plan from a template (`{template, planId, rebaseTo}`) or a full definition and starts
   * its workflow. The workflow id is the plan id, so loading the same plan id twice is a 409.
   */
  async start(body: unknown, actor: Actor): Promise<StartedPlan> {
    const { plan, template } = this.resolve(body);
    const input: PlanWorkflowInput = { plan, actor, ...(template && { template }) };
    const workflowId = planWorkflowId(plan.planId);
    try {
      await this.temporal.client.workflow.start(PLAN_WORKFLOW_TYPE, {
        workflowId,
        taskQueue: this.temporal.taskQueue,
        args: [input],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
      });
    } catch (e) {
      const translated = translateTemporalError(e);
      if (translated instanceof DomainError && translated.code === ErrorCode.PlanAlreadyExists) {
        // A load that died between starting the plan and creating its schedule is completed here.
        await ensureBriefSchedule(this.temporal.client, plan, this.temporal.taskQueue);
        throw new DomainError(ErrorCode.PlanAlreadyExists, `plan ${plan.planId} has already been loaded`);
      }
      throw translated;
    }
    // Tokens for the plan's units are accepted from now on here; other API instances find them in Temporal.
    this.knownUnits.add(plan.units);
    await ensureBriefSchedule(this.temporal.client, plan, this.temporal.taskQueue);
    return { planId: plan.planId, workflowId, tasks: expandAssignments(plan).map((a) => a.taskId) };
  }

  /** An admin supplies the evaluation index of a plan without T1; the workflow validates it and refuses a second one. */
  async setEvaluationIndex(planId: string, body: unknown, actor: Actor): Promise<PlanView> {
    try {
      return await this.temporal.client.workflow.getHandle(planWorkflowId(planId)).executeUpdate(setEvaluationIndexUpdate, { args: [{ actor, index: body as EvaluationIndexDefinition }] });
    } catch (e) {
      throw translateTemporalError(e, ErrorCode.PlanNotFound);
    } finally {
      // Whatever the outcome (an update that timed out may still apply), the next read asks the plan.
      this.views.invalidate(planId);
    }
  }

  /**
   * `GET /plans/:planId`: the plan as `principal` may see it. Supervisors, the performance office
   * and admins see all of it; an official only their unit's rows (see {@link scopePlanView}). The
   * filter runs on every call, after the cache, which holds the whole view once per plan.
   *
   * The tasks an official's unit co-works are read from the task inbox's projection (the plan's
   * view names each task's lead unit, not its co-units): one bounded store query per call. The
   * projection lags the task workflows by a moment, so right after a plan starts a co-unit may see
   * its co-worked rows a little later; a lag only ever hides a row, it never shows one.
   */
  async viewFor(planId: string, principal: Principal): Promise<PlanView> {
    const view = await this.view(planId);
    if (canSeeEveryUnit(principal)) return view;
    return scopePlanView(view, principal.unit, await this.coWorkedTasks(planId, principal.unit));
  }

  /** The ids of the plan's tasks that list `unit` among their co-units (or that it leads). */
  private async coWorkedTasks(planId: string, unit: string): Promise<Set<string>> {
    const ids = new Set<string>();
    let cursor: TaskListQuery['cursor'];
    // A unit's tasks in one plan are a handful; the bound only keeps a malformed store from looping.
    for (let page = 0; page < CO_WORKED_MAX_PAGES; page++) {
      const found = await this.inbox.listTasks({ planId, unit, kind: 'task', limit: CO_WORKED_PAGE_SIZE, count: false, ...(cursor && { cursor }) }, new Date());
      for (const item of found.items) ids.add(item.taskId);
      if (!found.nextCursor) return ids;
      cursor = decodeCursor(found.nextCursor, TASK_INBOX_KEYSET);
    }
    return ids;
  }

  /** The plan as its workflow sees it: up to PLAN_VIEW_CACHE_TTL_MS old, up to PLAN_VIEW_MAX_STALE_MS while the workflow is slow (see {@link PlanViewCache}). */
  view(planId: string): Promise<PlanView> {
    return this.views.get(planId, async () => {
      const { client } = this.temporal;
      try {
        // The load's own deadline, not the request's: a reader answered with the last view (or a 503
        // at the request's budget) leaves it running, and a query slow under load still lands.
        return await client.connection.withDeadline(Date.now() + this.config.PLAN_VIEW_LOAD_TIMEOUT_MS, () =>
          client.workflow.getHandle(planWorkflowId(planId)).query(planViewQuery),
        );
      } catch (e) {
        throw translateTemporalError(e, ErrorCode.PlanNotFound);
      }
    });
  }

  private resolve(body: unknown): { plan: PlanDefinition; template?: { name: string; rebaseTo: string | null } } {
    if (typeof body === 'object' && body !== null && 'template' in body) {
      const request = parseInput(startPlanFromTemplateSchema, body, 'body');
      const template = PLAN_TEMPLATES[request.template];
      if (!template) {
        throw new ApiError(ErrorCode.TemplateNotFound, `no plan template named ${request.template}`, [
          { field: 'body.template', rule: `must be one of: ${Object.keys(PLAN_TEMPLATES).join(', ')}` },
        ]);
      }
      const base = validatePlanDefinition(template);
      if (!base.ok) throw new Error(`built-in template ${request.template} is invalid`);
      return {
        plan: rebasePlan(base.plan, request.rebaseTo, request.planId),
        template: { name: request.template, rebaseTo: request.rebaseTo },
      };
    }
    const result = validatePlanDefinition(body);
    if (!result.ok) {
      throw new ApiError(ErrorCode.PlanInvalid,
        `the plan definition has ${result.problems.length} problem(s)`,
        result.problems.map((p) => ({ field: p.path ? `body.${p.path}` : 'body', rule: p.rule })),
      );
    }
    return { plan: result.plan };
  }
}
