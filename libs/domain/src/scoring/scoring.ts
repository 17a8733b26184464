import { DateTime } from 'luxon';
import type { z } from 'zod';
import { SHANGHAI_ZONE, chinaCalendar, toShanghaiDate, type HolidayYear, type WorkingDayCalendar } from '../calendar';
import { overdueWorkingDays } from '../escalation';
import { EVENT_DATA_SCHEMAS, EventType } from '../events';
import { scoringRulesSchema } from '../plan/plan-definition';

/** A plan's scoring rules of the units (ours; the assessment is led by 督查室 with LGO and PERF, 六(三)), defaults applied. */
export type ScoringRules = z.infer<typeof scoringRulesSchema>;

/** The event types scoring reads (the catalogue's names, from `../events`). */
export const SCORING_EVENT_TYPES = {
  PlanStarted: EventType.PlanStarted,
  TaskAssigned: EventType.TaskAssigned,
  TaskSubmitted: EventType.TaskSubmitted,
  TaskAccepted: EventType.TaskAccepted,
  TaskRejected: EventType.TaskRejected,
  ContributionSubmitted: EventType.ContributionSubmitted,
  ContributionWaived: EventType.ContributionWaived,
  ExtensionDecided: EventType.ExtensionDecided,
  EscalationRaised: EventType.EscalationRaised,
  EnterpriseRegistered: EventType.EnterpriseRegistered,
  EnterpriseStepOpened: EventType.EnterpriseStepOpened,
  EnterpriseStepCompleted: EventType.EnterpriseStepCompleted,
  CalendarNoticeLoaded: EventType.CalendarNoticeLoaded,
} as const satisfies Record<string, EventType>;
const T = SCORING_EVENT_TYPES;
type ScoringEventType = (typeof SCORING_EVENT_TYPES)[keyof typeof SCORING_EVENT_TYPES];
const SCORING_TYPES: ReadonlySet<string> = new Set(Object.values(SCORING_EVENT_TYPES));

/** Whether scoring reads events of this type (every other type can be dropped before scoring). */
export const isScoringEventType = (type: string): type is ScoringEventType => SCORING_TYPES.has(type);

/**
 * The `data` fields scoring reads of each type: the catalogue's own schemas, narrowed to those
 * fields, so a payload is typed where it is read and a field the catalogue renames fails here.
 */
const SCORING_READS = {
  [T.PlanStarted]: EVENT_DATA_SCHEMAS[T.PlanStarted].pick({ planId: true, scoring: true }),
  [T.TaskAssigned]: EVENT_DATA_SCHEMAS[T.TaskAssigned].pick({ taskId: true, planId: true, unit: true, coUnits: true, due: true, kind: true, parentUnit: true }),
  [T.TaskSubmitted]: EVENT_DATA_SCHEMAS[T.TaskSubmitted].pick({ taskId: true, version: true }),
  [T.TaskAccepted]: EVENT_DATA_SCHEMAS[T.TaskAccepted].pick({ taskId: true, version: true }),
  [T.TaskRejected]: EVENT_DATA_SCHEMAS[T.TaskRejected].pick({ taskId: true }),
  [T.ContributionSubmitted]: EVENT_DATA_SCHEMAS[T.ContributionSubmitted].pick({ taskId: true, unit: true }),
  [T.ContributionWaived]: EVENT_DATA_SCHEMAS[T.ContributionWaived].pick({ taskId: true, unit: true }),
  [T.ExtensionDecided]: EVENT_DATA_SCHEMAS[T.ExtensionDecided].pick({ taskId: true, decision: true, due: true }),
  [T.EscalationRaised]: EVENT_DATA_SCHEMAS[T.EscalationRaised].pick({ taskId: true, unit: true, level: true, due: true, overdueWorkingDays: true, repeat: true }),
  [T.EnterpriseRegistered]: EVENT_DATA_SCHEMAS[T.EnterpriseRegistered].pick({ planId: true }),
  [T.EnterpriseStepOpened]: EVENT_DATA_SCHEMAS[T.EnterpriseStepOpened].pick({ stepId: true, unit: true, due: true }),
  [T.EnterpriseStepCompleted]: EVENT_DATA_SCHEMAS[T.EnterpriseStepCompleted].pick({ stepId: true }),
  [T.CalendarNoticeLoaded]: EVENT_DATA_SCHEMAS[T.CalendarNoticeLoaded].pick({ year: true, notice: true, periods: true, version: true }),
} as const satisfies Record<ScoringEventType, z.AnyZodObject>;

