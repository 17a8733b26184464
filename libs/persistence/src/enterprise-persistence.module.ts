import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EnterpriseListRepository } from './enterprise-list.repository';
import { EnterpriseProjectionRepository } from './enterprise-projection.repository';
import { EnterpriseRecord, EnterpriseRecordSchema } from './enterprise.schema';

/**
 * The enterprise list (`enterprises`): the enterprises consumer writes it through
 * {@link EnterpriseProjectionRepository}, the API reads it through {@link EnterpriseListRepository}.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: EnterpriseRecord.name, schema: EnterpriseRecordSchema }])],
  providers: [EnterpriseProjectionRepository, EnterpriseListRepository],
  exports: [EnterpriseProjectionRepository, EnterpriseListRepository],
})
export class EnterprisePersistenceModule {}
