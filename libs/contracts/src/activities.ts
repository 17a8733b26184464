import type { DubanEvent } from './events';

/**
 * The activities Duban's workflows call. Workflows import this interface as a type only; the
 * worker binds the implementations.
 */
export interface DubanActivities {
  /** Publishes one event to its topic, keyed by its subject. Retried publishes carry the same event id. */
  publishEvent(event: DubanEvent): Promise<void>;
}
