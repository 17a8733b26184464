export { CHINA_HOLIDAY_YEARS, WEEKEND_FALLBACK_YEARS } from './holidays.data';
export type { HolidayPeriod, HolidayYear, IsoDate } from './holidays.data';
export { CalendarError, CalendarErrorCode } from './calendar-error';
export {
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
export type { ArrangedDay, UncoveredYears, YearSource } from './working-days';
export { HOLIDAY_REGULATIONS, PROVISIONAL_FIRST_YEAR, PROVISIONAL_LAST_YEAR, provisionalHolidayYear, regulationInForce } from './statutory-holidays';
export type { HolidayRegulation, ProvisionalHolidayYear } from './statutory-holidays';
export { NOTICE_FIRST_YEAR, NOTICE_LAST_YEAR, holidayYearSchema, validateHolidayYear } from './holiday-year.schema';
export type { HolidayYearProblem } from './holiday-year.schema';
export { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, lunarDateOf, lunarFestivals, lunarToIso, lunarYear } from './lunar';
export type { LunarFestivals, LunarMonth } from './lunar';
