import { MongoNetworkError, MongoNetworkTimeoutError, MongoServerSelectionError } from 'mongodb';
import { DependencyUnavailableError, temporalOutage } from '@duban/temporal';

/**
 * Driver errors that mean the store is down or unreachable: by class where the driver exports it
 * (subclasses included), by name for the rest (the driver exports some classes as types only, and
 * mongoose wraps server selection in its own class).
 */
const STORE_UNAVAILABLE = new Set(['MongoServerSelectionError', 'MongooseServerSelectionError', 'MongoNetworkError', 'MongoPoolClearedError', 'PoolClearedOnNetworkError', 'MongoPoolClosedError', 'MongoTopologyClosedError', 'MongoNotConnectedError']);
/** Driver errors that mean the store, or our wait for one of its connections, was too slow. */
const STORE_TIMEOUT = new Set(['MongoNetworkTimeoutError', 'MongoWaitQueueTimeoutError', 'MongoOperationTimeoutError']);
/** Server error codes for a time limit hit: MaxTimeMSExpired (50), ExceededTimeLimit (262). */
const TIME_LIMIT_CODES = new Set([50, 262]);

/** The store outage hidden in `e`, if any (looking through `cause`). */
export function storeOutage(e: unknown): DependencyUnavailableError | undefined {
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 5; cur = cur.cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (cur instanceof MongoNetworkTimeoutError || STORE_TIMEOUT.has(cur.name) || (cur.name.startsWith('Mongo') && typeof code === 'number' && TIME_LIMIT_CODES.has(code))) {
      return new DependencyUnavailableError('store', 'timeout', cur.message, { cause: e });
    }
    if (cur instanceof MongoNetworkError || cur instanceof MongoServerSelectionError || STORE_UNAVAILABLE.has(cur.name)) return new DependencyUnavailableError('store', 'unavailable', cur.message, { cause: e });
    // mongoose queues operations while it is disconnected and gives up after bufferTimeoutMS.
    if (cur.name === 'MongooseError' && /buffering timed out/.test(cur.message)) return new DependencyUnavailableError('store', 'timeout', cur.message, { cause: e });
  }
  return undefined;
}

/**
 * The dependency outage `e` stands for, if any: the store's or Temporal's. The exception filter
 * turns it into 503 + Retry-After; everything else keeps its own status.
 */
export function dependencyOutage(e: unknown): DependencyUnavailableError | undefined {
  return e instanceof DependencyUnavailableError ? e : (storeOutage(e) ?? temporalOutage(e));
}
