import { Module } from '@nestjs/common';
import { AuditPersistenceModule, ScorePersistenceModule } from '@duban/persistence';
import { AssessmentService } from './assessment.service';

/**
 * The city assessment, targets and benefit-sharing ledger, read from the audit log. Needs a
 * mongoose connection (`MongooseModule.forRoot`) in the importing app.
 */
@Module({
  imports: [AuditPersistenceModule, ScorePersistenceModule],
  providers: [AssessmentService],
  exports: [AssessmentService],
})
export class AssessmentModule {}
