export const CalendarErrorCode = {
  /**
   * The date's year (or, for 25–31 December, the next year) has no notice loaded and the calendar
   * may not guess; or, on a provisional calendar, the year is before 2008 (no regulation modelled)
   * or after the last year the lunar computation is checked for.
   */
  YearNotCovered: 'CALENDAR.YEAR_NOT_COVERED',
  /** A date argument is not a real calendar date written `YYYY-MM-DD`. */
  InvalidDate: 'CALENDAR.INVALID_DATE',
  /** A count, year or month argument is out of range. */
  InvalidArgument: 'CALENDAR.INVALID_ARGUMENT',
  /** The holiday data given to `WorkingDayCalendar` is inconsistent. */
  InvalidData: 'CALENDAR.INVALID_DATA',
} as const;
export type CalendarErrorCode = (typeof CalendarErrorCode)[keyof typeof CalendarErrorCode];

/** A calendar refusal with a stable `code`; HTTP mapping happens at the edge. */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}
