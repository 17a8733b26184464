import { KnownUnits } from './known-units';

describe('known units', () => {
  it('answers built-in and added units without a lookup', async () => {
    const lookup = jest.fn(async () => ['NEW']);
    const units = new KnownUnits(['STIIC'], lookup);
    units.add(['FUTIAN_ECON']);
    await expect(units.has('STIIC')).resolves.toBe(true);
    await expect(units.has('FUTIAN_ECON')).resolves.toBe(true);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('looks up a miss once for concurrent checks, then keeps what it found', async () => {
    let release: (units: string[]) => void = () => undefined;
    const lookup = jest.fn(() => new Promise<string[]>((resolve) => (release = resolve)));
    const units = new KnownUnits([], lookup, 0);
    const checks = [units.has('NEW'), units.has('NEW'), units.has('OTHER')];
    release(['NEW']);
    await expect(Promise.all(checks)).resolves.toEqual([true, true, false]);
    expect(lookup).toHaveBeenCalledTimes(1);
    await expect(units.has('NEW')).resolves.toBe(true);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('looks up at most once per interval; a failed lookup does not count and fails the check', async () => {
    let clock = 0;
    const lookup = jest.fn(async () => ['LATER']);
    const units = new KnownUnits([], lookup, 1000, () => clock);
    await expect(units.has('ZZZ')).resolves.toBe(false);
    clock = 999;
    await expect(units.has('ZZZ')).resolves.toBe(false);
    expect(lookup).toHaveBeenCalledTimes(1);
    clock = 1000;
    await expect(units.has('ZZZ')).resolves.toBe(false);
    expect(lookup).toHaveBeenCalledTimes(2);

    const failing = new KnownUnits([], jest.fn(async () => Promise.reject(new Error('Temporal down'))), 1000, () => clock);
    await expect(failing.has('X')).rejects.toThrow('Temporal down');
    await expect(failing.has('X')).rejects.toThrow('Temporal down');
  });

  it('without a lookup, knows only what it was given', async () => {
    await expect(new KnownUnits(['A']).has('B')).resolves.toBe(false);
  });
});
