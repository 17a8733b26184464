import type { Consumer } from 'kafkajs';
import type { DubanEvent, Topic } from '@duban/contracts';
import { consumerHealth, type ConsumerHealth } from './consumer-health';
import { ConsumerStoppingError, DEFAULT_BACKOFF, abortable, abortableDelay, backoffDelay, type BackoffPolicy } from './handler-backoff';
import { createKafka, ensureTopics, type KafkaSettings } from './kafka-client';
import { SpanKind, contextOfCarrier, inSpan, linkOfCarrier } from '@duban/observability';
import { parseEvent } from './parse-event';
import { logicalTopic, physicalTopic } from './topic-namespace';

export interface EventPosition {
  topic: string;
  partition: number;
  offset: string;
}

/** One validated event of a batch and where it was read. */
export interface PositionedEvent {
  event: DubanEvent;
  position: EventPosition;
}

interface CommonConsumerOptions extends Pick<KafkaSettings, 'ssl' | 'sasl'> {
  brokers: string[];
  clientId: string;
  groupId: string;
  topics: readonly Topic[];
  logger: { log(message: string): void; error(message: string): void };
  /** Back-off of a failing handler; default: the process default ({@link configureConsumerBackoff}). */
  backoff?: BackoffPolicy;
  /** Where the group reports its readiness; default: the process's {@link consumerHealth}. */
  health?: ConsumerHealth;
}

/** One handler call per message. */
export interface PerMessageOptions extends CommonConsumerOptions {
  /**
   * Must be idempotent: a message is redelivered when the process dies before its offset is committed.
   * A handler that may run longer than the group's session timeout (30 s) calls `heartbeat` as it
   * goes, or the broker takes its partitions away and the message is redelivered.
   */
  handle: (event: DubanEvent, position: EventPosition, heartbeat: () => Promise<void>) => Promise<void>;
  handleBatch?: never;
}

/** One handler call per slice of a fetched batch (one topic-partition, in offset order). */
export interface BatchOptions extends CommonConsumerOptions {
  /**
   * Must be idempotent: the whole slice is redelivered when the handler fails or the process
   * dies before its offsets are committed. Never called with an empty list.
   */
  handleBatch: (events: PositionedEvent[]) => Promise<void>;
  /** Most events per `handleBatch` call (default 500); a larger fetched batch is handled in slices. */
  maxBatchSize?: number;
  handle?: never;
}

export type EventConsumerOptions = PerMessageOptions | BatchOptions;

const DEFAULT_MAX_BATCH_SIZE = 500;

let processBackoff: BackoffPolicy = DEFAULT_BACKOFF;

/** Sets the back-off of every consumer created afterwards without its own (read once, at boot). */
export function configureConsumerBackoff(policy: BackoffPolicy): void {
  if (!(policy.baseMs > 0 && policy.maxMs >= policy.baseMs)) throw new RangeError(`invalid back-off ${JSON.stringify(policy)}`);
  processBackoff = policy;
}

/**
 * One consumer group on Duban topics: validated events in, idempotent handler calls out, either
 * one per message (`handle`) or one per slice of a fetched batch (`handleBatch`). An offset is
 * committed only after the handler succeeds. A failing handler (the store down or slow) is retried
 * here, in place, with bounded exponential back-off and a heartbeat per retry, so the partition
 * neither skips the event nor spins; the group reports `failing` (logged once per change of state,
 * with the reason) until a call succeeds again. `stop()` releases a handler that is retrying or
 * waiting on the store at once, so a shutdown never waits for a dependency. A malformed message
 * is reported and skipped: retrying cannot make it valid, and blocking its partition would stall
 * every later event.
 */
export class DubanEventConsumer {
  private consumer?: Consumer;
  private readonly stopping = new AbortController();
  private readonly backoff: BackoffPolicy;
  private readonly health: ConsumerHealth;
  private failures = 0;

  constructor(private readonly options: EventConsumerOptions) {
    this.backoff = options.backoff ?? processBackoff;
    this.health = options.health ?? consumerHealth;
    this.health.set(options.groupId, { state: 'starting', since: new Date().toISOString() });
  }

