import {
  EventType,
  escalationId,
  type Actor,
  type Escalation,
  type EscalationLevel,
  type LadderEntry,
} from '@duban/contracts';
import {
  chinaCalendarWithWeekendFallback as calendar,
  endOfDay,
  nextRepeat,
  overdueWorkingDays,
  planLadder,
  type EscalationPolicy,
} from '@duban/domain';
import type { EventOutbox } from './event-outbox';
import type { PlanClock } from './plan-clock';

/** The deadline fields a workflow's state carries; the ladder reads and updates them in place. */
export interface DeadlineState {
  /** The deadline date in force. */
  due: string;
  /** The end of `due`, Asia/Shanghai, as ISO-8601. */
  deadline: string;
  ladder: LadderEntry[];
  escalations: Escalation[];
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
 * The durable escalation ladder of one deadline, shared by every workflow that owns deadlines:
 * reminders before it, a yellow card at it, a red card and a leading-group report after it,
 * each unacknowledged level repeating until acknowledged, superseded or resolved. Moving the
 * deadline (an extension, a directive) resolves the open levels and starts a new epoch. Every
 * change is an event, decided through the owner's outbox.
 *
 * The caller drives time: `fireDue()` after each wake-up, and sleeps until `nextWake()`.
 */
export class DeadlineLadder {
  constructor(
    private readonly owner: DeadlineOwner,
    private readonly state: DeadlineState,
    private readonly policy: EscalationPolicy,
    private readonly clock: PlanClock,
    private readonly outbox: EventOutbox,
    private epoch = 0,
  ) {}

  /** The deadline fields of a new ladder for `due`, planned from now (reminders already past are left out). */
  static start(due: string, policy: EscalationPolicy, clock: PlanClock): DeadlineState {
    return { due, deadline: endOfDay(due).toISO() as string, ladder: plan(due, policy, clock.nowIso(), 0), escalations: [] };
  }

  /** 0 for the original deadline, +1 for each move. */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** Fires every step and repeat whose time has come, in time order. */
  fireDue(): void {
    const now = this.clock.nowMs();
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
    const times = [
      ...this.state.ladder.filter((s) => !s.fired && s.epoch === this.epoch).map((s) => s.at),
      ...this.state.escalations.filter((e) => isOpen(e) && e.acknowledgedAt === undefined && e.nextRepeatAt).map((e) => e.nextRepeatAt as string),
    ];
    return times.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  }

  /** Closes every open level: the work is done, its deadline moved, or (an enterprise's step) it was cancelled. */
  resolveOpen(resolution: 'completed' | 'deadline-moved' | 'cancelled'): void {
    for (const e of this.state.escalations.filter(isOpen)) {
      e.resolvedAt = this.clock.nowIso();
      e.resolution = resolution;
      delete e.nextRepeatAt;
      this.outbox.emit(EventType.EscalationResolved, { escalationId: e.id, taskId: this.owner.id, level: e.level, resolution });
    }
  }

  /** A new deadline: the old ladder's unfired steps go, its open levels are resolved, a new epoch starts. */
  moveDeadline(due: string): void {
    this.resolveOpen('deadline-moved');
    this.state.ladder = this.state.ladder.filter((s) => s.fired);
    this.epoch++;
    this.state.due = due;
    this.state.deadline = endOfDay(due).toISO() as string;
    this.state.ladder.push(...plan(due, this.policy, this.clock.nowIso(), this.epoch));
  }

  findEscalation(id: string): Escalation | undefined {
    return this.state.escalations.find((e) => e.id === id);
  }

  /** Acknowledges a level: its repeats stop. The caller has validated that it is open and unacknowledged. */
  acknowledge(e: Escalation, actor: Actor, note?: string): void {
    e.acknowledgedAt = this.clock.nowIso();
    e.acknowledgedBy = actor;
    delete e.nextRepeatAt;
    this.outbox.emit(EventType.EscalationAcknowledged, {
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
      this.outbox.emit(
        EventType.DeadlineReminder,
        {
          taskId: this.owner.id,
          unit: this.owner.unit,
          due: this.state.due,
          deadline: this.state.deadline,
          daysBefore: step.daysBefore ?? 0,
          notify: [this.owner.unit, ...this.owner.coUnits],
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
      ...(level !== 'yellow' && { nextRepeatAt: this.repeatAfter(step.at) }),
    });
    this.raise(level, step.at, 0);
  }

  private repeat(e: Escalation, at: string): void {
    e.repeats++;
    e.nextRepeatAt = this.repeatAfter(at);
    this.state.ladder.push({ kind: e.level, at, fired: true, epoch: this.epoch, repeat: e.repeats });
    this.raise(e.level, at, e.repeats);
  }

  /**
   * When an unacknowledged level repeats. A level that fired late (work loaded after its
   * deadlines) repeats from now: repeats are notices to people, and a burst of notices for weeks
   * long past would tell nobody anything.
   */
  private repeatAfter(at: string): string {
    return nextRepeat(Date.parse(at) >= this.clock.nowMs() - LATE_FIRE_MS ? at : this.clock.nowIso(), calendar, this.policy);
  }

  private raise(level: EscalationLevel, at: string, repeat: number): void {
    this.outbox.emit(
      EventType.EscalationRaised,
      {
        escalationId: escalationId(this.owner.id, this.epoch, level),
        taskId: this.owner.id,
        unit: this.owner.unit,
        coUnits: this.owner.coUnits,
        level,
        due: this.state.due,
        deadline: this.state.deadline,
        overdueWorkingDays: overdueWorkingDays(this.state.due, at, calendar),
        repeat,
        notify: level === 'leading-group' ? ['LGO', 'DUCHA', this.owner.unit] : [this.owner.unit, 'DUCHA'],
      },
      at,
    );
  }
}

function plan(due: string, policy: EscalationPolicy, from: string, epoch: number): LadderEntry[] {
  return planLadder(due, calendar, policy, from).map((step) => ({ ...step, fired: false, epoch }));
}

function isOpen(e: Escalation): boolean {
  return e.resolvedAt === undefined;
}
