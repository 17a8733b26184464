import { z } from 'zod';
import { evaluationIndexDefinitionSchema } from '../enterprise/evaluation-index';
import { scoringRulesSchema } from '../plan/plan-definition';
import { EventType } from './event-types';

/**
 * The `data` of every event type, defined once here so that the domain reads typed payloads
 * (scoring parses the fields it uses with these) and `@duban/contracts` builds its catalogue,
 * its envelope check and the AsyncAPI document from the same schemas.
 */

/** Who did something: the JWT subject and unit of the official or supervisor acting. */
export const actorSchema = z
  .object({
    sub: z.string().min(1).max(200),
    unit: z.string().min(1).max(40),
    roles: z.array(z.string()).max(10),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

const taskRef = { taskId: z.string().min(1) };
const evidence = z.array(z.object({ title: z.string(), uri: z.string() })).describe('evidence (佐证材料) references');
const level = z.enum(['yellow', 'red', 'leading-group']);
const notify = z.array(z.string()).describe('unit codes to notify');
const track = z.enum(['A', 'B', 'C', 'D']);

/** The `data` schema of each event type. */
export const EVENT_DATA_SCHEMAS = {
  [EventType.PlanStarted]: z.object({
    planId: z.string(),
    title: z.string(),
    issuedOn: z.string(),
    tasks: z.array(z.string()).describe('the task ids, one per (task, responsible unit)'),
    template: z.object({ name: z.string(), rebaseTo: z.string().nullable() }).optional(),
    scoring: scoringRulesSchema.optional().describe("the plan's scoring rules (绩效办); absent on plans started before they were carried: the defaults apply"),
    actor: actorSchema,
  }),
  [EventType.PlanCompleted]: z.object({ planId: z.string() }),
  [EventType.TaskAssigned]: z.object({
    ...taskRef,
    planId: z.string(),
    taskCode: z.string(),
    unit: z.string(),
    coUnits: z.array(z.string()),
    title: z.string(),
    due: z.string().describe('deadline date; the deadline is the end of this day, Asia/Shanghai'),
    deadline: z.string().describe('the deadline instant, ISO-8601 with +08:00'),
    kind: z.enum(['task', 'brief']),
  }),
  [EventType.TaskProgressReported]: z.object({ ...taskRef, percent: z.number().int().min(0).max(100), note: z.string(), evidence, actor: actorSchema }),
  [EventType.TaskSubmitted]: z.object({ ...taskRef, version: z.number().int().positive(), summary: z.string(), deliverableRef: z.string().optional(), evidence, actor: actorSchema }),
  [EventType.TaskAccepted]: z.object({ ...taskRef, version: z.number().int().positive(), actor: actorSchema }),
  [EventType.TaskRejected]: z.object({ ...taskRef, version: z.number().int().positive(), reason: z.string(), actor: actorSchema }),
  [EventType.ContributionSubmitted]: z.object({ ...taskRef, unit: z.string(), summary: z.string(), evidence, actor: actorSchema }),
  [EventType.ContributionWaived]: z.object({ ...taskRef, unit: z.string(), reason: z.string(), actor: actorSchema }),
  [EventType.ExtensionRequested]: z.object({ ...taskRef, requestId: z.number().int().positive(), previousDue: z.string(), requestedDue: z.string(), reason: z.string(), actor: actorSchema }),
  [EventType.ExtensionDecided]: z.object({
    ...taskRef,
    requestId: z.number().int().positive(),
    decision: z.enum(['approve', 'refuse']),
    previousDue: z.string(),
    due: z.string(),
    comment: z.string().optional(),
    actor: actorSchema,
  }),
  [EventType.DeadlineReminder]: z.object({ ...taskRef, unit: z.string(), due: z.string(), deadline: z.string(), daysBefore: z.number().int(), notify }),
  [EventType.EscalationRaised]: z.object({
    escalationId: z.string(),
    ...taskRef,
    unit: z.string(),
    coUnits: z.array(z.string()),
    level,
    due: z.string(),
    deadline: z.string(),
    overdueWorkingDays: z.number().int().min(0),
    repeat: z.number().int().min(0),
    notify,
  }),
  [EventType.EscalationAcknowledged]: z.object({ escalationId: z.string(), ...taskRef, level, note: z.string().optional(), actor: actorSchema }),
  [EventType.EscalationResolved]: z.object({
    escalationId: z.string(),
    ...taskRef,
    level,
    resolution: z.enum(['completed', 'deadline-moved', 'cancelled']).describe('`cancelled`: the enterprise step it escalated was cancelled by a re-classification'),
  }),
  [EventType.DirectiveIssued]: z.object({
    directiveId: z.string(),
    ...taskRef,
    unit: z.string(),
    previousDue: z.string(),
    committedDate: z.string(),
    instructions: z.string(),
    actor: actorSchema,
  }),
  [EventType.DeliverableAvailable]: z.object({ planId: z.string(), taskCode: z.string(), ...taskRef, summary: z.string(), deliverableRef: z.string().optional(), evidence }),
  [EventType.EvaluationIndexSet]: z.object({ planId: z.string(), index: evaluationIndexDefinitionSchema.describe('the evaluation index definition, as the plan holds it') }),
  [EventType.EnterpriseRegistered]: z.object({ enterpriseId: z.string(), name: z.string(), district: z.string(), industry: z.string(), planId: z.string(), actor: actorSchema }),
  [EventType.EnterpriseAwaitingIndex]: z.object({ enterpriseId: z.string(), planId: z.string() }),
  [EventType.EnterpriseClassified]: z.object({
    enterpriseId: z.string(),
    district: z.string(),
    track,
    score: z.number(),
    indexVersion: z.string(),
    thresholdCrossed: z.string(),
    redLines: z.array(z.object({ code: z.string(), name: z.string() })),
    explanation: z.array(z.string()),
    revision: z.number().int().min(1).optional().describe('set when a re-evaluation (new indicator values) classified it again: 1 for the first re-evaluation, 2 for the next…'),
    actor: actorSchema.optional().describe('who sent the new indicator values, on a re-evaluation'),
  }),
  [EventType.EnterpriseStepOpened]: z.object({ enterpriseId: z.string(), stepId: z.string(), step: z.string(), unit: z.string(), due: z.string(), deadline: z.string() }),
  [EventType.EnterpriseStepCancelled]: z.object({ enterpriseId: z.string(), stepId: z.string(), step: z.string(), unit: z.string(), reason: z.literal('reclassified'), track: track.describe('the new track'), actor: actorSchema }),
  [EventType.EnterpriseStepCompleted]: z.object({
    enterpriseId: z.string(),
    stepId: z.string(),
    step: z.string(),
    unit: z.string(),
    payload: z.record(z.unknown()),
    overdueWorkingDays: z.number().int().min(0),
    actor: actorSchema,
  }),
  [EventType.EnterpriseClosed]: z.object({ enterpriseId: z.string(), track, outcome: z.enum(['transferred', 'upgraded', 'closed-by-law', 'supported']) }),
  [EventType.BriefRoundOpened]: z.object({ planId: z.string(), period: z.string(), due: z.string(), tasks: z.array(z.string()) }),
  [EventType.ScoreUpdated]: z.object({
    planId: z.string(),
    unit: z.string(),
    year: z.number().int(),
    score: z.number(),
    previousScore: z.number().nullable().describe('null for the first score of this unit-year'),
    excellent: z.boolean(),
    belowTarget: z.boolean(),
    items: z.array(
      z.object({
        eventId: z.string(),
        type: z.string(),
        subject: z.string(),
        time: z.string(),
        rule: z.enum(['overdue', 'yellow-card', 'red-card', 'missed-brief', 'early-completion']),
        points: z.number(),
        reason: z.string(),
      }),
    ),
  }),
} as const satisfies Record<EventType, z.AnyZodObject>;

/** The `data` of an event of type `T`, as its schema gives it. */
export type EventData<T extends EventType> = z.infer<(typeof EVENT_DATA_SCHEMAS)[T]>;
