import { RequestCalls } from './dependency-tracker';
import { RequestBudgetExceededError, withBudget } from './request-budget';

describe('withBudget', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers with the work when it finishes in time', async () => {
    const done = withBudget(new Promise((resolve) => setTimeout(() => resolve('ok'), 40)), 100, () => new Error('late'));
    jest.advanceTimersByTime(40);
    await expect(done).resolves.toBe('ok');
  });

  it("passes the work's own error on", async () => {
    await expect(withBudget(Promise.reject(new Error('refused')), 100, () => new Error('late'))).rejects.toThrow('refused');
  });

  it('fails with the timeout error once the budget has passed, and not a moment before', async () => {
    let settled = false;
    const done = withBudget(new Promise(() => undefined), 100, () => new Error('late'));
    void done.catch(() => (settled = true));
    jest.advanceTimersByTime(99);
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(done).rejects.toThrow('late');
  });

  it('leaves no timer behind', async () => {
    await withBudget(Promise.resolve(1), 100, () => new Error('late'));
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('RequestCalls', () => {
  it('names the call in flight that has waited longest, forgetting calls that ended', () => {
    const calls = new RequestCalls();
    const find = calls.start('store', 'find tasks', 1000);
    const query = calls.start('temporal', 'query planView', 1200);
    expect(calls.oldest()).toBe(find);
    calls.end(find);
    expect(calls.oldest()).toBe(query);
    calls.end(query);
    expect(calls.oldest()).toBeUndefined();
  });

  it('says what the request was waiting on in its timeout message', () => {
    const calls = new RequestCalls();
    calls.start('temporal', 'query planView', Date.now() - 4800);
    const error = new RequestBudgetExceededError(5000, calls.oldest());
    expect(error.message).toMatch(/^no answer within the request budget of 5000 ms: waiting on temporal \(query planView, 48\d\d ms\)$/);
    expect(new RequestBudgetExceededError(5000, undefined).message).toBe('no answer within the request budget of 5000 ms');
  });
});
