import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Topic } from '@duban/contracts';
import { DubanEventConsumer, EventPublisher, createKafka } from '@duban/kafka';
import { ScoreStore } from '@duban/persistence';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/** The topics whose events scoring reads (not its own `duban.scores.v1`). */
export const SCORED_TOPICS = [Topic.Plans, Topic.Tasks, Topic.Enterprises] as const;

/**
 * The Performance Office's live scores (`scores`), in their own consumer group, a batch of
 * messages at a time (a fixed number of database round trips per batch, not per event): every
 * event scoring reads is stored once by id, its subject is scored again with the domain's pure
 * function, and each unit-year whose score changed gets a `duban.score.updated.v1` on
 * `duban.scores.v1`. Redelivery and a replay from the first offset change nothing and publish
 * nothing new; an event written but not yet published when the process died is published at start.
 */
@Injectable()
export class ScoresConsumer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ScoresConsumer.name);
  private readonly consumer: DubanEventConsumer;
  private readonly publisher: EventPublisher;
  private readonly groupId: string;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, private readonly store: ScoreStore) {
    this.groupId = config.SCORES_GROUP_ID;
    this.publisher = new EventPublisher(createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'duban-consumers-scores-publisher' }));
    this.consumer = new DubanEventConsumer({
      brokers: config.KAFKA_BROKERS,
      clientId: 'duban-consumers-scores',
      groupId: config.SCORES_GROUP_ID,
      topics: SCORED_TOPICS,
      logger: this.logger,
      handleBatch: (events) =>
        this.store.applyBatch(
          events.map((e) => e.event),
          (e) => this.publisher.publish(e),
        ),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.publisher.connect();
    const backfilled = await this.store.backfillEntryKeys();
    if (backfilled > 0) this.logger.log(`set the unit-year key of ${backfilled} score entr(ies) written by an older version`);
    const republished = await this.store.publishPending((e) => this.publisher.publish(e));
    if (republished > 0) this.logger.log(`published ${republished} score event(s) left unpublished by a previous run`);
    await this.consumer.start();
    this.logger.log(`scores consumer in group ${this.groupId} on ${SCORED_TOPICS.join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
    await this.publisher.disconnect();
  }
}
