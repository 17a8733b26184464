import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EscalationRecord, EscalationRecordSchema } from './escalation.document';
import { LIST_POSITION_MODELS } from '../store/list-sequence';
import { TaskInboxRepository } from './task-inbox.repository';
import { TaskProjectionRepository } from './task-projection.repository';
import { TaskRecord, TaskRecordSchema } from './task.document';

/**
 * The task inbox (`tasks`) and the 督查室 inbox (`escalations`): the consumer writes them through
 * {@link TaskProjectionRepository}, the API reads them through {@link TaskInboxRepository}.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: TaskRecord.name, schema: TaskRecordSchema },
      { name: EscalationRecord.name, schema: EscalationRecordSchema },
      ...LIST_POSITION_MODELS,
    ]),
  ],
  providers: [TaskProjectionRepository, TaskInboxRepository],
  exports: [TaskProjectionRepository, TaskInboxRepository],
})
export class TaskPersistenceModule {}
