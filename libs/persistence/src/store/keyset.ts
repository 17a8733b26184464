import type { FilterQuery, Model, SortOrder } from 'mongoose';
import { encodeCursor, type CursorValue, type KeysetSpec, type PageCursor, type PageQuery } from '@duban/contracts';

/** How long a `count=true` may take before the store gives up (the request then answers 503). */
export const COUNT_MAX_TIME_MS = 2_000;

/** The sort document of a keyset: its fields in order, `_id` last. */
export function keysetSort(spec: KeysetSpec): Record<string, SortOrder> {
  return Object.fromEntries(spec.fields.map((f) => [f.field, f.order]));
}

/**
 * The documents strictly after `values` in the keyset's order: for keys k1…kn,
 * `k1 > v1 OR (k1 = v1 AND k2 > v2) OR …` (`<` for a descending key). Every value goes in with an
 * explicit operator, so a cursor can never carry one of its own.
 */
export function keysetAfter(spec: KeysetSpec, values: readonly CursorValue[]): FilterQuery<unknown> {
  const branches = spec.fields.map((field, i) => {
    const branch: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) branch[spec.fields[j]!.field] = { $eq: values[j] };
    branch[field.field] = { [field.order === 1 ? '$gt' : '$lt']: values[i] };
    return branch;
  });
  return branches.length === 1 ? branches[0]! : { $or: branches };
}

/**
 * `filter` AND `after`, keeping the filter's plain fields at the top level: FerretDB pushes only
 * top-level equality down to PostgreSQL, so wrapping the whole filter in `$and` would lose it.
 */
export function withKeyset<T>(filter: FilterQuery<T>, after: FilterQuery<unknown> | undefined): FilterQuery<T> {
  if (!after) return filter;
  const combined: Record<string, unknown> = { ...filter };
  const conflicts = Object.keys(after).some((k) => k in combined);
  if (!conflicts) return { ...combined, ...after } as FilterQuery<T>;
  const and = (combined['$and'] as unknown[] | undefined) ?? [];
  combined['$and'] = [...and, after];
  return combined as FilterQuery<T>;
}

/** The sort key values of `doc`, in the keyset's order, for its cursor. */
export function keysetValues(spec: KeysetSpec, doc: object): CursorValue[] {
  return spec.fields.map((f) => {
    const value = (doc as Record<string, unknown>)[f.field];
    if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
    throw new TypeError(`keyset ${spec.name}: ${f.field} of a listed document is ${value === null ? 'null' : typeof value}; a sort key must be set on every document`);
  });
}

export interface KeysetPage<T> {
  docs: T[];
  nextCursor?: string;
  total?: number;
}

/**
 * One page of `model` matching `filter` in the keyset's order, after `query.cursor` (or skipping
 * `query.offset`, at most 1000), reading one document more than the page to know whether another
 * page follows. `total` only when `query.count` is set, counted under {@link COUNT_MAX_TIME_MS}.
 */
export async function findPage<T extends object>(model: Model<T>, spec: KeysetSpec, filter: FilterQuery<T>, query: PageQuery): Promise<KeysetPage<T>> {
  const cursor: PageCursor | undefined = query.cursor;
  const paged = withKeyset(filter, cursor ? keysetAfter(spec, cursor.values) : undefined);
  let find = model.find(paged).sort(keysetSort(spec));
  if (query.offset !== undefined && query.offset > 0) find = find.skip(query.offset);
  const [docs, total] = await Promise.all([
    find
      .limit(query.limit + 1)
      .lean<T[]>()
      .exec(),
    query.count ? model.countDocuments(filter).maxTimeMS(COUNT_MAX_TIME_MS).exec() : Promise.resolve(undefined),
  ]);
  const more = docs.length > query.limit;
  const page = more ? docs.slice(0, query.limit) : docs;
  const last = page[page.length - 1];
  return {
    docs: page,
    ...(more && last !== undefined && { nextCursor: encodeCursor(spec, keysetValues(spec, last)) }),
    ...(total !== undefined && { total }),
  };
}

/** The page fields of a list answer from a {@link KeysetPage}. */
export function pageInfo(page: KeysetPage<unknown>): { nextCursor?: string; total?: number } {
  return { ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }), ...(page.total !== undefined && { total: page.total }) };
}
