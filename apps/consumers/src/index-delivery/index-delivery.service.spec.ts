import { forEachBounded } from './index-delivery.service';

/** A call that ends when the test says so, to hold calls in flight. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('forEachBounded', () => {
  it('runs every item, never more than the limit at once', async () => {
    const calls = Array.from({ length: 7 }, deferred);
    const seen: number[] = [];
    let inFlight = 0;
    let max = 0;
    const done = forEachBounded([0, 1, 2, 3, 4, 5, 6], 3, async (i) => {
      seen.push(i);
      max = Math.max(max, ++inFlight);
      await calls[i]?.promise;
      inFlight--;
    });
    await tick();
    expect(seen).toEqual([0, 1, 2]);
    for (const call of calls) {
      call.resolve();
      await tick();
    }
    await done;
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(max).toBe(3);
  });

  it('after a failure starts nothing new, waits for the calls in flight, then throws the first error', async () => {
    const calls = Array.from({ length: 5 }, deferred);
    const seen: number[] = [];
    const finished: number[] = [];
    const done = forEachBounded([0, 1, 2, 3, 4], 2, async (i) => {
      seen.push(i);
      await calls[i]?.promise;
      finished.push(i);
    });
    const outcome = done.then(
      () => 'resolved',
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    await tick();
    calls[0]?.reject(new Error('signal 0 failed'));
    await tick();
    let settled = false;
    void outcome.then(() => (settled = true));
    await tick();
    // Item 1 is still in flight: the call has not returned.
    expect(settled).toBe(false);
    calls[1]?.resolve();
    expect(await outcome).toBe('signal 0 failed');
    expect(seen).toEqual([0, 1]);
    expect(finished).toEqual([1]);
  });

  it('does nothing for no items', async () => {
    await expect(forEachBounded([], 20, () => Promise.reject(new Error('called')))).resolves.toBeUndefined();
  });
});
