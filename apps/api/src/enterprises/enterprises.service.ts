import { Injectable } from '@nestjs/common';
import {
  ENTERPRISE_IMPORT_MAX_ROWS,
  ErrorCode,
  completeEnterpriseStepSchema,
  enterpriseImportBodySchema,
  enterpriseImportQuerySchema,
  enterpriseListQuerySchema,
  enterpriseRollupQuerySchema,
  enterpriseWorkflowId,
  isEnterpriseId,
  parseStepPayload,
  reevaluateEnterpriseSchema,
  registerEnterpriseSchema,
  stepPayloadSchemas,
  type EnterpriseClassificationResponse,
  type EnterpriseDestinations,
  type EnterpriseImportReport,
  type EnterpriseListPage,
  type EnterpriseRollup,
  type EnterpriseView,
  type RegisteredEnterprise,
} from '@duban/contracts';
import { DISTRICT_CODES, ENTERPRISE_STEPS, STEP_DEFINITIONS, matchDestinations, type DestinationMatch, type EnterpriseStep } from '@duban/domain';
import type { Principal } from '@duban/auth';
import { EnterpriseListRepository, EnterpriseRollupRepository, ParkRepository, type EnterpriseScope } from '@duban/persistence';
import { DomainError } from '@duban/temporal';
import { ApiError, Forbidden, RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { canSeeEveryUnit, toActor } from '../tasks/task-workflows';
import { parseCsv } from './csv-records';
import { csvImportRows, jsonImportRows, screenImport, type ImportRow } from './enterprise-import';
import { EnterpriseWorkflows, enterpriseNotFound } from './enterprise-workflows';

/** Workflows started at once by a bulk import: enough to be quick, few enough not to flood the frontend. */
const IMPORT_CONCURRENCY = 8;

const isDistrict = (unit: string): boolean => (DISTRICT_CODES as readonly string[]).includes(unit);

/** The unit that evaluates and classifies enterprises (五(一)), and so re-evaluates them. */
const EVALUATING_UNIT = 'STIIC';

/** What the destination step accepts over HTTP: the park and the enterprise's reasons; the rest is filled in from the park store and the matcher. */
const destination = stepPayloadSchemas().destination;
const destinationInputSchema = destination.partial({ parkName: true, region: true }).extend({ reasons: destination.shape.reasons.default([]) });

/**
 * The enterprise routes. Registration starts the enterprise's workflow; reads of one enterprise and
 * step completions go to that workflow (its validators have the last word on turn and unit); the
 * list and roll-ups read the projection the enterprises consumer keeps.
 *
 * Who sees what: supervisors, the performance office and admins see every enterprise; a district's
 * officials their district's; other units' officials (STIIC, PLAN, HRSS) the enterprises with a
 * step their unit owns or owned.
 */
@Injectable()
export class EnterprisesService {
  constructor(
    private readonly workflows: EnterpriseWorkflows,
    private readonly projection: EnterpriseListRepository,
    private readonly parks: ParkRepository,
    private readonly rollups: EnterpriseRollupRepository,
  ) {}

  async register(body: unknown, actor: Principal): Promise<RegisteredEnterprise> {
    const { planId, enterprise } = parseInput(registerEnterpriseSchema, body, 'body');
    if (!canSeeEveryUnit(actor) && actor.unit !== enterprise.district) {
      throw Forbidden(`officials of ${actor.unit} cannot register an enterprise of ${enterprise.district}`);
    }
    const plan = await this.workflows.plan(planId);
    await this.workflows.register(enterprise, plan, toActor(actor));
    return { enterpriseId: enterprise.id, planId, workflowId: enterpriseWorkflowId(enterprise.id), awaitingIndex: plan.evaluationIndex === undefined };
  }

  /**
   * A bulk import: every row is validated (and checked against the caller's district) before any
   * workflow starts, so a bad row starts nothing. Good rows are then registered one by one; a row
   * whose id is already registered is rejected with ENTERPRISE.ALREADY_REGISTERED.
   */
  async import(body: unknown, query: unknown, actor: Principal): Promise<EnterpriseImportReport> {
    const { planId: queryPlanId } = parseInput(enterpriseImportQuerySchema, query, 'query');
    let planId: string;
    let rows: ImportRow[];
    if (typeof body === 'string') {
      if (queryPlanId === undefined) throw RequestInvalid([{ field: 'query.planId', rule: 'is required with a CSV body' }]);
      planId = queryPlanId;
      const csv = parseCsv(body);
      if (!csv.ok) throw RequestInvalid([{ field: 'body', rule: csv.rule }]);
      if (csv.table.rows.length === 0) throw RequestInvalid([{ field: 'body', rule: 'has no data rows' }]);
      if (csv.table.rows.length > ENTERPRISE_IMPORT_MAX_ROWS) throw RequestInvalid([{ field: 'body', rule: `has more than ${ENTERPRISE_IMPORT_MAX_ROWS} rows` }]);
      rows = csvImportRows(csv.table);
    } else {
      const request = parseInput(enterpriseImportBodySchema, body, 'body');
      if (queryPlanId !== undefined && queryPlanId !== request.planId) throw RequestInvalid([{ field: 'query.planId', rule: 'must equal body.planId' }]);
      planId = request.planId;
      rows = jsonImportRows(request.enterprises);
    }
    const plan = await this.workflows.plan(planId);
    const { accepted, rejected } = screenImport(rows, canSeeEveryUnit(actor) ? undefined : actor.unit);
    const registered: string[] = [];
    const by = toActor(actor);
    for (let i = 0; i < accepted.length; i += IMPORT_CONCURRENCY) {
      const batch = accepted.slice(i, i + IMPORT_CONCURRENCY);
      const outcomes = await Promise.allSettled(batch.map((a) => this.workflows.register(a.registration, plan, by)));
      outcomes.forEach((outcome, j) => {
        const { row, registration } = batch[j] as (typeof batch)[number];
        if (outcome.status === 'fulfilled') registered.push(registration.id);
        else if (outcome.reason instanceof DomainError && outcome.reason.code === ErrorCode.EnterpriseAlreadyRegistered) {
          rejected.push({ row, id: registration.id, problems: [{ field: 'id', rule: 'is already registered', code: ErrorCode.EnterpriseAlreadyRegistered }] });
        } else throw outcome.reason;
      });
    }
    return { planId, registered, rejected: rejected.sort((a, b) => a.row - b.row) };
  }

  async view(id: string, principal: Principal): Promise<EnterpriseView> {
    this.requireId(id);
    const view = await this.workflows.view(id);
    this.requireVisible(view, principal);
    return view;
  }

  /** The classification with its explanation; 409 ENTERPRISE.AWAITING_INDEX while the plan has no evaluation index. */
  async classification(id: string, principal: Principal): Promise<EnterpriseClassificationResponse> {
    const view = await this.view(id, principal);
    return { enterpriseId: id, ...this.classificationOf(view) };
  }

  /**
   * New indicator values (and red-line flags) for an enterprise, validated like a registration; the
   * workflow re-classifies it with the plan's index if it is not waiting for one, and refuses
   * (409 ENTERPRISE.EVALUATION_OUT_OF_TURN) once anything is recorded on its track's steps.
   * STIIC evaluates every enterprise, so its officials need no step of their own on it.
   */
  async reevaluate(id: string, body: unknown, principal: Principal): Promise<EnterpriseView> {
    this.requireId(id);
    if (!canSeeEveryUnit(principal) && principal.unit !== EVALUATING_UNIT) {
      throw Forbidden(`only officials of ${EVALUATING_UNIT} (or supervisors, admins) re-evaluate enterprises, not ${principal.unit}`);
    }
    const values = parseInput(reevaluateEnterpriseSchema(), body, 'body');
    await this.workflows.view(id);
    return this.workflows.reevaluate(id, { ...values, actor: toActor(principal) });
  }

  /** The stored parks ranked for the enterprise by the destination matcher; 409 ENTERPRISE.AWAITING_INDEX before it is classified. */
  async destinations(id: string, principal: Principal): Promise<EnterpriseDestinations> {
    const view = await this.view(id, principal);
    return { enterpriseId: id, score: this.classificationOf(view).score, ...(await this.match(view)) };
  }

  /**
   * Completes a step for its owning unit. What the path alone decides comes first (the id's form,
   * the step's name, and a 403 for a unit that can never own the step: the same for every id).
   * Then, before anything else, the enterprise is looked up and its visibility checked: a missing
   * enterprise and one the caller may not see get the same 404 (issue 12; before, PLAN, HRSS and
   * STIIC skipped the check, and the workflow's 409 naming the open steps revealed the enterprise).
   * Only then is the payload read and the workflow asked, whose validator has the last word on turn
   * and owner (the district step of another district is out of sight already).
   */
  async completeStep(id: string, stepParam: string, body: unknown, actor: Principal): Promise<EnterpriseView> {
    this.requireId(id);
    if (!(ENTERPRISE_STEPS as readonly string[]).includes(stepParam)) {
      throw RequestInvalid([{ field: 'path.step', rule: `must be one of: ${ENTERPRISE_STEPS.join(', ')}` }]);
    }
    const step = stepParam as EnterpriseStep;
    const owner = STEP_DEFINITIONS[step].owner;
    if (owner === 'district' ? !isDistrict(actor.unit) : actor.unit !== owner) {
      throw Forbidden(`the ${step} step is owned by ${owner === 'district' ? "the enterprise's district" : owner}, not ${actor.unit}`);
    }
    const view = await this.view(id, actor);
    const { payload } = parseInput(completeEnterpriseStepSchema, body, 'body');
    if (step === 'destination') return this.completeDestination(view, payload, actor);
    const parsed = parseStepPayload(step, payload);
    if (!parsed.ok) throw payloadInvalid(step, parsed.errors);
    return this.workflows.completeStep(id, step, parsed.value, toActor(actor));
  }

  /**
   * The destination step: the park must be stored (400 naming `parkId` otherwise) and not blocked
   * for this enterprise by the matcher (409 ENTERPRISE.PARK_NOT_ELIGIBLE with every reason). What
   * is recorded: the enterprise's choice and reasons, the park's name and region from the store,
   * and the matcher's rank, fit and reasons for that park (any of these sent are replaced).
   */
  private async completeDestination(view: EnterpriseView, payload: Record<string, unknown>, actor: Principal): Promise<EnterpriseView> {
    const id = view.id;
    const input = destinationInputSchema.safeParse(payload);
    if (!input.success) throw payloadInvalid('destination', input.error.issues.map((i) => ({ field: ['body', 'payload', ...i.path].join('.'), rule: i.message })));
    const { parkId, reasons } = input.data;
    const park = await this.parks.get(parkId);
    if (!park) throw RequestInvalid([{ field: 'body.payload.parkId', rule: `is not a known park (GET /parks lists them)` }]);
    const match = await this.match(view);
    const candidate = match.candidates.find((c) => c.parkId === parkId);
    if (!candidate) {
      const blockedBy = match.excluded.find((e) => e.parkId === parkId)?.blockedBy ?? ['not matched'];
      throw new ApiError(ErrorCode.ParkNotEligible, `park ${parkId} cannot take enterprise ${id}: ${blockedBy.join('; ')}`, blockedBy.map((rule) => ({ field: 'body.payload.parkId', rule })));
    }
    const recorded = { parkId, parkName: park.name, region: park.region, reasons, rank: candidate.rank, fit: candidate.fit, matchReasons: candidate.reasons };
    return this.workflows.completeStep(id, 'destination', recorded, toActor(actor));
  }

  private async match(view: EnterpriseView): Promise<DestinationMatch> {
    return matchDestinations(view.registration, this.classificationOf(view), await this.parks.list());
  }

  private classificationOf(view: EnterpriseView): NonNullable<EnterpriseView['classification']> {
    if (!view.classification) {
      throw new DomainError(ErrorCode.EnterpriseAwaitingIndex, `enterprise ${view.id} is not classified yet: it waits for plan ${view.planId}'s evaluation index (T1)`);
    }
    return view.classification;
  }

  list(query: unknown, principal: Principal): Promise<EnterpriseListPage> {
    const filters = parseInput(enterpriseListQuerySchema, query, 'query');
    const scope = this.scopeOf(principal);
    if (scope && 'district' in scope && filters.district !== undefined && filters.district !== scope.district) {
      throw Forbidden(`officials of ${scope.district} see only their own district's enterprises, not ${filters.district}'s`);
    }
    return this.projection.list(filters, new Date(), scope);
  }

  rollup(query: unknown, principal: Principal): Promise<EnterpriseRollup> {
    const { by, planId } = parseInput(enterpriseRollupQuerySchema, query, 'query');
    const scope = this.scopeOf(principal);
    // The roll-up cells are per district: everyone's view and a district's are sums of cells. A
    // unit's view (the enterprises with a step STIIC, PLAN or HRSS owns) cuts across cells, so it
    // is grouped from the projection, over that unit's enterprises only.
    if (scope && 'unit' in scope) return this.projection.rollup(by, planId, new Date(), scope);
    return this.rollups.rollup(by, planId, new Date(), scope?.district);
  }

  private scopeOf(principal: Principal): EnterpriseScope {
    if (canSeeEveryUnit(principal)) return undefined;
    return isDistrict(principal.unit) ? { district: principal.unit } : { unit: principal.unit };
  }

  /**
   * Who may see an enterprise: supervisors, the performance office and admins; the officials of its
   * district; the officials of a unit that owns or owned one of its steps (STIIC, PLAN, HRSS once
   * their step has opened). Anyone else learns nothing of it: the answer is the one for a missing id.
   */
  private requireVisible(view: EnterpriseView, principal: Principal): void {
    if (canSeeEveryUnit(principal) || view.district === principal.unit || view.steps.some((s) => s.unit === principal.unit)) return;
    throw enterpriseNotFound(view.id);
  }

  private requireId(id: string): void {
    if (!isEnterpriseId(id)) throw RequestInvalid([{ field: 'path.id', rule: 'is not an enterprise id (3–64 upper-case letters, digits or dashes)' }]);
  }
}


const payloadInvalid = (step: EnterpriseStep, errors: { field: string; rule: string }[]): ApiError =>
  new ApiError(ErrorCode.StepPayloadInvalid, `the ${step} payload is invalid: ${errors.map((e) => `${e.field} ${e.rule}`).join('; ')}`, errors);
