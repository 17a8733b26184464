import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ParkRepository } from './park.repository';
import { ParkRecord, ParkRecordSchema } from './park.document';

/** The parks collection, read and written by the API. */
@Module({
  imports: [MongooseModule.forFeature([{ name: ParkRecord.name, schema: ParkRecordSchema }])],
  providers: [ParkRepository],
  exports: [ParkRepository],
})
export class ParkPersistenceModule {}
