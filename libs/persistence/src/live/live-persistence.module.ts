import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { LIST_POSITION_MODELS } from '../store/list-sequence';
import { EnterpriseRecord, EnterpriseRecordSchema } from '../enterprises/enterprise.document';
import { EscalationRecord, EscalationRecordSchema } from '../tasks/escalation.document';
import { TaskRecord, TaskRecordSchema } from '../tasks/task.document';
import { LiveEventRecord, LiveEventSchema } from './live-event.document';
import { LiveEventRepository } from './live-event.repository';

/** The live feed (`live_events`): the consumers append to it, the API's `GET /live` tails it. */
@Module({
  imports: [MongooseModule.forFeature([
      { name: LiveEventRecord.name, schema: LiveEventSchema },
      // Read only, for the audience of a task's or an enterprise's changes (registered here too, as the console's reads do).
      { name: TaskRecord.name, schema: TaskRecordSchema },
      { name: EscalationRecord.name, schema: EscalationRecordSchema },
      { name: EnterpriseRecord.name, schema: EnterpriseRecordSchema },
      ...LIST_POSITION_MODELS,
    ])],
  providers: [LiveEventRepository],
  exports: [LiveEventRepository],
})
export class LivePersistenceModule {}
