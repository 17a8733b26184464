import { Inject, Injectable, Logger } from '@nestjs/common';
import { Topic } from '@duban/contracts';
import { EnterpriseProjectionRepository } from '@duban/persistence';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/**
 * Keeps the enterprise list (`enterprises`) from the enterprise topic (the enterprise events and
 * the ladder's events of enterprise steps), in its own consumer group. The projection is guarded
 * by each enterprise's event sequence, so redelivery and a replay from the first offset change nothing.
 */
@Injectable()
export class EnterprisesConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, projection: EnterpriseProjectionRepository) {
    const logger = new Logger(EnterprisesConsumer.name);
    this.spec = {
      name: 'enterprises',
      clientId: 'duban-consumers-enterprises',
      groupId: config.ENTERPRISES_GROUP_ID,
      topics: [Topic.Enterprises],
      logger,
      handle: async (event) => {
        if ((await projection.apply(event)) === 'stale') logger.debug(`event ${event.id} (${event.subject}#${event.sequence}) already applied`);
      },
      // Rows written before the list kept positions are not listed until they have one.
      backfill: { what: 'enterprise list positions', run: () => projection.backfillListPositions() },
    };
  }
}
