import { z } from 'zod';
import { TRACK_RULE_IDS } from '../enterprise/classifier';
import { evaluationIndexSchemas } from '../enterprise/evaluation-index';
import { ENTERPRISE_OUTCOMES } from '../lifecycle/enterprise-lifecycle';
import { scoringRulesSchema } from '../plan/plan-definition';
import { targetDefinitionSchema } from '../plan/targets.schema';
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
/**
 * The years without a State Council notice whose provisional arrangement (the statutory holidays
 * only, no make-up working days) a time or a count of working days was computed on; absent when
 * every day involved is covered by a notice.
 */
const provisionalYears = z
  .array(z.number().int())
  .optional()
  .describe('years computed on a provisional calendar (statutory holidays, no 调休 known); absent when every day is covered by a notice');
const holidayPeriod = z.object({
  name: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  days: z.number().int(),
  workingWeekendDays: z.array(z.string()),
});
const ladderKind = z.enum(['reminder', 'yellow', 'red', 'leading-group']);

/** The `data` schema of each event type. */
export const EVENT_DATA_SCHEMAS = {
  [EventType.PlanStarted]: z.object({
    planId: z.string(),
    title: z.string(),
    issuedOn: z.string(),
    tasks: z.array(z.string()).describe('the task ids, one per (task, responsible unit)'),
    template: z.object({ name: z.string(), rebaseTo: z.string().nullable() }).optional(),
    scoring: scoringRulesSchema.optional().describe("the plan's scoring rules of the units (ours); absent on plans started before they were carried: the defaults apply"),
    targets: z.array(targetDefinitionSchema).optional().describe("the plan's targets (三), which the city's assessment weighs; absent for a plan without targets"),
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
    parentTaskId: z.string().optional().describe('on a sub-task (逐级落实): the task it was cascaded from'),
    parentUnit: z.string().optional().describe("on a sub-task: the parent task's unit, which answers for it too (its escalations notify it; its overdue days and cards count in its score)"),
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
  [EventType.TaskCascaded]: z.object({
    ...taskRef,
    subtaskId: z.string().describe('`{taskId}.{unit}`: the sub-task, a task of its own with its own ladder'),
    planId: z.string(),
    unit: z.string().describe('the department given the sub-task'),
    title: z.string(),
    due: z.string().describe("the sub-task's deadline date, on or before the parent's"),
    deadline: z.string().describe("the sub-task's deadline instant, ISO-8601 with +08:00"),
    actor: actorSchema.optional().describe('the official of the parent unit who added it; absent for a sub-task of the plan definition'),
  }),
  [EventType.DeadlineReminder]: z.object({ ...taskRef, unit: z.string(), due: z.string(), deadline: z.string(), daysBefore: z.number().int(), notify, provisionalYears }),
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
    provisionalYears,
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
  [EventType.EvaluationIndexSet]: z.object({ planId: z.string(), index: evaluationIndexSchemas().definition.describe('the evaluation index definition, as the plan holds it') }),
  [EventType.TargetReported]: z.object({
    planId: z.string(),
    targetCode: z.string(),
    period: z.string().describe('`YYYY` (annual) or `YYYY-Qn` (quarterly)'),
    value: z.number().describe("the indicator's value for the period (for a ratio: numerator ÷ denominator)"),
    values: z.record(z.number()).optional().describe("a ratio's two figures by key, e.g. {entering, leaving}"),
    met: z.boolean().describe("whether the value meets the target's figure (its comparator against indicator.value)"),
    note: z.string().optional(),
    evidence,
    correction: z.object({ reason: z.string() }).optional().describe('present when the report replaces an earlier one of the same period'),
    actor: actorSchema,
  }),
  [EventType.BenefitRecorded]: z.object({
    planId: z.string(),
    enterpriseId: z.string(),
    enterpriseName: z.string(),
    period: z.string().describe('`YYYY` (annual) or `YYYY-Qn`'),
    district: z.string().describe('转出地: the Shenzhen district the enterprise is registered in'),
    park: z.object({ parkId: z.string(), parkName: z.string(), city: z.string() }).describe("转入地: the destination park and its city"),
    outputValue: z.number().min(0).describe("the enterprise's output value in the period, 万元 (10,000 CNY)"),
    tax: z.number().min(0).describe('tax paid in the period, 万元'),
    statistics: z.object({ outbound: z.number().min(0).max(1), inbound: z.number().min(0).max(1) }).describe('shares of the output value counted in each side’s statistics, as agreed (sum 1)'),
    taxSplit: z.object({ outbound: z.number().min(0).max(1), inbound: z.number().min(0).max(1) }).describe('shares of the tax each side receives, as agreed (sum 1)'),
    agreementRef: z.string().optional().describe('the benefit-sharing agreement (利益共享, 二(四)) it follows'),
    note: z.string().optional(),
    correction: z.object({ reason: z.string() }).optional().describe('present when the entry replaces an earlier one of the same enterprise and period'),
    actor: actorSchema,
  }),
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
    rule: z
      .object({ id: z.enum(TRACK_RULE_IDS), clause: z.string(), ours: z.array(z.string()) })
      .optional()
      .describe("the rule that decided, the seed's clause it applies (五(一)) and each part that is the project's own reading; absent when classified by the score bands used before issue 11"),
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
  [EventType.EnterpriseClosed]: z.object({ enterpriseId: z.string(), track, outcome: z.enum(ENTERPRISE_OUTCOMES).describe('`exited`: C chose assisted exit (协助退出), since issue 11') }),
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
  [EventType.CalendarNoticeLoaded]: z.object({
    year: z.number().int(),
    notice: z.string().describe("the notice's document number, e.g. 国办发明电〔2026〕12号"),
    periods: z.array(holidayPeriod),
    version: z.number().int().min(1).describe('the calendar version this load made; every load that changes a year adds one'),
    replaced: z
      .object({ source: z.enum(['notice', 'provisional']), notice: z.string().optional(), version: z.number().int().min(0) })
      .describe('what was in force for the year before: a notice (built in when version is 0, else loaded) or the provisional arrangement'),
    source: z.string().describe('`api`, or `file:<name>` for a file in the watched folder'),
    actor: actorSchema.optional(),
  }),
  [EventType.LadderReplanned]: z.object({
    ...taskRef,
    unit: z.string(),
    due: z.string(),
    calendarVersion: z.number().int().min(1),
    reason: z.string().describe('why the times moved, naming the notice loaded'),
    changes: z.array(
      z.object({
        kind: ladderKind,
        daysBefore: z.number().int().optional(),
        repeat: z.boolean().describe('true: the next repeat of an unacknowledged level, not a planned step'),
        from: z.string(),
        to: z.string(),
      }),
    ),
    provisionalYears,
  }),
} as const satisfies Record<EventType, z.AnyZodObject>;

/** The `data` of an event of type `T`, as its schema gives it. */
export type EventData<T extends EventType> = z.infer<(typeof EVENT_DATA_SCHEMAS)[T]>;
