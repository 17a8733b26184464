export { CHINA_HOLIDAY_YEARS } from './holidays.data';
export type { HolidayPeriod, HolidayYear, IsoDate } from './holidays.data';
export {
  CalendarError,
  CalendarErrorCode,
  SHANGHAI_ZONE,
  WorkingDayCalendar,
  addWorkingDays,
  chinaCalendar,
  chinaCalendarWithWeekendFallback,
  endOfDay,
  isWorkingDay,
  nthWorkingDayOfMonth,
  previousWorkingDayOnOrBefore,
  toShanghaiDate,
  workingDaysAfterDeadline,
  workingDaysBetween,
} from './working-days';
export type { ArrangedDay } from './working-days';
