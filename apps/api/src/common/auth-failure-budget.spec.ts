import { AuthFailureBudget, RecentlyVerifiedTokens } from './auth-failure-budget';

/** A clock the test moves by hand. */
function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('AuthFailureBudget', () => {
  it('reserves up to the limit at once, so requests in flight together cannot pass it', () => {
    const budget = new AuthFailureBudget(3, 60_000);
    const reserved = Array.from({ length: 5 }, () => budget.reserve('10.0.0.1'));
    expect(reserved.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    expect(budget.used('10.0.0.1')).toBe(3);
  });

  it('gives a reservation back when the request was not a 401, once', () => {
    const budget = new AuthFailureBudget(2, 60_000);
    const first = budget.reserve('a');
    if (!first.ok) throw new Error('refused');
    budget.release(first.reservation);
    budget.release(first.reservation);
    expect(budget.used('a')).toBe(0);
    const second = budget.reserve('a');
    const third = budget.reserve('a');
    if (!second.ok || !third.ok) throw new Error('refused');
    budget.keep(second.reservation);
    budget.release(second.reservation);
    expect(budget.used('a')).toBe(2);
  });

  it('refuses with the time to the window’s end and resets after it; a late release does not lower the new window', () => {
    const c = clock();
    const budget = new AuthFailureBudget(1, 60_000, 100, c.now);
    const held = budget.reserve('a');
    if (!held.ok) throw new Error('refused');
    c.advance(15_000);
    expect(budget.reserve('a')).toEqual({ ok: false, resetMs: 45_000 });
    c.advance(45_000);
    const fresh = budget.reserve('a');
    expect(fresh.ok).toBe(true);
    budget.release(held.reservation);
    expect(budget.used('a')).toBe(1);
  });

  it('counts per key', () => {
    const budget = new AuthFailureBudget(1);
    expect(budget.reserve('a').ok).toBe(true);
    expect(budget.reserve('b').ok).toBe(true);
    expect(budget.reserve('a').ok).toBe(false);
  });

  it('charges a failure without a reservation, up to the limit', () => {
    const budget = new AuthFailureBudget(2);
    budget.charge('a');
    budget.charge('a');
    budget.charge('a');
    expect(budget.used('a')).toBe(2);
    expect(budget.reserve('a').ok).toBe(false);
  });

  it('keeps memory bounded: past maxKeys the oldest windows go', () => {
    const c = clock();
    const budget = new AuthFailureBudget(1, 60_000, 3, c.now);
    for (const key of ['a', 'b', 'c', 'd']) {
      expect(budget.reserve(key).ok).toBe(true);
      c.advance(1);
    }
    expect(budget.used('a')).toBe(0);
    expect(budget.used('d')).toBe(1);
  });
});

describe('RecentlyVerifiedTokens', () => {
  it('remembers a digest for its TTL, and forgets it when deleted', () => {
    const c = clock();
    const tokens = new RecentlyVerifiedTokens(60_000, 10, c.now);
    tokens.add('x');
    c.advance(59_999);
    expect(tokens.has('x')).toBe(true);
    c.advance(1);
    expect(tokens.has('x')).toBe(false);
    tokens.add('y');
    tokens.delete('y');
    expect(tokens.has('y')).toBe(false);
  });

  it('holds at most maxEntries, dropping the oldest', () => {
    const tokens = new RecentlyVerifiedTokens(60_000, 2);
    tokens.add('a');
    tokens.add('b');
    tokens.add('c');
    expect([tokens.has('a'), tokens.has('b'), tokens.has('c')]).toEqual([false, true, true]);
  });
});
