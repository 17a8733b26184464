import { DateTime } from 'luxon';
import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import type { HolidayYear } from './holidays.data';

/** Years a notice may be loaded for: the first year of the modelled regulation to the end of the checked lunar range. */
export const NOTICE_FIRST_YEAR = 2008;
export const NOTICE_LAST_YEAR = 2100;

/** How far back into the previous December a notice may reach (ours; see `working-days.ts`). */
const PREVIOUS_DECEMBER_FROM_DAY = 25;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayOf(value: unknown): DateTime | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const day = DateTime.fromISO(value, { zone: 'utc' });
  return day.isValid ? day : null;
}

/** The shape of a notice, field by field; built on first use (see `onFirstUse`: issue 14, R4). */
const holidayYearShape = onFirstUse(() => {
  const isoDate = z.string({ invalid_type_error: 'must be a calendar date written YYYY-MM-DD', required_error: 'is required' }).refine((v) => dayOf(v) !== null, {
    message: 'must be a calendar date written YYYY-MM-DD',
  });

  const periodShape = z.object({
    name: z.string({ invalid_type_error: 'must be a string', required_error: 'is required' }).trim().min(1, 'must name the festival, as printed in the notice'),
    firstDay: isoDate,
    lastDay: isoDate,
    days: z.number({ invalid_type_error: 'must be a number', required_error: 'is required' }).int('must be a whole number of days').min(1, 'must be at least 1'),
    workingWeekendDays: z.array(isoDate, { invalid_type_error: 'must be a list of dates', required_error: 'is required (an empty list if none)' }),
  });

  return z.object({
    year: z
      .number({ invalid_type_error: 'must be a number', required_error: 'is required' })
      .int('must be a whole year')
      .min(NOTICE_FIRST_YEAR, `must be from ${NOTICE_FIRST_YEAR} to ${NOTICE_LAST_YEAR}`)
      .max(NOTICE_LAST_YEAR, `must be from ${NOTICE_FIRST_YEAR} to ${NOTICE_LAST_YEAR}`),
    notice: z
      .string({ invalid_type_error: 'must be a string', required_error: 'is required' })
      .trim()
      .min(1, 'must be the notice\'s document number, e.g. 国办发明电〔2026〕7号'),
    periods: z.array(periodShape, { invalid_type_error: 'must be a list of periods', required_error: 'is required' }).min(1, 'must list at least one period'),
  });
});

/** One thing wrong with a submitted year, at its JSON path (`periods.2.workingWeekendDays.0`). */
export interface HolidayYearProblem {
  readonly path: string;
  /** The rule broken, in plain English. */
  readonly rule: string;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * The rules across fields, checked on whatever parts of the input are well-formed, so that one
 * malformed field does not hide the other problems.
 */
function crossFieldProblems(input: unknown): HolidayYearProblem[] {
  const problems: HolidayYearProblem[] = [];
  const root = record(input);
  const periods = root !== null && Array.isArray(root['periods']) ? (root['periods'] as unknown[]) : [];
  const year = root !== null && typeof root['year'] === 'number' && Number.isInteger(root['year']) ? (root['year'] as number) : null;
  const earliest = year === null ? null : DateTime.fromObject({ year: year - 1, month: 12, day: PREVIOUS_DECEMBER_FROM_DAY }, { zone: 'utc' });
  const inYear = (day: DateTime): boolean => year === null || earliest === null || (day >= earliest && day.year <= year);
  const outsideRule = `must lie in ${year ?? 'the year'} or in ${PREVIOUS_DECEMBER_FROM_DAY}–31 December ${year === null ? 'of the year before' : year - 1}`;

  const spans: { index: number; name: string; first: DateTime; last: DateTime }[] = [];
  periods.forEach((raw, i) => {
    const p = record(raw);
    if (p === null) return;
    const first = dayOf(p['firstDay']);
    const last = dayOf(p['lastDay']);
    if (first !== null && !inYear(first)) problems.push({ path: `periods.${i}.firstDay`, rule: outsideRule });
    if (last !== null && !inYear(last)) problems.push({ path: `periods.${i}.lastDay`, rule: outsideRule });
    if (first !== null && last !== null) {
      if (last < first) {
        problems.push({ path: `periods.${i}.lastDay`, rule: 'must not be before firstDay' });
      } else {
        const span = last.diff(first, 'days').days + 1;
        if (typeof p['days'] === 'number' && p['days'] !== span) {
          problems.push({ path: `periods.${i}.days`, rule: `must equal the number of days from firstDay to lastDay, ${span}` });
        }
        spans.push({ index: i, name: typeof p['name'] === 'string' ? p['name'] : `period ${i}`, first, last });
      }
    }
  });

  // Periods may be listed in any order; each pair is compared once, the later one named.
  for (const a of spans) {
    for (const b of spans) {
      if (b.index > a.index && b.first <= a.last && a.first <= b.last) {
        problems.push({ path: `periods.${b.index}`, rule: `must not overlap periods.${a.index} (${a.name}): a day off belongs to one break` });
      }
    }
  }

  const seen = new Map<string, string>();
  periods.forEach((raw, i) => {
    const p = record(raw);
    const worked = p !== null && Array.isArray(p['workingWeekendDays']) ? (p['workingWeekendDays'] as unknown[]) : [];
    worked.forEach((value, j) => {
      const path = `periods.${i}.workingWeekendDays.${j}`;
      const day = dayOf(value);
      if (day === null) return;
      if (day.weekday < 6) problems.push({ path, rule: 'must be a Saturday or Sunday: only a weekend day can be made a working day' });
      if (!inYear(day)) problems.push({ path, rule: outsideRule });
      const inside = spans.find((s) => day >= s.first && day <= s.last);
      if (inside !== undefined) problems.push({ path, rule: `must not fall inside a period's days off (periods.${inside.index}, ${inside.name})` });
      const iso = value as string;
      const earlier = seen.get(iso);
      if (earlier !== undefined) problems.push({ path, rule: `must be listed once; already at ${earlier}` });
      else seen.set(iso, path);
    });
  });
  return problems;
}

/**
 * A State Council holiday notice as data (see {@link HolidayYear}), e.g. for `POST /calendar/years`.
 * Shape: `year` an integer 2008–2100; `notice` the document number, non-empty; `periods` non-empty,
 * each with `name`, `firstDay` ≤ `lastDay`, `days` equal to that span, and `workingWeekendDays`.
 * Across fields: every date in the year or in 25–31 December of the year before; make-up days on a
 * Saturday or Sunday, outside every period, each listed once; periods do not overlap.
 */
export const holidayYearSchema = onFirstUse(() =>
  holidayYearShape().superRefine((value, ctx) => {
    for (const p of crossFieldProblems(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: p.rule });
  }),
);

/**
 * Checks a submitted notice and lists every problem at once, each at its JSON path with the rule
 * in plain English; nothing is thrown.
 *
 * @param input anything, e.g. a parsed request body.
 * @returns the year as typed data, or the problems (never an empty list).
 */
export function validateHolidayYear(input: unknown): { ok: true; year: HolidayYear } | { ok: false; problems: HolidayYearProblem[] } {
  const shape = holidayYearShape().safeParse(input);
  const problems: HolidayYearProblem[] = shape.success ? [] : shape.error.issues.map((i) => ({ path: i.path.join('.'), rule: i.message }));
  problems.push(...crossFieldProblems(input));
  if (problems.length > 0 || !shape.success) return { ok: false, problems };
  return { ok: true, year: shape.data };
}
