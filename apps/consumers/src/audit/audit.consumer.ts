import { Inject, Injectable, Logger } from '@nestjs/common';
import { ALL_TOPICS } from '@duban/contracts';
import { AuditEventRepository } from '@duban/persistence';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/**
 * Appends every event on every Duban topic to the audit collection, each to the hash chain of its
 * topic-partition. kafkajs hands this handler one message at a time, in offset order per
 * partition, which is what keeps each chain's appends serialised. Idempotent: the event id is the
 * record's key, so a redelivered message (after a crash before the offset commit) is dropped, not
 * chained a second time.
 */
@Injectable()
export class AuditConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, audit: AuditEventRepository) {
    const logger = new Logger(AuditConsumer.name);
    this.spec = {
      name: 'audit',
      clientId: 'duban-consumers',
      groupId: config.AUDIT_GROUP_ID,
      topics: ALL_TOPICS,
      logger,
      handle: async (event, position) => {
        const outcome = await audit.record(event, position, new Date());
        if (outcome === 'duplicate') logger.debug(`dropped duplicate event ${event.id}`);
      },
      // Records stored before the trail kept positions are not listed without a subject until they have one.
      backfill: { what: 'audit trail positions', run: () => audit.backfillTrailPositions() },
    };
  }
}
