import { SKIPPED_RULE } from './lint';

describe('lint', () => {
  it('recognises the module-boundary rule saying it was skipped (the message of @nx/eslint-plugin without a project graph)', () => {
    expect(SKIPPED_RULE.test('warning No cached ProjectGraph is available. The rule will be skipped.')).toBe(true);
    expect(SKIPPED_RULE.test('  10:1  error  A project tagged with "type:domain" can only depend on libs tagged with "type:domain"  @nx/enforce-module-boundaries')).toBe(false);
    expect(SKIPPED_RULE.test('')).toBe(false);
  });
});