/** A scoring event whose `data` has been checked against its type's schema: `type` tells `data`'s shape. */
type TypedScoringEvent = {
  [K in ScoringEventType]: Omit<ScoringEvent, 'type' | 'data'> & { type: K; data: z.infer<(typeof SCORING_READS)[K]> };
}[ScoringEventType];

/**
 * `event` with typed `data`, or `undefined` when scoring does not read its type or its `data`
 * lacks what scoring reads (such an event could not have passed the consumers' envelope check;
 * a record edited in a store is skipped rather than scored with made-up values).
 */
function typed(event: ScoringEvent): TypedScoringEvent | undefined {
  if (!isScoringEventType(event.type)) return undefined;
  const data = SCORING_READS[event.type].safeParse(event.data);
  // The parse checked `data` against the schema of exactly this `type`; the compiler cannot
  // correlate the two across the union, hence the assertion.
  return data.success ? ({ ...event, type: event.type, data: data.data } as TypedScoringEvent) : undefined;
}

/**
 * The CloudEvent fields scoring reads, as any store holds them (an audit-log record, the scores
 * store): `data` is checked against the catalogue's schema for `type` before it is read.
 */
export interface ScoringEvent {
  id: string;
  type: string;
  subject: string;
  /** ISO-8601 instant (any offset). */
  time: string;
  /** Per-subject order: the CloudEvents `sequence` as its counter (a number, not the wire's padded string). */
  sequence: number;
  data: Readonly<Record<string, unknown>>;
}

/** Which rule an item applies. `participation` marks a unit as assessed that year and carries no points. */
export type ScoreRule = 'overdue' | 'yellow-card' | 'red-card' | 'missed-brief' | 'early-completion' | 'participation';

/** One event's effect on one unit's score. */
export interface ScoreItem {
  eventId: string;
  type: string;
  subject: string;
  /** The event's instant, normalised to UTC (`toISOString`). */
  time: string;
  rule: Exclude<ScoreRule, 'participation'>;
  /** Negative for a deduction, positive for a bonus. */
  points: number;
  reason: string;
}

/** What one subject's events mean for one unit in one (Asia/Shanghai) year. */
export interface ScoreEntry extends Omit<ScoreItem, 'rule'> {
  planId: string;
  unit: string;
  year: number;
  rule: ScoreRule;
}

/** One unit's score for one plan and one year, with the events that cost or earned its points. */
export interface UnitYearScore {
  planId: string;
  unit: string;
  year: number;
  score: number;
  /** `score >= excellentAtLeast` (优秀). */
  excellent: boolean;
  /** `score < excellentAtLeast`: below the plan's target. */
  belowTarget: boolean;
  /** Ordered by time, then event id, then rule. */
  items: ScoreItem[];
}

export type RulesByPlan = Readonly<Record<string, ScoringRules>>;

/** The default rules (`scoringRulesSchema` with nothing set). */
export const DEFAULT_SCORING_RULES: ScoringRules = scoringRulesSchema.parse({});

const round2 = (n: number): number => Math.round(n * 100) / 100 + 0;
const utc = (time: string): string => new Date(time).toISOString();
const shanghaiYear = (time: string): number => DateTime.fromISO(time, { setZone: true }).setZone(SHANGHAI_ZONE).year;
const bySequence = (a: ScoringEvent, b: ScoringEvent): number => a.sequence - b.sequence || Date.parse(a.time) - Date.parse(b.time) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The scoring rules of a plan as its `duban.plan.started.v1` event carries them (`data.scoring`),
 * with defaults for what is unset; `undefined` when the event carries none or invalid ones.
 */
