import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EnterpriseListRepository } from './enterprise-list.repository';
import { EnterpriseProjectionRepository } from './enterprise-projection.repository';
import { EnterpriseRollupRepository } from './enterprise-rollup.repository';
import { EnterpriseRollupCell, EnterpriseRollupCellSchema } from './enterprise-rollup.document';
import { EnterpriseRecord, EnterpriseRecordSchema } from './enterprise.document';
import { LIST_POSITION_MODELS } from '../store/list-sequence';

/**
 * The enterprise list (`enterprises`) and its roll-up cells (`enterprise_rollups`): the
 * enterprises consumer writes them through {@link EnterpriseProjectionRepository}, the API reads
 * them through {@link EnterpriseListRepository} and {@link EnterpriseRollupRepository}.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: EnterpriseRecord.name, schema: EnterpriseRecordSchema },
      { name: EnterpriseRollupCell.name, schema: EnterpriseRollupCellSchema },
      ...LIST_POSITION_MODELS,
    ]),
  ],
  providers: [EnterpriseProjectionRepository, EnterpriseListRepository, EnterpriseRollupRepository],
  exports: [EnterpriseProjectionRepository, EnterpriseListRepository, EnterpriseRollupRepository],
})
export class EnterprisePersistenceModule {}
