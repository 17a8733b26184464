import { Inject, Injectable } from '@nestjs/common';
import type { PlanView } from '@duban/contracts';
import { API_CONFIG, type ApiConfig } from '../api.config';

interface Entry {
  view: Promise<PlanView>;
  expiresAt: number;
}

/**
 * Plan views, per plan id, for `PLAN_VIEW_CACHE_TTL_MS` (2 s by default). Every enterprise
 * registration and plan read queries the plan workflow; a bulk import (or the 240 sample
 * registrations at start-up) would otherwise send it one query each, and a query waits on the
 * plan's worker while it is busy with the same registrations' signals — a hot spot that grows
 * with the enterprises. A view a second or two old is good enough for both uses: the evaluation
 * index is the only part a registration depends on, and an enterprise registered without it asks
 * the plan for it itself. Concurrent loads of one plan share one query; a failed load is not kept.
 * The API's own updates of a plan invalidate its entry. Our rule, not the seed's.
 */
@Injectable()
export class PlanViewCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;

  constructor(@Inject(API_CONFIG) config: Pick<ApiConfig, 'PLAN_VIEW_CACHE_TTL_MS'>) {
    this.ttlMs = config.PLAN_VIEW_CACHE_TTL_MS;
  }

  /** The cached view of `planId`, or `load()`'s (which is then cached); `now` for tests. */
  get(planId: string, load: () => Promise<PlanView>, now = Date.now()): Promise<PlanView> {
    if (this.ttlMs === 0) return load();
    const entry = this.entries.get(planId);
    if (entry && entry.expiresAt > now) return entry.view;
    const view = load();
    const fresh: Entry = { view, expiresAt: now + this.ttlMs };
    this.entries.set(planId, fresh);
    view.catch(() => {
      if (this.entries.get(planId) === fresh) this.entries.delete(planId);
    });
    // Plans are few (one per action plan); expired entries are dropped as they are met.
    for (const [id, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(id);
    return view;
  }

  invalidate(planId: string): void {
    this.entries.delete(planId);
  }
}
