import {
  EventType,
  escalationId,
  type Actor,
  type CalendarInForce,
  type Escalation,
  type EscalationLevel,
  type LadderCalendar,
  type LadderEntry,
} from '@duban/contracts';
import { endOfDay, nextRepeat, overdueWorkingDays, planLadder, toShanghaiDate, type EscalationPolicy, type WorkingDayCalendar } from '@duban/domain';
import { ladderCalendar, provisionalYearsIn, workingDayCalendar } from './calendar-in-force';
import type { EventDrafts } from './decision';

/** The deadline fields a workflow's state carries; the ladder reads and updates them in place. */
export interface DeadlineState {
  /** The deadline date in force. */
  due: string;
  /** The end of `due`, Asia/Shanghai, as ISO-8601. */
  deadline: string;
  ladder: LadderEntry[];
  escalations: Escalation[];
  /** The calendar the ladder was planned on; absent on the legacy calendar (see `calendar-in-force.ts`). */
  calendar?: LadderCalendar;
}

/** Who answers for the deadline: the work item's id (a task id), its unit and co-units. */
export interface DeadlineOwner {
  id: string;
  unit: string;
  coUnits: string[];
}

/** One bulk day, in milliseconds: a level that fired later than this repeats from now. */
const LATE_FIRE_MS = 86_400_000;

/**
 * The escalation ladder of one deadline, shared by every decider that owns deadlines: reminders
 * before it, a yellow card at it, a red card and a leading-group report after it, each
 * unacknowledged level repeating until acknowledged, superseded or resolved. Moving the deadline
 * (an extension, a directive) resolves the open levels and starts a new epoch. Every change is an
 * event, added to the decision being made.
 *
 * Working days are counted on `calendar`, the calendar in force for the workflow (`undefined`: the
 * legacy one of workflows started before run-time calendars). A time computed over a year without a
 * notice carries that year in `provisionalYears`, and so do the events it fires; a notice loaded
 * later re-plans the ladder ({@link replan}).
 *
 * Pure: it works on the decider's private copy of the state at the plan-time instant `now` (ISO
 * 8601) and touches no clock. The workflow shell drives time: it asks the decider to fire what is
 * due after each wake-up, and sleeps until `nextWake()`.
 */
export class DeadlineLadder {
  /** The working-day calendar of {@link calendarInForce}, looked up once per ladder (it is read for every count). */
  private calendar: WorkingDayCalendar;

  constructor(
    private readonly owner: DeadlineOwner,
    private readonly state: DeadlineState,
    private readonly policy: EscalationPolicy,
    private readonly now: string,
    private readonly events: EventDrafts,
    private epoch = 0,
    private calendarInForce?: CalendarInForce,
  ) {
    this.calendar = workingDayCalendar(calendarInForce);
  }

  /** The deadline fields of a new ladder for `due`, planned from `now` (reminders already past are left out). */
  static start(due: string, policy: EscalationPolicy, now: string, calendar?: CalendarInForce): DeadlineState {
    const ladder = plan(due, policy, now, 0, calendar);
    return { due, deadline: endOfDay(due).toISO() as string, ladder, escalations: [], ...(calendar && { calendar: summary(calendar, ladder, 0) }) };
  }


  /** 0 for the original deadline, +1 for each move. */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** Fires every step and repeat whose time has come, in time order. */
  fireDue(): void {
    const now = Date.parse(this.now);
    for (const step of this.state.ladder) {
      if (!step.fired && step.epoch === this.epoch && Date.parse(step.at) <= now) this.fire(step);
    }
    for (const e of this.state.escalations) {
      if (isOpen(e) && e.acknowledgedAt === undefined && e.nextRepeatAt !== undefined && Date.parse(e.nextRepeatAt) <= now) {
        this.repeat(e, e.nextRepeatAt);
      }
    }
  }

  /** The next instant at which something fires, if any. */
  nextWake(): string | undefined {
    return nextLadderWake(this.state, this.epoch);
  }

  /** Closes every open level: the work is done, its deadline moved, or (an enterprise's step) it was cancelled. */
  resolveOpen(resolution: 'completed' | 'deadline-moved' | 'cancelled'): void {
    for (const e of this.state.escalations.filter(isOpen)) {
      e.resolvedAt = this.now;
      e.resolution = resolution;
      delete e.nextRepeatAt;
      this.events.emit(EventType.EscalationResolved, { escalationId: e.id, taskId: this.owner.id, level: e.level, resolution });
    }
  }

