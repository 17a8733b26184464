import type { DubanActivities, DubanEvent } from '@duban/contracts';
import type { EventPublisher } from '@duban/kafka';

/** The worker's activities, bound to their dependencies. */
export function createActivities(deps: {
  publisher: EventPublisher;
  calendar: Pick<DubanActivities, 'calendarInForce' | 'announceCalendar'>;
  /** Called once per successful publish (metrics: events by type, ladder lateness). */
  onPublished?: (event: DubanEvent) => void;
}): DubanActivities {
  return {
    ...deps.calendar,
    async publishEvent(event: DubanEvent): Promise<void> {
      await deps.publisher.publish(event);
      deps.onPublished?.(event);
    },
  };
}
