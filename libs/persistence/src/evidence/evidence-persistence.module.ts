import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EvidenceFileRecord, EvidenceFileRecordSchema } from './evidence-file.document';
import { EvidenceFileStore } from './evidence-file.store';

/** Evidence files (GridFS bucket `evidence`), written and read by the API. */
@Module({
  imports: [MongooseModule.forFeature([{ name: EvidenceFileRecord.name, schema: EvidenceFileRecordSchema }])],
  providers: [EvidenceFileStore],
  exports: [EvidenceFileStore],
})
export class EvidencePersistenceModule {}
