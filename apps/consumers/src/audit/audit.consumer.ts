import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ALL_TOPICS } from '@duban/contracts';
import { DubanEventConsumer } from '@duban/kafka';
import { AuditEventRepository } from '@duban/persistence';
import { startBackfill } from '../backfill';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/**
 * Appends every event on every Duban topic to the audit collection, each to the hash chain of its
 * topic-partition. kafkajs hands this handler one message at a time, in offset order per
 * partition, which is what keeps each chain's appends serialised. Idempotent: the event id is the
 * record's key, so a redelivered message (after a crash before the offset commit) is dropped, not
 * chained a second time.
 */
@Injectable()
export class AuditConsumer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuditConsumer.name);
  private readonly consumer: DubanEventConsumer;
  private readonly groupId: string;
  private backfill?: { stop(): void };

  constructor(
    @Inject(CONSUMERS_CONFIG) config: ConsumersConfig,
    private readonly audit: AuditEventRepository,
  ) {
    this.groupId = config.AUDIT_GROUP_ID;
    this.consumer = new DubanEventConsumer({
      brokers: config.KAFKA_BROKERS,
      clientId: 'duban-consumers',
      groupId: config.AUDIT_GROUP_ID,
      topics: ALL_TOPICS,
      logger: this.logger,
      handle: async (event, position) => {
        const outcome = await audit.record(event, position, new Date());
        if (outcome === 'duplicate') this.logger.debug(`dropped duplicate event ${event.id}`);
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await this.consumer.start();
    this.logger.log(`audit consumer in group ${this.groupId} on ${ALL_TOPICS.join(', ')}`);
    // Records stored before the trail kept positions are not listed without a subject until they have one.
    this.backfill = startBackfill(() => this.audit.backfillTrailPositions(), this.logger, 'audit trail positions');
  }

  async onModuleDestroy(): Promise<void> {
    this.backfill?.stop();
    await this.consumer.stop();
  }
}
