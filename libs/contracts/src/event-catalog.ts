import { z } from 'zod';
import { EVENT_DATA_SCHEMAS, EVENT_TYPES, EventType } from '@duban/domain';
import { formatSequence, parseSequence, SEQUENCE_DIGITS, type EventSequence } from './event-sequence';
import { TRACEPARENT, Topic, type DubanEvent } from './events';

// The catalogue and the envelope's schema, apart from the event types and the envelope's type in
// ./events: they build a zod schema for every event type's data, and workflow code, which needs only
// the types and names, must not build them (the workflow bundle evaluates each module it reaches once
// per workflow in the worker's cache; see libs/temporal's workflow-bundle.ts).
/**
 * Deadline and escalation events belong to whatever owns the deadline (a task, an enterprise's
 * step): they go on the owner's topic, so that one subject's events stay on one partition, in order.
 */
const OWNER_TOPIC = 'owner' as const;

/** One catalogue entry: the topic of an event type, what it means, and its `data` schema. */
interface CatalogEntry<T extends EventType> {
  topic: Topic | typeof OWNER_TOPIC;
  summary: string;
  data: (typeof EVENT_DATA_SCHEMAS)[T];
}

/**
 * Every event type Duban emits: its topic, what it means, and its `data` schema. Types are
 * versioned: a breaking change to a payload gets a new `.vN` type, never an edit of an old one.
 * The `satisfies` clause makes the catalogue total over the domain's {@link EventType} names.
 * `docs/asyncapi.yaml` is generated from this catalogue (`npm run docs:asyncapi`), and a test
 * keeps the two equal.
 */
