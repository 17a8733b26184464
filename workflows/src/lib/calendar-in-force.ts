import type { CalendarInForce, LadderCalendar } from '@duban/contracts';
import { chinaCalendar, chinaCalendarWithWeekendFallback, type WorkingDayCalendar } from '@duban/domain';

/**
 * The calendar of a workflow started before run-time calendars: the notices built in at the time,
 * weekends only elsewhere. Such a workflow keeps it (its history was decided on it) until a notice
 * is loaded at run time, which moves it onto the current calendar.
 */
const LEGACY = chinaCalendarWithWeekendFallback;

/** Built calendars by their notices, so that a decision does not rebuild the same one (pure: safe in workflow code). */
const built = new Map<string, WorkingDayCalendar>();

/**
 * The working-day calendar a workflow decides on: the built-in notices, those loaded at run time
 * (`calendar.notices`, replacing built-in years), and a provisional year computed from the statutory
 * holidays for every other year. `undefined` is the legacy calendar (see {@link LEGACY}).
 */
export function workingDayCalendar(calendar: CalendarInForce | undefined): WorkingDayCalendar {
  if (calendar === undefined) return LEGACY;
  if (calendar.notices.length === 0) return chinaCalendar;
  const key = JSON.stringify(calendar.notices);
  let found = built.get(key);
  if (found === undefined) {
    found = chinaCalendar.withNotices(calendar.notices);
    built.set(key, found);
  }
  return found;
}

/** The provisional years an answer over the days `from`..`to` (YYYY-MM-DD, inclusive) depends on; always none on the legacy calendar. */
export function provisionalYearsIn(calendar: CalendarInForce | undefined, from: string, to: string): number[] {
  if (calendar === undefined) return [];
  return from <= to ? workingDayCalendar(calendar).provisionalYearsIn(from, to) : workingDayCalendar(calendar).provisionalYearsIn(to, from);
}

/** What a view says of the calendar a ladder was planned on. */
export function ladderCalendar(calendar: CalendarInForce, provisionalYears: number[]): LadderCalendar {
  return { version: calendar.version, provisionalYears };
}
