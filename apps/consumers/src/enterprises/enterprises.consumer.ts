import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Topic } from '@duban/contracts';
import { DubanEventConsumer } from '@duban/kafka';
import { EnterpriseProjectionRepository } from '@duban/persistence';
import { startBackfill } from '../backfill';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/**
 * Keeps the enterprise list (`enterprises`) from the enterprise topic (the enterprise events and
 * the ladder's events of enterprise steps), in its own consumer group. The projection is guarded
 * by each enterprise's event sequence, so redelivery and a replay from the first offset change nothing.
 */
@Injectable()
export class EnterprisesConsumer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EnterprisesConsumer.name);
  private readonly consumer: DubanEventConsumer;
  private readonly groupId: string;
  private backfill?: { stop(): void };

  constructor(
    @Inject(CONSUMERS_CONFIG) config: ConsumersConfig,
    private readonly projection: EnterpriseProjectionRepository,
  ) {
    this.groupId = config.ENTERPRISES_GROUP_ID;
    this.consumer = new DubanEventConsumer({
      brokers: config.KAFKA_BROKERS,
      clientId: 'duban-consumers-enterprises',
      groupId: config.ENTERPRISES_GROUP_ID,
      topics: [Topic.Enterprises],
      logger: this.logger,
      handle: async (event) => {
        if ((await projection.apply(event)) === 'stale') this.logger.debug(`event ${event.id} (${event.subject}#${event.sequence}) already applied`);
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await this.consumer.start();
    this.logger.log(`enterprises consumer in group ${this.groupId} on ${Topic.Enterprises}`);
    // Rows written before the list kept positions are not listed until they have one.
    this.backfill = startBackfill(() => this.projection.backfillListPositions(), this.logger, 'enterprise list positions');
  }

  async onModuleDestroy(): Promise<void> {
    this.backfill?.stop();
    await this.consumer.stop();
  }
}
