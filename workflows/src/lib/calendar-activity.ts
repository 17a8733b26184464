import { proxyLocalActivities } from '@temporalio/workflow';
import type { CalendarInForce, DubanActivities } from '@duban/contracts';

/** The calendar before any notice is loaded at run time: the built-in notices, provisional years elsewhere. */
export const BUILT_IN_CALENDAR: CalendarInForce = { version: 0, notices: [] };

/**
 * Since this patch a new task or enterprise case plans its ladders on the calendar in force (the
 * built-in notices, the notices loaded at run time, provisional years elsewhere), asked of the
 * calendar workflow before anything is decided, and re-plans when a notice is loaded. Histories
 * recorded before it planned on weekends only where no notice was built in, and keep doing so
 * until a notice is loaded.
 */
export const CALENDAR_PATCH = 'calendar-in-force';

const activities = proxyLocalActivities<DubanActivities>({
  startToCloseTimeout: '10 seconds',
  // The calendar workflow may be busy or Temporal briefly unreachable: asking again is harmless.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/**
 * The calendar in force now, asked of the deployment's calendar workflow (a local activity: its
 * answer is recorded in the history, so replay decides on the same calendar).
 */
export function calendarInForce(): Promise<CalendarInForce> {
  return activities.calendarInForce();
}
