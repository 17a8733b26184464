import { ConsumerHealth } from './consumer-health';
import { ConsumerStoppingError, abortable, abortableDelay, backoffDelay } from './handler-backoff';

describe('backoffDelay', () => {
  const policy = { baseMs: 200, maxMs: 10_000 };

  it('doubles per failure from the base, jittered into [d/2, d]', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(policy, n, 0.999999))).toEqual([200, 400, 800, 1600]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(policy, n, 0))).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds the cap, however many failures', () => {
    expect(backoffDelay(policy, 7, 0.999999)).toBe(10_000);
    expect(backoffDelay(policy, 1_000_000, 0.999999)).toBe(10_000);
    expect(backoffDelay(policy, 1_000_000, 0)).toBe(5_000);
  });
});

describe('abortable', () => {
  it('releases the waiter as soon as the signal aborts, with its reason', async () => {
    const stop = new AbortController();
    const waiting = abortable(new Promise(() => undefined), stop.signal);
    stop.abort(new ConsumerStoppingError('g'));
    await expect(waiting).rejects.toBeInstanceOf(ConsumerStoppingError);
  });

  it('settles like the work when the signal stays quiet', async () => {
    const quiet = new AbortController().signal;
    await expect(abortable(Promise.resolve(3), quiet)).resolves.toBe(3);
    await expect(abortable(Promise.reject(new Error('store down')), quiet)).rejects.toThrow('store down');
  });

  it('cuts a back-off short on abort', async () => {
    const stop = new AbortController();
    const started = Date.now();
    const delay = abortableDelay(60_000, stop.signal);
    stop.abort(new ConsumerStoppingError('g'));
    await expect(delay).rejects.toThrow('consumer group g is stopping');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('ConsumerHealth', () => {
  it('is ready only when every group is', () => {
    const health = new ConsumerHealth();
    expect(health.snapshot().ready).toBe(false);
    health.set('a', { state: 'ready', since: 't' });
    health.set('b', { state: 'failing', since: 't', reason: 'MongoServerSelectionError: down', failures: 3, retryInMs: 800 });
    expect(health.snapshot()).toEqual({ ready: false, groups: { a: { state: 'ready', since: 't' }, b: expect.objectContaining({ state: 'failing', failures: 3 }) } });
    health.set('b', { state: 'ready', since: 'u' });
    expect(health.snapshot().ready).toBe(true);
  });
});
