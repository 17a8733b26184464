import { condition, proxyActivities, uuid4 } from '@temporalio/workflow';
import { eventSource, formatSequence, type DubanActivities, type DubanEvent, type EventData, type EventType } from '@duban/contracts';
import { PlanClock } from './plan-clock';

const { publishEvent } = proxyActivities<DubanActivities>({
  startToCloseTimeout: '30 seconds',
  // Publishing must eventually succeed: Kafka being down delays events, it never drops them.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * The events one workflow decides, published one at a time in the order they were decided.
 *
 * The id, time and sequence number are fixed when the event is decided (`uuid4()` is
 * replay-safe), so a retried publish repeats the same id and consumers can drop duplicates.
 * A single publishing loop keeps the subject's events in order even when several updates
 * decide events concurrently.
 */
export class EventOutbox {
  private readonly queue: DubanEvent[] = [];
  private closed = false;

  constructor(
    private readonly workflowType: string,
    private readonly subject: string,
    /** The last sequence number already used for this subject (carried over continue-as-new). */
    private sequence = 0,
    private readonly clock = new PlanClock(),
  ) {}

  /** Decides an event; `at` (ISO-8601) is its occurrence time when that is not now, e.g. a deadline that passed. */
  emit<T extends EventType>(type: T, data: EventData<T>, at?: string): DubanEvent<T> {
    const event: DubanEvent<T> = {
      specversion: '1.0',
      id: uuid4(),
      source: eventSource(this.workflowType),
      type,
      subject: this.subject,
      time: at === undefined ? this.clock.nowIso() : new Date(at).toISOString(),
      datacontenttype: 'application/json',
      // The counter stays a number in workflow state (carried over continue-as-new); the wire
      // gets the zero-padded string. Only the activity's input changes, which replay does not compare.
      sequence: formatSequence(++this.sequence),
      data,
    };
    this.queue.push(event as DubanEvent);
    return event;
  }

  get lastSequence(): number {
    return this.sequence;
  }

  /** Publishes every decided event, in order; returns when none is left. */
  async flush(afterPublish?: (event: DubanEvent) => Promise<void>): Promise<void> {
    for (let next = this.queue[0]; next !== undefined; next = this.queue[0]) {
      await publishEvent(next);
      this.queue.shift();
      if (afterPublish) await afterPublish(next);
    }
  }

  /** Publishes until {@link close} is called and every decided event has been published. */
  async run(afterPublish?: (event: DubanEvent) => Promise<void>): Promise<void> {
    for (;;) {
      await condition(() => this.queue.length > 0 || this.closed);
      const next = this.queue[0];
      if (next === undefined) return;
      await publishEvent(next);
      this.queue.shift();
      if (afterPublish) await afterPublish(next);
    }
  }

  /** How many decided events wait to be published. */
  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }
}
