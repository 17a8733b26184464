import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ScoreEntryRecord, ScoreEntrySchema } from './score-entry.schema';
import { ScoreEventRecord, ScoreEventSchema } from './score-event.schema';
import { ScoreQueryRepository, ScoreStore } from './score.repository';
import { ScoreRecord, ScoreRecordSchema } from './score.schema';
import { ScoreSubjectRecord, ScoreSubjectSchema } from './score-subject.schema';

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
