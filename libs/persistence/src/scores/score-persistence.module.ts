import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ScoreEntryRecord, ScoreEntrySchema } from './score-entry.document';
import { ScoreEntryRepository } from './score-entry.repository';
import { ScoreEventRecord, ScoreEventSchema } from './score-event.document';
import { ScoreEventRepository } from './score-event.repository';
import { ScoreQueryRepository } from './score-query.repository';
import { ScoreRecord, ScoreRecordSchema } from './score.document';
import { ScoreRepository } from './score.repository';
import { ScoreSubjectRecord, ScoreSubjectSchema } from './score-subject.document';
import { ScoreSubjectRepository } from './score-subject.repository';

/**
 * The units' live scores (`scores`) and what the scores consumer keeps to maintain
 * them (`score_events`, `score_entries`, `score_subjects`), one small repository each that only
 * stores and reads: the scoring service (`@duban/scoring`) writes through them, the API reads
 * through {@link ScoreQueryRepository}.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ScoreEventRecord.name, schema: ScoreEventSchema },
      { name: ScoreEntryRecord.name, schema: ScoreEntrySchema },
      { name: ScoreSubjectRecord.name, schema: ScoreSubjectSchema },
      { name: ScoreRecord.name, schema: ScoreRecordSchema },
    ]),
  ],
  providers: [ScoreEventRepository, ScoreEntryRepository, ScoreSubjectRepository, ScoreRepository, ScoreQueryRepository],
  exports: [ScoreEventRepository, ScoreEntryRepository, ScoreSubjectRepository, ScoreRepository, ScoreQueryRepository],
})
export class ScorePersistenceModule {}
