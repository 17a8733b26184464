import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditPersistenceModule, EnterprisePersistenceModule, IndexDeliveryPersistenceModule, NotificationPersistenceModule, ScorePersistenceModule, TaskPersistenceModule, WebhookPersistenceModule, storeConnectionOptions } from '@duban/persistence';
import { AuditConsumer } from './audit/audit.consumer';
import { CONSUMERS_CONFIG, type ConsumersConfig } from './consumers.config';
import { EnterprisesConsumer } from './enterprises/enterprises.consumer';
import { IndexDeliveryConsumer } from './index-delivery/index-delivery.consumer';
import { NotificationsConsumer } from './notifications/notifications.consumer';
import { ScoresConsumer } from './scores/scores.consumer';
import { TasksConsumer } from './tasks/tasks.consumer';
import { WebhookDeliveryLoop } from './webhooks/webhook-delivery.loop';
import { WebhooksConsumer } from './webhooks/webhooks.consumer';

@Module({})
export class ConsumersModule {
  static forConfig(config: ConsumersConfig): DynamicModule {
    return {
      module: ConsumersModule,
      imports: [MongooseModule.forRoot(config.MONGODB_URI, storeConnectionOptions(config)), AuditPersistenceModule, TaskPersistenceModule, EnterprisePersistenceModule, NotificationPersistenceModule, WebhookPersistenceModule, ScorePersistenceModule, IndexDeliveryPersistenceModule],
      providers: [{ provide: CONSUMERS_CONFIG, useValue: config }, AuditConsumer, TasksConsumer, EnterprisesConsumer, NotificationsConsumer, WebhooksConsumer, WebhookDeliveryLoop, ScoresConsumer, IndexDeliveryConsumer],
    };
  }
}
