import { randomUUID } from 'node:crypto';
import { stackConfig } from './index';
import { MongoClient, MongoServerError } from 'mongodb';
import { psql } from './postgres.server';

/**
 * What the persistence layer relies on from FerretDB on PostgreSQL: unique indexes as the
 * idempotency guard, conditional updates, upserts and indexed lookups.
 */
describe('the MongoDB driver against the local FerretDB', () => {
  const config = stackConfig();
  const { appEnv } = config;
  const client = new MongoClient(appEnv.MONGODB_URI);
  const collectionName = `stack_int_spec_${randomUUID().replace(/-/g, '')}`;

  beforeAll(async () => {
    await client.connect();
  });

  afterAll(async () => {
    await client.db().dropCollection(collectionName);
    await client.close();
  });

  it('answers ping', async () => {
    await expect(client.db().admin().ping()).resolves.toMatchObject({ ok: 1 });
  });

  it('stores documents in the local PostgreSQL, not SQLite', async () => {
    const collection = client.db().collection(collectionName);
    await collection.insertOne({ probe: 'postgres' });
    // FerretDB 1.x keeps each MongoDB database as a PostgreSQL schema of its own name.
    const schema = await psql(config, config.postgres.database, `SELECT schema_name FROM information_schema.schemata WHERE schema_name = '${config.mongoDatabase}'`);
    expect(schema.trim()).toBe(config.mongoDatabase);
    const pool = await psql(config, 'postgres', 'SHOW max_connections');
    expect(Number(pool.trim())).toBe(config.postgres.maxConnections);
  });

  it('answers an equality filter from an index, not a scan of the collection (the GIN twins of its indexes)', async () => {
    const collection = client.db().collection<{ _id: string; district: string }>(collectionName);
    await collection.createIndex({ district: 1 });
    await collection.insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: `d${i}`, district: `D${i % 50}` })));
    // Fresh statistics, so the planner's choice does not depend on when autovacuum last ran.
    await psql(config, config.postgres.database, 'ANALYZE');
    for (const filter of [{ _id: 'd1234' }, { district: 'D7' }]) {
      const explained = await client.db().command({ explain: { find: collectionName, filter } });
      expect(JSON.stringify(explained['queryPlanner'])).toMatch(/"Index Name":"gin_/);
      expect(explained['filterPushdown']).toBe(true);
    }
  });

  it('enforces a unique index, so a replayed insert is refused', async () => {
    const events = client.db().collection<{ eventId: string; subject: string }>(collectionName);
    await events.createIndex({ eventId: 1 }, { unique: true });
    await events.insertOne({ eventId: 'e-1', subject: 's-1' });
    const replay = events.insertOne({ eventId: 'e-1', subject: 's-1' });
    await expect(replay).rejects.toBeInstanceOf(MongoServerError);
    await expect(replay).rejects.toMatchObject({ code: 11000 });
    expect(await events.countDocuments({ eventId: 'e-1' })).toBe(1);
  });

  it('applies conditional updates and upserts', async () => {
    const tasks = client.db().collection<{ taskId: string; status: string; version: number }>(collectionName);
    await tasks.updateOne({ taskId: 't-1' }, { $setOnInsert: { status: 'open', version: 1 } }, { upsert: true });
    // Optimistic concurrency: only the writer that saw version 1 wins.
    const submit = { $set: { status: 'submitted' }, $inc: { version: 1 } };
    const reopen = { $set: { status: 'reopened' }, $inc: { version: 1 } };
    const accepted = await tasks.updateOne({ taskId: 't-1', version: 1 }, submit);
    const stale = await tasks.updateOne({ taskId: 't-1', version: 1 }, reopen);
    expect([accepted.modifiedCount, stale.modifiedCount]).toEqual([1, 0]);
    expect(await tasks.findOne({ taskId: 't-1' }, { projection: { _id: 0 } })).toEqual({
      taskId: 't-1',
      status: 'submitted',
      version: 2,
    });
  });
});
