import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ScoreEntryRecord, ScoreEntrySchema } from './score-entry.document';
import { ScoreEventRecord, ScoreEventSchema } from './score-event.document';
import { ScoreQueryRepository, ScoreStore } from './score.repository';
import { ScoreRecord, ScoreRecordSchema } from './score.document';
import { ScoreSubjectRecord, ScoreSubjectSchema } from './score-subject.document';

/**
 * The Performance Office's live scores (`scores`) and what the scores consumer keeps to maintain
 * them (`score_events`, `score_entries`, `score_subjects`): the consumer writes through
 * {@link ScoreStore}, the API reads through {@link ScoreQueryRepository}.
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
  providers: [ScoreStore, ScoreQueryRepository],
  exports: [ScoreStore, ScoreQueryRepository],
})
export class ScorePersistenceModule {}
