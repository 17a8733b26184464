import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Consumer, EachMessagePayload } from 'kafkajs';
import { ALL_TOPICS, dubanEventSchema, type DubanEvent } from '@duban/contracts';
import { createKafka, ensureTopics } from '@duban/kafka';
import { AuditEventRepository } from '@duban/persistence';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/**
 * Appends every event on every Duban topic to the audit collection. Idempotent: the event id is
 * the record's key, so a redelivered message (after a crash before the offset commit) is dropped.
 */
@Injectable()
export class AuditConsumer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuditConsumer.name);
  private consumer?: Consumer;

  constructor(
    @Inject(CONSUMERS_CONFIG) private readonly config: ConsumersConfig,
    private readonly audit: AuditEventRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    const kafka = createKafka({ brokers: this.config.KAFKA_BROKERS, clientId: 'duban-consumers' });
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin);
    await admin.disconnect();

    this.consumer = kafka.consumer({ groupId: this.config.AUDIT_GROUP_ID });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...ALL_TOPICS], fromBeginning: true });
    await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
    this.logger.log(`audit consumer in group ${this.config.AUDIT_GROUP_ID} on ${ALL_TOPICS.join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private async handle({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const event = parseEvent(message.value);
    if (!event.ok) {
      // A malformed message cannot become valid by retrying; blocking the partition on it would
      // stop the audit of every later event, so it is reported and skipped.
      this.logger.error(`skipped malformed message ${topic}/${partition}@${message.offset}: ${event.problem}`);
      return;
    }
    const outcome = await this.audit.record(event.value, { topic, partition, offset: message.offset }, new Date());
    if (outcome === 'duplicate') this.logger.debug(`dropped duplicate event ${event.value.id}`);
  }
}

type Parsed = { ok: true; value: DubanEvent } | { ok: false; problem: string };

function parseEvent(value: Buffer | null): Parsed {
  if (value === null) return { ok: false, problem: 'empty message' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const result = dubanEventSchema.safeParse(json);
  if (!result.success) return { ok: false, problem: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, value: result.data as DubanEvent };
}
