import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { IndexDeliveryRepository } from './index-delivery.repository';
import { IndexWaiterRecord, IndexWaiterRecordSchema, PlanIndexRecord, PlanIndexRecordSchema } from './index-delivery.document';

/** `plan_indexes` and `index_waiters`, for the index-delivery consumer (any app with `MongooseModule.forRoot*`). */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: PlanIndexRecord.name, schema: PlanIndexRecordSchema },
      { name: IndexWaiterRecord.name, schema: IndexWaiterRecordSchema },
    ]),
  ],
  providers: [IndexDeliveryRepository],
  exports: [IndexDeliveryRepository],
})
export class IndexDeliveryPersistenceModule {}