  /** A new deadline: the old ladder's unfired steps go, its open levels are resolved, a new epoch starts. */
  moveDeadline(due: string): void {
    this.resolveOpen('deadline-moved');
    this.state.ladder = this.state.ladder.filter((s) => s.fired);
    this.epoch++;
    this.state.due = due;
    this.state.deadline = endOfDay(due).toISO() as string;
    this.state.ladder.push(...plan(due, this.policy, this.now, this.epoch, this.calendarInForce));
    if (this.calendarInForce) this.state.calendar = summary(this.calendarInForce, this.state.ladder, this.epoch);
  }

  /**
   * Puts `next` in force (a holiday notice was loaded at run time) and moves every planned time of
   * the current deadline that it changes: the unfired steps, and the next repeat of each
   * unacknowledged level. One `LadderReplanned` event lists each change with its old and new time
   * and `reason`; none when nothing moved. A step moved into the past fires at the next wake-up.
   * Fired steps stay as they were: they record what happened. The deadline date itself never moves
   * (it is a date, not a count of working days). `announce: false` adopts the calendar without the
   * event: for a ladder no one has been told of yet (a workflow that has just started).
   */
  replan(next: CalendarInForce, reason: string, announce = true): void {
    this.calendarInForce = next;
    this.calendar = workingDayCalendar(next);
    const planned = planLadder(this.state.due, this.calendar, this.policy);
    const changes: { kind: LadderEntry['kind']; daysBefore?: number; repeat: boolean; from: string; to: string }[] = [];
    for (const step of this.state.ladder) {
      if (step.fired || step.epoch !== this.epoch) continue;
      const match = planned.find((p) => p.kind === step.kind && p.daysBefore === step.daysBefore);
      if (match === undefined) continue;
      const years = stepProvisionalYears(this.state.due, match.at, match.kind, next);
      if (years.length > 0) step.provisionalYears = years;
      else delete step.provisionalYears;
      if (Date.parse(match.at) === Date.parse(step.at)) continue;
      changes.push({ kind: step.kind, ...(step.daysBefore !== undefined && { daysBefore: step.daysBefore }), repeat: false, from: step.at, to: match.at });
      step.at = match.at;
    }
    for (const e of this.state.escalations) {
      if (!isOpen(e) || e.acknowledgedAt !== undefined || e.nextRepeatAt === undefined || e.repeatFrom === undefined) continue;
      const to = nextRepeat(e.repeatFrom, this.calendar, this.policy);
      if (Date.parse(to) === Date.parse(e.nextRepeatAt)) continue;
      changes.push({ kind: e.level, repeat: true, from: e.nextRepeatAt, to });
      e.nextRepeatAt = to;
    }
    this.state.calendar = summary(next, this.state.ladder, this.epoch);
    if (changes.length === 0 || !announce) return;
    this.events.emit(EventType.LadderReplanned, {
      taskId: this.owner.id,
      unit: this.owner.unit,
      due: this.state.due,
      calendarVersion: next.version,
      reason,
      changes,
      ...(this.state.calendar.provisionalYears.length > 0 && { provisionalYears: this.state.calendar.provisionalYears }),
    });
  }

  findEscalation(id: string): Escalation | undefined {
    return this.state.escalations.find((e) => e.id === id);
  }

  /** Acknowledges a level: its repeats stop. The caller has validated that it is open and unacknowledged. */
  acknowledge(e: Escalation, actor: Actor, note?: string): void {
    e.acknowledgedAt = this.now;
    e.acknowledgedBy = actor;
    delete e.nextRepeatAt;
    this.events.emit(EventType.EscalationAcknowledged, {
      escalationId: e.id,
      taskId: this.owner.id,
      level: e.level,
      ...(note !== undefined && { note }),
      actor,
    });
  }

  private fire(step: LadderEntry): void {
    step.fired = true;
    if (step.kind === 'reminder') {
      this.events.emit(
        EventType.DeadlineReminder,
        {
          taskId: this.owner.id,
          unit: this.owner.unit,
          due: this.state.due,
          deadline: this.state.deadline,
          daysBefore: step.daysBefore ?? 0,
          notify: [this.owner.unit, ...this.owner.coUnits],
          ...(step.provisionalYears && { provisionalYears: step.provisionalYears }),
        },
        step.at,
      );
      return;
    }
    const level = step.kind;
    // A higher level takes over: the lower ones stop repeating.
    for (const e of this.state.escalations) if (isOpen(e) && e.level !== level) delete e.nextRepeatAt;
    this.state.escalations.push({
      id: escalationId(this.owner.id, this.epoch, level),
      level,
      raisedAt: step.at,
      due: this.state.due,
      repeats: 0,
      ...(level !== 'yellow' && this.repeatAfter(step.at)),
    });
    this.raise(level, step.at, 0);
  }

