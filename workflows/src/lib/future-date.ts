import { ErrorCode } from '@duban/contracts';
import { rejection, type Rejection } from './decision';

/**
 * Refuses (TASK.INVALID_DATE, naming `body.{field}`) anything but a real calendar date
 * `YYYY-MM-DD` on or after `today` (plan time, Asia/Shanghai). `2026-02-30` parses (as March
 * 2nd) but does not round-trip, so it is refused too. Pure: returns the rejection, or undefined.
 */
export function futureDateRejection(date: string, field: string, today: string): Rejection | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    return rejection(ErrorCode.InvalidDate, `${field} must be a date YYYY-MM-DD`, { errors: [{ field: `body.${field}`, rule: 'must be a date YYYY-MM-DD' }] });
  }
  if (date < today) {
    return rejection(ErrorCode.InvalidDate, `${field} ${date} is in the past (today is ${today})`, { errors: [{ field: `body.${field}`, rule: `must be today (${today}) or later` }] });
  }
  return undefined;
}
