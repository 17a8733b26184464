import { ServiceError, WorkflowNotFoundError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { MongoNetworkError, MongoNetworkTimeoutError, MongoServerError } from 'mongodb';
import { ErrorCode } from '@duban/contracts';
import { DependencyUnavailableError, DomainError, translateTemporalError } from '@duban/temporal';
import { dependencyOutage, storeOutage } from './dependency-errors';

/** The driver's server-selection error needs a live topology to construct; it is recognised by name. */
const named = (name: string, message: string) => Object.assign(new Error(message), { name });
const selectionError = () => Object.assign(new Error('Server selection timed out after 3000 ms'), { name: 'MongoServerSelectionError' });

/** A gRPC status error as grpc-js raises it (code, details, metadata). */
function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
}

describe('storeOutage', () => {
  it.each([
    ['server selection', selectionError(), 'unavailable'],
    ['a network error', new MongoNetworkError('connection 3 to 127.0.0.1:27017 closed'), 'unavailable'],
    ['a socket timeout', new MongoNetworkTimeoutError('connection 3 to 127.0.0.1:27017 timed out'), 'timeout'],
    ['a wait for a pooled connection', named('MongoWaitQueueTimeoutError', 'Timed out while checking out a connection from connection pool'), 'timeout'],
    ['a pool cleared after a network error', named('PoolClearedOnNetworkError', 'Connection pool for 127.0.0.1:27017 was cleared'), 'unavailable'],
    ['MaxTimeMSExpired (50)', new MongoServerError({ code: 50, codeName: 'MaxTimeMSExpired', errmsg: 'operation exceeded time limit' }), 'timeout'],
  ])('%s is the store %s', (_name, error, reason) => {
    const outage = storeOutage(error);
    expect(outage).toBeInstanceOf(DependencyUnavailableError);
    expect(outage).toMatchObject({ dependency: 'store', reason });
  });

  it("recognises mongoose's own wrappers: server selection, and a buffered operation that timed out", () => {
    const selection = Object.assign(new Error('Could not connect to any servers'), { name: 'MongooseServerSelectionError' });
    expect(storeOutage(selection)).toMatchObject({ dependency: 'store', reason: 'unavailable' });
    const buffering = Object.assign(new Error('Operation `tasks.find()` buffering timed out after 3000ms'), { name: 'MongooseError' });
    expect(storeOutage(buffering)).toMatchObject({ dependency: 'store', reason: 'timeout' });
  });

  it('finds the outage behind a wrapping error', () => {
    const wrapped = new Error('projection failed', { cause: new MongoNetworkTimeoutError('timed out') });
    expect(storeOutage(wrapped)).toMatchObject({ dependency: 'store', reason: 'timeout' });
  });

  it('leaves errors that are the request’s or the code’s fault alone', () => {
    expect(storeOutage(new MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key' }))).toBeUndefined();
    expect(storeOutage(new MongoServerError({ code: 2, errmsg: 'BadValue' }))).toBeUndefined();
    expect(storeOutage(new TypeError('x is undefined'))).toBeUndefined();
    expect(storeOutage('a string')).toBeUndefined();
  });
});

describe('Temporal outages', () => {
  it.each([
    ['UNAVAILABLE (server down)', new ServiceError('Failed to query Workflow', { cause: grpcError(14, 'UNAVAILABLE: No connection established') }), 'unavailable'],
    ['RESOURCE_EXHAUSTED', grpcError(8, 'RESOURCE_EXHAUSTED: namespace rate limit exceeded'), 'unavailable'],
    ['DEADLINE_EXCEEDED (our deadline, or a query the worker did not answer)', new ServiceError('Failed to query Workflow', { cause: grpcError(4, 'DEADLINE_EXCEEDED: context deadline exceeded') }), 'timeout'],
    ['an update RPC that timed out', new WorkflowUpdateRPCTimeoutOrCancelledError('Timed out waiting for update', { cause: grpcError(4, 'DEADLINE_EXCEEDED') }), 'timeout'],
    ['a lazy connection that could not connect', new ServiceError('Failed to connect to Temporal server', { cause: new Error('Timed out while waiting for connection') }), 'unavailable'],
    ['UNAVAILABLE as the client raises it unwrapped (connection refused)', grpcError(14, 'UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:7233'), 'unavailable'],
    ['a connection broken mid-call (INTERNAL, RST_STREAM)', new ServiceError('Failed to query Workflow', { cause: grpcError(13, 'Received RST_STREAM with code 2 triggered by internal client error') }), 'unavailable'],
    ['a call ended without a gRPC status (INTERNAL)', grpcError(13, 'Call ended without gRPC status'), 'unavailable'],
    ['a query refused while the workflow task is failing (FAILED_PRECONDITION, after an outage)', new ServiceError('Failed to query Workflow', { cause: grpcError(9, 'Cannot query workflow due to Workflow Task in failed state.') }), 'unavailable'],
    ['a query while no worker polls the queue (FAILED_PRECONDITION, worker down or overloaded)', new ServiceError('Failed to query Workflow', { cause: grpcError(9, 'no poller seen for task queue recently, worker may be down') }), 'unavailable'],
  ])('%s is Temporal %s', (_name, error, reason) => {
    const translated = translateTemporalError(error);
    expect(translated).toBeInstanceOf(DependencyUnavailableError);
    expect(translated).toMatchObject({ dependency: 'temporal', reason });
    expect(dependencyOutage(error)).toMatchObject({ dependency: 'temporal', reason });
  });

  it('keeps business outcomes and call mistakes out of it', () => {
    expect(translateTemporalError(new WorkflowNotFoundError('gone', 'wf', undefined), ErrorCode.PlanNotFound)).toEqual(new DomainError(ErrorCode.PlanNotFound, 'gone'));
    const invalid = new ServiceError('Failed to start', { cause: grpcError(3, 'INVALID_ARGUMENT: bad id') });
    expect(translateTemporalError(invalid)).toBe(invalid);
    expect(dependencyOutage(invalid)).toBeUndefined();
    // A server-side INTERNAL that is not a broken connection is a bug to see as a 500, not an outage.
    const internal = new ServiceError('Failed to query Workflow', { cause: grpcError(13, 'INTERNAL: unexpected nil pointer') });
    expect(dependencyOutage(internal)).toBeUndefined();
    const precondition = new ServiceError('Failed to start', { cause: grpcError(9, 'Namespace is not active') });
    expect(dependencyOutage(precondition)).toBeUndefined();
  });

  it('codes a timeout and an outage differently', () => {
    expect(new DependencyUnavailableError('temporal', 'timeout', 'x').code).toBe(ErrorCode.DependencyTimeout);
    expect(new DependencyUnavailableError('store', 'unavailable', 'x').code).toBe(ErrorCode.DependencyUnavailable);
  });
});
