import type { PlanView } from '@duban/contracts';
import { PlanViewCache } from './plan-view.cache';

const view = (planId: string, version: number) => ({ planId, version }) as unknown as PlanView;

describe('PlanViewCache', () => {
  it('reuses a view for the TTL, then loads it again', async () => {
    const cache = new PlanViewCache({ PLAN_VIEW_CACHE_TTL_MS: 2000 });
    const load = jest.fn().mockResolvedValueOnce(view('p', 1)).mockResolvedValueOnce(view('p', 2));
    await expect(cache.get('p', load, 0)).resolves.toEqual(view('p', 1));
    await expect(cache.get('p', load, 1999)).resolves.toEqual(view('p', 1));
    expect(load).toHaveBeenCalledTimes(1);
    await expect(cache.get('p', load, 2000)).resolves.toEqual(view('p', 2));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('sends one query for many concurrent readers of one plan, and one per plan', async () => {
    const cache = new PlanViewCache({ PLAN_VIEW_CACHE_TTL_MS: 2000 });
    const load = jest.fn((planId: string) => new Promise<PlanView>((resolve) => setImmediate(() => resolve(view(planId, 1)))));
    const views = await Promise.all([...Array(240).keys()].map((i) => cache.get(i % 2 ? 'a' : 'b', () => load(i % 2 ? 'a' : 'b'), 10)));
    expect(views.filter((v) => v.planId === 'a')).toHaveLength(120);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed load', async () => {
    const cache = new PlanViewCache({ PLAN_VIEW_CACHE_TTL_MS: 2000 });
    const load = jest.fn().mockRejectedValueOnce(new Error('Temporal down')).mockResolvedValueOnce(view('p', 1));
    await expect(cache.get('p', load, 0)).rejects.toThrow('Temporal down');
    await expect(cache.get('p', load, 1)).resolves.toEqual(view('p', 1));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a plan the API has just updated', async () => {
    const cache = new PlanViewCache({ PLAN_VIEW_CACHE_TTL_MS: 2000 });
    const load = jest.fn().mockResolvedValueOnce(view('p', 1)).mockResolvedValueOnce(view('p', 2));
    await cache.get('p', load, 0);
    cache.invalidate('p');
    await expect(cache.get('p', load, 1)).resolves.toEqual(view('p', 2));
  });

  it('asks every time with a TTL of 0', async () => {
    const cache = new PlanViewCache({ PLAN_VIEW_CACHE_TTL_MS: 0 });
    const load = jest.fn().mockResolvedValue(view('p', 1));
    await cache.get('p', load, 0);
    await cache.get('p', load, 0);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
