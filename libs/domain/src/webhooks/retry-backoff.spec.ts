import { afterFailedAttempt, retryDelayMs, type RetryPolicy } from './retry-backoff';

const policy: RetryPolicy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 8 };
const low = () => 0;
const high = () => 0.999_999;
const mid = () => 0.5;

describe('webhook retry backoff', () => {
  it('doubles from the base, with the upper half jittered: [cap/2, cap]', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, low))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, high))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(3, policy, mid)).toBe(3000);
  });

  it('never exceeds the maximum, even for huge attempt numbers', () => {
    expect(retryDelayMs(7, policy, high)).toBe(60_000); // 1000·2^6 = 64 000, capped
    expect(retryDelayMs(7, policy, low)).toBe(30_000);
    expect(retryDelayMs(5000, policy, high)).toBe(60_000);
  });

  it('keeps a random value out of [0, 1] inside the window', () => {
    expect(retryDelayMs(1, policy, () => 7)).toBe(1000);
    expect(retryDelayMs(1, policy, () => -3)).toBe(500);
  });

  it('refuses an attempt number that is not a positive integer', () => {
    expect(() => retryDelayMs(0, policy, low)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5, policy, low)).toThrow(RangeError);
  });

  it('retries until the last attempt has failed, then dead-letters', () => {
    expect(afterFailedAttempt(1, policy, low)).toEqual({ action: 'retry', delayMs: 500 });
    expect(afterFailedAttempt(7, policy, low)).toEqual({ action: 'retry', delayMs: 30_000 });
    expect(afterFailedAttempt(8, policy, low)).toEqual({ action: 'dead-letter' });
    expect(afterFailedAttempt(9, policy, low)).toEqual({ action: 'dead-letter' });
    expect(afterFailedAttempt(1, { ...policy, maxAttempts: 1 }, low)).toEqual({ action: 'dead-letter' });
  });
});
