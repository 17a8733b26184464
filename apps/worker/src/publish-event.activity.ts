import type { DubanActivities, DubanEvent } from '@duban/contracts';
import type { EventPublisher } from '@duban/kafka';

/** The worker's activities, bound to their dependencies. */
export function createActivities(deps: { publisher: EventPublisher }): DubanActivities {
  return {
    async publishEvent(event: DubanEvent): Promise<void> {
      await deps.publisher.publish(event);
    },
  };
}
