import type { Inbox, InboxItem, InboxLevel } from '@duban/contracts';
import { DEFAULT_ESCALATION_POLICY, STEP_DEFINITIONS, toShanghaiDate, type EnterpriseStep, type WorkingDayCalendar } from '@duban/domain';
import type { OpenStepEnterpriseRow, OpenTaskRow } from '@duban/persistence';

const DAY_MS = 86_400_000;

/**
 * How far ahead an item counts as 提醒 (reminder): the default ladder's first reminder, 30 calendar
 * days before the deadline. Ours: the task projection keeps no reminder state and the inbox does
 * not ask each plan for its ladder, so a plan with another first reminder still shows 提醒 from 30
 * days out (its reminders themselves follow its own ladder).
 */
export const REMINDER_REACH_DAYS = Math.max(...DEFAULT_ESCALATION_POLICY.reminderDaysBefore);

/** What the inbox is built from: the projections' rows, the calendar in force and the clock. */
export interface InboxSources {
  unit: string;
  now: Date;
  calendar: WorkingDayCalendar;
  calendarVersion: number;
  tasks: readonly OpenTaskRow[];
  briefs: readonly OpenTaskRow[];
  steps: readonly OpenStepEnterpriseRow[];
  truncated: boolean;
}

/**
 * Working days from `today` to the deadline date `due`: `(today, due]` while not overdue (0 when
 * due today), minus the working days in `(due, today]` once the deadline instant has passed.
 * Memoised per inbox: many items share a deadline, and a count walks the days one by one.
 */
export function workingDaysCounter(calendar: WorkingDayCalendar, today: string): (due: string, overdue: boolean) => number {
  const memo = new Map<string, number>();
  return (due, overdue) => {
    const key = `${overdue ? '-' : '+'}${due}`;
    let n = memo.get(key);
    if (n === undefined) {
      n = overdue ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
      memo.set(key, n);
    }
    return n;
  };
}

/** The ladder's card from the projection's flags, else 提醒 within reach of the deadline. */
export function levelOf(cards: { yellow: boolean; red: boolean; leadingGroup: boolean }, deadline: Date, now: Date): InboxLevel {
  if (cards.leadingGroup) return 'leading-group';
  if (cards.red) return 'red';
  if (cards.yellow) return 'yellow';
  return deadline.getTime() - now.getTime() <= REMINDER_REACH_DAYS * DAY_MS ? 'reminder' : 'none';
}

/**
 * The inbox of `sources.unit`: tasks it leads, tasks where its own contribution is pending (a
 * co-unit that contributed or was waived has nothing to do), its open briefs and the enterprise
 * steps it owns, sorted by urgency (see {@link compareUrgency}).
 */
export function buildInbox(sources: InboxSources): Inbox {
  const { unit, now, calendar } = sources;
  const today = toShanghaiDate(now.toISOString());
  const daysLeft = workingDaysCounter(calendar, today);
  const items: InboxItem[] = [];

  const fromTask = (row: OpenTaskRow, kind: 'task' | 'brief'): InboxItem | undefined => {
    const lead = row.unit === unit;
    if (!lead && !row.pendingContributions.includes(unit)) return undefined;
    const deadline = new Date(row.deadline);
    const overdue = deadline.getTime() < now.getTime();
    return {
      kind,
      id: row._id,
      title: row.title,
      planId: row.planId,
      taskId: row._id,
      status: row.status,
      deadline: row.due,
      deadlineAt: deadline.toISOString(),
      overdue,
      workingDaysLeft: daysLeft(row.due, overdue),
      level: levelOf({ yellow: row.yellowCard, red: row.redCard, leadingGroup: row.leadingGroup }, deadline, now),
      role: lead ? 'lead' : 'co-unit',
      contributionPending: lead ? row.pendingContributions.length > 0 : true,
      extensionPending: row.extensionPending,
      href: `/console/tasks/${row._id}`,
    };
  };
  for (const row of sources.tasks) pushDefined(items, fromTask(row, 'task'));
  for (const row of sources.briefs) pushDefined(items, fromTask(row, 'brief'));

  for (const enterprise of sources.steps) {
    for (const step of enterprise.currentSteps) {
      if (step.unit !== unit) continue;
      const deadline = new Date(step.deadline);
      const overdue = deadline.getTime() < now.getTime();
      const levels = new Set(enterprise.openEscalationIds.filter((id) => id.startsWith(`${step.stepId}~`)).map((id) => id.slice(id.lastIndexOf('~') + 1)));
      const stepName = STEP_DEFINITIONS[step.step as EnterpriseStep]?.name ?? step.step;
      items.push({
        kind: 'enterprise-step',
        id: step.stepId,
        title: `${enterprise.name}：${stepName}`,
        planId: enterprise.planId,
        enterpriseId: enterprise._id,
        step: step.step,
        status: 'open',
        deadline: step.due,
        deadlineAt: deadline.toISOString(),
        overdue,
        workingDaysLeft: daysLeft(step.due, overdue),
        level: levelOf({ yellow: levels.has('yellow'), red: levels.has('red'), leadingGroup: levels.has('leading-group') }, deadline, now),
        role: 'lead',
        contributionPending: false,
        extensionPending: false,
        href: `/console/enterprises/${enterprise._id}`,
      });
    }
  }

  items.sort(compareUrgency);
  const count = (p: (i: InboxItem) => boolean) => items.filter(p).length;
  return {
    unit,
    today,
    calendarVersion: sources.calendarVersion,
    items,
    counts: {
      total: items.length,
      overdue: count((i) => i.overdue),
      byKind: { task: count((i) => i.kind === 'task'), brief: count((i) => i.kind === 'brief'), 'enterprise-step': count((i) => i.kind === 'enterprise-step') },
      byLevel: {
        none: count((i) => i.level === 'none'),
        reminder: count((i) => i.level === 'reminder'),
        yellow: count((i) => i.level === 'yellow'),
        red: count((i) => i.level === 'red'),
        'leading-group': count((i) => i.level === 'leading-group'),
      },
    },
    truncated: sources.truncated,
  };
}

/**
 * Urgency order (ours): overdue items first, the longest overdue (most working days) first; then
 * the fewest working days left; then the earlier deadline instant; then the id, so the order is total.
 */
export function compareUrgency(a: InboxItem, b: InboxItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.workingDaysLeft - b.workingDaysLeft || a.deadlineAt.localeCompare(b.deadlineAt) || a.id.localeCompare(b.id);
}

function pushDefined<T>(into: T[], item: T | undefined): void {
  if (item !== undefined) into.push(item);
}
