import { DEFAULT_TOKEN_RULES, formatDuration, roleUnitViolation, timeRuleViolation } from './token-rules';

const now = 1_800_000_000;
const rules = DEFAULT_TOKEN_RULES;

describe('token time rules', () => {
  it('needs exp and iat, as numbers', () => {
    expect(timeRuleViolation({ iat: now }, rules, now)).toBe('token has no exp');
    expect(timeRuleViolation({ exp: now + 60 }, rules, now)).toBe('token has no iat');
    expect(timeRuleViolation({ exp: 'tomorrow', iat: now }, rules, now)).toBe('token exp must be a number of seconds since the epoch');
    expect(timeRuleViolation({ exp: now + 60, iat: null }, rules, now)).toBe('token iat must be a number of seconds since the epoch');
  });

  it('refuses an expired token, an iat beyond the skew and a lifetime beyond the cap', () => {
    expect(timeRuleViolation({ exp: now, iat: now - 60 }, rules, now)).toBe('token has expired');
    expect(timeRuleViolation({ exp: now + 3600, iat: now + 61 }, rules, now)).toBe('token iat is 1 min in the future, beyond the 1 min allowed for clock skew');
    expect(timeRuleViolation({ exp: now + 3600, iat: now + 60 }, rules, now)).toBeUndefined();
    expect(timeRuleViolation({ exp: now + 12 * 3600, iat: now }, rules, now)).toBeUndefined();
    expect(timeRuleViolation({ exp: now + 12 * 3600 + 1, iat: now }, rules, now)).toBe('token lifetime 12 h exceeds the 12 h limit');
    // An old iat with a far exp is still a long lifetime, however recent the use.
    expect(timeRuleViolation({ exp: now + 3600, iat: now - 30 * 86400 }, rules, now)).toBe('token lifetime 30 d exceeds the 12 h limit');
  });

  it('formats durations for people', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(90)).toBe('1.5 min');
    expect(formatDuration(43200)).toBe('12 h');
    expect(formatDuration(1_000_000)).toBe('12 d');
    expect(formatDuration(9.5 * 86400)).toBe('9.5 d');
    expect(formatDuration(100 * 365 * 86400)).toBe('100 y');
  });
});

describe('role-to-unit binding', () => {
  it('allows unbound roles anywhere and bound roles only in their units', () => {
    expect(roleUnitViolation({ unit: 'FUTIAN', roles: ['official', 'admin'] }, rules.roleUnits)).toBeUndefined();
    expect(roleUnitViolation({ unit: 'LGO', roles: ['supervisor'] }, rules.roleUnits)).toBeUndefined();
    expect(roleUnitViolation({ unit: 'FUTIAN', roles: ['official', 'supervisor'] }, rules.roleUnits)).toBe('token role supervisor is not valid for unit FUTIAN: supervisor belongs to DUCHA, LGO');
    expect(roleUnitViolation({ unit: 'DUCHA', roles: ['performance'] }, rules.roleUnits)).toBe('token role performance is not valid for unit DUCHA: performance belongs to PERF');
  });
});
