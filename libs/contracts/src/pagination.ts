import { z } from 'zod';

/** How a cursor stores one sort key value. */
export type CursorFieldType = 'date' | 'string' | 'number';

/** One key of a list's sort order: the stored field, its direction, and how its value is kept in a cursor. */
export interface KeysetField {
  readonly field: string;
  readonly order: 1 | -1;
  readonly type: CursorFieldType;
}

/**
 * A list's total order, as keyset pagination needs it: the sort keys, the last of which is `_id`
 * (unique), so every document has exactly one place and a page boundary never splits ties.
 * `name` is written into each cursor, so a cursor of one list is refused by another.
 */
export interface KeysetSpec {
  readonly name: string;
  readonly fields: readonly KeysetField[];
}

export type CursorValue = string | number | Date;

/** A decoded cursor: the sort key values of the last item of the previous page, in `fields` order. */
export interface PageCursor {
  readonly keyset: string;
  readonly values: readonly CursorValue[];
}

/** The most items skipped by `offset`: past this, a page costs too much to skip to; use the cursor. */
export const MAX_PAGE_OFFSET = 1000;
/** Longest cursor accepted (base64url characters); the longest real one is well under 400. */
export const MAX_CURSOR_LENGTH = 1024;

const keyset = (name: string, ...fields: [string, 1 | -1, CursorFieldType][]): KeysetSpec => ({
  name,
  fields: fields.map(([field, order, type]) => ({ field, order, type })),
});

/** The task inbox (and briefs): nearest deadline first. */
export const TASK_INBOX_KEYSET = keyset('tasks', ['deadline', 1, 'date'], ['_id', 1, 'string']);
/**
 * The 督查室 inbox: longest-waiting case first, by board position (the order in which the
 * consumer first wrote each case: the order they were raised). Renamed from `escalations`
 * (by raisedAt), so an older cursor is a 400.
 */
export const ESCALATION_INBOX_KEYSET = keyset('escalations-by-position', ['listSeq', 1, 'number']);
/**
 * The enterprise list: by list position, the order in which the projection first wrote each
 * enterprise (registration order). Renamed from `enterprises` (by id), so an older cursor is a 400.
 */
export const ENTERPRISE_LIST_KEYSET = keyset('enterprises-by-position', ['listSeq', 1, 'number']);
/** A unit's notifications: newest first. */
export const NOTIFICATION_KEYSET = keyset('notifications', ['createdAt', -1, 'date'], ['_id', 1, 'string']);
/** The audit export without a subject: by event time, then subject and sequence. */
export const AUDIT_TIME_KEYSET = keyset('audit', ['time', 1, 'date'], ['subject', 1, 'string'], ['sequence', 1, 'number'], ['_id', 1, 'string']);
/**
 * The audit trail without a subject: in recording order, by log position (records appended within
 * the same second or so by different consumers may interleave in blocks of 32; ours).
 */
export const AUDIT_LIST_KEYSET = keyset('audit-by-position', ['listSeq', 1, 'number']);
/** One subject's audit trail: in sequence order. */
export const AUDIT_SUBJECT_KEYSET = keyset('audit-subject', ['sequence', 1, 'number'], ['_id', 1, 'string']);

/**
 * The opaque cursor of the page after the item whose sort key values are `values`:
 * base64url of `{"k": keyset name, "v": [values]}` (dates as ISO-8601 strings).
 */
export function encodeCursor(spec: KeysetSpec, values: readonly CursorValue[]): string {
  if (values.length !== spec.fields.length) throw new RangeError(`cursor of ${spec.name} needs ${spec.fields.length} values, got ${values.length}`);
  const v = values.map((value) => (value instanceof Date ? value.toISOString() : value));
  return Buffer.from(JSON.stringify({ k: spec.name, v }), 'utf8').toString('base64url');
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * Decodes a cursor that {@link encodeCursor} made for one of `specs`; `undefined` for anything
 * else (not base64url, not JSON, another list's cursor, a value of the wrong type or count).
 * Nothing in a cursor is trusted beyond that: the values are only ever compared with `$gt`/`$lt`
 * against typed fields.
 */
export function decodeCursor(raw: string, ...specs: KeysetSpec[]): PageCursor | undefined {
  if (raw.length === 0 || raw.length > MAX_CURSOR_LENGTH || !BASE64URL.test(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { k, v } = parsed as { k?: unknown; v?: unknown };
  const spec = specs.find((s) => s.name === k);
  if (!spec || !Array.isArray(v) || v.length !== spec.fields.length) return undefined;
  const values: CursorValue[] = [];
  for (const [i, field] of spec.fields.entries()) {
    const value = decodeValue(field.type, v[i]);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return { keyset: spec.name, values };
}

function decodeValue(type: CursorFieldType, value: unknown): CursorValue | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.length <= 300 ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'date': {
      if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return undefined;
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? undefined : date;
    }
  }
}

const CURSOR_RULE = 'is not a cursor of this list (pass the nextCursor of the previous page as given)';

/** A `cursor` query field decoded against `specs`; a malformed one is a 400 naming `query.cursor`. */
export const cursorField = (...specs: KeysetSpec[]) =>
  z
    .string()
    .transform((raw, ctx): PageCursor => {
      const cursor = decodeCursor(raw, ...specs);
      if (!cursor) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: CURSOR_RULE });
        return z.NEVER;
      }
      return cursor;
    })
    .optional();

/** `true`/`false` in a query string. */
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * The paging fields of a list query:
 * - `limit`: items per page;
 * - `cursor`: the `nextCursor` of the previous page (keyset pagination: each page costs the same however deep);
 * - `offset`: items to skip, at most {@link MAX_PAGE_OFFSET} (ours: skipping is linear in the offset
 *   on every store, so deep pages take the cursor); not together with `cursor`;
 * - `count`: `true` adds `total` (every match counted, bounded by the store's time limit); off by
 *   default because a full count costs as much as reading every match.
 */
export const pageFields = (defaultLimit: number, maxLimit: number, ...specs: KeysetSpec[]) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  cursor: cursorField(...specs),
  offset: z.coerce.number().int().min(0).max(MAX_PAGE_OFFSET, `must be at most ${MAX_PAGE_OFFSET}; page further with cursor`).optional(),
  count: flag.default('false'),
});

/** The paging fields after parsing. */
export interface PageQuery {
  limit: number;
  cursor?: PageCursor;
  offset?: number;
  count: boolean;
}

/** Refuses `offset` together with `cursor` (they would mean two different pages). */
export function refinePaging(q: { cursor?: PageCursor; offset?: number }, ctx: z.RefinementCtx): void {
  if (q.cursor !== undefined && q.offset !== undefined && q.offset > 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['offset'], message: 'cannot be combined with cursor' });
  }
}

/**
 * What every list answers besides its items: `nextCursor` when there may be more (absent on the
 * last page), and `total` only when asked with `count=true`.
 */
export const pageInfoSchema = z.object({
  nextCursor: z.string().optional().describe('pass as `cursor` for the next page; absent on the last page'),
  total: z.number().int().min(0).optional().describe('every match, with `count=true` only'),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

/** The answer of a list operation: its items and {@link PageInfo}. */
export const pageSchema = <Item extends z.ZodTypeAny>(item: Item) => pageInfoSchema.extend({ items: z.array(item) });
