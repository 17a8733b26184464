import { randomBytes } from 'node:crypto';
import mongoose, { Schema, type Connection, type FilterQuery, type Model } from 'mongoose';
import { decodeCursor, type KeysetSpec, type PageQuery } from '@duban/contracts';
import { stackConfig } from '@duban/stack';
import { MAX_BUCKETS_PER_PAGE, findBucketedPage, type BucketedList } from './bucketed-page';
import { HIGH_WATER_SLACK, LIST_BUCKET_SIZE, ListPositionClaim, ListPositionClaimSchema, ListSequenceRecord, ListSequenceSchema, claimListPosition, lastListPosition, listBucketOf, raiseHighWaterMark } from './list-sequence';

/**
 * Bucketed pages against the real store: walking a list with `nextCursor` returns every match
 * exactly once in position order, over gaps in the positions, for a dense filter, a sparse
 * equality filter (the rest of the page read by the filter) and a range the store evaluates
 * itself (short pages, followed to the end).
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_bucketed_${randomBytes(4).toString('hex')}`);
const spec: KeysetSpec = { name: 'rows-by-position', fields: [{ field: 'listSeq', order: 1, type: 'number' }] };

interface Row {
  _id: string;
  colour: string;
  n: number;
  listSeq?: number;
  listBucket?: number;
}

let connection: Connection;
let rows: Model<Row>;
let positions: Model<ListSequenceRecord>;
let claims: Model<ListPositionClaim>;
let list: BucketedList<Row>;

/** Positions 1…LAST with every 7th one a gap (a reservation that was never used). */
const LAST = 1_500;
const used = Array.from({ length: LAST }, (_, i) => i + 1).filter((p) => p % 7 !== 0);
/** Five rare rows, spread so that no 24 consecutive buckets hold a page of them. */
const RARE = new Set([40, 900, 1_000, 1_300, 1_499]);

const page = (limit: number, extra: Partial<PageQuery> = {}): PageQuery => ({ limit, count: false, ...extra });

async function walk(filter: FilterQuery<Row>, limit: number, equalityOnly: boolean, maxPages = 200): Promise<{ ids: string[]; pages: number; short: number }> {
  const ids: string[] = [];
  let cursor: PageQuery['cursor'];
  let short = 0;
  for (let pages = 1; pages <= maxPages; pages++) {
    const res = await findBucketedPage(list, filter, page(limit, cursor ? { cursor } : {}), { equalityOnly });
    ids.push(...res.docs.map((d) => d._id));
    if (res.docs.length < limit && res.nextCursor !== undefined) short++;
    if (res.nextCursor === undefined) return { ids, pages, short };
    cursor = decodeCursor(res.nextCursor, spec);
    expect(cursor).toBeDefined();
  }
  throw new Error(`no last page within ${maxPages} pages`);
}

const idOf = (p: number) => `row-${String(p).padStart(5, '0')}`;
const expected = (keep: (p: number) => boolean) => used.filter(keep).map(idOf);

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  const schema = new Schema<Row>({ _id: String, colour: String, n: Number, listSeq: Number, listBucket: Number }, { collection: 'rows', versionKey: false });
  schema.index({ listBucket: 1 });
  schema.index({ colour: 1 });
  rows = connection.model<Row>('BucketedRow', schema);
  positions = connection.model(ListSequenceRecord.name, ListSequenceSchema);
  claims = connection.model(ListPositionClaim.name, ListPositionClaimSchema);
  await Promise.all([rows.init(), positions.init(), claims.init()]);
  list = { model: rows, positions, name: 'rows', spec };
  // The mark a little behind the last position, as a lost raise can leave it.
  await raiseHighWaterMark(positions, 'rows', LAST - 10);
  // Inserted out of order: the store's own order must not matter.
  const docs = used.map((p) => ({ _id: idOf(p), colour: RARE.has(p) ? 'rare' : p % 3 === 0 ? 'red' : 'blue', n: p, listSeq: p, listBucket: listBucketOf(p) }));
  for (let i = 0; i < docs.length; i += 200) await rows.insertMany(docs.slice(i, i + 200).reverse());
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

it('never hands one position to two concurrent writers, and keeps the mark within the slack', async () => {
  const models = { sequences: positions, claims };
  const claimed = await Promise.all(Array.from({ length: 20 }, () => claimListPosition(models, 'other')));
  expect(new Set(claimed).size).toBe(20);
  expect(Math.min(...claimed)).toBe(1);
  const mark = await lastListPosition(positions, 'other');
  expect(mark + HIGH_WATER_SLACK).toBeGreaterThanOrEqual(Math.max(...claimed));
  // The next claim after them all is past every one of them.
  expect(await claimListPosition(models, 'other')).toBeGreaterThan(Math.max(...claimed));
  expect(await lastListPosition(positions, 'none-yet')).toBe(0);
});

it('walks the whole list in position order over gaps, full pages until the last', async () => {
  const walked = await walk({}, 20, true);
  expect(walked.ids).toEqual(expected(() => true));
  expect(walked.pages).toBe(Math.ceil(used.length / 20));
  expect(walked.short).toBe(0);
});

it('walks a dense equality filter in order', async () => {
  const walked = await walk({ colour: { $eq: 'red' } }, 20, true);
  expect(walked.ids).toEqual(expected((p) => !RARE.has(p) && p % 3 === 0));
  expect(walked.short).toBe(0);
});

it('reads the rest of a page by the filter when an equality filter is sparse', async () => {
  expect(LAST / LIST_BUCKET_SIZE).toBeGreaterThan(MAX_BUCKETS_PER_PAGE * 1.5);
  const walked = await walk({ colour: { $eq: 'rare' } }, 20, true);
  expect(walked.ids).toEqual([...RARE].filter((p) => used.includes(p)).map(idOf));
  expect(walked.pages).toBe(1);
  // A page of 2 needs the filter twice: the first page's cursor is its last row's position.
  const two = await walk({ colour: { $eq: 'rare' } }, 2, true);
  expect(two.ids).toEqual(walked.ids);
  expect(two.short).toBe(0);
});

it('ends a page short, with a cursor, over a sparse stretch of a range filter, and still finds every match', async () => {
  const filter = { n: { $gt: 1_200 }, colour: { $eq: 'blue' } };
  const walked = await walk(filter, 20, false);
  expect(walked.ids).toEqual(expected((p) => p > 1_200 && !RARE.has(p) && p % 3 !== 0));
  // Positions up to 1,200 fill 37 buckets: the first page reads 24 of them and finds nothing.
  expect(walked.short).toBeGreaterThan(0);
});

it('answers an empty last page after the last position, and counts when asked', async () => {
  const after = decodeCursor(Buffer.from(JSON.stringify({ k: spec.name, v: [LAST] })).toString('base64url'), spec)!;
  const res = await findBucketedPage(list, {}, page(20, { cursor: after }), { equalityOnly: true });
  expect(res).toEqual({ docs: [] });
  const counted = await findBucketedPage(list, { colour: { $eq: 'red' } }, page(5, { count: true }), { equalityOnly: true });
  expect(counted.total).toBe(used.filter((p) => !RARE.has(p) && p % 3 === 0).length);
  expect(counted.docs.map((d) => d.listSeq)).toEqual([3, 6, 9, 12, 15]);
});

it('skips with offset on the plain path, in the same order', async () => {
  const res = await findBucketedPage(list, {}, page(3, { offset: 10 }), { equalityOnly: true });
  expect(res.docs.map((d) => d._id)).toEqual(expected(() => true).slice(10, 13));
});
