import { Inject, Injectable } from '@nestjs/common';
import type { PlanView } from '@duban/contracts';
import { API_CONFIG, type ApiConfig } from '../api.config';

interface Entry {
  /** The last view a load answered, and when. */
  last?: { view: PlanView; at: number };
  /** The load in flight, shared by every reader that waits for it. */
  loading?: Promise<PlanView>;
}

/**
 * Plan views, per plan id. Every enterprise registration and plan read queries the plan
 * workflow; a bulk import (or the 240 sample registrations at start-up) would otherwise send it
 * one query each, and a query waits on the plan's worker while it is busy with the same
 * registrations' signals — a hot spot that grows with the enterprises. So (our rules, not the
 * seed's):
 *
 * - a view is reused for `PLAN_VIEW_CACHE_TTL_MS` (2 s by default); concurrent loads of one plan
 *   share one query;
 * - past that, a reader waits for a new view for at most `PLAN_VIEW_STALE_GRACE_MS` (250 ms); a
 *   worker slower than that (a busy machine, a simulation beside it) or a failed load is answered
 *   with the last view, as long as that is younger than `PLAN_VIEW_MAX_STALE_MS` (60 s), while the
 *   load goes on and refreshes the entry when it ends (the load runs under its own Temporal
 *   deadline, `PLAN_VIEW_LOAD_TIMEOUT_MS`, not the request's: see `PlansService.view`). A view a few seconds old is good enough for
 *   both uses: the evaluation index is the only part a registration depends on, and it changes
 *   only when the plan is loaded. Older than that, or never loaded, a reader waits for the load
 *   and gets its answer or its error (a 503 when Temporal is slow);
 * - the API's own updates of a plan drop its entry, old view included.
 */
@Injectable()
export class PlanViewCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly graceMs: number;
  private readonly maxStaleMs: number;

  constructor(@Inject(API_CONFIG) config: Pick<ApiConfig, 'PLAN_VIEW_CACHE_TTL_MS' | 'PLAN_VIEW_STALE_GRACE_MS' | 'PLAN_VIEW_MAX_STALE_MS'>) {
    this.ttlMs = config.PLAN_VIEW_CACHE_TTL_MS;
    this.graceMs = config.PLAN_VIEW_STALE_GRACE_MS;
    this.maxStaleMs = config.PLAN_VIEW_MAX_STALE_MS;
  }

  /** The view of `planId` as these rules give it; `load()` asks the workflow; `now` for tests. */
  async get(planId: string, load: () => Promise<PlanView>, now = Date.now()): Promise<PlanView> {
    if (this.ttlMs === 0) return load();
    const entry = this.entries.get(planId) ?? this.create(planId);
    const { last } = entry;
    if (last && now - last.at < this.ttlMs) return last.view;
    const loading = entry.loading ?? this.start(planId, entry, load, now);
    if (!last || now - last.at >= this.maxStaleMs) return loading;
    // A stale view to fall back on: the new one if it comes within the grace, else the stale one.
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<PlanView>((resolve) => {
      timer = setTimeout(() => resolve(last.view), this.graceMs);
    });
    try {
      return await Promise.race([loading.catch(() => last.view), grace]);
    } finally {
      clearTimeout(timer);
    }
  }

  invalidate(planId: string): void {
    this.entries.delete(planId);
  }

  private create(planId: string): Entry {
    const entry: Entry = {};
    this.entries.set(planId, entry);
    return entry;
  }

  /** Starts a load; its view counts as of `at`, when it was asked for (it can only be newer). */
  private start(planId: string, entry: Entry, load: () => Promise<PlanView>, at: number): Promise<PlanView> {
    const loading = load();
    entry.loading = loading;
    // An entry dropped meanwhile (the plan updated) is not brought back by a load begun before.
    const current = () => this.entries.get(planId) === entry;
    loading
      .then(
        (view) => {
          if (current()) entry.last = { view, at };
        },
        () => {
          // Not kept: the next reader asks again. An id that never loaded (no such plan) leaves nothing behind.
          if (current() && !entry.last) this.entries.delete(planId);
        },
      )
      .finally(() => {
        if (entry.loading === loading) delete entry.loading;
      });
    return loading;
  }
}
