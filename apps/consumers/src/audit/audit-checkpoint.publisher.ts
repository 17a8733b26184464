import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { AUDIT_CHECKPOINT_TOPIC } from '@duban/contracts';
import { physicalTopic } from '@duban/kafka';
import { appendCheckpoints, type AuditCheckpoint, type AuditCheckpointSink } from '@duban/persistence';

/**
 * Publishes the audit writer's signed checkpoints outside the store (ours; issue 12): appended to
 * the checkpoint file (`AUDIT_CHECKPOINT_FILE`, which `/audit/verify` reads) and sent to the
 * `duban.audit.checkpoints` topic, where they outlive both the store and the file for whoever
 * subscribes. Both are written before a checkpoint counts as published; a failure of either is
 * retried with the next flush (the repository keeps the chain pending).
 */
export class AuditCheckpointPublisher implements AuditCheckpointSink, OnApplicationShutdown {
  private readonly logger = new Logger(AuditCheckpointPublisher.name);
  private readonly producer: Producer;
  private topicReady: Promise<void> | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly file: string | undefined,
    readonly everyRecords: number,
    readonly intervalMs: number,
  ) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  }

  async publish(checkpoints: AuditCheckpoint[]): Promise<void> {
    if (this.file !== undefined) await appendCheckpoints(this.file, checkpoints);
    this.topicReady ??= this.prepare().catch((e: unknown) => {
      this.topicReady = undefined;
      throw e;
    });
    await this.topicReady;
    await this.producer.send({
      topic: physicalTopic(AUDIT_CHECKPOINT_TOPIC),
      acks: -1,
      messages: checkpoints.map((c) => ({ key: c.chain, value: JSON.stringify(c), headers: { 'content-type': 'application/json' } })),
    });
  }

  /**
   * After every `beforeApplicationShutdown` (where the audit repository publishes its last
   * checkpoints), so nothing is sent on a closed producer.
   */
  async onApplicationShutdown(): Promise<void> {
    if (this.topicReady !== undefined) await this.producer.disconnect();
  }

  /** Connects, and creates the topic when missing (one partition keeps every chain's checkpoints in one order). */
  private async prepare(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const topic = physicalTopic(AUDIT_CHECKPOINT_TOPIC);
      if (!(await admin.listTopics()).includes(topic)) {
        await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: -1 }], waitForLeaders: true }).catch(async (e: unknown) => {
          // Another process may have created it between our list and create: that is success.
          if (!(await admin.listTopics()).includes(topic)) throw e;
        });
        this.logger.log(`created the audit checkpoint topic ${topic}`);
      }
    } finally {
      await admin.disconnect();
    }
    await this.producer.connect();
  }
}
