import type { AnyBulkWriteOperation, Model, mongo } from 'mongoose';
import { DUPLICATE_KEY } from './store-errors';

/**
 * Statements per `bulkWrite` command sent to the store. FerretDB 1.24 runs a bulk of updates as
 * one `update` command that keeps a backend connection for every statement that matched until
 * the whole command ends, and takes one more to write; a bulk of as many matching updates as its
 * pool has connections waits for a connection forever and wedges every database (issue 9,
 * docs/store.md). 10 keeps one command at 11 connections at most, so the pool (200) covers every
 * process's driver pool twice over plus a chunk each; a chunk is still one round trip.
 */
export const BULK_WRITE_CHUNK = 10;


/** What callers read of a bulk write's result, summed over its chunks. */
export interface BulkWriteCounts {
  insertedCount: number;
  matchedCount: number;
  modifiedCount: number;
  deletedCount: number;
  upsertedCount: number;
}

/**
 * `model.bulkWrite(ops, { ordered })` in chunks of at most {@link BULK_WRITE_CHUNK} statements,
 * sent one after the other so that one process never has more than one chunk in the store.
 *
 * Keeps `bulkWrite`'s semantics across chunks: ordered, the first failing chunk stops the rest
 * and its error is thrown; unordered, every chunk runs and then the first error is thrown,
 * preferring one that is not only duplicate keys (so a caller that tolerates duplicates, with
 * {@link isBulkDuplicateKeyOnly}, still sees any real failure). Not atomic, as `bulkWrite` never
 * is: the callers are idempotent and re-apply a batch after a failure.
 */
export async function bulkWriteInChunks<T extends mongo.Document>(model: Model<T>, ops: readonly AnyBulkWriteOperation<T>[], options: { ordered: boolean }): Promise<BulkWriteCounts> {
  const counts: BulkWriteCounts = { insertedCount: 0, matchedCount: 0, modifiedCount: 0, deletedCount: 0, upsertedCount: 0 };
  const errors: unknown[] = [];
  for (let i = 0; i < ops.length; i += BULK_WRITE_CHUNK) {
    try {
      // mongoose types a model's bulk operations through a conditional on T that a generic T cannot satisfy.
      const chunk = ops.slice(i, i + BULK_WRITE_CHUNK) as Parameters<Model<T>['bulkWrite']>[0];
      const res = await model.bulkWrite(chunk, { ordered: options.ordered });
      counts.insertedCount += res.insertedCount;
      counts.matchedCount += res.matchedCount;
      counts.modifiedCount += res.modifiedCount;
      counts.deletedCount += res.deletedCount;
      counts.upsertedCount += res.upsertedCount;
    } catch (e) {
      if (options.ordered) throw e;
      errors.push(e);
    }
  }
  if (errors.length > 0) throw errors.find((e) => !isBulkDuplicateKeyOnly(e)) ?? errors[0];
  return counts;
}

/** Whether a (bulk) write failed only because some documents existed already (E11000). */
export function isBulkDuplicateKeyOnly(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const writeErrors = (e as { writeErrors?: unknown }).writeErrors;
  const list: unknown[] = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
  if (list.length === 0) return (e as { code?: unknown }).code === DUPLICATE_KEY;
  return list.every((w) => typeof w === 'object' && w !== null && (w as { code?: unknown }).code === DUPLICATE_KEY);
}
