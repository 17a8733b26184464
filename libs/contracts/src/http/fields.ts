import { z } from 'zod';
import { CODE_PATTERN, PLAN_ID_PATTERN } from '../ids';

// Fields shared by the request schemas of the HTTP API (one file per feature beside: plans/,
// tasks/, audit/, enterprises/…). Every schema is strict: an unknown field is a 400 naming the
// field, and nothing but plain JSON values gets through (so `{"$ne": …}` smuggled into a field
// fails its type).

/** A calendar date `YYYY-MM-DD` that exists (`2026-02-30` does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'is not a calendar date');

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * Evidence (佐证材料): references only, `https://…`, a document-store `doc://…` URI or an uploaded
 * file `evidence://<id>` (issue 13; the API checks the file is the task's); at most 20.
 */
export const evidenceSchema = z
  .array(
    z
      .object({
        title: text(200),
        uri: z.string().trim().max(2000).regex(/^(https:\/\/|doc:\/\/|evidence:\/\/)\S+$/, 'must be an https://, doc:// or evidence:// URI'),
      })
      .strict(),
  )
  .max(20);

/** A unit code (STIIC, FUTIAN…). */
export const unitCode = z.string().regex(CODE_PATTERN, 'must be a unit code');

/** A plan id. */
export const planIdField = z.string().regex(PLAN_ID_PATTERN, 'is not a plan id');
