import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Topic } from '@duban/contracts';
import { DubanEventConsumer } from '@duban/kafka';
import { TaskProjectionRepository } from '@duban/persistence';
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
export class TasksConsumer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TasksConsumer.name);
  private readonly consumer: DubanEventConsumer;
  private readonly groupId: string;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, projection: TaskProjectionRepository) {
    this.groupId = config.TASKS_GROUP_ID;
    this.consumer = new DubanEventConsumer({
      brokers: config.KAFKA_BROKERS,
      clientId: 'duban-consumers-tasks',
      groupId: config.TASKS_GROUP_ID,
      topics: TOPICS,
      logger: this.logger,
      handle: async (event) => {
        const outcome = await projection.apply(event);
        if (outcome.task === 'stale' || outcome.escalation === 'stale') {
          this.logger.debug(`event ${event.id} (${event.subject}#${event.sequence}) already applied`);
        }
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await this.consumer.start();
    this.logger.log(`tasks consumer in group ${this.groupId} on ${TOPICS.join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }
}
