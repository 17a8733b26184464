import { defaultGrpcRetryOptions } from '@temporalio/client';
import { retryWithinDeadline } from './grpc-retry';

/** A gRPC status as the retry interceptor sees it. */
const status = (code: number, details = '') => ({ code, details, metadata: undefined as never });
const UNAVAILABLE = status(14, 'No connection established');

/** Delays the way the interceptor uses them: decide, then take the delay, then wait it. */
function attemptsUntilGivingUp(options: ReturnType<typeof retryWithinDeadline>, clock: { t: number }): number {
  let attempt = 1;
  while (options.retryableDecider(attempt, UNAVAILABLE)) {
    clock.t += options.delayFunction(attempt, UNAVAILABLE);
    attempt += 1;
  }
  return attempt;
}

describe('retryWithinDeadline', () => {
  it('stops retrying UNAVAILABLE once the next attempt would start after the deadline', () => {
    const clock = { t: 0 };
    const options = retryWithinDeadline(defaultGrpcRetryOptions(), 4000, () => clock.t);
    const attempts = attemptsUntilGivingUp(options, clock);
    // The default would go on to its 10th attempt, past 20 s.
    expect(attempts).toBeLessThan(10);
    expect(clock.t).toBeLessThan(4000);
  });

  it('waits exactly the delay it checked against the deadline', () => {
    const base = { retryableDecider: () => true, delayFunction: jest.fn().mockReturnValueOnce(700).mockReturnValueOnce(5000) };
    const options = retryWithinDeadline(base, 1000, () => 0);
    expect(options.retryableDecider(1, UNAVAILABLE)).toBe(true);
    expect(options.delayFunction(1, UNAVAILABLE)).toBe(700);
    expect(options.retryableDecider(2, UNAVAILABLE)).toBe(false);
    expect(base.delayFunction).toHaveBeenCalledTimes(2);
  });

  it('keeps the base policy’s decisions: no retry of a non-retryable status, the base schedule without a deadline', () => {
    const options = retryWithinDeadline(defaultGrpcRetryOptions(), undefined);
    expect(options.retryableDecider(1, status(3, 'INVALID_ARGUMENT'))).toBe(false);
    expect(options.retryableDecider(1, UNAVAILABLE)).toBe(true);
    expect(options.retryableDecider(10, UNAVAILABLE)).toBe(false);
  });
});
