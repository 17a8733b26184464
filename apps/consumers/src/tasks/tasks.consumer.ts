import { Inject, Injectable, Logger } from '@nestjs/common';
import { Topic, type DubanEvent } from '@duban/contracts';
import { LiveEventRepository, TaskProjectionRepository, liveRefsOf } from '@duban/persistence';
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

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, projection: TaskProjectionRepository, live: LiveEventRepository) {
    const logger = new Logger(TasksConsumer.name);
    this.spec = {
      name: 'tasks',
      groupId: config.TASKS_GROUP_ID,
      topics: TOPICS,
      logger,
      handle: async (event) => {
        const outcome = await projection.apply(event);
        if (outcome.task === 'stale' || outcome.escalation === 'stale') logger.debug(`event ${event.id} (${event.subject}#${event.sequence}) already applied`);
        // The live message for the inbox and the board, once the projection holds the change (a
        // console that refetches on it reads the new state). Only for a write that changed
        // something: a redelivery or a replay from the first offset tells nobody again.
        if (outcome.task === 'applied' || outcome.escalation === 'applied') await appendLive(live, event);
      },
      // Cases stored before the board kept positions are not listed until they have one.
      backfill: { what: 'board positions', run: () => projection.backfillBoardPositions() },
    };
  }
}

/**
 * Appends the feed entry of a task or ladder event: kind `escalation` for a case's events, `task`
 * for the rest (reminders included), visible to the task's lead and co-units and to every
 * supervisor, performance officer and admin.
 */
async function appendLive(live: LiveEventRepository, event: DubanEvent): Promise<void> {
  const refs = liveRefsOf(event);
  const data = event.data as { taskId?: unknown; escalationId?: unknown; unit?: unknown };
  const ladderId = typeof data.taskId === 'string' ? data.taskId : event.subject;
  const audience = (await live.audienceOf(ladderId, typeof data.escalationId === 'string' ? data.escalationId : undefined)) ?? (typeof data.unit === 'string' ? { unit: data.unit, units: [data.unit] } : undefined);
  const kind = event.type.startsWith('duban.escalation.') ? 'escalation' : 'task';
  await live.append({ _id: `${event.id}:${kind}`, kind, type: event.type, subject: event.subject, unit: audience?.unit ?? '', units: audience?.units ?? [], overseers: true, ...refs });
}
