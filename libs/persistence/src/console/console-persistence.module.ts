import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EnterpriseRecord, EnterpriseRecordSchema } from '../enterprises/enterprise.document';
import { EscalationRecord, EscalationRecordSchema } from '../tasks/escalation.document';
import { TaskRecord, TaskRecordSchema } from '../tasks/task.document';
import { ConsoleReadsRepository } from './console-reads.repository';

/**
 * The console's read models (issue 13) read the projections the tasks and enterprises consumers
 * keep (`tasks`, `escalations`, `enterprises`); they write nothing, so no collection of their own.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: TaskRecord.name, schema: TaskRecordSchema },
      { name: EscalationRecord.name, schema: EscalationRecordSchema },
      { name: EnterpriseRecord.name, schema: EnterpriseRecordSchema },
    ]),
  ],
  providers: [ConsoleReadsRepository],
  exports: [ConsoleReadsRepository],
})
export class ConsolePersistenceModule {}
