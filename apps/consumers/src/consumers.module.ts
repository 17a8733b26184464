import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AUDIT_CHECKPOINT_SINK, AuditChainKeyModule, AuditPersistenceModule, EnterprisePersistenceModule, IndexDeliveryPersistenceModule, LivePersistenceModule, NotificationPersistenceModule, TaskPersistenceModule, WebhookPersistenceModule, storeConnectionOptions } from '@duban/persistence';
import { kafkaConnectionOptions } from '@duban/config';
import { createKafka } from '@duban/kafka';
import { TracingShutdown } from '@duban/observability';
import { ScoringModule } from '@duban/scoring';
import { AuditCheckpointPublisher } from './audit/audit-checkpoint.publisher';
import { AuditConsumer } from './audit/audit.consumer';
import { AuditVerificationMonitor } from './audit/audit-verification.monitor';
import { CONSUMER_GROUPS, ConsumerGroupsRunner, type ConsumerGroup } from './consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from './consumers.config';
import { EnterprisesConsumer } from './enterprises/enterprises.consumer';
import { IndexDeliveryConsumer } from './index-delivery/index-delivery.consumer';
import { NotificationsConsumer } from './notifications/notifications.consumer';
import { ScoresConsumer } from './scores/scores.consumer';
import { TasksConsumer } from './tasks/tasks.consumer';
import { WebhookDeliveryLoop } from './webhooks/webhook-delivery.loop';
import { WebhooksConsumer } from './webhooks/webhooks.consumer';

/** Every consumer group, in the order they join (one table: see {@link ConsumerGroupsRunner}). */
const GROUPS = [AuditConsumer, TasksConsumer, EnterprisesConsumer, NotificationsConsumer, WebhooksConsumer, ScoresConsumer, IndexDeliveryConsumer];

@Module({})
export class ConsumersModule {
  static forConfig(config: ConsumersConfig): DynamicModule {
    return {
      module: ConsumersModule,
      imports: [
        MongooseModule.forRoot(config.MONGODB_URI, storeConnectionOptions(config)),
        // The audit writer signs with the chain key and checkpoints its chains outside the store.
        AuditChainKeyModule.forRoot({
          keyring: config.auditChainKeyring,
          // The background verification (duban_audit_chain_verified) checks the chains against the same checkpoints as /audit/verify.
          ...(config.AUDIT_CHECKPOINT_FILE !== undefined && { checkpointFile: config.AUDIT_CHECKPOINT_FILE }),
          checkpointSink: {
            provide: AUDIT_CHECKPOINT_SINK,
            useFactory: () =>
              new AuditCheckpointPublisher(createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'duban-consumers-audit-checkpoints', ...kafkaConnectionOptions(config) }), config.AUDIT_CHECKPOINT_FILE, config.AUDIT_CHECKPOINT_EVERY, config.AUDIT_CHECKPOINT_INTERVAL_MS),
          },
        }),
        AuditPersistenceModule, TaskPersistenceModule, EnterprisePersistenceModule, NotificationPersistenceModule, WebhookPersistenceModule, ScoringModule, IndexDeliveryPersistenceModule, LivePersistenceModule],
      providers: [
        { provide: CONSUMERS_CONFIG, useValue: config },
        ...GROUPS,
        { provide: CONSUMER_GROUPS, useFactory: (...groups: ConsumerGroup[]) => groups, inject: GROUPS },
        ConsumerGroupsRunner,
        WebhookDeliveryLoop,
        AuditVerificationMonitor,
        // At shutdown, after the other providers' destroy hooks: the spans still held are sent.
        TracingShutdown,
      ],
    };
  }
}
