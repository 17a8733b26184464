import { randomBytes } from 'node:crypto';
import mongoose, { Schema, type Connection, type Model } from 'mongoose';
import type { CommandStartedEvent } from 'mongodb';
import { stackConfig } from '@duban/stack';
import { boundedQueriesPlugin, type StoreOperationObserver } from './bounded-queries.plugin';

/**
 * The bounded-queries plugin against the stack's real FerretDB: every query operation a
 * repository uses reaches the server with `maxTimeMS` (seen on the wire with command monitoring),
 * the server accepts it for each command, a query's own limit wins, and a query that runs out of
 * time fails as MaxTimeMSExpired (code 50) rather than hanging.
 */
const uri = stackConfig().appEnv.MONGODB_URI.replace(/\/[^/]*$/, `/duban_int_bounded_${randomBytes(4).toString('hex')}`);
const MAX_TIME_MS = 2500;

interface Item {
  _id: string;
  n: number;
  text: string;
}

let connection: Connection;
let items: Model<Item>;
const commands: CommandStartedEvent[] = [];
const observed: { started: string[]; ended: number } = { started: [], ended: 0 };
const observer: StoreOperationObserver = {
  start: (operation, collection) => observed.started.push(`${operation} ${collection}`),
  end: () => {
    observed.ended += 1;
  },
};

beforeAll(async () => {
  connection = await mongoose.createConnection(uri, { monitorCommands: true, serverSelectionTimeoutMS: 5000 }).asPromise();
  connection.plugin(boundedQueriesPlugin, { maxTimeMS: MAX_TIME_MS, observer });
  items = connection.model<Item>('BoundedItem', new Schema<Item>({ _id: String, n: Number, text: String }));
  connection.getClient().on('commandStarted', (e) => commands.push(e));
  // Enough rows that an unindexed regex over all of them takes well over 1 ms on FerretDB.
  await items.insertMany(Array.from({ length: 3000 }, (_, i) => ({ _id: `i${i}`, n: i, text: `item ${i} ${'x'.repeat(200)}` })));
});

afterAll(async () => {
  await connection?.dropDatabase();
  await connection?.close();
});

beforeEach(() => {
  commands.length = 0;
  observed.started.length = 0;
  observed.ended = 0;
});

/** The maxTimeMS of the last command named `name` that went to the server. */
function sentMaxTime(name: string): unknown {
  const command = [...commands].reverse().find((c) => c.commandName === name);
  if (!command) throw new Error(`no ${name} command was sent (sent: ${commands.map((c) => c.commandName).join(', ')})`);
  return command.command['maxTimeMS'];
}

describe('boundedQueriesPlugin on FerretDB', () => {
  it('puts maxTimeMS on every query, count, update, delete and aggregate, and the server accepts it', async () => {
    await items.find({ n: { $lt: 5 } }).exec();
    expect(sentMaxTime('find')).toBe(MAX_TIME_MS);
    await items.findOne({ _id: 'i1' }).lean().exec();
    expect(sentMaxTime('find')).toBe(MAX_TIME_MS);
    expect(await items.countDocuments({ n: { $gte: 10 } }).exec()).toBe(2990);
    expect(sentMaxTime('aggregate')).toBe(MAX_TIME_MS);
    expect(await items.estimatedDocumentCount().exec()).toBe(3000);
    expect(sentMaxTime('count')).toBe(MAX_TIME_MS);
    // FerretDB 1.24 refuses maxTimeMS on distinct ("unknown field"): the plugin leaves it off.
    expect((await items.distinct('n', { n: { $lt: 3 } }).exec()).sort()).toEqual([0, 1, 2]);
    expect(sentMaxTime('distinct')).toBeUndefined();
    await items.updateOne({ _id: 'i2' }, { $set: { text: 'changed' } }).exec();
    expect(sentMaxTime('update')).toBe(MAX_TIME_MS);
    await items.updateMany({ n: { $lt: 2 } }, { $inc: { n: 0 } }).exec();
    expect(sentMaxTime('update')).toBe(MAX_TIME_MS);
    await items.findOneAndUpdate({ _id: 'i3' }, { $set: { text: 'changed' } }).exec();
    expect(sentMaxTime('findAndModify')).toBe(MAX_TIME_MS);
    await items.deleteOne({ _id: 'nope' }).exec();
    expect(sentMaxTime('delete')).toBe(MAX_TIME_MS);
    await items.deleteMany({ _id: 'nope' }).exec();
    expect(sentMaxTime('delete')).toBe(MAX_TIME_MS);
    await items.aggregate([{ $match: { n: { $lt: 3 } } }]).exec();
    expect(sentMaxTime('aggregate')).toBe(MAX_TIME_MS);
    const cursor = items.find({ n: { $lt: 10 } }).cursor({ batchSize: 2 });
    try {
      for await (const _ of cursor) break;
    } finally {
      await cursor.close();
    }
    expect(sentMaxTime('find')).toBe(MAX_TIME_MS);
  });

  it("keeps a query's own maxTimeMS", async () => {
    await items.find({ n: 1 }).maxTimeMS(9000).exec();
    expect(sentMaxTime('find')).toBe(9000);
    await items.aggregate([{ $match: { n: 1 } }]).option({ maxTimeMS: 8000 }).exec();
    expect(sentMaxTime('aggregate')).toBe(8000);
  });

  it('tells the observer of each operation, ended whether it succeeded or failed', async () => {
    await items.findOne({ _id: 'i1' }).exec();
    await expect(items.find({ n: { $regex: 'x' } }).exec()).rejects.toThrow(); // $regex on a number: refused by the server
    await items.aggregate([{ $match: { n: 1 } }]).exec();
    expect(observed.started).toEqual(['findOne boundeditems', 'find boundeditems', 'aggregate boundeditems']);
    expect(observed.ended).toBe(3);
  });

  it('fails a query that runs out of time with MaxTimeMSExpired (code 50), not a hang', async () => {
    const started = Date.now();
    const error = await items
      .find({ text: { $regex: 'never-there$' } })
      .sort({ text: -1 })
      .maxTimeMS(1)
      .exec()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ name: 'MongoServerError', code: 50 });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
