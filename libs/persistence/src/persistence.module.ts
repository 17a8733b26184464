import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditEvent, AuditEventSchema } from './audit-event.schema';
import { AuditEventRepository } from './audit-event.repository';

/** The audit collection, for any app that has `MongooseModule.forRoot*` configured. */
@Module({
  imports: [MongooseModule.forFeature([{ name: AuditEvent.name, schema: AuditEventSchema }])],
  providers: [AuditEventRepository],
  exports: [AuditEventRepository],
})
export class AuditPersistenceModule {}
