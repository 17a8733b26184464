import { ErrorCode } from '@duban/contracts';
import { reject } from './failures';

/**
 * Refuses (TASK.INVALID_DATE, naming `body.{field}`) anything but a real calendar date
 * `YYYY-MM-DD` on or after `today` (plan time, Asia/Shanghai). `2026-02-30` parses (as March
 * 2nd) but does not round-trip, so it is refused too.
 */
export function requireFutureDate(date: string, field: string, today: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw reject(ErrorCode.InvalidDate, `${field} must be a date YYYY-MM-DD`, { errors: [{ field: `body.${field}`, rule: 'must be a date YYYY-MM-DD' }] });
  }
  if (date < today) {
    throw reject(ErrorCode.InvalidDate, `${field} ${date} is in the past (today is ${today})`, { errors: [{ field: `body.${field}`, rule: `must be today (${today}) or later` }] });
  }
}