export function rulesFromPlanStarted(event: ScoringEvent): ScoringRules | undefined {
  const started = event.type === T.PlanStarted ? typed(event) : undefined;
  return started?.type === T.PlanStarted ? started.data.scoring : undefined;
}

/** The plan a subject's events belong to (from its `task.assigned` or `enterprise.registered`), if known yet. */
export function planOfSubject(events: readonly ScoringEvent[]): string | undefined {
  return planOfTyped(events.map(typed).filter(isDefined));
}

const isDefined = <V>(v: V | undefined): v is V => v !== undefined;

function planOfTyped(events: readonly TypedScoringEvent[]): string | undefined {
  for (const e of events) {
    if (e.type === T.TaskAssigned || e.type === T.EnterpriseRegistered || e.type === T.PlanStarted) return e.data.planId || undefined;
  }
  return undefined;
}

/** A deadline being scored: a task (brief or not) or an enterprise's step. */
interface DeadlineOwner {
  id: string;
  kind: 'task' | 'brief' | 'step';
  lead: string;
  coUnits: string[];
  /** A sub-task's parent unit (逐级落实), which answers for its overdue days and cards too. */
  parentUnit?: string;
  /** The deadline date in force for scoring: the assigned one, moved only by approved extensions. */
  due: string;
  /** Highest overdue count measured against the current `due` (a new deadline starts again at 0). */
  measuredAgainstDue: number;
  /** Overdue working days charged over the owner's whole life (all deadlines). */
  chargedDays: number;
  contributedOn: Map<string, string>;
  waivedOn: Map<string, string>;
  submittedAt: Map<number, string>;
  /** A submission waits for review: the unit has done its part for now. */
  pendingReview: boolean;
}

/**
 * The score entries of ONE subject (a task, a brief or an enterprise case) under `rules`: a pure
 * function of that subject's events, in any order (they are sorted by `sequence`). Scores are the
 * sum of these entries per unit and year, so a store can recompute one subject at a time.
 *
 * The rules, documented in `docs/scoring.md`:
 * - overdue: `perOverdueWorkingDay` per working day past the deadline, at most `overdueCapPerTask`
 *   per task (or enterprise step) over its whole life. Days are measured at each escalation notice
 *   and at completion (the accepted submission's time; an enterprise step's completion) and
 *   charged on that event, for the days not yet charged. An approved extension moves the deadline,
 *   so nothing more is charged until the new one passes; a directive (督办单) does not.
 * - the lead unit bears every deduction of its task; a co-unit that had neither contributed nor
 *   been waived by the deadline in force shares each overdue deduction (not the cards).
 * - yellow and red cards: `yellowCard`, `redCard`, on the first notice of each level per deadline
 *   (not on repeats, not on the leading-group report); none while a submission waits for review.
 * - briefs (信息简报): a brief's yellow card is a missed brief (`missedBrief` instead of the
 *   yellow card); its red card costs `redCard`; no overdue days, no bonus.
 * - enterprise steps: cards and overdue days against the step's owning unit.
 * - sub-tasks (逐级落实, 六(三); the rule is ours): a sub-task's overdue days and cards are charged
 *   to its department and, the same points again, to the parent task's unit, which answers for its
 *   departments; the explanation says so. The early-completion bonus stays with the department.
 * - early completion: `earlyCompletionBonus` to the lead when the accepted submission was made
 *   on a day before the deadline date and nothing was charged as overdue.
 * - every entry's year is the Asia/Shanghai year of the event that costs or earns it; a unit is
 *   assessed (gets a score, 100 with nothing else) in every year a task or step is assigned to it.
 */
