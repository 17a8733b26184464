/**
 * The failed-authentication budget of each client address, per fixed window. A request that may
 * fail authentication *reserves* one failure when it arrives and gives it back when it was not
 * answered 401. Counting only after the 401 (peek, verify, then count) lets a concurrent burst
 * through: every request of the burst passes the peek before the first one is counted (the flaw of
 * @fastify/rate-limit's documented login flow, CVE-2026-133312, fixed only in 11.3.0, which the
 * registry here does not offer). Reserving is atomic here because it is synchronous in one process.
 *
 * A reservation is given back at most once, and only into the window it was taken from, so a
 * release after the window rolled over cannot lower the next window's count. A request whose
 * answer never completes keeps its reservation until the window ends (the safe side).
 */
export class AuthFailureBudget {
  private readonly windows = new Map<string, { start: number; used: number }>();

  /**
   * @param limit failures allowed per window and key (≥ 1; 0 means "off" and is handled by the caller).
   * @param windowMs the window's length in ms.
   * @param maxKeys keys kept at most; past it the oldest windows are dropped (memory stays bounded
   *   under a flood of addresses; a dropped key starts a fresh window, which is only more lenient).
   * @param now the clock, in ms since the epoch (tests).
   */
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Reserves one failure for `key`, or refuses when the window's budget is spent, saying when the
   * window resets (ms from now, ≥ 1).
   */
  reserve(key: string): { ok: true; reservation: Reservation } | { ok: false; resetMs: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, used: 0 };
      this.windows.delete(key);
      this.evictFor(now);
      this.windows.set(key, window);
    }
    if (window.used >= this.limit) return { ok: false, resetMs: Math.max(1, window.start + this.windowMs - now) };
    window.used += 1;
    return { ok: true, reservation: new Reservation(key, window.start) };
  }

  /** Gives back a reservation whose request was not a failed authentication. */
  release(reservation: Reservation): void {
    if (reservation.settled) return;
    reservation.settled = true;
    const window = this.windows.get(reservation.key);
    if (window && window.start === reservation.windowStart && window.used > 0) window.used -= 1;
  }

  /**
   * Counts a failure that had no reservation (a token that had passed before and now failed, e.g.
   * expired meanwhile); at the limit it changes nothing, the window being spent already.
   */
  charge(key: string): void {
    const reserved = this.reserve(key);
    if (reserved.ok) this.keep(reserved.reservation);
  }

  /** Keeps the reservation: the request was a failed authentication. */
  keep(reservation: Reservation): void {
    reservation.settled = true;
  }

  /** Failures counted in `key`'s current window (reservations in flight included). */
  used(key: string): number {
    const window = this.windows.get(key);
    return window && this.now() - window.start < this.windowMs ? window.used : 0;
  }

  private evictFor(now: number): void {
    if (this.windows.size < this.maxKeys) return;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
    // Insertion order is window-start order (a renewed key is re-inserted): the first is the oldest.
    while (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next().value;
      if (oldest === undefined) break;
      this.windows.delete(oldest);
    }
  }
}

/** One reserved failure, settled once: given back (not a 401) or kept (a 401). */
export class Reservation {
  settled = false;

  constructor(
    readonly key: string,
    readonly windowStart: number,
  ) {}
}

/**
 * Token digests that recently passed authentication, so their requests skip the failure budget:
 * otherwise a busy, correctly authenticated client would hold reservations in flight and, past
 * the budget's size in concurrent requests, be refused for failures it never made. An entry lasts
 * `ttlMs` (a token revoked or expired meanwhile is still verified on every request; it only stops
 * being exempt from the failure count once its next 401 removes it).
 */
export class RecentlyVerifiedTokens {
  private readonly expiries = new Map<string, number>();

  /**
   * @param ttlMs how long a digest stays exempt after its last successful authentication.
   * @param maxEntries entries kept at most (the oldest go first).
   * @param now the clock, in ms since the epoch (tests).
   */
  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  has(digest: string): boolean {
    const expiry = this.expiries.get(digest);
    if (expiry === undefined) return false;
    if (expiry > this.now()) return true;
    this.expiries.delete(digest);
    return false;
  }

  add(digest: string): void {
    this.expiries.delete(digest);
    if (this.expiries.size >= this.maxEntries) {
      const oldest = this.expiries.keys().next().value;
      if (oldest !== undefined) this.expiries.delete(oldest);
    }
    this.expiries.set(digest, this.now() + this.ttlMs);
  }

  delete(digest: string): void {
    this.expiries.delete(digest);
  }
}
