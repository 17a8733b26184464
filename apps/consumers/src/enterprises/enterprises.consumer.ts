import { Inject, Injectable, Logger } from '@nestjs/common';
import { Topic, type DubanEvent } from '@duban/contracts';
import { EnterpriseProjectionRepository, LiveEventRepository, liveRefsOf } from '@duban/persistence';
import type { ConsumerGroup, ConsumerGroupSpec } from '../consumer-group';
import { CONSUMERS_CONFIG, type ConsumersConfig } from '../consumers.config';

/**
 * Keeps the enterprise list (`enterprises`) from the enterprise topic (the enterprise events and
 * the ladder's events of enterprise steps), in its own consumer group. The projection is guarded
 * by each enterprise's event sequence, so redelivery and a replay from the first offset change nothing.
 * Each change it writes is told on the live feed as an `enterprise` message.
 */
@Injectable()
export class EnterprisesConsumer implements ConsumerGroup {
  readonly spec: ConsumerGroupSpec;

  constructor(@Inject(CONSUMERS_CONFIG) config: ConsumersConfig, projection: EnterpriseProjectionRepository, live: LiveEventRepository) {
    const logger = new Logger(EnterprisesConsumer.name);
    this.spec = {
      name: 'enterprises',
      clientId: 'duban-consumers-enterprises',
      groupId: config.ENTERPRISES_GROUP_ID,
      topics: [Topic.Enterprises],
      logger,
      handle: async (event) => {
        const outcome = await projection.apply(event);
        if (outcome === 'stale') logger.debug(`event ${event.id} (${event.subject}#${event.sequence}) already applied`);
        // The live message for the enterprise pages and the inbox's steps, once the list holds the
        // change; only for a write that changed something (a redelivery or a replay tells nobody again).
        if (outcome === 'applied') await appendLive(live, event);
      },
      // Rows written before the list kept positions are not listed until they have one.
      backfill: { what: 'enterprise list positions', run: () => projection.backfillListPositions() },
    };
  }
}

/**
 * Appends the feed entry of an enterprise event (its steps' ladder events included: the tasks
 * consumer tells those as `escalation`/`task` too, for the board): kind `enterprise`, visible to
 * the enterprise's district and its steps' units, and to every supervisor, performance officer and admin.
 */
async function appendLive(live: LiveEventRepository, event: DubanEvent): Promise<void> {
  const refs = liveRefsOf(event);
  const enterpriseId = refs.enterpriseId ?? event.subject;
  const audience = await live.enterpriseAudienceOf(enterpriseId);
  await live.append({ _id: `${event.id}:enterprise`, kind: 'enterprise', type: event.type, subject: event.subject, unit: audience?.unit ?? '', units: audience?.units ?? [], overseers: true, ...refs, enterpriseId });
}
