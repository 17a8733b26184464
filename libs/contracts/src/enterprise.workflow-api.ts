import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import type {
  EnterpriseClassification,
  EnterpriseRegistration,
  EnterpriseStep,
  EnterpriseTrack,
  EscalationPolicy,
  EvaluationIndexDefinition,
} from '@duban/domain';
import type { Actor } from './events';
import type { Escalation, LadderEntry } from './task.workflow-api';

export const ENTERPRISE_WORKFLOW_TYPE = 'enterpriseWorkflow';
export const enterpriseWorkflowId = (enterpriseId: string): string => `enterprise/${enterpriseId}`;
/** The id a step's deadline and escalations carry: `{enterpriseId}/{step}`. */
export const enterpriseStepId = (enterpriseId: string, step: string): string => `${enterpriseId}/${step}`;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const text = z.string().trim().min(1).max(4000);

/** What completing each step records; validated by the API and again by the workflow. */
export const STEP_PAYLOAD_SCHEMAS = {
  intention: z.object({ decision: z.enum(['transfer', 'upgrade']), note: text.optional() }).strict(),
  destination: z.object({ parkId: z.string().min(1).max(64), parkName: text, region: z.string().min(1), reasons: z.array(text).max(20) }).strict(),
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
  order: z.object({ order: z.enum(['rectify', 'close']), deadline: date }).strict(),
  'closure-verified': z.object({ verifiedOn: date, notes: text.optional() }).strict(),
  'support-plan': z.object({ measures: z.array(text).min(1).max(20) }).strict(),
  'periodic-review': z.object({ outcome: text }).strict(),
} as const satisfies Record<EnterpriseStep, z.ZodTypeAny>;

export type StepPayload<S extends EnterpriseStep = EnterpriseStep> = z.infer<(typeof STEP_PAYLOAD_SCHEMAS)[S]>;

export interface EnterpriseStepState {
  step: EnterpriseStep;
  name: string;
  unit: string;
  status: 'open' | 'done';
  openedAt: string;
  /** The step's deadline in force and its ladder (see DeadlineLadder). */
  due: string;
  deadline: string;
  ladder: LadderEntry[];
  escalations: Escalation[];
  completedAt?: string;
  completedBy?: Actor;
  payload?: Record<string, unknown>;
  /** Working days past the deadline at completion; 0 when on time. */
  overdueWorkingDays?: number;
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
  /** `transfer` or `upgrade` (优化提升), once the enterprise has decided. */
  intention?: 'transfer' | 'upgrade';
  park?: { parkId: string; parkName: string; region: string; reasons: string[] };
  steps: EnterpriseStepState[];
  closedAt?: string;
}

export interface EnterpriseWorkflowInput {
  registration: EnterpriseRegistration;
  planId: string;
  registeredBy: Actor;
  escalation: EscalationPolicy;
  /** The evaluation index, when the plan already has one; otherwise the plan sends it when T1 is accepted. */
  index?: EvaluationIndexDefinition;
  planWorkflowId?: string;
  clockOffsetMs?: number;
}

export interface CompleteStepCommand {
  actor: Actor;
  step: EnterpriseStep;
  payload: Record<string, unknown>;
}

export const completeStepUpdate = defineUpdate<EnterpriseView, [CompleteStepCommand]>('enterprise.completeStep');
export const enterpriseViewQuery = defineQuery<EnterpriseView>('enterprise.view');
/** From the plan: the evaluation index (T1's deliverable) is available. */
export const evaluationIndexSignal = defineSignal<[EvaluationIndexDefinition]>('enterprise.evaluationIndex');
/** To the plan: this enterprise waits for the evaluation index. */
export const awaitingIndexSignal = defineSignal<[{ workflowId: string }]>('plan.enterpriseAwaitingIndex');

/** Validates what completing `step` records: the parsed payload, or each problem with its field (`body.…`). */
export function parseStepPayload(
  step: EnterpriseStep,
  payload: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: { field: string; rule: string }[] } {
  const result = (STEP_PAYLOAD_SCHEMAS[step] as z.ZodTypeAny).safeParse(payload);
  if (result.success) return { ok: true, value: result.data as Record<string, unknown> };
  return { ok: false, errors: result.error.issues.map((i) => ({ field: ['body', 'payload', ...i.path].join('.'), rule: i.message })) };
}