  private repeat(e: Escalation, at: string): void {
    e.repeats++;
    Object.assign(e, this.repeatAfter(at));
    this.state.ladder.push({ kind: e.level, at, fired: true, epoch: this.epoch, repeat: e.repeats });
    this.raise(e.level, at, e.repeats);
  }

  /**
   * When an unacknowledged level repeats. A level that fired late (work loaded after its
   * deadlines) repeats from now: repeats are notices to people, and a burst of notices for weeks
   * long past would tell nobody anything.
   */
  private repeatAfter(at: string): { nextRepeatAt: string; repeatFrom: string } {
    const from = Date.parse(at) >= Date.parse(this.now) - LATE_FIRE_MS ? at : this.now;
    return { nextRepeatAt: nextRepeat(from, this.calendar, this.policy), repeatFrom: from };
  }

  private raise(level: EscalationLevel, at: string, repeat: number): void {
    this.events.emit(
      EventType.EscalationRaised,
      {
        escalationId: escalationId(this.owner.id, this.epoch, level),
        taskId: this.owner.id,
        unit: this.owner.unit,
        coUnits: this.owner.coUnits,
        level,
        due: this.state.due,
        deadline: this.state.deadline,
        overdueWorkingDays: overdueWorkingDays(this.state.due, at, this.calendar),
        repeat,
        notify: level === 'leading-group' ? ['LGO', 'DUCHA', this.owner.unit] : [this.owner.unit, 'DUCHA'],
        ...provisional(provisionalYearsIn(this.calendarInForce, this.state.due, toShanghaiDate(at))),
      },
      at,
    );
  }
}

/**
 * The next instant (ISO-8601, plan time) at which the ladder of `state` in `epoch` fires a step or
 * repeats a level, if any: what the workflow sleeps until. Reads only.
 */
export function nextLadderWake(state: DeadlineState, epoch: number): string | undefined {
  const times = [
    ...state.ladder.filter((s) => !s.fired && s.epoch === epoch).map((s) => s.at),
    ...state.escalations.filter((e) => isOpen(e) && e.acknowledgedAt === undefined && e.nextRepeatAt).map((e) => e.nextRepeatAt as string),
  ];
  return times.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

/**
 * A ladder cut for carrying over continue-as-new: every unfired step, and of the fired ones (past
 * reminders, cards and their repeats, which only record what happened) the last `keepFired`, in
 * their order. Firing, waking and moving the deadline read only unfired steps; an enterprise step's
 * next epoch reads the highest epoch, which the last fired steps keep.
 */
export function recentLadder(ladder: LadderEntry[], keepFired: number): LadderEntry[] {
  let skip = Math.max(0, ladder.filter((step) => step.fired).length - keepFired);
  return ladder.filter((step) => !(step.fired && skip-- > 0));
}

function plan(due: string, policy: EscalationPolicy, from: string, epoch: number, calendar: CalendarInForce | undefined): LadderEntry[] {
  return planLadder(due, workingDayCalendar(calendar), policy, from).map((step) => ({
    ...step,
    fired: false,
    epoch,
    ...provisional(stepProvisionalYears(due, step.at, step.kind, calendar)),
  }));
}

/**
 * The provisional years a planned step's time depends on: the days between the deadline and the
 * step (a reminder walks back from N days before it to a working day; a card counts working days
 * after it). The yellow card is the end of the deadline day: no working day is counted.
 */
function stepProvisionalYears(due: string, at: string, kind: LadderEntry['kind'], calendar: CalendarInForce | undefined): number[] {
  return kind === 'yellow' ? [] : provisionalYearsIn(calendar, due, toShanghaiDate(at));
}

function provisional(years: number[]): { provisionalYears?: number[] } {
  return years.length > 0 ? { provisionalYears: years } : {};
}

/** The calendar summary of a ladder: its version and the provisional years of the epoch's steps. */
function summary(calendar: CalendarInForce, ladder: LadderEntry[], epoch: number): LadderCalendar {
  const years = new Set(ladder.filter((s) => s.epoch === epoch).flatMap((s) => s.provisionalYears ?? []));
  return ladderCalendar(calendar, [...years].sort((a, b) => a - b));
}

function isOpen(e: Escalation): boolean {
  return e.resolvedAt === undefined;
}
