import { z } from 'zod';
import { actorSchema } from '@duban/domain';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';

// The working-day calendar API: the holiday arrangement in force for each year, and loading a
// State Council notice at run time. Defined once: the API routes these operations and
// /docs/openapi.json is generated from them.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const year = z.coerce.number().int().min(2008).max(2100);

export const holidayPeriodBodySchema = z
  .object({
    name: z.string().min(1).max(40).describe('the festival as printed, e.g. 春节 or 国庆节、中秋节'),
    firstDay: isoDate.describe('first day off, inclusive'),
    lastDay: isoDate.describe('last day off, inclusive'),
    days: z.number().int().min(1).max(15).describe("the notice's 共N天, checked against the span"),
    workingWeekendDays: z.array(isoDate).max(4).default([]).describe('Saturdays and Sundays worked for this break (调休上班)'),
  })
  .strict();

/** A notice as an admin loads it (the shape; the calendar's rules are checked after, each problem named). */
export const calendarNoticeBodySchema = z
  .object({
    year: z.number().int().min(2008).max(2100),
    notice: z.string().min(1).max(80).describe("the notice's document number, e.g. 国办发明电〔2026〕12号"),
    periods: z.array(holidayPeriodBodySchema).min(1).max(12),
  })
  .strict();
export type CalendarNoticeBody = z.infer<typeof calendarNoticeBodySchema>;

const holidayPeriodSchema = holidayPeriodBodySchema.extend({ workingWeekendDays: z.array(isoDate) });

/** The arrangement in force for one year, and where it comes from. */
export const calendarYearSchema = z.object({
  year: z.number().int(),
  source: z
    .enum(['built-in', 'loaded', 'provisional'])
    .describe('`built-in`: a notice shipped with Duban; `loaded`: a notice loaded at run time; `provisional`: no notice, computed from the statutory holidays (no make-up working days known)'),
  notice: z.string().optional().describe("the notice's number (absent for a provisional year)"),
  regulation: z.string().optional().describe('for a provisional year: the holiday regulation it was computed from'),
  version: z.number().int().optional().describe('for a loaded notice: the calendar version its load made'),
  loadedAt: z.string().optional(),
  loadedBy: actorSchema.optional(),
  periods: z.array(holidayPeriodSchema),
  daysOff: z.number().int().describe('days off on weekdays (the working days the breaks take)'),
});
export type CalendarYearResponse = z.infer<typeof calendarYearSchema>;

export const calendarSchema = z.object({
  version: z.number().int().describe('0 until a notice is loaded at run time; every load that changes a year adds one'),
  years: z.array(calendarYearSchema),
});
export type CalendarResponse = z.infer<typeof calendarSchema>;

export const loadCalendarNoticeResultSchema = z.object({
  year: z.number().int(),
  version: z.number().int(),
  changed: z.boolean().describe('false: the same notice was already in force; nothing was recorded'),
  calendarYear: calendarYearSchema,
});
export type LoadCalendarNoticeResponse = z.infer<typeof loadCalendarNoticeResultSchema>;

export const CALENDAR_OPERATIONS = {
  listCalendarYears: operation({
    operationId: 'listCalendarYears',
    method: 'get',
    path: '/calendar/years',
    tag: 'calendar',
    summary: 'The holiday arrangement in force for each year from `from` to `to` (default: 2008 to next year): a notice (built in or loaded) or a provisional year',
    query: z.object({ from: year.optional(), to: year.optional() }).strict(),
    success: { status: 200, description: 'the calendar version and each year', schema: calendarSchema },
  }),
  viewCalendarYear: operation({
    operationId: 'viewCalendarYear',
    method: 'get',
    path: '/calendar/years/{year}',
    tag: 'calendar',
    summary: 'The holiday arrangement in force for one year (2008–2100)',
    params: z.object({ year }).strict(),
    success: { status: 200, description: 'the year', schema: calendarYearSchema },
  }),
  loadCalendarNotice: operation({
    operationId: 'loadCalendarNotice',
    method: 'post',
    path: '/calendar/years',
    tag: 'calendar',
    summary:
      "Load a State Council holiday notice for a year (admins): validated (spans inside the year, 共N天 matching, make-up days on weekends, no overlap), versioned and audited; running ladders whose planned times it changes are re-planned, each with a `duban.deadline.ladder-replanned.v1` event. Loading the notice in force again changes nothing (`changed: false`).",
    roles: ['admin'],
    body: calendarNoticeBodySchema,
    success: { status: 200, description: 'the version in force and the year as now arranged', schema: loadCalendarNoticeResultSchema },
    errors: [ErrorCode.CalendarNoticeInvalid],
  }),
};
