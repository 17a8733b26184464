import { loadWorkerConfig } from './worker.config';

const base = { TEMPORAL_ADDRESS: '127.0.0.1:7233', KAFKA_BROKERS: '127.0.0.1:9092' };

describe('loadWorkerConfig', () => {
  it('holds 10 workflow tasks at once unless told otherwise (ours; the SDK would hold 40)', () => {
    expect(loadWorkerConfig(base).WORKER_MAX_CONCURRENT_WORKFLOW_TASKS).toBe(10);
    expect(loadWorkerConfig({ ...base, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '4' }).WORKER_MAX_CONCURRENT_WORKFLOW_TASKS).toBe(4);
  });

  it('refuses fewer than 2 slots (the SDK needs two while workflows are cached) or a value that is not a whole number', () => {
    expect(() => loadWorkerConfig({ ...base, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '1' })).toThrow(/WORKER_MAX_CONCURRENT_WORKFLOW_TASKS/);
    expect(() => loadWorkerConfig({ ...base, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 'many' })).toThrow(/WORKER_MAX_CONCURRENT_WORKFLOW_TASKS/);
  });
});

describe('WORKER_MAX_CACHED_WORKFLOWS', () => {
  it('replaces the default cache size when set, and is unset by default', () => {
    expect(loadWorkerConfig(base).WORKER_MAX_CACHED_WORKFLOWS).toBeUndefined();
    expect(loadWorkerConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: '2000' }).WORKER_MAX_CACHED_WORKFLOWS).toBe(2000);
    expect(() => loadWorkerConfig({ ...base, WORKER_MAX_CACHED_WORKFLOWS: '1' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
  });
});