export function scoreSubject(events: readonly ScoringEvent[], rules: ScoringRules = DEFAULT_SCORING_RULES, calendar: WorkingDayCalendar = chinaCalendar): ScoreEntry[] {
  const ordered = events.map(typed).filter(isDefined).sort(bySequence);
  const planId = planOfTyped(ordered);
  if (planId === undefined) return [];
  const entries: ScoreEntry[] = [];
  const owners = new Map<string, DeadlineOwner>();
  const add = (event: ScoringEvent, unit: string, rule: ScoreRule, points: number, reason: string): void => {
    const rounded = round2(points);
    if (rule !== 'participation' && rounded === 0) return;
    entries.push({ planId, unit, year: shanghaiYear(event.time), eventId: event.id, type: event.type, subject: event.subject, time: utc(event.time), rule, points: rounded, reason });
  };
  const newOwner = (id: string, kind: DeadlineOwner['kind'], lead: string, coUnits: string[], due: string): DeadlineOwner => {
    const owner: DeadlineOwner = { id, kind, lead, coUnits, due, measuredAgainstDue: 0, chargedDays: 0, contributedOn: new Map(), waivedOn: new Map(), submittedAt: new Map(), pendingReview: false };
    owners.set(id, owner);
    return owner;
  };
  /** The reason of a point charged to a sub-task's parent unit: the department's reason, and why the parent pays too. */
  const answersFor = (o: DeadlineOwner, why: string): string =>
    `${why}; charged to ${o.parentUnit} too: it answers for its department ${o.lead}'s sub-task (逐级落实, 六(三); rule ours)`;
  const label = (o: DeadlineOwner): string => (o.kind === 'step' ? `step ${o.id}` : o.kind === 'brief' ? `brief ${o.id}` : `task ${o.id}`);

  /** Charges the overdue working days measured at `at` that were not charged before. */
  const measureOverdue = (o: DeadlineOwner, event: ScoringEvent, at: string): void => {
    if (o.kind === 'brief') return;
    const days = overdueWorkingDays(o.due, at, calendar);
    const more = days - o.measuredAgainstDue;
    if (more <= 0) return;
    o.measuredAgainstDue = days;
    const before = Math.min(rules.overdueCapPerTask, rules.perOverdueWorkingDay * o.chargedDays);
    o.chargedDays += more;
    const after = Math.min(rules.overdueCapPerTask, rules.perOverdueWorkingDay * o.chargedDays);
    const points = -(after - before);
    if (round2(points) === 0) return;
    const capped = after >= rules.overdueCapPerTask ? ` (capped at ${rules.overdueCapPerTask} per task)` : '';
    const provisional = calendar.provisionalYearsIn(o.due, toShanghaiDate(at));
    const onProvisional = provisional.length > 0 ? ` (counted on the provisional calendar of ${provisional.join(', ')}: statutory holidays only, no State Council notice loaded yet)` : '';
    const why = `${label(o)}: ${days} working day(s) past its deadline ${o.due}, ${more} more charged at ${rules.perOverdueWorkingDay} each${capped}${onProvisional}`;
    add(event, o.lead, 'overdue', points, why);
    if (o.parentUnit !== undefined) add(event, o.parentUnit, 'overdue', points, answersFor(o, why));
    const dueDay = o.due;
    for (const co of o.coUnits) {
      const contributed = o.contributedOn.get(co);
      const waived = o.waivedOn.get(co);
      if ((contributed !== undefined && contributed <= dueDay) || (waived !== undefined && waived <= dueDay)) continue;
      add(event, co, 'overdue', points, `${why}; co-unit ${co} had not contributed by ${dueDay}`);
    }
  };

  for (const event of ordered) {
    switch (event.type) {
      case T.TaskAssigned: {
        const d = event.data;
        const o = newOwner(d.taskId, d.kind, d.unit, d.coUnits, d.due);
        if (d.parentUnit !== undefined) o.parentUnit = d.parentUnit;
        for (const unit of [o.lead, ...o.coUnits]) add(event, unit, 'participation', 0, `assigned ${label(o)}, due ${o.due}`);
        break;
      }
      case T.EnterpriseStepOpened: {
        const d = event.data;
        const o = newOwner(d.stepId, 'step', d.unit, [], d.due);
        add(event, o.lead, 'participation', 0, `opened ${label(o)}, due ${o.due}`);
        break;
      }
      case T.ContributionSubmitted:
      case T.ContributionWaived: {
        const { taskId, unit } = event.data;
        const o = owners.get(taskId);
        const map = event.type === T.ContributionSubmitted ? o?.contributedOn : o?.waivedOn;
        if (map && !map.has(unit)) map.set(unit, toShanghaiDate(event.time));
        break;
      }
      case T.TaskSubmitted: {
        const o = owners.get(event.data.taskId);
        if (!o) break;
        o.submittedAt.set(event.data.version, event.time);
        o.pendingReview = true;
        break;
      }
      case T.TaskRejected: {
        const o = owners.get(event.data.taskId);
        if (o) o.pendingReview = false;
        break;
      }
      case T.ExtensionDecided: {
        const d = event.data;
        const o = owners.get(d.taskId);
        if (!o || d.decision !== 'approve' || !d.due) break;
        o.due = d.due;
        o.measuredAgainstDue = 0;
        break;
      }
      case T.EscalationRaised: {
        const d = event.data;
        const o = owners.get(d.taskId);
        if (!o) break;
        if (o.pendingReview) break;
        const unit = d.unit || o.lead;
        const card = (rule: ScoreRule, points: number, why: string): void => {
          add(event, unit, rule, points, why);
          if (o.parentUnit !== undefined) add(event, o.parentUnit, rule, points, answersFor(o, why));
        };
        if (d.repeat === 0) {
          if (d.level === 'yellow' && o.kind === 'brief') card('missed-brief', -rules.missedBrief, `${label(o)} not filed by ${d.due} (yellow card)`);
          else if (d.level === 'yellow') card('yellow-card', -rules.yellowCard, `yellow card (黄牌) on ${label(o)}: deadline ${d.due} passed`);
          else if (d.level === 'red') card('red-card', -rules.redCard, `red card (红牌) on ${label(o)}: ${d.overdueWorkingDays} working day(s) past ${d.due}`);
        }
        measureOverdue(o, event, event.time);
        break;
      }
      case T.TaskAccepted: {
        const o = owners.get(event.data.taskId);
        if (!o) break;
        o.pendingReview = false;
        const submitted = o.submittedAt.get(event.data.version) ?? event.time;
        measureOverdue(o, event, submitted);
        if (o.kind === 'task' && o.chargedDays === 0 && toShanghaiDate(submitted) < o.due) {
          add(event, o.lead, 'early-completion', rules.earlyCompletionBonus, `${label(o)} completed early: submitted ${toShanghaiDate(submitted)}, due ${o.due}`);
        }
        break;
      }
      case T.EnterpriseStepCompleted: {
        const o = owners.get(event.data.stepId);
        if (o) measureOverdue(o, event, event.time);
        break;
      }
      default:
        break;
    }
  }
  return entries;
}

