import { onFirstUse } from './on-first-use';

describe('onFirstUse', () => {
  it('builds nothing until asked, then builds once and keeps what it built, undefined included', () => {
    const build = jest.fn(() => ({ built: true }));
    const value = onFirstUse(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);

    const nothing = jest.fn((): undefined => undefined);
    const empty = onFirstUse(nothing);
    empty();
    empty();
    expect(nothing).toHaveBeenCalledTimes(1);
  });
});