  /**
   * Runs one handler call until it succeeds, backing off between failures; rejects only when the
   * consumer is stopping (the batch is then redelivered to whoever takes the partition over).
   */
  private async untilHandled(call: () => Promise<void>, heartbeat: () => Promise<void>): Promise<void> {
    const { groupId, logger } = this.options;
    const signal = this.stopping.signal;
    for (;;) {
      try {
        await abortable(call(), signal);
        if (this.failures > 0) {
          logger.log(`consumer group ${groupId} recovered after ${this.failures} failed attempt(s); ready`);
          this.failures = 0;
        }
        this.markReady();
        return;
      } catch (e) {
        if (signal.aborted) throw e;
        this.failures += 1;
        const retryInMs = backoffDelay(this.backoff, this.failures);
        const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        const previous = this.health.get(groupId);
        if (previous?.state !== 'failing') logger.error(`consumer group ${groupId} failing (not ready): ${reason}; retrying with back-off up to ${this.backoff.maxMs} ms`);
        this.health.set(groupId, { state: 'failing', since: previous?.state === 'failing' ? previous.since : new Date().toISOString(), reason, failures: this.failures, retryInMs });
        await abortableDelay(retryInMs, signal);
        await heartbeat();
      }
    }
  }

  /**
   * Runs one handler call (with its retries) in a CONSUMER span `process <topic>`. One event: the
   * span is the child of the producer's context (the event's `traceparent`) and links to it, so
   * the trace runs from the request that caused the event to what its consumers stored. A batch
   * slice: a new trace, linked to each event's producer (the messaging conventions' batch shape).
   */
  private inProcessSpan(physicalTopicName: string, partition: number, events: PositionedEvent[], call: () => Promise<void>): Promise<void> {
    const [first] = events;
    const single = events.length === 1 ? first : undefined;
    const attributes: Record<string, string | number> = {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': physicalTopicName,
      'messaging.consumer.group.name': this.options.groupId,
      'messaging.destination.partition.id': String(partition),
      'messaging.batch.message_count': events.length,
      ...(first && { 'messaging.kafka.offset': Number(first.position.offset) }),
      ...(single && { 'messaging.message.id': single.event.id, 'cloudevents.event_id': single.event.id, 'cloudevents.event_type': single.event.type, 'cloudevents.event_subject': single.event.subject }),
    };
    return inSpan(
      `process ${physicalTopicName}`,
      { kind: SpanKind.CONSUMER, attributes, parent: contextOfCarrier(single?.event ?? {}), links: events.flatMap((e) => linkOfCarrier(e.event)) },
      call,
    );
  }

  private markReady(): void {
    if (this.health.get(this.options.groupId)?.state !== 'ready') this.health.set(this.options.groupId, { state: 'ready', since: new Date().toISOString() });
  }

  async start(): Promise<void> {
    const { brokers, clientId, ssl, sasl, groupId, topics, logger } = this.options;
    const kafka = createKafka({ brokers, clientId, ssl, sasl });
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin);
    await admin.disconnect();

    this.consumer = kafka.consumer({ groupId });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: topics.map(physicalTopic), fromBeginning: true });
    const options = this.options;
    if (options.handleBatch) {
      const { handleBatch } = options;
      const maxBatchSize = Math.max(1, options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE);
      await this.consumer.run({
        eachBatchAutoResolve: true,
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          const { partition } = batch;
          const topic = logicalTopic(batch.topic);
          for (let start = 0; start < batch.messages.length; start += maxBatchSize) {
            const slice = batch.messages.slice(start, start + maxBatchSize);
            const events: PositionedEvent[] = [];
            for (const message of slice) {
              const event = parseEvent(message.value);
              if (!event.ok) {
                logger.error(`skipped malformed message ${topic}/${partition}@${message.offset}: ${event.problem}`);
                continue;
              }
              events.push({ event: event.value, position: { topic, partition, offset: message.offset } });
            }
            if (events.length > 0) await this.inProcessSpan(batch.topic, partition, events, () => this.untilHandled(() => handleBatch(events), heartbeat));
            // The slice is done: a later failure resumes after it (kafkajs resolves the last offset of the batch itself).
            const last = slice[slice.length - 1];
            if (last) resolveOffset(last.offset);
            await heartbeat();
          }
        },
      });
      this.markReady();
      return;
    }
    const { handle } = options;
    await this.consumer.run({
      eachMessage: async ({ topic: physical, partition, message, heartbeat }) => {
        const topic = logicalTopic(physical);
        const event = parseEvent(message.value);
        if (!event.ok) {
          logger.error(`skipped malformed message ${topic}/${partition}@${message.offset}: ${event.problem}`);
          return;
        }
        const position = { topic, partition, offset: message.offset };
        await this.inProcessSpan(physical, partition, [{ event: event.value, position }], () => this.untilHandled(() => handle(event.value, position, heartbeat), heartbeat));
      },
    });
    this.markReady();
  }

  /** Leaves the group; a handler call in progress is abandoned (its event is redelivered), not awaited. */
  async stop(): Promise<void> {
    this.stopping.abort(new ConsumerStoppingError(this.options.groupId));
    await this.consumer?.disconnect();
    this.health.set(this.options.groupId, { state: 'stopped', since: new Date().toISOString() });
  }
}
