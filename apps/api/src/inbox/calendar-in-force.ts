import { Injectable, Logger } from '@nestjs/common';
import type { CalendarWorkflowState } from '@duban/contracts';
import type { WorkingDayCalendar } from '@duban/domain';
import { CalendarService, calendarOf } from '../calendar/calendar.service';

/** How long a read calendar serves the console's reads before the calendar workflow is asked again (ms; ours). */
export const CALENDAR_IN_FORCE_TTL_MS = 60_000;

/** The working-day calendar the ladders run on: the built-in notices plus those loaded at run time, and its version. */
export interface CalendarInForce {
  calendar: WorkingDayCalendar;
  version: number;
}

/**
 * The calendar in force for the console's reads (inbox, board): the same notices the ladders
 * re-plan on (the calendar workflow's state), built into the domain's calendar. It is read at most
 * once a minute, not on every request: a notice changes a few times a year, and a stale minute
 * only shifts a working-day count shown until then. When the workflow cannot be asked, the last
 * calendar read keeps serving (logged); with none read yet, the error stands (503 + Retry-After).
 */
@Injectable()
export class CalendarInForceProvider {
  private readonly logger = new Logger(CalendarInForceProvider.name);
  private cached?: { value: CalendarInForce; at: number };
  private pending?: Promise<CalendarInForce>;

  constructor(private readonly calendars: CalendarService) {}

  async get(now = Date.now()): Promise<CalendarInForce> {
    if (this.cached && now - this.cached.at < CALENDAR_IN_FORCE_TTL_MS) return this.cached.value;
    // Requests arriving together share one query.
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(): Promise<CalendarInForce> {
    try {
      const value = calendarOfState(await this.calendars.state());
      this.cached = { value, at: Date.now() };
      return value;
    } catch (e) {
      if (!this.cached) throw e;
      this.logger.warn(`calendar workflow not answering (${e instanceof Error ? e.message : String(e)}); serving calendar version ${this.cached.value.version} read ${Math.round((Date.now() - this.cached.at) / 1000)} s ago`);
      return this.cached.value;
    }
  }
}

/** The calendar of the workflow's state (the calendar feature's own), with its version (0: the built-in notices only). */
export function calendarOfState(state: CalendarWorkflowState): CalendarInForce {
  return { calendar: calendarOf(state), version: state.version };
}