/** The rules of every plan whose `duban.plan.started.v1` is among `events` (the last one wins). */
export function rulesFromEvents(events: readonly ScoringEvent[]): Record<string, ScoringRules> {
  const rules: Record<string, ScoringRules> = {};
  const started = events
    .filter((e) => e.type === T.PlanStarted)
    .map(typed)
    .filter(isDefined)
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  for (const e of started) {
    if (e.type === T.PlanStarted && e.data.scoring && e.data.planId) rules[e.data.planId] = e.data.scoring;
  }
  return rules;
}

const byItemOrder = (a: ScoreItem, b: ScoreItem): number =>
  Date.parse(a.time) - Date.parse(b.time) || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/**
 * One unit-year's score from its entries (from any number of subjects): `base` plus every
 * item's points. `entries` must all be of one plan, unit and year.
 */
export function scoreUnitYear(planId: string, unit: string, year: number, entries: readonly ScoreEntry[], rules: ScoringRules = DEFAULT_SCORING_RULES): UnitYearScore {
  const items: ScoreItem[] = entries
    .filter((e) => e.rule !== 'participation')
    .map((e) => ({ eventId: e.eventId, type: e.type, subject: e.subject, time: e.time, rule: e.rule as ScoreItem['rule'], points: e.points, reason: e.reason }))
    .sort(byItemOrder);
  const score = round2(items.reduce((sum, i) => sum + i.points, rules.base));
  const excellent = score >= rules.excellentAtLeast;
  return { planId, unit, year, score, excellent, belowTarget: !excellent, items };
}