export const EVENT_CATALOG = {
  [EventType.PlanStarted]: {
    topic: 'duban.plans.v1',
    summary: 'A plan was loaded and its task workflows are being started.',
    data: EVENT_DATA_SCHEMAS[EventType.PlanStarted],
  },
  [EventType.PlanCompleted]: {
    topic: 'duban.plans.v1',
    summary: "Every task of the plan has been accepted.",
    data: EVENT_DATA_SCHEMAS[EventType.PlanCompleted],
  },
  [EventType.TaskAssigned]: {
    topic: 'duban.tasks.v1',
    summary: 'A responsible unit was given a task of a plan, with its deadline.',
    data: EVENT_DATA_SCHEMAS[EventType.TaskAssigned],
  },
  [EventType.TaskProgressReported]: {
    topic: 'duban.tasks.v1',
    summary: "An official of the task's unit reported progress.",
    data: EVENT_DATA_SCHEMAS[EventType.TaskProgressReported],
  },
  [EventType.TaskSubmitted]: {
    topic: 'duban.tasks.v1',
    summary: "An official of the task's unit submitted the deliverable (version counts resubmissions).",
    data: EVENT_DATA_SCHEMAS[EventType.TaskSubmitted],
  },
  [EventType.TaskAccepted]: {
    topic: 'duban.tasks.v1',
    summary: 'A supervisor accepted the submitted deliverable; the task is complete.',
    data: EVENT_DATA_SCHEMAS[EventType.TaskAccepted],
  },
  [EventType.TaskRejected]: {
    topic: 'duban.tasks.v1',
    summary: 'A supervisor rejected the submission with a reason; the task is back in progress.',
    data: EVENT_DATA_SCHEMAS[EventType.TaskRejected],
  },
  [EventType.ContributionSubmitted]: {
    topic: 'duban.tasks.v1',
    summary: "A co-unit's official contributed to the task; the lead unit sees it.",
    data: EVENT_DATA_SCHEMAS[EventType.ContributionSubmitted],
  },
  [EventType.ContributionWaived]: {
    topic: 'duban.tasks.v1',
    summary: "A supervisor waived a co-unit's contribution, so the lead unit may submit without it.",
    data: EVENT_DATA_SCHEMAS[EventType.ContributionWaived],
  },
  [EventType.ExtensionRequested]: {
    topic: 'duban.tasks.v1',
    summary: 'An official of the task\'s unit asked for a later deadline (延期申请).',
    data: EVENT_DATA_SCHEMAS[EventType.ExtensionRequested],
  },
  [EventType.ExtensionDecided]: {
    topic: 'duban.tasks.v1',
    summary: 'A supervisor approved or refused an extension request; `due` is the deadline in force afterwards.',
    data: EVENT_DATA_SCHEMAS[EventType.ExtensionDecided],
  },
  [EventType.TaskCascaded]: {
    topic: 'duban.tasks.v1',
    summary: "The task was broken down for a department of its unit (逐级落实, 六(三)): the sub-task `subtaskId` starts with its own deadline, on or before the parent's; the parent is not submitted until its sub-tasks are accepted.",
    data: EVENT_DATA_SCHEMAS[EventType.TaskCascaded],
  },
  [EventType.DeadlineReminder]: {
    topic: OWNER_TOPIC,
    summary: 'A reminder to the responsible unit, N days before the deadline.',
    data: EVENT_DATA_SCHEMAS[EventType.DeadlineReminder],
  },
  [EventType.EscalationRaised]: {
    topic: OWNER_TOPIC,
    summary: 'The deadline passed: a yellow card (黄牌) at the deadline, a red card (红牌) and a 督查室 case N working days later, a leading-group report M working days later; `repeat` > 0 for a repeated notice of an unacknowledged level.',
    data: EVENT_DATA_SCHEMAS[EventType.EscalationRaised],
  },
  [EventType.EscalationAcknowledged]: {
    topic: OWNER_TOPIC,
    summary: 'A supervisor acknowledged an escalation level; its repeats stop.',
    data: EVENT_DATA_SCHEMAS[EventType.EscalationAcknowledged],
  },
  [EventType.EscalationResolved]: {
    topic: OWNER_TOPIC,
    summary: 'An escalation closed: the task was completed, or its deadline was moved by an extension or a directive.',
    data: EVENT_DATA_SCHEMAS[EventType.EscalationResolved],
  },
  [EventType.DirectiveIssued]: {
    topic: OWNER_TOPIC,
    summary: "The 督查室 issued a directive (督办单) with a committed date on a task or an enterprise's step (`taskId` is then the step id); the ladder restarts from it.",
    data: EVENT_DATA_SCHEMAS[EventType.DirectiveIssued],
  },
  [EventType.DeliverableAvailable]: {
    topic: 'duban.plans.v1',
    summary: "A task's deliverable was accepted; work that depends on it (T1's index, T2's park plan) may use it.",
    data: EVENT_DATA_SCHEMAS[EventType.DeliverableAvailable],
  },
  [EventType.EvaluationIndexSet]: {
    topic: 'duban.plans.v1',
    summary: "The plan's evaluation index (五(一)'s measuring scale: T1's deliverable on acceptance, or one an admin supplied) is in force; enterprises registered before it can now be classified.",
    data: EVENT_DATA_SCHEMAS[EventType.EvaluationIndexSet],
  },
  [EventType.TargetReported]: {
    topic: 'duban.plans.v1',
    summary: "The owning unit reported a plan target's value for a period (subject: the plan); a correction replaces the period's earlier report.",
    data: EVENT_DATA_SCHEMAS[EventType.TargetReported],
  },
  [EventType.BenefitRecorded]: {
    topic: 'duban.plans.v1',
    summary: "The district of a transferred enterprise recorded its output value and tax for a period and their split between 转出地 and 转入地 (利益共享, 二(四)); subject: the plan.",
    data: EVENT_DATA_SCHEMAS[EventType.BenefitRecorded],
  },
  [EventType.EnterpriseRegistered]: {
    topic: 'duban.enterprises.v1',
    summary: 'A district registered an enterprise in the transfer programme.',
    data: EVENT_DATA_SCHEMAS[EventType.EnterpriseRegistered],
  },
  [EventType.EnterpriseAwaitingIndex]: {
    topic: 'duban.enterprises.v1',
    summary: 'The enterprise waits for the evaluation index (T1) before it can be classified.',
    data: EVENT_DATA_SCHEMAS[EventType.EnterpriseAwaitingIndex],
  },
  [EventType.EnterpriseClassified]: {
    topic: 'duban.enterprises.v1',
    summary: "The enterprise was classified into track A, B, C or D by 五(一)'s rules (situation, industry, stage and the evaluation index's score), with the rule, the seed's clause and its explanation.",
    data: EVENT_DATA_SCHEMAS[EventType.EnterpriseClassified],
  },
  [EventType.EnterpriseStepOpened]: {
    topic: 'duban.enterprises.v1',
    summary: "A lifecycle step opened for its owning unit, with its service-level deadline.",
    data: EVENT_DATA_SCHEMAS[EventType.EnterpriseStepOpened],
  },
  [EventType.EnterpriseStepCancelled]: {
    topic: 'duban.enterprises.v1',
    summary: "An open step closed without being done: a re-evaluation moved the enterprise to a track whose steps differ. Its open escalations are resolved as `cancelled`.",
    data: EVENT_DATA_SCHEMAS[EventType.EnterpriseStepCancelled],
  },
  [EventType.EnterpriseStepCompleted]: {
    topic: 'duban.enterprises.v1',
    summary: 'The owning unit completed a lifecycle step, with what it recorded.',
    data: EVENT_DATA_SCHEMAS[EventType.EnterpriseStepCompleted],
  },
  [EventType.EnterpriseClosed]: {
    topic: 'duban.enterprises.v1',
    summary: "The enterprise's case closed: transferred and followed up, upgraded, exited with assistance (协助退出), closed by law, or reviewed.",
    data: EVENT_DATA_SCHEMAS[EventType.EnterpriseClosed],
  },
  [EventType.BriefRoundOpened]: {
    topic: 'duban.plans.v1',
    summary: 'A monthly round of information briefs (信息简报) opened: one brief task per unit.',
    data: EVENT_DATA_SCHEMAS[EventType.BriefRoundOpened],
  },
  [EventType.ScoreUpdated]: {
    topic: 'duban.scores.v1',
    summary: "A unit's score for a plan and a year changed (subject `{planId}/{unit}/{year}`): the new score, whether it is excellent (优秀) or below the target, and every event that cost or earned points.",
    data: EVENT_DATA_SCHEMAS[EventType.ScoreUpdated],
  },
  [EventType.CalendarNoticeLoaded]: {
    topic: 'duban.plans.v1',
    summary: "An admin (or a file in the watched folder) loaded a State Council holiday notice for a year (subject `calendar`); running ladders whose times it changes are re-planned.",
    data: EVENT_DATA_SCHEMAS[EventType.CalendarNoticeLoaded],
  },
  [EventType.LadderReplanned]: {
    topic: OWNER_TOPIC,
    summary: 'A holiday notice loaded at run time moved planned ladder times (reminders, cards, repeats) of a deadline: each change with its old and new time, and the notice that caused it.',
    data: EVENT_DATA_SCHEMAS[EventType.LadderReplanned],
  },
} as const satisfies { readonly [T in EventType]: CatalogEntry<T> };

