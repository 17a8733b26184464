import type { FilterQuery, Model } from 'mongoose';
import { encodeCursor, type KeysetSpec, type PageQuery } from '@duban/contracts';
import { COUNT_MAX_TIME_MS, findPage, withKeyset, type KeysetPage } from './keyset';
import { HIGH_WATER_SLACK, LIST_BUCKET_SIZE, lastListPosition, listBucketOf, type ListSequenceRecord } from './list-sequence';

/** The fields a bucketed list's rows carry: their position in the list and its bucket. */
export interface ListPositioned {
  listSeq?: number;
  listBucket?: number;
}

/** A list read in position order, bucket by bucket. */
export interface BucketedList<T extends ListPositioned> {
  model: Model<T>;
  positions: Model<ListSequenceRecord>;
  /** The list's counter in `list_sequences`. */
  name: string;
  /** Its keyset: the one field `listSeq`, ascending. */
  spec: KeysetSpec;
}

/**
 * Most buckets one page reads before it stops (ours): with an equality-only filter the rest of
 * the page is then read by the filter itself, whose matches are by then known to be sparse; with
 * a filter the store evaluates itself (a range), the page ends short with a cursor.
 */
export const MAX_BUCKETS_PER_PAGE = 24;

/**
 * One page of `list` matching `filter`, in position order, after `query.cursor`.
 *
 * FerretDB 1.x sorts and limits in its own process after reading every row the filter's top-level
 * equalities let through (docs/store.md), so a sorted page of an unfiltered list of 100,000 rows
 * reads 100,000 rows. Here a page instead reads bucket after bucket (`listBucket = b`, an indexed
 * equality: at most {@link LIST_BUCKET_SIZE} rows each) from the cursor's bucket on (the first
 * together with the list's high-water mark), until it has one row more than the page, passed the
 * high-water mark (and its slack), or read {@link MAX_BUCKETS_PER_PAGE} buckets. In the last case:
 * - `equalityOnly` (every filter field is a top-level `$eq`): matches are fewer than one page per
 *   {@link MAX_BUCKETS_PER_PAGE} buckets, so the rest is read by the filter alone, sorted by the
 *   store: it costs what the (now known to be few) matches cost;
 * - otherwise the page ends there, possibly short or empty, with a cursor after the last bucket
 *   read: the caller follows `nextCursor` until there is none.
 *
 * `offset` (at most 1,000) takes the plain path ({@link findPage}): it reads every match.
 */
export async function findBucketedPage<T extends ListPositioned>(list: BucketedList<T>, filter: FilterQuery<T>, query: PageQuery, options: { equalityOnly: boolean }): Promise<KeysetPage<T>> {
  if (query.offset !== undefined && query.offset > 0) return findPage(list.model, list.spec, filter, query);
  const after = query.cursor ? Number(query.cursor.values[0]) : 0;
  const want = query.limit + 1;
  const counting = query.count ? list.model.countDocuments(filter).maxTimeMS(COUNT_MAX_TIME_MS).exec() : Promise.resolve(undefined);
  const readBucket = (b: number): Promise<T[]> =>
    list.model
      .find({ ...filter, listBucket: { $eq: b } } as FilterQuery<T>)
      .lean<T[]>()
      .exec();

  // The first bucket is read together with the high-water mark (which may lag the last claim by a
  // few positions: read up to the slack past it). Then one bucket at a time: most pages end in the
  // first or second bucket, and reading the second at once would double the rows of those that end
  // in the first (measured: one page at 100,000 enterprises 30 → 42 ms at p50).
  let bucket = listBucketOf(after + 1);
  const [mark, first] = await Promise.all([lastListPosition(list.positions, list.name), readBucket(bucket)]);
  const lastBucket = listBucketOf(mark + HIGH_WATER_SLACK);
  const rows: T[] = [];
  const take = (docs: T[]) => rows.push(...docs.filter((d) => (d.listSeq ?? 0) > after).sort((a, b) => (a.listSeq ?? 0) - (b.listSeq ?? 0)));
  take(first);
  bucket++;
  for (let reads = 1; rows.length < want && bucket <= lastBucket && reads < MAX_BUCKETS_PER_PAGE; reads++, bucket++) take(await readBucket(bucket));
  let stoppedShort = rows.length < want && bucket <= lastBucket;
  if (stoppedShort && options.equalityOnly) {
    const rest = await list.model
      .find(withKeyset(filter, { listSeq: { $gte: bucket * LIST_BUCKET_SIZE } }))
      .sort({ listSeq: 1 })
      .limit(want - rows.length)
      .lean<T[]>()
      .exec();
    rows.push(...rest);
    stoppedShort = false;
  }

  const total = await counting;
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const next = more ? page[page.length - 1]?.listSeq : stoppedShort ? bucket * LIST_BUCKET_SIZE - 1 : undefined;
  return {
    docs: page,
    ...(next !== undefined && { nextCursor: encodeCursor(list.spec, [next]) }),
    ...(total !== undefined && { total }),
  };
}
