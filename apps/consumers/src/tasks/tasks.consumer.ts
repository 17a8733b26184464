import { Inject, Injectable, Logger } from '@nestjs/common';
import { Topic } from '@duban/contracts';
import { TaskProjectionRepository } from '@duban/persistence';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/** The ladder's events travel on their owner's topic: tasks', and enterprises' for their steps. */
export const TOPICS = [Topic.Tasks, Topic.Enterprises];

/**
 * Keeps the task inbox (`tasks`) and the 督查室 inbox (`escalations`) from the task topic, and the
 * escalation cases of enterprises' steps from the enterprise topic, in its own consumer group. The
 * projection is guarded by each subject's event sequence, so redelivery and a replay from the
 * first offset change nothing.
 */
@Injectable()
export class TasksConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, projection: TaskProjectionRepository) {
    const logger = new Logger(TasksConsumer.name);
    this.spec = {
      name: 'tasks',
      groupId: config.TASKS_GROUP_ID,
      topics: TOPICS,
      logger,
      handle: async (event) => {
        const outcome = await projection.apply(event);
        if (outcome.task === 'stale' || outcome.escalation === 'stale') logger.debug(`event ${event.id} (${event.subject}#${event.sequence}) already applied`);
      },
      // Cases stored before the board kept positions are not listed until they have one.
      backfill: { what: 'board positions', run: () => projection.backfillBoardPositions() },
    };
  }
}