/** The topic of each workflow's subjects, for the events any deadline owner emits. */
const TOPIC_OF_SOURCE: Readonly<Record<string, Topic>> = {
  '/duban/workflows/planWorkflow': Topic.Plans,
  '/duban/workflows/briefRoundWorkflow': Topic.Plans,
  '/duban/workflows/taskWorkflow': Topic.Tasks,
  '/duban/workflows/enterpriseWorkflow': Topic.Enterprises,
  '/duban/workflows/calendarWorkflow': Topic.Plans,
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
 * The envelope's `sequence`: reads it in either form and gives the zero-padded string, so that code
 * after the edge (and anything it passes the envelope on to, e.g. a webhook) sees one form only. Here,
 * not in `event-sequence.ts`, which workflow code uses (see above).
 */
const sequenceSchema = z
  .union([z.number(), z.string()])
  .transform((value, ctx): EventSequence => {
    try {
      return formatSequence(parseSequence(value));
    } catch {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must be a positive integer as a decimal string of at most ${SEQUENCE_DIGITS} digits (or, from producers before 2026-12, a JSON integer), at most ${Number.MAX_SAFE_INTEGER}`,
      });
      return z.NEVER;
    }
  });

/**
 * Validates an incoming envelope; consumers parse with this before they act. `sequence` is read
 * in both forms (the string, or an integer from producers before issue 10, December 2026, still
 * on the topics) and comes out as the zero-padded string.
 */
export const dubanEventSchema = z
  .object({
    specversion: z.literal('1.0'),
    id: z.string().min(1),
    source: z.string().min(1),
    type: z.enum(EVENT_TYPES),
    subject: z.string().min(1),
    time: z.string().datetime({ offset: true }),
    datacontenttype: z.literal('application/json'),
    sequence: sequenceSchema,
    data: z.record(z.unknown()),
    // Trace context is advisory: a malformed one is dropped (a new trace), never a rejected event.
    traceparent: z.string().regex(TRACEPARENT).optional().catch(undefined),
    tracestate: z.string().max(512).optional().catch(undefined),
  })
  .superRefine((event, ctx) => {
    const data = EVENT_CATALOG[event.type].data.safeParse(event.data);
    if (!data.success) {
      for (const issue of data.error.issues) ctx.addIssue({ ...issue, path: ['data', ...issue.path] });
    }
  });
