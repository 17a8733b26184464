import type { MongooseModuleOptions } from '@nestjs/mongoose';
import type { Aggregate, Connection, Query, Schema } from 'mongoose';
import type { StoreConnectionConfig } from '@duban/config';

/**
 * Every query operation mongoose runs through query middleware, but two kinds. `distinct` is not
 * here: FerretDB 1.24 refuses it with `distinct: unknown field "maxTimeMS"` (measured in
 * bounded-queries.plugin.int.spec.ts), so a `distinct` is bounded only by the driver's
 * `socketTimeoutMS`. `insertMany`/`save`/`bulkWrite` are document/model operations with no query
 * middleware; the socket timeout bounds them too.
 */
export const BOUNDED_QUERY_OPERATIONS = [
  'find',
  'findOne',
  'count',
  'countDocuments',
  'estimatedDocumentCount',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
] as const;

/** Told when a bounded operation starts and ends, e.g. to know which dependency a slow request waits on. */
export interface StoreOperationObserver {
  /** Returns a token handed back to `end`; called synchronously in the caller's async context. */
  start(operation: string, collection: string): unknown;
  end(token: unknown): void;
}

export interface BoundedQueriesOptions {
  /** Server-side limit in milliseconds for each operation that has none of its own; > 0. */
  maxTimeMS: number;
  /**
   * How long mongoose queues an operation while it is disconnected from the store before failing
   * it (its own default is 10 s, longer than a request's budget). Unset: mongoose's default.
   */
  bufferTimeoutMS?: number;
  observer?: StoreOperationObserver;
}

const TOKEN = Symbol('duban.storeOperationToken');
type Tokened = { [TOKEN]?: unknown };

/**
 * A mongoose schema plugin that puts `maxTimeMS` on every query, count, update, delete and
 * aggregate that does not set its own, so no read can hold a store connection longer than that.
 * An operation that runs out fails with MongoServerError code 50 (`MaxTimeMSExpired`), which the
 * API answers as 503. A longer (or shorter) limit set on a query itself wins.
 *
 * Register it before any model is compiled: per connection with `connection.plugin(...)` (see
 * {@link storeConnectionOptions}) or globally with `mongoose.plugin(...)`. Operations through
 * `model.collection` (the raw driver) bypass mongoose middleware and must set `maxTimeMS` themselves.
 */
export function boundedQueriesPlugin(schema: Schema, options: BoundedQueriesOptions): void {
  const { maxTimeMS, bufferTimeoutMS, observer } = options;
  if (!Number.isInteger(maxTimeMS) || maxTimeMS <= 0) throw new RangeError(`maxTimeMS must be a positive integer, got ${maxTimeMS}`);
  if (bufferTimeoutMS !== undefined) schema.set('bufferTimeoutMS', bufferTimeoutMS);
  const operations = new RegExp(`^(${BOUNDED_QUERY_OPERATIONS.join('|')})$`);
  const queriesOnly = { document: false, query: true } as const;
  schema.pre<Query<unknown, unknown> & Tokened>(operations, queriesOnly, function (next) {
    if (this.getOptions().maxTimeMS === undefined) this.maxTimeMS(maxTimeMS);
    if (observer) this[TOKEN] = observer.start((this as { op?: string }).op ?? 'query', this.model.collection.collectionName);
    next();
  });
  if (observer) {
    schema.post<Query<unknown, unknown> & Tokened>(operations, queriesOnly, function (_res, next) {
      observer.end(this[TOKEN]);
      next();
    });
    // Arity 3 makes this an error handler; it passes the error on untouched.
    schema.post<Query<unknown, unknown> & Tokened>(operations, queriesOnly, function (error: Error, _res: unknown, next: (e?: Error) => void) {
      observer.end(this[TOKEN]);
      next(error);
    });
  }
  schema.pre<Aggregate<unknown> & Tokened>('aggregate', function (next) {
    if (this.options.maxTimeMS === undefined) this.option({ maxTimeMS });
    if (observer) this[TOKEN] = observer.start('aggregate', this.model().collection.collectionName);
    next();
  });
  if (observer) {
    schema.post<Aggregate<unknown> & Tokened>('aggregate', function (_res, next) {
      observer.end(this[TOKEN]);
      next();
    });
    schema.post<Aggregate<unknown> & Tokened>('aggregate', { errorHandler: true }, function (error: Error, _res: unknown, next: (e?: Error) => void) {
      observer.end(this[TOKEN]);
      next(error);
    });
  }
}

/**
 * `MongooseModule.forRoot(uri, storeConnectionOptions(config))`: the driver's limits from validated
 * configuration, and {@link boundedQueriesPlugin} on the connection before `forFeature` compiles
 * any model on it. `retryWrites`/`retryReads` stay at the driver's defaults (one retry), which is
 * still bounded by server selection.
 */
export function storeConnectionOptions(config: StoreConnectionConfig, observer?: StoreOperationObserver): MongooseModuleOptions {
  return {
    serverSelectionTimeoutMS: config.MONGODB_SERVER_SELECTION_TIMEOUT_MS,
    connectTimeoutMS: config.MONGODB_CONNECT_TIMEOUT_MS,
    socketTimeoutMS: config.MONGODB_SOCKET_TIMEOUT_MS,
    maxPoolSize: config.MONGODB_MAX_POOL_SIZE,
    // No waitQueueTimeoutMS: a wait for a pooled connection is bounded already (every connection
    // in use is released within maxTimeMS or socketTimeoutMS), and a short one failed the API's
    // start-up on a loaded machine, where index builds hold the whole pool for a few seconds.
    connectionFactory: (connection: Connection) => {
      connection.plugin(boundedQueriesPlugin, { maxTimeMS: config.MONGODB_MAX_TIME_MS, bufferTimeoutMS: config.MONGODB_SERVER_SELECTION_TIMEOUT_MS, ...(observer && { observer }) });
      return connection;
    },
  };
}
