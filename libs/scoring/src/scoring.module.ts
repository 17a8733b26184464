import { Module } from '@nestjs/common';
import { ScorePersistenceModule } from '@duban/persistence';
import { ScoringService } from './scoring.service';

/**
 * The scoring application service over the score repositories. Needs a mongoose connection
 * (`MongooseModule.forRoot`) in the importing app; re-exports {@link ScorePersistenceModule} so an
 * app that imports this module can inject the read-only `ScoreQueryRepository` as well.
 */
@Module({
  imports: [ScorePersistenceModule],
  providers: [ScoringService],
  exports: [ScoringService, ScorePersistenceModule],
})
export class ScoringModule {}
