import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { NotificationRecord, NotificationRecordSchema } from './notification.document';
import { NotificationRepository } from './notification.repository';

/** The `notifications` collection, for any app that has `MongooseModule.forRoot*` configured. */
@Module({
  imports: [MongooseModule.forFeature([{ name: NotificationRecord.name, schema: NotificationRecordSchema }])],
  providers: [NotificationRepository],
  exports: [NotificationRepository],
})
export class NotificationPersistenceModule {}
