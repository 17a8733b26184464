import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventType, Topic, type DubanEvent } from '@duban/contracts';
import { kafkaConnectionOptions } from '@duban/config';
import { EventPublisher, createKafka } from '@duban/kafka';
import { LiveEventRepository } from '@duban/persistence';
import { ScoringService } from '@duban/scoring';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/** The topics whose events scoring reads (not its own `duban.scores.v1`). */
export const SCORED_TOPICS = [Topic.Plans, Topic.Tasks, Topic.Enterprises] as const;

/**
 * The units' live scores (`scores`; the assessment they serve is led by 督查室 with LGO and PERF, 六(三)), in their own consumer group, a batch of
 * messages at a time (a fixed number of database round trips per batch, not per event): every
 * event scoring reads is stored once by id, its subject is scored again with the domain's pure
 * function, and each unit-year whose score changed gets a `duban.score.updated.v1` on
 * `duban.scores.v1`. Redelivery and a replay from the first offset change nothing and publish
 * nothing new; an event written but not yet published when the process died is published at start.
 */
@Injectable()
export class ScoresConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, scoring: ScoringService, live: LiveEventRepository) {
    const logger = new Logger(ScoresConsumer.name);
    const publisher = new EventPublisher(createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'duban-consumers-scores-publisher', ...kafkaConnectionOptions(config) }));
    // Published, then told on the live feed (the 考核 page refetches): a crash in between republishes
    // the same event at start, and the feed keeps one entry per event id.
    const publish = async (event: DubanEvent): Promise<void> => {
      await publisher.publish(event);
      await appendLive(live, event);
    };
    this.spec = {
      name: 'scores',
      groupId: config.SCORES_GROUP_ID,
      topics: SCORED_TOPICS,
      logger,
      handleBatch: (events) =>
        scoring.applyBatch(
          events.map((e) => e.event),
          publish,
        ),
      beforeStart: async () => {
        await publisher.connect();
        const backfilled = await scoring.backfillEntryKeys();
        if (backfilled > 0) logger.log(`set the unit-year key of ${backfilled} score entr(ies) written by an older version`);
        const republished = await scoring.publishPending(publish);
        if (republished > 0) logger.log(`published ${republished} score event(s) left unpublished by a previous run`);
      },
      afterStop: () => publisher.disconnect(),
    };
  }
}

/** A unit-year's new score as a `score` message: visible to the unit, and to every supervisor, performance officer and admin. */
async function appendLive(live: LiveEventRepository, event: DubanEvent): Promise<void> {
  if (event.type !== EventType.ScoreUpdated) return;
  const { unit } = event.data as { unit: string };
  await live.append({ _id: `${event.id}:score`, kind: 'score', type: event.type, subject: event.subject, unit, units: [unit], overseers: true });
}
