import type { Consumer } from 'kafkajs';
import type { DubanEvent, Topic } from '@duban/contracts';
import { createKafka, ensureTopics } from './kafka-client';
import { parseEvent } from './parse-event';

export interface EventPosition {
  topic: string;
  partition: number;
  offset: string;
}

export interface EventConsumerOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  topics: readonly Topic[];
  /** Must be idempotent: a message is redelivered when the process dies before its offset is committed. */
  handle: (event: DubanEvent, position: EventPosition) => Promise<void>;
  logger: { log(message: string): void; error(message: string): void };
}

/**
 * One consumer group on Duban topics: validated events in, one idempotent handler call each.
 * The offset is committed only after the handler succeeds (a failing handler is retried by
 * kafkajs). A malformed message is reported and skipped: retrying cannot make it valid, and
 * blocking its partition would stall every later event.
 */
export class DubanEventConsumer {
  private consumer?: Consumer;

  constructor(private readonly options: EventConsumerOptions) {}

  async start(): Promise<void> {
    const { brokers, clientId, groupId, topics, handle, logger } = this.options;
    const kafka = createKafka({ brokers, clientId });
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin);
    await admin.disconnect();

    this.consumer = kafka.consumer({ groupId });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...topics], fromBeginning: true });
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
