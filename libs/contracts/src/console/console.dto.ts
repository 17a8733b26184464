import { z } from 'zod';
import { planIdField, unitCode } from '../http/fields';
import { ENTERPRISE_STATUSES } from '../enterprises/enterprises.dto';
import { ESCALATION_LEVELS, TASK_STATUSES } from '../tasks/tasks.dto';

// Read models the web console needs beyond the feature routes (issue 13): one inbox across tasks,
// briefs and enterprise steps; the 督查室 overdue board by unit × level. They span features, so
// they live here rather than in one feature's contract (FEATURE_DEPENDENCIES.console).

/** The ladder's current card of an item, lowest first: 提醒 / 黄牌 / 红牌 / 领导小组. */
export const INBOX_LEVELS = ['none', 'reminder', 'yellow', 'red', 'leading-group'] as const;
export type InboxLevel = (typeof INBOX_LEVELS)[number];

export const INBOX_KINDS = ['task', 'brief', 'enterprise-step'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** `GET /inbox`: officials get their own unit's; supervisors, performance and admins name one. */
export const inboxQuerySchema = z
  .object({
    unit: unitCode.optional().describe("the unit whose inbox is read, the caller's own by default; officials may name only their own (another unit is a 403), supervisors, performance and admins any"),
    planId: planIdField.optional().describe("only this plan's tasks, briefs and enterprise steps"),
  })
  .strict();
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const inboxItemSchema = z
  .object({
    kind: z.enum(INBOX_KINDS),
    id: z.string().describe('the task id (tasks and briefs) or the step id `{enterpriseId}/{step}`'),
    title: z.string(),
    planId: z.string(),
    taskId: z.string().optional().describe('tasks and briefs'),
    enterpriseId: z.string().optional().describe('enterprise steps'),
    step: z.string().optional().describe('enterprise steps: the lifecycle step waiting on the unit'),
    status: z.string().describe("a task's or brief's status (assigned, in_progress, submitted); `open` for an enterprise step"),
    deadline: z.string().describe('the deadline date in force (YYYY-MM-DD); the deadline is the end of that day, Asia/Shanghai'),
    deadlineAt: z.string().describe('the deadline instant (ISO-8601, UTC)'),
    overdue: z.boolean().describe('the deadline instant has passed'),
    workingDaysLeft: z
      .number()
      .int()
      .describe(
        'working days from today (Asia/Shanghai) to the deadline date on the holiday calendar in force (loaded notices included): 0 when due today; negative once overdue, minus the working days after the deadline date up to today (an item overdue only over a weekend is overdue with 0)',
      ),
    level: z.enum(INBOX_LEVELS).describe("the ladder's highest open card (yellow, red, leading-group), or `reminder` within the first reminder's reach of the deadline (30 days on the default ladder), else `none`"),
    role: z.enum(['lead', 'co-unit']).describe('lead: the unit is responsible; co-unit: its contribution (协办意见) is pending'),
    contributionPending: z.boolean().describe('tasks: for the lead, some co-unit has not contributed yet; for a co-unit, its own contribution is pending'),
    extensionPending: z.boolean(),
    href: z.string().describe('the console page of the item: `/console/tasks/{taskId}` or `/console/enterprises/{enterpriseId}`'),
  })
  .strict();
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxSchema = z
  .object({
    unit: z.string(),
    today: z.string().describe('the Asia/Shanghai date the working days are counted from'),
    calendarVersion: z.number().int().describe('the version of the holiday calendar used (0: the built-in notices only)'),
    items: z.array(inboxItemSchema).describe('by urgency: overdue first, longest overdue first; then fewest working days left; then the earlier deadline; then id'),
    counts: z.object({
      total: z.number().int(),
      overdue: z.number().int(),
      byKind: z.object({ task: z.number().int(), brief: z.number().int(), 'enterprise-step': z.number().int() }),
      byLevel: z.object({ none: z.number().int(), reminder: z.number().int(), yellow: z.number().int(), red: z.number().int(), 'leading-group': z.number().int() }),
    }),
    truncated: z.boolean().describe('a source had more open items than the inbox reads (INBOX_MAX_PER_SOURCE each, most urgent first): the counts cover only the items listed'),
  })
  .strict();
export type Inbox = z.infer<typeof inboxSchema>;

/** At most this many open items read from each source (tasks, briefs, enterprise steps). */
export const INBOX_MAX_PER_SOURCE = 300;

/** `GET /board/overdue`: the 督查室 board of overdue work. */
export const overdueBoardQuerySchema = z
  .object({
    planId: planIdField.optional(),
  })
  .strict();
export type OverdueBoardQuery = z.infer<typeof overdueBoardQuerySchema>;

const ageStats = z.object({
  count: z.number().int().describe('overdue items: task or enterprise-step deadlines with an unresolved card, each counted once at its highest card'),
  maxAgeWorkingDays: z.number().int().describe('the longest overdue, in working days after its deadline date (calendar in force); 0 for none'),
  medianAgeWorkingDays: z.number().describe('the median age (the mean of the middle two for an even count; 0 for none)'),
});

export const overdueBoardSchema = z
  .object({
    today: z.string(),
    calendarVersion: z.number().int(),
    levels: z.array(z.enum(ESCALATION_LEVELS)).describe('the columns, lowest card first'),
    rows: z.array(
      z
        .object({
          unit: z.string(),
          total: ageStats,
          byLevel: z.record(ageStats).describe('by level (yellow, red, leading-group); a level with no open case is absent'),
          byAge: z.object({ '0-4': z.number().int(), '5-14': z.number().int(), '15+': z.number().int() }),
        })
        .strict(),
    ).describe('one row per unit with an open case, most open cases first, then unit code'),
    totals: z.object({ total: ageStats, byLevel: z.record(ageStats), byAge: z.object({ '0-4': z.number().int(), '5-14': z.number().int(), '15+': z.number().int() }) }),
    truncated: z.boolean().describe('more unresolved cases than BOARD_MAX_CASES: the figures cover the oldest raised ones read'),
  })
  .strict();
export type OverdueBoard = z.infer<typeof overdueBoardSchema>;

/** At most this many unresolved cases are read for the board (they stay few: bounded by the deadlines overdue now, not by the history). */
export const BOARD_MAX_CASES = 5_000;

/** `GET /cockpit`: one plan's city-wide picture for the Leading Group Office. */
export const cockpitQuerySchema = z.object({ planId: planIdField }).strict();
export type CockpitQuery = z.infer<typeof cockpitQuerySchema>;

const statusCounts = z.object(Object.fromEntries(TASK_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof TASK_STATUSES)[number], z.ZodNumber>);
const levelCounts = z.object({ yellow: z.number().int(), red: z.number().int(), 'leading-group': z.number().int() });
const taskProgress = z.object({
  total: z.number().int().describe('tasks: one per (task, responsible unit); sub-tasks included'),
  byStatus: statusCounts,
  percentDone: z.number().describe('accepted ÷ total × 100, one decimal (0 for no task)'),
  overdue: z.number().int().describe('past the deadline in force and not accepted'),
});

export const cockpitSchema = z
  .object({
    planId: z.string(),
    today: z.string(),
    tasks: taskProgress.extend({
      byTask: z.array(taskProgress.extend({ taskCode: z.string() }).strict()).describe('by task code (T1, T2…), a fanned-out task (T4) summed over its units'),
    }),
    districts: z
      .array(
        z
          .object({
            district: z.string(),
            tasks: taskProgress.describe('the tasks this district leads'),
            enterprises: z.object({ total: z.number().int(), byStatus: z.object(Object.fromEntries(ENTERPRISE_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof ENTERPRISE_STATUSES)[number], z.ZodNumber>) }),
          })
          .strict(),
      )
      .describe("each district with enterprises registered in the plan (the enterprises' district), by code"),
    cards: z
      .array(z.object({ month: z.string().describe('YYYY-MM, Asia/Shanghai'), raised: levelCounts, resolved: levelCounts }).strict())
      .describe('escalation cards (cases: one per level per deadline; repeats not counted) raised and resolved per month, oldest month first, months with neither left out'),
    enterprises: z.object({
      total: z.number().int(),
      byTrack: z
        .array(
          z
            .object({
              track: z.string().describe("A, B, C, D, or `none` (not classified yet)"),
              total: z.number().int(),
              openSteps: z.record(z.number().int()).describe('enterprises of this track with that step open (one enterprise may have two open: the labour step runs beside the chain)'),
            })
            .strict(),
        )
        .describe('by track'),
    }),
    parks: z
      .array(z.object({ parkId: z.string(), parkName: z.string(), region: z.string(), enterprises: z.number().int() }).strict())
      .describe('destination parks chosen by the plan’s enterprises (their destination step), most chosen first'),
    truncated: z.boolean().describe('more tasks or cases than COCKPIT_MAX_ROWS: the task and card figures cover the first ones read'),
  })
  .strict();
export type Cockpit = z.infer<typeof cockpitSchema>;

/** At most this many tasks and this many escalation cases of one plan are read for the cockpit. */
export const COCKPIT_MAX_ROWS = 20_000;