/** `{planId}/{unit}/{year}`: a unit-year's key, and the subject of its `duban.score.updated.v1` events. */
export const scoreKey = (s: { planId: string; unit: string; year: number }): string => `${s.planId}/${s.unit}/${s.year}`;

/**
 * The working-day calendar the log says is in force: the built-in notices, and for each year the
 * notice loaded at run time with the highest version (`duban.calendar.notice-loaded.v1`); a year
 * with neither is provisional.
 */
export function calendarFromEvents(events: readonly ScoringEvent[]): WorkingDayCalendar {
  const latest = new Map<number, { version: number; notice: HolidayYear }>();
  for (const e of events) {
    if (e.type !== T.CalendarNoticeLoaded) continue;
    const typedEvent = typed(e);
    if (typedEvent?.type !== T.CalendarNoticeLoaded) continue;
    const { year, notice, periods, version } = typedEvent.data;
    if ((latest.get(year)?.version ?? -1) < version) latest.set(year, { version, notice: { year, notice, periods } });
  }
  if (latest.size === 0) return chinaCalendar;
  const notices = [...latest.values()].map((l) => l.notice).sort((a, b) => a.year - b.year);
  // The scores consumer asks once per batch, nearly always for the same notices: a calendar keeps
  // the provisional years it has computed, so the last one is reused rather than rebuilt.
  const key = JSON.stringify(notices);
  if (lastLoaded?.key !== key) lastLoaded = { key, calendar: chinaCalendar.withNotices(notices) };
  return lastLoaded.calendar;
}
let lastLoaded: { key: string; calendar: WorkingDayCalendar } | undefined;

/**
 * Every unit's score per plan and year: a pure function of the event log. `events` may hold any
 * events (those scoring does not read are ignored) in any order. A plan's rules are those its
 * `duban.plan.started.v1` carries (`data.scoring`), else `rulesByPlan[planId]`, else the
 * defaults. Sorted by plan, year and unit.
 */
export function computeScores(events: readonly ScoringEvent[], rulesByPlan: RulesByPlan = {}): UnitYearScore[] {
  const fromLog = rulesFromEvents(events);
  const calendar = calendarFromEvents(events);
  const rulesOf = (planId: string): ScoringRules => fromLog[planId] ?? rulesByPlan[planId] ?? DEFAULT_SCORING_RULES;
  const bySubject = new Map<string, ScoringEvent[]>();
  const seen = new Set<string>();
  for (const e of events) {
    // A log may hold an event twice (a retried publish): it counts once.
    if (!isScoringEventType(e.type) || e.type === T.PlanStarted || seen.has(e.id)) continue;
    seen.add(e.id);
    const list = bySubject.get(e.subject) ?? [];
    list.push(e);
    bySubject.set(e.subject, list);
  }
  const byUnitYear = new Map<string, ScoreEntry[]>();
  for (const subjectEvents of bySubject.values()) {
    const planId = planOfSubject([...subjectEvents].sort(bySequence));
    if (planId === undefined) continue;
    for (const entry of scoreSubject(subjectEvents, rulesOf(planId), calendar)) {
      const key = scoreKey(entry);
      const list = byUnitYear.get(key) ?? [];
      list.push(entry);
      byUnitYear.set(key, list);
    }
  }
  const scores = [...byUnitYear.values()].map((list) => {
    const { planId, unit, year } = list[0] as ScoreEntry;
    return scoreUnitYear(planId, unit, year, list, rulesOf(planId));
  });
  return scores.sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : a.year - b.year || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)));
}
