import { z } from 'zod';
import { evaluationIndexDefinitionSchema, scoringRulesSchema } from '@duban/domain';

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
/**
 * Deadline and escalation events belong to whatever owns the deadline (a task, an enterprise's
 * step): they go on the owner's topic, so that one subject's events stay on one partition, in order.
 */
const OWNER_TOPIC = 'owner' as const;
const evidence = z.array(z.object({ title: z.string(), uri: z.string() })).describe('evidence (佐证材料) references');
const level = z.enum(['yellow', 'red', 'leading-group']);
const notify = z.array(z.string()).describe('unit codes to notify');

/**
 * Every event type Duban emits: its topic, what it means, and its `data` schema. Types are
 * versioned: a breaking change to a payload gets a new `.vN` type, never an edit of an old one.
 * `docs/asyncapi.yaml` is generated from this catalogue (`npm run docs:asyncapi`), and a test
 * keeps the two equal.
 */
export const EVENT_CATALOG = {
  'duban.plan.started.v1': {
    topic: 'duban.plans.v1',
    summary: 'A plan was loaded and its task workflows are being started.',
    data: z.object({
      planId: z.string(),
      title: z.string(),
      issuedOn: z.string(),
      tasks: z.array(z.string()).describe('the task ids, one per (task, responsible unit)'),
      template: z.object({ name: z.string(), rebaseTo: z.string().nullable() }).optional(),
      scoring: scoringRulesSchema.optional().describe("the plan's scoring rules (绩效办); absent on plans started before they were carried: the defaults apply"),
      actor: actorSchema,
    }),
  },
  'duban.plan.completed.v1': {
    topic: 'duban.plans.v1',
    summary: "Every task of the plan has been accepted.",
    data: z.object({ planId: z.string() }),
  },
  'duban.task.assigned.v1': {
    topic: 'duban.tasks.v1',
    summary: 'A responsible unit was given a task of a plan, with its deadline.',
    data: z.object({
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
  },
  'duban.task.progress-reported.v1': {
    topic: 'duban.tasks.v1',
    summary: "An official of the task's unit reported progress.",
    data: z.object({ ...taskRef, percent: z.number().int().min(0).max(100), note: z.string(), evidence, actor: actorSchema }),
  },
  'duban.task.submitted.v1': {
    topic: 'duban.tasks.v1',
    summary: "An official of the task's unit submitted the deliverable (version counts resubmissions).",
    data: z.object({ ...taskRef, version: z.number().int().positive(), summary: z.string(), deliverableRef: z.string().optional(), evidence, actor: actorSchema }),
  },
  'duban.task.accepted.v1': {
    topic: 'duban.tasks.v1',
    summary: 'A supervisor accepted the submitted deliverable; the task is complete.',
    data: z.object({ ...taskRef, version: z.number().int().positive(), actor: actorSchema }),
  },
  'duban.task.rejected.v1': {
    topic: 'duban.tasks.v1',
    summary: 'A supervisor rejected the submission with a reason; the task is back in progress.',
    data: z.object({ ...taskRef, version: z.number().int().positive(), reason: z.string(), actor: actorSchema }),
  },
  'duban.task.contribution-submitted.v1': {
    topic: 'duban.tasks.v1',
    summary: "A co-unit's official contributed to the task; the lead unit sees it.",
    data: z.object({ ...taskRef, unit: z.string(), summary: z.string(), evidence, actor: actorSchema }),
  },
  'duban.task.contribution-waived.v1': {
    topic: 'duban.tasks.v1',
    summary: "A supervisor waived a co-unit's contribution, so the lead unit may submit without it.",
    data: z.object({ ...taskRef, unit: z.string(), reason: z.string(), actor: actorSchema }),
  },
  'duban.task.extension-requested.v1': {
    topic: 'duban.tasks.v1',
    summary: 'An official of the task\'s unit asked for a later deadline (延期申请).',
    data: z.object({ ...taskRef, requestId: z.number().int().positive(), previousDue: z.string(), requestedDue: z.string(), reason: z.string(), actor: actorSchema }),
  },
  'duban.task.extension-decided.v1': {
    topic: 'duban.tasks.v1',
    summary: 'A supervisor approved or refused an extension request; `due` is the deadline in force afterwards.',
    data: z.object({
      ...taskRef,
      requestId: z.number().int().positive(),
      decision: z.enum(['approve', 'refuse']),
      previousDue: z.string(),
      due: z.string(),
      comment: z.string().optional(),
      actor: actorSchema,
    }),
  },
  'duban.deadline.reminder.v1': {
    topic: OWNER_TOPIC,
    summary: 'A reminder to the responsible unit, N days before the deadline.',
    data: z.object({ ...taskRef, unit: z.string(), due: z.string(), deadline: z.string(), daysBefore: z.number().int(), notify }),
  },
  'duban.escalation.raised.v1': {
    topic: OWNER_TOPIC,
    summary:
      'The deadline passed: a yellow card (黄牌) at the deadline, a red card (红牌) and a 督查室 case N working days later, a leading-group report M working days later; `repeat` > 0 for a repeated notice of an unacknowledged level.',
    data: z.object({
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
  },
  'duban.escalation.acknowledged.v1': {
    topic: OWNER_TOPIC,
    summary: 'A supervisor acknowledged an escalation level; its repeats stop.',
    data: z.object({ escalationId: z.string(), ...taskRef, level, note: z.string().optional(), actor: actorSchema }),
  },
  'duban.escalation.resolved.v1': {
    topic: OWNER_TOPIC,
    summary: 'An escalation closed: the task was completed, or its deadline was moved by an extension or a directive.',
    data: z.object({
      escalationId: z.string(),
      ...taskRef,
      level,
      resolution: z.enum(['completed', 'deadline-moved', 'cancelled']).describe('`cancelled`: the enterprise step it escalated was cancelled by a re-classification'),
    }),
  },
  'duban.directive.issued.v1': {
    topic: OWNER_TOPIC,
    summary: "The 督查室 issued a directive (督办单) with a committed date on a task or an enterprise's step (`taskId` is then the step id); the ladder restarts from it.",
    data: z.object({
      directiveId: z.string(),
      ...taskRef,
      unit: z.string(),
      previousDue: z.string(),
      committedDate: z.string(),
      instructions: z.string(),
      actor: actorSchema,
    }),
  },
  'duban.plan.deliverable-available.v1': {
    topic: 'duban.plans.v1',
    summary: "A task's deliverable was accepted; work that depends on it (T1's index, T2's park plan) may use it.",
    data: z.object({ planId: z.string(), taskCode: z.string(), ...taskRef, summary: z.string(), deliverableRef: z.string().optional(), evidence }),
  },
  'duban.plan.evaluation-index-set.v1': {
    topic: 'duban.plans.v1',
    summary:
      "The plan's evaluation index (三(一)'s measuring scale: T1's deliverable on acceptance, or one an admin supplied) is in force; enterprises registered before it can now be classified.",
    data: z.object({ planId: z.string(), index: evaluationIndexDefinitionSchema.describe('the evaluation index definition, as the plan holds it') }),
  },
  'duban.enterprise.registered.v1': {
    topic: 'duban.enterprises.v1',
    summary: 'A district registered an enterprise in the transfer programme.',
    data: z.object({ enterpriseId: z.string(), name: z.string(), district: z.string(), industry: z.string(), planId: z.string(), actor: actorSchema }),
  },
  'duban.enterprise.awaiting-index.v1': {
    topic: 'duban.enterprises.v1',
    summary: 'The enterprise waits for the evaluation index (T1) before it can be classified.',
    data: z.object({ enterpriseId: z.string(), planId: z.string() }),
  },
  'duban.enterprise.classified.v1': {
    topic: 'duban.enterprises.v1',
    summary: 'The evaluation index classified the enterprise into track A, B, C or D, with its explanation.',
    data: z.object({
      enterpriseId: z.string(),
      district: z.string(),
      track: z.enum(['A', 'B', 'C', 'D']),
      score: z.number(),
      indexVersion: z.string(),
      thresholdCrossed: z.string(),
      redLines: z.array(z.object({ code: z.string(), name: z.string() })),
      explanation: z.array(z.string()),
      revision: z.number().int().min(1).optional().describe('set when a re-evaluation (new indicator values) classified it again: 1 for the first re-evaluation, 2 for the next…'),
      actor: actorSchema.optional().describe('who sent the new indicator values, on a re-evaluation'),
    }),
  },
  'duban.enterprise.step-opened.v1': {
    topic: 'duban.enterprises.v1',
    summary: "A lifecycle step opened for its owning unit, with its service-level deadline.",
    data: z.object({ enterpriseId: z.string(), stepId: z.string(), step: z.string(), unit: z.string(), due: z.string(), deadline: z.string() }),
  },
  'duban.enterprise.step-cancelled.v1': {
    topic: 'duban.enterprises.v1',
    summary: "An open step closed without being done: a re-evaluation moved the enterprise to a track whose steps differ. Its open escalations are resolved as `cancelled`.",
    data: z.object({ enterpriseId: z.string(), stepId: z.string(), step: z.string(), unit: z.string(), reason: z.literal('reclassified'), track: z.enum(['A', 'B', 'C', 'D']).describe('the new track'), actor: actorSchema }),
  },
  'duban.enterprise.step-completed.v1': {
    topic: 'duban.enterprises.v1',
    summary: 'The owning unit completed a lifecycle step, with what it recorded.',
    data: z.object({
      enterpriseId: z.string(),
      stepId: z.string(),
      step: z.string(),
      unit: z.string(),
      payload: z.record(z.unknown()),
      overdueWorkingDays: z.number().int().min(0),
      actor: actorSchema,
    }),
  },
  'duban.enterprise.closed.v1': {
    topic: 'duban.enterprises.v1',
    summary: "The enterprise's case closed: transferred and followed up, upgraded, closed by law, or reviewed.",
    data: z.object({ enterpriseId: z.string(), track: z.enum(['A', 'B', 'C', 'D']), outcome: z.enum(['transferred', 'upgraded', 'closed-by-law', 'supported']) }),
  },
  'duban.brief.round-opened.v1': {
    topic: 'duban.plans.v1',
    summary: 'A monthly round of information briefs (信息简报) opened: one brief task per unit.',
    data: z.object({ planId: z.string(), period: z.string(), due: z.string(), tasks: z.array(z.string()) }),
  },
  'duban.score.updated.v1': {
    topic: 'duban.scores.v1',
    summary:
      "A unit's score for a plan and a year changed (subject `{planId}/{unit}/{year}`): the new score, whether it is excellent (优秀) or below the target, and every event that cost or earned points.",
    data: z.object({
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
  },
} as const;

export type EventType = keyof typeof EVENT_CATALOG;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_CATALOG)[T]['data']>;

/** Event type names, for code that refers to one type. */
export const EventType = {
  PlanStarted: 'duban.plan.started.v1',
  PlanCompleted: 'duban.plan.completed.v1',
  TaskAssigned: 'duban.task.assigned.v1',
  TaskProgressReported: 'duban.task.progress-reported.v1',
  TaskSubmitted: 'duban.task.submitted.v1',
  TaskAccepted: 'duban.task.accepted.v1',
  TaskRejected: 'duban.task.rejected.v1',
  ContributionSubmitted: 'duban.task.contribution-submitted.v1',
  ContributionWaived: 'duban.task.contribution-waived.v1',
  ExtensionRequested: 'duban.task.extension-requested.v1',
  ExtensionDecided: 'duban.task.extension-decided.v1',
  DeadlineReminder: 'duban.deadline.reminder.v1',
  EscalationRaised: 'duban.escalation.raised.v1',
  EscalationAcknowledged: 'duban.escalation.acknowledged.v1',
  EscalationResolved: 'duban.escalation.resolved.v1',
  DirectiveIssued: 'duban.directive.issued.v1',
  DeliverableAvailable: 'duban.plan.deliverable-available.v1',
  EvaluationIndexSet: 'duban.plan.evaluation-index-set.v1',
  BriefRoundOpened: 'duban.brief.round-opened.v1',
  EnterpriseRegistered: 'duban.enterprise.registered.v1',
  EnterpriseAwaitingIndex: 'duban.enterprise.awaiting-index.v1',
  EnterpriseClassified: 'duban.enterprise.classified.v1',
  EnterpriseStepOpened: 'duban.enterprise.step-opened.v1',
  EnterpriseStepCompleted: 'duban.enterprise.step-completed.v1',
  EnterpriseStepCancelled: 'duban.enterprise.step-cancelled.v1',
  EnterpriseClosed: 'duban.enterprise.closed.v1',
  ScoreUpdated: 'duban.score.updated.v1',
} as const satisfies Record<string, EventType>;

/** Kafka topics. Events of one aggregate kind share a topic; the key (the subject) keeps one aggregate's events in order. */
export const Topic = {
  Plans: 'duban.plans.v1',
  Tasks: 'duban.tasks.v1',
  Enterprises: 'duban.enterprises.v1',
  Scores: 'duban.scores.v1',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];
export const ALL_TOPICS: readonly Topic[] = Object.values(Topic);

/** The topic of each workflow's subjects, for the events any deadline owner emits. */
const TOPIC_OF_SOURCE: Readonly<Record<string, Topic>> = {
  '/duban/workflows/planWorkflow': Topic.Plans,
  '/duban/workflows/briefRoundWorkflow': Topic.Plans,
  '/duban/workflows/taskWorkflow': Topic.Tasks,
  '/duban/workflows/enterpriseWorkflow': Topic.Enterprises,
};

/** The topics an event type may be published on (several for the ladder's events). */
export function topicsOf(type: EventType): Topic[] {
  const topic = EVENT_CATALOG[type].topic;
  return topic === OWNER_TOPIC ? [Topic.Tasks, Topic.Enterprises] : [topic];
}

/** The topic an event is published on: its type's, or for the ladder's events its owner's. */
export function topicFor(event: Pick<DubanEvent, 'type' | 'source'>): Topic {
  const topic = EVENT_CATALOG[event.type].topic;
  if (topic !== OWNER_TOPIC) return topic;
  const owner = TOPIC_OF_SOURCE[event.source];
  if (!owner) throw new Error(`no topic for ${event.type} from ${event.source}`);
  return owner;
}

/**
 * A CloudEvents 1.0 envelope (JSON structured mode). `sequence` is the CloudEvents "sequence"
 * extension: a counter per subject, starting at 1, fixed by the workflow that owns the subject,
 * so consumers can order one subject's events even when two share a timestamp.
 */
export interface DubanEvent<T extends EventType = EventType> {
  specversion: '1.0';
  id: string;
  source: string;
  type: T;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  sequence: number;
  data: EventData<T>;
}

const eventTypes = Object.keys(EVENT_CATALOG) as [EventType, ...EventType[]];

/** Validates an incoming envelope; consumers parse with this before they act. */
export const dubanEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.enum(eventTypes),
  subject: z.string().min(1),
  time: z.string().datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  sequence: z.number().int().positive(),
  data: z.record(z.unknown()),
}).superRefine((event, ctx) => {
  const data = EVENT_CATALOG[event.type].data.safeParse(event.data);
  if (!data.success) {
    for (const issue of data.error.issues) ctx.addIssue({ ...issue, path: ['data', ...issue.path] });
  }
});

/** `source` of events decided by workflows: the workflow type that owns the subject. */
export const eventSource = (workflowType: string): string => `/duban/workflows/${workflowType}`;
