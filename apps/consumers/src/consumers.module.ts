import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditPersistenceModule, EnterprisePersistenceModule, TaskPersistenceModule } from '@duban/persistence';
import { AuditConsumer } from './audit/audit.consumer';
import { CONSUMERS_CONFIG, type ConsumersConfig } from './consumers.config';
import { EnterprisesConsumer } from './enterprises/enterprises.consumer';
import { TasksConsumer } from './tasks/tasks.consumer';

@Module({})
export class ConsumersModule {
  static forConfig(config: ConsumersConfig): DynamicModule {
    return {
      module: ConsumersModule,
      imports: [MongooseModule.forRoot(config.MONGODB_URI), AuditPersistenceModule, TaskPersistenceModule, EnterprisePersistenceModule],
      providers: [{ provide: CONSUMERS_CONFIG, useValue: config }, AuditConsumer, TasksConsumer, EnterprisesConsumer],
    };
  }
}
