import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import {
  enterpriseSchemas,
  ENTERPRISE_STEPS,
  INTENTION_DECISIONS,
  onFirstUse,
  type EnterpriseClassification,
  type EnterpriseRegistration,
  type EnterpriseStep,
  type EnterpriseTrack,
  type EscalationPolicy,
  type EvaluationIndexDefinition,
  type IntentionDecision,
  type TrackRules,
} from '@duban/domain';
import type { Actor } from '../events';
import type { CalendarInForce } from '../calendar/calendar.workflow-api';
import type { AcknowledgeEscalationCommand, Directive, Escalation, LadderCalendar, LadderEntry } from '../tasks/task.workflow-api';

export const ENTERPRISE_WORKFLOW_TYPE = 'enterpriseWorkflow';
export const enterpriseWorkflowId = (enterpriseId: string): string => `enterprise/${enterpriseId}`;
/** The id a step's deadline and escalations carry: `{enterpriseId}/{step}`. */
export const enterpriseStepId = (enterpriseId: string, step: string): string => `${enterpriseId}/${step}`;
/** The enterprise and step a step id names, or undefined when it is not one (task ids hold no `/`). */
export function parseEnterpriseStepId(stepId: string): { enterpriseId: string; step: EnterpriseStep } | undefined {
  const slash = stepId.indexOf('/');
  if (slash < 0) return undefined;
  const step = stepId.slice(slash + 1);
  return (ENTERPRISE_STEPS as readonly string[]).includes(step) ? { enterpriseId: stepId.slice(0, slash), step: step as EnterpriseStep } : undefined;
}

/** The step payload schemas, made when `stepPayloadSchemas` is first called. */
function buildStepPayloadSchemas() {
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
  const text = z.string().trim().min(1).max(4000);
  const chosenParkFields = {
    parkName: text,
    region: z.string().min(1),
    /** The matcher's rank and fit of the chosen park and why it ranked there (see matchDestinations). */
    rank: z.number().int().positive(),
    fit: z.number().min(0).max(100),
    matchReasons: z.array(text).max(20),
  };

  return {
    /**
     * The enterprise's own choice (企业自愿, 四(二)) among 五(一)'s three outcomes for C: 协助退出 (`exit`),
     * 转移 (`transfer`), 优化提升 (`upgrade`). Cases started before issue 11 refuse `exit`.
     */
    intention: z.object({ decision: z.enum(INTENTION_DECISIONS), note: text.optional() }).strict(),
    /**
     * The enterprise's choice and its own reasons. Over HTTP the API fills in the park's name and
     * region from the park store and the matcher's rank, fit and reasons (`matchReasons`), replacing
     * any sent; cases completed before the store existed recorded only name, region and reasons.
     */
    destination: z
      .object({ parkId: z.string().min(1).max(64), reasons: z.array(text).max(20), ...chosenParkFields })
      .partial({ rank: true, fit: true, matchReasons: true })
      .strict(),
    'site-visit': z.object({ visitedOn: date, participants: z.number().int().positive().max(500), notes: text.optional() }).strict(),
    negotiation: z.object({ summary: text }).strict(),
    agreement: z.object({ signedOn: date, agreementRef: text }).strict(),
    'legacy-land': z.object({ resolution: z.enum(['revitalised', 'transferred', 'returned', 'other']), notes: text.optional() }).strict(),
    labour: z.object({ disputesResolved: z.number().int().min(0), workersRetrained: z.number().int().min(0), notes: text.optional() }).strict(),
    relocation: z.object({ relocatedOn: date }).strict(),
    operating: z.object({ startedOn: date }).strict(),
    'follow-up': z.object({ notes: text }).strict(),
    upgrade: z.object({ plan: text }).strict(),
    notice: z.object({ noticeRef: text }).strict(),
    /** Cases started before issue 11 only (score bands): the seed has no rectification route. */
    order: z.object({ order: z.enum(['rectify', 'close']), deadline: date }).strict(),
    'closure-verified': z.object({ verifiedOn: date, notes: text.optional() }).strict(),
    'support-plan': z.object({ measures: z.array(text).min(1).max(20) }).strict(),
    'periodic-review': z.object({ outcome: text }).strict(),
    /** B: what the city does so that the headquarters takes root (总部扎根服务), e.g. office space, talent, finance. */
    'hq-rooting': z.object({ measures: z.array(text).min(1).max(20), notes: text.optional() }).strict(),
    /** C choosing exit (协助退出): how the enterprise winds down its production in Shenzhen, and by when. */
    'exit-plan': z.object({ plan: text, exitBy: date }).strict(),
    'exit-verified': z.object({ verifiedOn: date, notes: text.optional() }).strict(),
    /** D: the closure decision by law (关闭决定); there is no rectification option. */
    'closure-decision': z.object({ decisionRef: text, closeBy: date, legalBasis: text.optional() }).strict(),
  } as const satisfies Record<EnterpriseStep, z.ZodTypeAny>;
}

/**
 * What completing each step records, by step; validated by the API and again by the workflow. Built
 * on first use: an enterprise workflow waiting for its next step holds none of them (issue 14, R4).
 */
export const stepPayloadSchemas = onFirstUse(buildStepPayloadSchemas);
export type StepPayloadSchemas = ReturnType<typeof buildStepPayloadSchemas>;

export type StepPayload<S extends EnterpriseStep = EnterpriseStep> = z.infer<StepPayloadSchemas[S]>;

