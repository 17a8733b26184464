import { randomBytes } from 'node:crypto';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import { stackConfig } from '@duban/stack';
import { BULK_WRITE_CHUNK, bulkWriteInChunks, isBulkDuplicateKeyOnly } from './bulk-write';

/**
 * Chunked bulk writes against the local FerretDB: the sums of a bulk sent in chunks, and the
 * wedge they prevent. One `bulkWrite` of as many matching updates as FerretDB's pool has
 * connections never answers (docs/store.md); the same statements in chunks go through.
 */
interface Doc {
  _id: string;
  n: number;
}
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_bulk_${randomBytes(4).toString('hex')}`);
let connection: Connection;
let model: Model<Doc>;

beforeAll(async () => {
  connection = await mongoose.createConnection(uri).asPromise();
  model = connection.model<Doc>('BulkDoc', new Schema<Doc>({ _id: String, n: Number }, { versionKey: false }), 'bulk_docs');
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

beforeEach(async () => {
  await model.deleteMany({}).exec();
});

const ids = (count: number) => Array.from({ length: count }, (_, i) => `d${String(i).padStart(4, '0')}`);

it('applies more matching updates than the store pool has connections, in chunks, and sums the counts', async () => {
  // Above FerretDB's pool of 200 (tools/stack): as one command this would wait forever.
  const all = ids(230);
  await model.insertMany(all.map((_id) => ({ _id, n: 0 })));
  const counts = await bulkWriteInChunks(model, all.map((_id) => ({ updateOne: { filter: { _id }, update: { $inc: { n: 1 } } } })), { ordered: false });
  expect(counts).toMatchObject({ matchedCount: 230, modifiedCount: 230 });
  expect(await model.countDocuments({ n: 1 }).exec()).toBe(230);
}, 60_000);

it('upserts across chunks and reports what it inserted', async () => {
  const all = ids(BULK_WRITE_CHUNK * 2 + 3);
  const counts = await bulkWriteInChunks(model, all.map((_id) => ({ updateOne: { filter: { _id }, update: { $setOnInsert: { n: 7 } }, upsert: true } })), { ordered: true });
  expect(counts.upsertedCount).toBe(all.length);
  expect(await model.countDocuments({ n: 7 }).exec()).toBe(all.length);
});

it('unordered: runs every chunk past a duplicate key, then throws an error the caller can recognise', async () => {
  const all = ids(BULK_WRITE_CHUNK * 3);
  await model.create({ _id: all[0], n: 0 });
  const write = bulkWriteInChunks(model, all.map((_id) => ({ insertOne: { document: { _id, n: 1 } } })), { ordered: false });
  const error = await write.then(() => undefined, (e: unknown) => e);
  expect(isBulkDuplicateKeyOnly(error)).toBe(true);
  // Every other document, in every chunk, is stored.
  expect(await model.countDocuments({ n: 1 }).exec()).toBe(all.length - 1);
});

it('ordered: stops at the chunk that failed', async () => {
  const all = ids(BULK_WRITE_CHUNK * 3);
  await model.create({ _id: all[BULK_WRITE_CHUNK + 1], n: 0 });
  await expect(bulkWriteInChunks(model, all.map((_id) => ({ insertOne: { document: { _id, n: 1 } } })), { ordered: true })).rejects.toMatchObject({ code: 11000 });
  // The first chunk and the second up to the duplicate; nothing of the third.
  expect(await model.countDocuments({ n: 1 }).exec()).toBe(BULK_WRITE_CHUNK + 1);
});
