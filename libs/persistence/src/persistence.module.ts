import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditChainHeadRecord, AuditChainHeadSchema } from './audit-chain-head.schema';
import { AuditEvent, AuditEventSchema } from './audit-event.schema';
import { AuditEventRepository } from './audit-event.repository';
import { AuditVerificationRepository } from './audit-verification.repository';
import { EscalationRecord, EscalationRecordSchema } from './escalation.schema';
import { ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema } from './list-sequence';
import { TaskInboxRepository } from './task-inbox.repository';
import { TaskProjectionRepository } from './task-projection.repository';
import { TaskRecord, TaskRecordSchema } from './task.schema';

/** The audit collection, for any app that has `MongooseModule.forRoot*` configured. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: AuditEvent.name, schema: AuditEventSchema },
      { name: AuditChainHeadRecord.name, schema: AuditChainHeadSchema },
      { name: ListSequenceRecord.name, schema: ListSequenceSchema },
      { name: ListPositionClaim.name, schema: ListPositionClaimSchema },
    ]),
  ],
  providers: [AuditEventRepository, AuditVerificationRepository],
  exports: [AuditEventRepository, AuditVerificationRepository],
})
export class AuditPersistenceModule {}

/**
 * The task inbox (`tasks`) and the 督查室 inbox (`escalations`): the consumer writes them through
 * {@link TaskProjectionRepository}, the API reads them through {@link TaskInboxRepository}.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: TaskRecord.name, schema: TaskRecordSchema },
      { name: EscalationRecord.name, schema: EscalationRecordSchema },
      { name: ListSequenceRecord.name, schema: ListSequenceSchema },
      { name: ListPositionClaim.name, schema: ListPositionClaimSchema },
    ]),
  ],
  providers: [TaskProjectionRepository, TaskInboxRepository],
  exports: [TaskProjectionRepository, TaskInboxRepository],
})
export class TaskPersistenceModule {}
