import { defaultMaxCachedWorkflows } from './worker-cache';

it('budgets 2 MiB of heap per cached workflow after 200 MiB for the rest, and caches at least 10 (ours)', () => {
  expect(defaultMaxCachedWorkflows(4144)).toBe(1972);
  expect(defaultMaxCachedWorkflows(8424)).toBe(4112);
  expect(defaultMaxCachedWorkflows(100)).toBe(10);
});
