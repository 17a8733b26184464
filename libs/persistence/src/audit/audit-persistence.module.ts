import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditChainHeadRecord, AuditChainHeadSchema } from './audit-chain-head.document';
import { AuditEvent, AuditEventSchema } from './audit-event.document';
import { AuditEventRepository } from './audit-event.repository';
import { AuditVerificationRepository } from './audit-verification.repository';
import { LIST_POSITION_MODELS } from '../store/list-sequence';

/** The audit collection, for any app that has `MongooseModule.forRoot*` configured. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: AuditEvent.name, schema: AuditEventSchema },
      { name: AuditChainHeadRecord.name, schema: AuditChainHeadSchema },
      ...LIST_POSITION_MODELS,
    ]),
  ],
  providers: [AuditEventRepository, AuditVerificationRepository],
  exports: [AuditEventRepository, AuditVerificationRepository],
})
export class AuditPersistenceModule {}
