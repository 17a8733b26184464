import type { Role } from '@duban/contracts';

/**
 * What a token must satisfy beyond its signature, for local (HS256) and OIDC tokens alike. Ours,
 * not the seed plan's: the seed says nothing of sign-in. Each rule answers a threat named on it.
 */
export interface TokenRules {
  /**
   * Longest accepted lifetime `exp - iat`, in seconds (default 12 h: one working day and some).
   * Threat: a leaked token that stays valid for years (issue 12 found `exp` 100 years out accepted).
   */
  maxLifetimeSeconds: number;
  /**
   * How far, in seconds, `iat` may lie ahead of this server's clock (default 60): clocks of the
   * issuer and the API drift a little. Threat: a token minted "in the future" to outlive the
   * lifetime cap (its `exp - iat` looks short while it is valid from now until far ahead).
   * `exp` itself gets no tolerance: an expired token is refused at once.
   */
  clockSkewSeconds: number;
  /**
   * Roles bound to units: a token holding one of these roles is accepted only for a unit listed
   * for it (e.g. supervisor → DUCHA, LGO). Roles absent here are not bound. Threat: a district
   * official whose issuer also grants `supervisor` could review (accept) its own unit's work.
   */
  roleUnits: Partial<Record<Role, readonly string[]>>;
}

/** 12 hours, in seconds. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;
/** 60 seconds. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/**
 * The offices the oversight roles belong to (DESIGN.md's unit table): 督查室 (DUCHA) and the
 * Leading Group Office (LGO) supervise, 绩效办 (PERF) scores. Configurable per deployment.
 */
export const DEFAULT_ROLE_UNITS: Partial<Record<Role, readonly string[]>> = {
  supervisor: ['DUCHA', 'LGO'],
  performance: ['PERF'],
};

export const DEFAULT_TOKEN_RULES: TokenRules = {
  maxLifetimeSeconds: DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  clockSkewSeconds: DEFAULT_CLOCK_SKEW_SECONDS,
  roleUnits: DEFAULT_ROLE_UNITS,
};

const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * A duration for a person to read in an error message: `45 s`, `30 min`, `12 h`, `11.6 d`,
 * `100 y`. Values of 10 or more of a unit are rounded to whole units, smaller ones to one decimal.
 */
export function formatDuration(seconds: number): string {
  const abs = Math.abs(seconds);
  const [size, unit] = abs >= YEAR ? [YEAR, 'y'] : abs >= DAY ? [DAY, 'd'] : abs >= HOUR ? [HOUR, 'h'] : abs >= MINUTE ? [MINUTE, 'min'] : [1, 's'];
  const value = seconds / size;
  const shown = Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${unit}`;
}

/**
 * The first time rule a verified token's claims break, as a message for its 401, or undefined
 * when they hold: `exp` and `iat` present and numeric, `iat` not beyond `clockSkewSeconds` ahead
 * of `nowSeconds`, `exp - iat` within `maxLifetimeSeconds`. Expiry itself (`exp` in the past) is
 * checked by the signature verification before this.
 */
export function timeRuleViolation(claims: { exp?: unknown; iat?: unknown }, rules: Pick<TokenRules, 'maxLifetimeSeconds' | 'clockSkewSeconds'>, nowSeconds: number): string | undefined {
  const { exp, iat } = claims;
  if (exp === undefined) return 'token has no exp';
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return 'token exp must be a number of seconds since the epoch';
  if (iat === undefined) return 'token has no iat';
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return 'token iat must be a number of seconds since the epoch';
  if (exp <= nowSeconds) return 'token has expired';
  if (iat - nowSeconds > rules.clockSkewSeconds) {
    return `token iat is ${formatDuration(iat - nowSeconds)} in the future, beyond the ${formatDuration(rules.clockSkewSeconds)} allowed for clock skew`;
  }
  const lifetime = exp - iat;
  if (lifetime > rules.maxLifetimeSeconds) return `token lifetime ${formatDuration(lifetime)} exceeds the ${formatDuration(rules.maxLifetimeSeconds)} limit`;
  return undefined;
}

/**
 * The first role of `roles` that is bound to units other than `unit`, as a message for its 401,
 * or undefined when every role may be held in `unit`.
 */
export function roleUnitViolation(principal: { unit: string; roles: readonly Role[] }, roleUnits: TokenRules['roleUnits']): string | undefined {
  for (const role of principal.roles) {
    const allowed = roleUnits[role];
    if (allowed && !allowed.includes(principal.unit)) {
      return `token role ${role} is not valid for unit ${principal.unit}: ${role} belongs to ${allowed.join(', ')}`;
    }
  }
  return undefined;
}
