import type { CalendarChange, CalendarInForce } from './calendar/calendar.workflow-api';
import type { DubanEvent } from './events';

/**
 * The activities Duban's workflows call. Workflows import this interface as a type only; the
 * worker binds the implementations.
 */
export interface DubanActivities {
  /** Publishes one event to its topic, keyed by its subject. Retried publishes carry the same event id. */
  publishEvent(event: DubanEvent): Promise<void>;
  /** The calendar in force: the deployment's calendar workflow's notices and version (version 0, none, before any is loaded). */
  calendarInForce(): Promise<CalendarInForce>;
  /**
   * Signals `change` to every running task and enterprise workflow of the deployment's task queue
   * (each ignores a version it has seen). Returns how many were signalled.
   */
  announceCalendar(change: CalendarChange): Promise<number>;
}
