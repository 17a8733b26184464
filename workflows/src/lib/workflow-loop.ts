import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo, type defineSignal, type defineUpdate } from '@temporalio/workflow';
import type { DubanEvent } from '@duban/contracts';
import { isRejection, type Decided, type Decision } from './decision';
import type { EventOutbox } from './event-outbox';
import { failureOf } from './failures';
import type { PlanClock } from './plan-clock';

/** An update's definition, as `defineUpdate` makes it (the type lives in @temporalio/common, which workflow code does not import). */
type UpdateDefinition<R, C> = ReturnType<typeof defineUpdate<R, [C]>>;
type SignalDefinition<C> = ReturnType<typeof defineSignal<[C]>>;

/** A long-lived workflow starts a fresh history well before Temporal's limits (51,200 events). */
export const DEFAULT_HISTORY_LIMIT = 5_000;

/** What the loop asks of a decider besides its commands. */
export interface LoopDecider<S> {
  /** Time has passed: what is due now (ladder steps, repeats, a classification that waited). */
  wake(state: S, now: string): Decision<S>;
  /** Nothing more will happen: the workflow completes. */
  finished(state: S): boolean;
  /** When to wake next (ISO-8601, plan time), if ever. */
  nextWake(state: S): string | undefined;
}

export interface LoopOptions<S> {
  /** Continue-as-new once the history has this many events. */
  historyLimit?: number;
  /** The next run's input, from the state in force and the subject's last sequence number. */
  carry(state: S, sequence: number): unknown;
  /** Called after each event is published, in order (e.g. to tell a parent the new status). */
  afterPublish?: (event: DubanEvent, state: S) => Promise<void>;
}

/**
 * The Temporal shell around a pure decider, shared by the task and enterprise workflows: it holds
 * the state, turns decisions into events in the outbox, registers updates whose validators are the
 * decider itself, and runs the one loop that wakes the decider, publishes, and continues as new.
 *
 * Replay depends on when the loop wakes: each pass may start a timer, so a pass that did not
 * happen before would break every running workflow. The loop wakes when a decision changed
 * something (every accepted update does; a signal that changes nothing does not), when events wait
 * in the outbox, or when the next ladder instant comes — exactly as the hand-written loops did.
 */
export class WorkflowLoop<S> {
  private current: S;
  /** Bumped by every decision that changed something, so the loop re-plans its next wake-up. */
  private changes = 0;

  constructor(
    initial: S,
    readonly outbox: EventOutbox,
    private readonly clock: PlanClock,
  ) {
    this.current = initial;
  }

  get state(): S {
    return this.current;
  }

  /** Plan time now, as the deciders take it. */
  now(): string {
    return this.clock.nowIso();
  }

  /**
   * Puts a decision in force: its events enter the outbox in the order decided (each given its id,
   * time and sequence number there) and its state becomes the current one. A decision that returns
   * the same state object and no events changed nothing and does not wake the loop.
   */
  apply(decision: Decision<S>): S {
    if (decision.state === this.current && decision.events.length === 0) return this.current;
    for (const e of decision.events) this.outbox.emit(e.type, e.data, e.at);
    this.current = decision.state;
    this.changes++;
    return this.current;
  }

  /**
   * Registers `update`: its validator decides the command and throws the rejection (so an
   * out-of-turn action is refused before anything is recorded); its handler decides it again on
   * the same state and applies it. Both run in the same activation, at the same plan time.
   */
  update<C, R>(update: UpdateDefinition<R, C>, decide: (state: S, command: C, now: string) => Decided<S>, answer: (state: S) => R): void {
    setHandler(
      update,
      (command) => {
        const decided = decide(this.current, command, this.now());
        if (isRejection(decided)) throw failureOf(decided);
        return answer(this.apply(decided));
      },
      {
        validator: (command) => {
          const decided = decide(this.current, command, this.now());
          if (isRejection(decided)) throw failureOf(decided);
        },
      },
    );
  }

  /**
   * Registers `signal`: each one is decided at once and applied. A signal cannot be refused (its
   * sender does not wait for an answer), so `decide` answers every command, with an unchanged
   * state for one that changes nothing.
   */
  signal<C>(signal: SignalDefinition<C>, decide: (state: S, command: C, now: string) => Decision<S>): void {
    setHandler(signal, (command) => {
      this.apply(decide(this.current, command, this.now()));
    });
  }

  /**
   * Runs until the decider says the workflow is finished: wakes the decider, publishes what was
   * decided and, between steps (every event out, no update half-handled), continues as new once
   * the history grows long. Returns the final state once every handler has finished and every
   * event is out.
   */
  async run(decider: LoopDecider<S>, options: LoopOptions<S>): Promise<S> {
    const historyLimit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT;
    const { afterPublish } = options;
    const publish = () => this.outbox.flush(afterPublish && ((event) => afterPublish(event, this.current)));
    for (;;) {
      this.apply(decider.wake(this.current, this.now()));
      await publish();
      if (decider.finished(this.current)) break;
      if (shouldContinueAsNew(historyLimit) && allHandlersFinished()) {
        await continueAsNew(options.carry(this.current, this.outbox.lastSequence));
      }
      const wake = decider.nextWake(this.current);
      const seen = this.changes;
      const woken = () => this.changes !== seen || this.outbox.pending > 0 || decider.finished(this.current);
      if (wake === undefined) await condition(woken);
      else await condition(woken, Math.max(1, this.clock.msUntil(wake)));
    }
    await condition(allHandlersFinished);
    await publish();
    return this.current;
  }
}

function shouldContinueAsNew(historyLimit: number): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength > historyLimit;
}
