import type { PlanView } from '@duban/contracts';
import { PlanViewCache } from './plan-view.cache';

const view = (planId: string, version: number) => ({ planId, version }) as unknown as PlanView;
const config = { PLAN_VIEW_CACHE_TTL_MS: 2000, PLAN_VIEW_STALE_GRACE_MS: 50, PLAN_VIEW_MAX_STALE_MS: 60_000 };
/** A load that answers only when told to. */
function pending(): { promise: Promise<PlanView>; resolve: (v: PlanView) => void; reject: (e: Error) => void } {
  let resolve!: (v: PlanView) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<PlanView>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('PlanViewCache', () => {
  it('reuses a view for the TTL, then loads it again', async () => {
    const cache = new PlanViewCache(config);
    const load = jest.fn().mockResolvedValueOnce(view('p', 1)).mockResolvedValueOnce(view('p', 2));
    await expect(cache.get('p', load, 0)).resolves.toEqual(view('p', 1));
    await expect(cache.get('p', load, 1999)).resolves.toEqual(view('p', 1));
    expect(load).toHaveBeenCalledTimes(1);
    // A load that answers within the grace: the new view.
    await expect(cache.get('p', load, 2000)).resolves.toEqual(view('p', 2));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('sends one query for many concurrent readers of one plan, and one per plan', async () => {
    const cache = new PlanViewCache(config);
    const load = jest.fn((planId: string) => new Promise<PlanView>((resolve) => setImmediate(() => resolve(view(planId, 1)))));
    const views = await Promise.all([...Array(240).keys()].map((i) => cache.get(i % 2 ? 'a' : 'b', () => load(i % 2 ? 'a' : 'b'), 10)));
    expect(views.filter((v) => v.planId === 'a')).toHaveLength(120);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('answers the last view when the new one is slower than the grace, and keeps the new one when it comes', async () => {
    const cache = new PlanViewCache(config);
    await cache.get('p', () => Promise.resolve(view('p', 1)), 0);
    const slow = pending();
    const load = jest.fn(() => slow.promise);
    await expect(cache.get('p', load, 5000)).resolves.toEqual(view('p', 1));
    // Readers meanwhile share the load in flight.
    await expect(cache.get('p', load, 5100)).resolves.toEqual(view('p', 1));
    expect(load).toHaveBeenCalledTimes(1);
    slow.resolve(view('p', 2));
    await slow.promise;
    await expect(cache.get('p', load, 5200)).resolves.toEqual(view('p', 2));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers the last view when a load fails, and does not keep the failure', async () => {
    const cache = new PlanViewCache(config);
    await cache.get('p', () => Promise.resolve(view('p', 1)), 0);
    const load = jest.fn().mockRejectedValueOnce(new Error('Temporal down')).mockResolvedValueOnce(view('p', 2));
    await expect(cache.get('p', load, 3000)).resolves.toEqual(view('p', 1));
    await expect(cache.get('p', load, 3001)).resolves.toEqual(view('p', 2));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('waits for the new view, or its error, once the last one is older than the bound', async () => {
    const cache = new PlanViewCache(config);
    await cache.get('p', () => Promise.resolve(view('p', 1)), 0);
    await expect(cache.get('p', () => Promise.reject(new Error('Temporal down')), 60_000)).rejects.toThrow('Temporal down');
    const slow = pending();
    const reading = cache.get('p', () => slow.promise, 60_001);
    await new Promise((r) => setTimeout(r, 100)); // past the grace: still waiting
    slow.resolve(view('p', 2));
    await expect(reading).resolves.toEqual(view('p', 2));
  });

  it('does not keep a failed first load, nor anything for a plan that never answered', async () => {
    const cache = new PlanViewCache(config);
    const load = jest.fn().mockRejectedValueOnce(new Error('Temporal down')).mockResolvedValueOnce(view('p', 1));
    await expect(cache.get('p', load, 0)).rejects.toThrow('Temporal down');
    await expect(cache.get('p', load, 1)).resolves.toEqual(view('p', 1));
    expect(load).toHaveBeenCalledTimes(2);
    await expect(cache.get('nope', () => Promise.reject(new Error('no such plan')), 2)).rejects.toThrow('no such plan');
    expect((cache as unknown as { entries: Map<string, unknown> }).entries.has('nope')).toBe(false);
  });

  it('forgets a plan the API has just updated, the last view included, and a load begun before does not bring it back', async () => {
    const cache = new PlanViewCache(config);
    const before = pending();
    await cache.get('p', () => Promise.resolve(view('p', 1)), 0);
    const reading = cache.get('p', () => before.promise, 3000); // answered with view 1 after the grace
    cache.invalidate('p');
    await expect(reading).resolves.toEqual(view('p', 1));
    before.resolve(view('p', 1.5));
    await before.promise;
    const load = jest.fn().mockResolvedValue(view('p', 2));
    await expect(cache.get('p', load, 3001)).resolves.toEqual(view('p', 2));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks every time with a TTL of 0', async () => {
    const cache = new PlanViewCache({ ...config, PLAN_VIEW_CACHE_TTL_MS: 0 });
    const load = jest.fn().mockResolvedValue(view('p', 1));
    await cache.get('p', load, 0);
    await cache.get('p', load, 0);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
