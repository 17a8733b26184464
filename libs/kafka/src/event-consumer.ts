import type { Consumer } from 'kafkajs';
import type { DubanEvent, Topic } from '@duban/contracts';
import { createKafka, ensureTopics } from './kafka-client';
import { parseEvent } from './parse-event';

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

interface CommonConsumerOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  topics: readonly Topic[];
  logger: { log(message: string): void; error(message: string): void };
}

/** One handler call per message. */
export interface PerMessageOptions extends CommonConsumerOptions {
  /** Must be idempotent: a message is redelivered when the process dies before its offset is committed. */
  handle: (event: DubanEvent, position: EventPosition) => Promise<void>;
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

/**
 * One consumer group on Duban topics: validated events in, idempotent handler calls out, either
 * one per message (`handle`) or one per slice of a fetched batch (`handleBatch`). An offset is
 * committed only after the handler succeeds (a failing handler is retried by kafkajs, from the
 * first message not yet handled). A malformed message is reported and skipped: retrying cannot
 * make it valid, and blocking its partition would stall every later event.
 */
export class DubanEventConsumer {
  private consumer?: Consumer;

  constructor(private readonly options: EventConsumerOptions) {}

  async start(): Promise<void> {
    const { brokers, clientId, groupId, topics, logger } = this.options;
    const kafka = createKafka({ brokers, clientId });
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin);
    await admin.disconnect();

    this.consumer = kafka.consumer({ groupId });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...topics], fromBeginning: true });
    const options = this.options;
    if (options.handleBatch) {
      const { handleBatch } = options;
      const maxBatchSize = Math.max(1, options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE);
      await this.consumer.run({
        eachBatchAutoResolve: true,
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          const { topic, partition } = batch;
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
            if (events.length > 0) await handleBatch(events);
            // The slice is done: a later failure resumes after it (kafkajs resolves the last offset of the batch itself).
            const last = slice[slice.length - 1];
            if (last) resolveOffset(last.offset);
            await heartbeat();
          }
        },
      });
      return;
    }
    const { handle } = options;
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const event = parseEvent(message.value);
        if (!event.ok) {
          logger.error(`skipped malformed message ${topic}/${partition}@${message.offset}: ${event.problem}`);
          return;
        }
        await handle(event.value, { topic, partition, offset: message.offset });
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
