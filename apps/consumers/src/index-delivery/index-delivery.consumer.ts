import { Inject, Injectable, Logger } from '@nestjs/common';
import { temporalConnectionOptions } from '@duban/config';
import { EventType, Topic, enterpriseWorkflowId, type DubanEvent } from '@duban/contracts';
import { IndexDeliveryRepository } from '@duban/persistence';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';
import { IndexDeliveryService } from './index-delivery.service';
import { TemporalIndexSignaller } from './index-signaller';

const TOPICS = [Topic.Plans, Topic.Enterprises] as const;

/**
 * Hands each plan's evaluation index to the enterprise workflows registered before it (see
 * {@link IndexDeliveryService}), in its own consumer group on the plan and enterprise topics.
 * Not a projection: what it stores is only where the two events meet, and what it does is signal
 * workflows, which Temporal tolerates twice. A failing signal (Temporal down or slow) fails the
 * event, which is retried in place with back-off while the group reports `failing`.
 */
@Injectable()
export class IndexDeliveryConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, store: IndexDeliveryRepository) {
    const logger = new Logger(IndexDeliveryConsumer.name);
    const signaller = new TemporalIndexSignaller({ ...temporalConnectionOptions(config), namespace: config.TEMPORAL_NAMESPACE, timeoutMs: config.INDEX_DELIVERY_SIGNAL_TIMEOUT_MS });
    const service = new IndexDeliveryService(store, signaller, config.INDEX_DELIVERY_CONCURRENCY, logger);
    this.spec = {
      name: 'index-delivery',
      groupId: config.INDEX_DELIVERY_GROUP_ID,
      topics: TOPICS,
      logger,
      handle: (event, _position, heartbeat) => deliverIndexOn(event, service, heartbeat),
      afterStop: () => signaller.close(),
    };
  }
}

/** The consumer's handler without Kafka: the two event types it acts on; every other type is ignored. */
export async function deliverIndexOn(event: DubanEvent, service: IndexDeliveryService, heartbeat?: () => Promise<void>): Promise<void> {
  if (event.type === EventType.EvaluationIndexSet) {
    const { planId, index } = (event as DubanEvent<typeof EventType.EvaluationIndexSet>).data;
    await service.indexSet(planId, index, event.id, heartbeat);
  } else if (event.type === EventType.EnterpriseAwaitingIndex) {
    const { enterpriseId, planId } = (event as DubanEvent<typeof EventType.EnterpriseAwaitingIndex>).data;
    await service.awaitingIndex({ workflowId: enterpriseWorkflowId(enterpriseId), enterpriseId, planId });
  }
}