export interface EnterpriseStepState {
  step: EnterpriseStep;
  name: string;
  unit: string;
  /** `cancelled`: closed undone by a re-classification to a track whose steps differ. */
  status: 'open' | 'done' | 'cancelled';
  openedAt: string;
  /** The step's deadline in force and its ladder (see DeadlineLadder). */
  due: string;
  deadline: string;
  ladder: LadderEntry[];
  escalations: Escalation[];
  /** Absent for a step opened before run-time calendars. */
  calendar?: LadderCalendar;
  completedAt?: string;
  completedBy?: Actor;
  payload?: Record<string, unknown>;
  /** Working days past the deadline at completion; 0 when on time. */
  overdueWorkingDays?: number;
  cancelledAt?: string;
  cancelledBy?: Actor;
  /** 督查室 directives (督办单) that moved this step's deadline. */
  directives?: Directive[];
}

export interface EnterpriseView {
  id: string;
  name: string;
  district: string;
  industry: string;
  planId: string;
  registeredAt: string;
  status: 'awaiting-index' | 'active' | 'closed';
  registration: EnterpriseRegistration;
  track?: EnterpriseTrack;
  classification?: EnterpriseClassification;
  /** `exit` (协助退出), `transfer` or `upgrade` (优化提升), once the enterprise has decided (C; B and C before issue 11). */
  intention?: IntentionDecision;
  park?: { parkId: string; parkName: string; region: string; reasons: string[]; rank?: number; fit?: number; matchReasons?: string[] };
  /** How many re-evaluations (new indicator values) were recorded; absent before the first. */
  revision?: number;
  steps: EnterpriseStepState[];
  closedAt?: string;
}

export interface EnterpriseWorkflowInput {
  registration: EnterpriseRegistration;
  planId: string;
  registeredBy: Actor;
  escalation: EscalationPolicy;
  /**
   * The evaluation index, when the plan already has one; otherwise the enterprise waits and the
   * index-delivery consumer signals it once the plan announces its index (`EvaluationIndexSet`).
   */
  index?: EvaluationIndexDefinition;
  /** Read only when replaying workflows started before the index-delivery patch, which signalled the plan. */
  planWorkflowId?: string;
  /** Plan time = workflow time + this offset (see PlanClock); the plan's, for a historical simulation. */
  clockOffsetMs?: number;
  /** Continue-as-new once the history has this many events (default 5,000); tests set it low. */
  historyLimit?: number;
  /**
   * State carried over continue-as-new: the view, the subject's last sequence, the index, and each open step's ladder epoch.
   * `trackRules`: the tracks the case follows, fixed at its start; absent in a run carried over before issue 11 (`score-bands`).
   */
  carried?: { view: EnterpriseView; sequence: number; index?: EvaluationIndexDefinition; epochs: Partial<Record<EnterpriseStep, number>>; calendar?: CalendarInForce; trackRules?: TrackRules };
}

/**
 * New indicator values and red-line flags for a re-evaluation (`POST /enterprises/:id/evaluation`):
 * the measurable part of a registration, validated with the registration's own schemas. A
 * `productionCategory` left out keeps the registered one.
 */
export const reevaluateEnterpriseSchema = onFirstUse(() => enterpriseSchemas().registration.pick({ indicators: true, flags: true, redLines: true, productionCategory: true }).strict());
export type ReevaluateEnterpriseRequest = z.infer<ReturnType<typeof reevaluateEnterpriseSchema>>;

export interface ReevaluateCommand extends ReevaluateEnterpriseRequest {
  actor: Actor;
}

export interface IssueStepDirectiveCommand {
  actor: Actor;
  step: EnterpriseStep;
  committedDate: string;
  instructions: string;
}

export interface CompleteStepCommand {
  actor: Actor;
  step: EnterpriseStep;
  payload: Record<string, unknown>;
}

export const completeStepUpdate = defineUpdate<EnterpriseView, [CompleteStepCommand]>('enterprise.completeStep');
/** Re-classifies with new indicator values: while waiting for the index, or before anything is recorded on the track's steps. */
export const reevaluateUpdate = defineUpdate<EnterpriseView, [ReevaluateCommand]>('enterprise.reevaluate');
/** A supervisor acknowledges an escalation level of one of the enterprise's steps: its repeats stop. */
export const acknowledgeStepEscalationUpdate = defineUpdate<EnterpriseView, [AcknowledgeEscalationCommand]>('enterprise.acknowledgeEscalation');
/** A 督查室 directive (督办单) on an open step: its committed date becomes the step's deadline. */
export const issueStepDirectiveUpdate = defineUpdate<EnterpriseView, [IssueStepDirectiveCommand]>('enterprise.issueDirective');
export const enterpriseViewQuery = defineQuery<EnterpriseView>('enterprise.view');
/** The evaluation index (T1's deliverable) is in force: from the index-delivery consumer (or, for enterprises started before it, the plan). The first one received is kept. */
export const evaluationIndexSignal = defineSignal<[EvaluationIndexDefinition]>('enterprise.evaluationIndex');
/** To the plan: this enterprise waits for the evaluation index. Sent only by enterprise workflows started before the index-delivery patch; the plan still answers it. */
export const awaitingIndexSignal = defineSignal<[{ workflowId: string }]>('plan.enterpriseAwaitingIndex');

/** Validates what completing `step` records: the parsed payload, or each problem with its field (`body.…`). */
export function parseStepPayload(
  step: EnterpriseStep,
  payload: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: { field: string; rule: string }[] } {
  const result = (stepPayloadSchemas()[step] as z.ZodTypeAny).safeParse(payload);
  if (result.success) return { ok: true, value: result.data as Record<string, unknown> };
  return { ok: false, errors: result.error.issues.map((i) => ({ field: ['body', 'payload', ...i.path].join('.'), rule: i.message })) };
}
