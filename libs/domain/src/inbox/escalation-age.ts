import { DateTime } from 'luxon';
import type { IsoDate } from '../calendar/holidays.data';
import { chinaCalendar, type WorkingDayCalendar } from '../calendar/working-days';

/**
 * Age buckets of 督查室 cases, in working days since the case was raised: the working days in
 * (raised day, today], so a case raised today is 0 days old, and one raised on Friday is 1 day old
 * on Monday. `0-4` is under a week of working days; `5-14` up to three weeks; `15+` older
 * (the ladder reports to the leading group after 15 working days).
 */
export const ESCALATION_AGE_BUCKETS = ['0-4', '5-14', '15+'] as const;
export type EscalationAgeBucket = (typeof ESCALATION_AGE_BUCKETS)[number];

/** The lowest age (working days) of each bucket. */
const MIN_AGE: Record<EscalationAgeBucket, number> = { '0-4': 0, '5-14': 5, '15+': 15 };

/** A case's age in working days on `today` (see {@link ESCALATION_AGE_BUCKETS}). */
export function escalationAge(raisedOn: IsoDate, today: IsoDate, calendar: WorkingDayCalendar = chinaCalendar): number {
  return calendar.workingDaysBetween(raisedOn, today);
}

export function escalationAgeBucket(ageWorkingDays: number): EscalationAgeBucket {
  if (ageWorkingDays >= MIN_AGE['15+']) return '15+';
  if (ageWorkingDays >= MIN_AGE['5-14']) return '5-14';
  return '0-4';
}

/**
 * The raised days of a bucket on `today`, as a half-open range of Shanghai calendar days
 * [`raisedFrom`, `raisedBefore`) (either end open when absent), so a store can select a bucket
 * with a range on the raised time.
 */
export interface RaisedDayRange {
  raisedFrom?: IsoDate;
  raisedBefore?: IsoDate;
}

export function escalationAgeRange(bucket: EscalationAgeBucket, today: IsoDate, calendar: WorkingDayCalendar = chinaCalendar): RaisedDayRange {
  const index = ESCALATION_AGE_BUCKETS.indexOf(bucket);
  const older = ESCALATION_AGE_BUCKETS[index + 1];
  const range: RaisedDayRange = {};
  // Cases of this bucket are at least MIN_AGE old: raised on or before the last day that old.
  if (MIN_AGE[bucket] > 0) range.raisedBefore = nextDay(lastDayAtLeast(MIN_AGE[bucket], today, calendar));
  // …and younger than the next bucket: raised after the last day old enough for it.
  if (older !== undefined) range.raisedFrom = nextDay(lastDayAtLeast(MIN_AGE[older], today, calendar));
  return range;
}

/** The latest day whose age on `today` is at least `age` working days. */
function lastDayAtLeast(age: number, today: IsoDate, calendar: WorkingDayCalendar): IsoDate {
  let day = DateTime.fromISO(today, { zone: 'utc' });
  for (let counted = 0; counted < age; day = day.minus({ days: 1 })) {
    if (calendar.isWorkingDay(day.toISODate() as string)) counted++;
  }
  return day.toISODate() as string;
}

const nextDay = (date: IsoDate): IsoDate => DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate() as string;
