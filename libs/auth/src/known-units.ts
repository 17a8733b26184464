/**
 * The unit codes a token's `unit` claim may name. Threat: a token for a unit no plan knows
 * (`unit: "ZZZ"`, issue 12) — whoever holds it acts outside every plan's responsibility and
 * scoping, and nothing in the audit trail ties it to a real office.
 *
 * The set starts from the units built in (the plan templates' units, which include the offices
 * DUCHA, LGO and PERF), plus those {@link add}ed as plans are loaded in this process. A plan
 * loaded by another process (another API instance, or before a restart) is found through
 * `lookup`, asked only when a token names a unit the set lacks: one lookup at a time, and at
 * most one per `minRefreshMs`, so a stream of tokens naming unknown units costs at most one call
 * per interval. A known unit costs one `Set` lookup. Units are never forgotten: a plan, once
 * loaded, stays (its workflow id is taken for good). Our rule, not the seed plan's.
 */
export class KnownUnits {
  private readonly units: Set<string>;
  private refreshing?: Promise<void>;
  private lastRefreshAt = Number.NEGATIVE_INFINITY;

  /**
   * @param builtIn units known without asking anyone.
   * @param lookup every unit of every loaded plan (may throw: the caller's request fails with it).
   * @param minRefreshMs least time, in ms, between two lookups (0: a lookup on every miss).
   * @param now clock, in ms, for tests.
   */
  constructor(
    builtIn: Iterable<string>,
    private readonly lookup?: () => Promise<Iterable<string>>,
    private readonly minRefreshMs = 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.units = new Set(builtIn);
  }

  /** Makes `units` known at once (a plan this process has just loaded). */
  add(units: Iterable<string>): void {
    for (const u of units) this.units.add(u);
  }

  /** Whether `unit` is known, asking `lookup` first when it is not yet and a lookup is due. */
  async has(unit: string): Promise<boolean> {
    if (this.units.has(unit)) return true;
    if (!this.lookup) return false;
    // Joins a lookup in flight; otherwise starts one unless the last began too recently.
    if (!this.refreshing) {
      if (this.now() - this.lastRefreshAt < this.minRefreshMs) return false;
      this.lastRefreshAt = this.now();
      const lookup = this.lookup;
      this.refreshing = (async () => {
        try {
          this.add(await lookup());
        } catch (e) {
          // A failed lookup (the source down) does not count: the next miss asks again and fails
          // the same way (a 503), rather than being refused as unknown while the source is down.
          this.lastRefreshAt = Number.NEGATIVE_INFINITY;
          throw e;
        } finally {
          this.refreshing = undefined;
        }
      })();
    }
    await this.refreshing;
    return this.units.has(unit);
  }
}
