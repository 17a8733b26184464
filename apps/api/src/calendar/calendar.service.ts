import { Injectable } from '@nestjs/common';
import { WorkflowIdConflictPolicy, WorkflowNotFoundError } from '@temporalio/client';
import {
  CALENDAR_WORKFLOW_TYPE,
  ErrorCode,
  calendarNoticeBodySchema,
  calendarStateQuery,
  calendarWorkflowId,
  loadCalendarNoticeUpdate,
  type Actor,
  type CalendarResponse,
  type CalendarWorkflowInput,
  type CalendarWorkflowState,
  type CalendarYearResponse,
  type LoadCalendarNoticeResponse,
} from '@duban/contracts';
import { CHINA_HOLIDAY_YEARS, chinaCalendar, validateHolidayYear, type HolidayYear, type WorkingDayCalendar } from '@duban/domain';
import { translateTemporalError } from '@duban/temporal';
import { ApiError } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { TemporalClient } from '../temporal/temporal.provider';

/** The first year the calendar answers for: the statutory regulation modelled starts in 2008. */
const FIRST_YEAR = 2008;

/**
 * The working-day calendar as the API serves it: the deployment's calendar workflow holds the
 * notices loaded at run time (and their versions); the domain computes each year from them, the
 * built-in notices and, for a year with no notice, the provisional arrangement.
 */
@Injectable()
export class CalendarService {
  constructor(private readonly temporal: TemporalClient) {}

  /** The calendar workflow's state; before any notice is loaded there is none, and version 0 is in force. */
  async state(): Promise<CalendarWorkflowState> {
    try {
      return await this.temporal.client.workflow.getHandle(calendarWorkflowId(this.temporal.taskQueue)).query(calendarStateQuery);
    } catch (e) {
      if (e instanceof WorkflowNotFoundError) return { version: 0, notices: [] };
      throw translateTemporalError(e);
    }
  }

  async list(from = FIRST_YEAR, to = new Date().getUTCFullYear() + 1): Promise<CalendarResponse> {
    if (to < from) throw new ApiError(ErrorCode.RequestInvalid, '`to` is before `from`', [{ field: 'query.to', rule: `must not be before from (${from})` }]);
    const state = await this.state();
    const calendar = calendarOf(state);
    const years: CalendarYearResponse[] = [];
    for (let year = from; year <= to; year++) years.push(yearView(state, calendar, year));
    return { version: state.version, years };
  }

  async year(year: number): Promise<CalendarYearResponse> {
    const state = await this.state();
    return yearView(state, calendarOf(state), year);
  }

  /**
   * Loads a notice: its shape, then every calendar rule (each broken one named with its field), then
   * the calendar workflow's update, which records it and re-plans the running ladders. The workflow
   * is started on the first load. `source` is `api` or `file:<name>`.
   */
  async load(body: unknown, source: string, actor?: Actor): Promise<LoadCalendarNoticeResponse> {
    const notice = parseInput(calendarNoticeBodySchema, body, 'body');
    const validation = validateHolidayYear(notice);
    if (!validation.ok) {
      throw new ApiError(
        ErrorCode.CalendarNoticeInvalid,
        `the notice breaks ${validation.problems.length} calendar rule(s)`,
        validation.problems.map((p) => ({ field: p.path ? `body.${p.path}` : 'body', rule: p.rule })),
      );
    }
    const command = { notice: validation.year, source, ...(actor && { actor }) };
    const client = this.temporal.client.workflow;
    const workflowId = calendarWorkflowId(this.temporal.taskQueue);
    try {
      let result;
      try {
        result = await client.getHandle(workflowId).executeUpdate(loadCalendarNoticeUpdate, { args: [command] });
      } catch (e) {
        if (!(e instanceof WorkflowNotFoundError)) throw e;
        const input: CalendarWorkflowInput = { taskQueue: this.temporal.taskQueue };
        // Two first loads at once both start it: the second finds it running and uses it.
        await client.start(CALENDAR_WORKFLOW_TYPE, { workflowId, taskQueue: this.temporal.taskQueue, args: [input], workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING });
        result = await client.getHandle(workflowId).executeUpdate(loadCalendarNoticeUpdate, { args: [command] });
      }
      const state = await this.state();
      return { ...result, calendarYear: yearView(state, calendarOf(state), result.year) };
    } catch (e) {
      throw translateTemporalError(e);
    }
  }
}

/** The domain's calendar with the loaded notices (none loaded: the built-in calendar). */
export function calendarOf(state: CalendarWorkflowState): WorkingDayCalendar {
  return state.notices.length === 0 ? chinaCalendar : chinaCalendar.withNotices(state.notices.map(({ year, notice, periods }): HolidayYear => ({ year, notice, periods })));
}

function yearView(state: CalendarWorkflowState, calendar: WorkingDayCalendar, year: number): CalendarYearResponse {
  const arrangement = calendar.yearArrangement(year);
  const loaded = state.notices.find((n) => n.year === year);
  const source = calendar.sourceOf(year);
  const periods = arrangement.periods.map((p) => ({ ...p, workingWeekendDays: [...p.workingWeekendDays] }));
  const daysOff = periods.reduce((n, p) => n + weekdaysIn(p.firstDay, p.lastDay, year), 0);
  if (source.kind === 'provisional') return { year, source: 'provisional', regulation: source.regulation, periods, daysOff };
  if (loaded) {
    return { year, source: 'loaded', notice: loaded.notice, version: loaded.version, loadedAt: loaded.loadedAt, ...(loaded.loadedBy && { loadedBy: loaded.loadedBy }), periods, daysOff };
  }
  const builtIn = CHINA_HOLIDAY_YEARS.some((n) => n.year === year);
  return { year, source: builtIn ? 'built-in' : 'loaded', notice: source.notice, periods, daysOff };
}

/** Monday–Friday days from `first` to `last` inclusive that lie in `year` (a 元旦 span may start in December). */
function weekdaysIn(first: string, last: string, year: number): number {
  let n = 0;
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCFullYear() === year && d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n++;
  }
  return n;
}
