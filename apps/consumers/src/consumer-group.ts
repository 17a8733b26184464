import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { kafkaConnectionOptions } from '@duban/config';
import { DubanEventConsumer, type BatchOptions, type PerMessageOptions } from '@duban/kafka';
import { startBackfill } from './backfill';
import { CONSUMERS_CONFIG, type ConsumersConfig } from './consumers.config';
import { consumersMetrics } from './consumers-metrics';

type Handler = Pick<PerMessageOptions, 'handle'> | Pick<BatchOptions, 'handleBatch' | 'maxBatchSize'>;

/**
 * One consumer group of the consumers app, as its feature declares it: what it reads and what it
 * does with each event (or batch). Everything else (joining, the start line the harness waits for,
 * background backfills, leaving) is {@link ConsumerGroupsRunner}'s, once for all groups.
 */
export type ConsumerGroupSpec = Handler & {
  /** Short name: the start line (`<name> consumer in group …`) and the Kafka client id. */
  name: string;
  groupId: string;
  topics: PerMessageOptions['topics'];
  logger: PerMessageOptions['logger'] & { warn(message: string): void };
  /** Kafka client id; default `duban-consumers-<name>`. */
  clientId?: string;
  /** Before the group joins: e.g. connect a publisher and publish what a previous run left. */
  beforeStart?: () => Promise<void>;
  /** Once the group runs: one-off work in the background, retried until it succeeds once. */
  backfill?: { what: string; run: () => Promise<unknown> };
  /** After the group has left: e.g. disconnect a publisher, close a client. */
  afterStop?: () => Promise<void>;
};

/** A feature's consumer group as a Nest provider: builds its spec from the config and its repositories. */
export interface ConsumerGroup {
  readonly spec: ConsumerGroupSpec;
}

/** A handler whose calls are counted by outcome (`duban_consumer_events_total`). */
const countedHandle =
  (groupId: string, handle: PerMessageOptions['handle']): PerMessageOptions['handle'] =>
  (event, position, heartbeat) =>
    consumersMetrics.counted(groupId, 1, () => handle(event, position, heartbeat));

/** A batch handler whose calls are counted by outcome, one per event of the slice. */
const countedBatch =
  (groupId: string, handleBatch: BatchOptions['handleBatch']): BatchOptions['handleBatch'] =>
  (events) =>
    consumersMetrics.counted(groupId, events.length, () => handleBatch(events));

/** Every consumer group of the app, in start order (see `consumers.module.ts`). */
export const CONSUMER_GROUPS = Symbol('CONSUMER_GROUPS');

/**
 * Runs every consumer group: joins them one after another at start (each after its
 * `beforeStart`), then starts their backfills; at shutdown stops the backfills, leaves every group
 * and runs each `afterStop`.
 */
@Injectable()
export class ConsumerGroupsRunner implements OnModuleInit, OnModuleDestroy {
  private readonly running: { spec: ConsumerGroupSpec; consumer: DubanEventConsumer; backfill?: { stop(): void } }[] = [];

  constructor(
    @Inject(CONSUMERS_CONFIG) private readonly config: ConsumersConfig,
    @Inject(CONSUMER_GROUPS) private readonly groups: readonly ConsumerGroup[],
  ) {}

  async onModuleInit(): Promise<void> {
    for (const { spec } of this.groups) {
      await spec.beforeStart?.();
      const common = { brokers: this.config.KAFKA_BROKERS, ...kafkaConnectionOptions(this.config), clientId: spec.clientId ?? `duban-consumers-${spec.name}`, groupId: spec.groupId, topics: spec.topics, logger: spec.logger };
      const consumer = new DubanEventConsumer('handle' in spec ? { ...common, handle: countedHandle(spec.groupId, spec.handle) } : { ...common, handleBatch: countedBatch(spec.groupId, spec.handleBatch), ...(spec.maxBatchSize !== undefined && { maxBatchSize: spec.maxBatchSize }) });
      const entry: (typeof this.running)[number] = { spec, consumer };
      this.running.push(entry);
      await consumer.start();
      spec.logger.log(`${spec.name} consumer in group ${spec.groupId} on ${spec.topics.join(', ')}`);
    }
    for (const entry of this.running) {
      if (entry.spec.backfill) entry.backfill = startBackfill(entry.spec.backfill.run, entry.spec.logger, entry.spec.backfill.what);
    }
  }

  async onModuleDestroy(): Promise<void> {
    for (const entry of this.running) entry.backfill?.stop();
    // Leave every group even if one fails to: a stuck group must not keep the others joined.
    const left = await Promise.allSettled(this.running.map(({ consumer }) => consumer.stop()));
    for (const { spec } of this.running) await spec.afterStop?.();
    const failed = left.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
