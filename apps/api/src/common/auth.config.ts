import { z } from 'zod';
import { DEFAULT_CLOCK_SKEW_SECONDS, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, DEFAULT_ROLE_UNITS, OIDC_ALGORITHMS, parseRoleMap, type Role, type TokenRules } from '@duban/auth';

const unitList = (fallback: readonly string[]) =>
  z
    .string()
    .default(fallback.join(','))
    .transform((s) => s.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'must be unit codes, comma-separated')).min(1, 'must name at least one unit'));

/**
 * The token rules and the optional OpenID Connect issuer (spread into the API's config shape).
 * Every rule and its threat: docs/security.md. Ours, not the seed plan's.
 */
export const authConfigShape = {
  /** Longest accepted token lifetime `exp - iat`, seconds (12 h). `npm run token` refuses longer. */
  TOKEN_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(7 * 24 * 3600).default(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS),
  /** How far `iat` may be ahead of the API's clock, seconds (60). */
  TOKEN_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(600).default(DEFAULT_CLOCK_SKEW_SECONDS),
  /** The units the supervisor role is valid for (督查室 and the Leading Group Office). */
  SUPERVISOR_UNITS: unitList(DEFAULT_ROLE_UNITS.supervisor ?? []),
  /** The units the performance role is valid for (绩效办). */
  PERFORMANCE_UNITS: unitList(DEFAULT_ROLE_UNITS.performance ?? []),
  /**
   * Least time between two look-ups of the loaded plans' units, when a token names a unit this
   * process does not know (ms).
   */
  KNOWN_UNITS_REFRESH_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  /** The OpenID Connect issuer whose tokens are accepted (its `iss`, exactly); unset: none. */
  OIDC_ISSUER: z.string().url().optional(),
  /** The `aud` the issuer's tokens must carry; required with OIDC_ISSUER. */
  OIDC_AUDIENCE: z.string().min(1).optional(),
  /** The issuer's key set; unset: the `jwks_uri` of `{OIDC_ISSUER}/.well-known/openid-configuration`. */
  OIDC_JWKS_URL: z.string().url().optional(),
  /** Dotted path of the roles claim (`roles`; Keycloak: `realm_access.roles`). */
  OIDC_ROLES_CLAIM: z.string().min(1).default('roles'),
  /** `issuer-role=duban-role,…`; unset: claim values that are Duban role names are taken as they are. */
  OIDC_ROLE_MAP: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === '') return undefined;
      try {
        return parseRoleMap(s);
      } catch (e) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: e instanceof Error ? e.message : String(e) });
        return z.NEVER;
      }
    }),
  /** Dotted path of the unit claim. */
  OIDC_UNIT_CLAIM: z.string().min(1).default('unit'),
  /** Accepted signature algorithms, comma-separated, of RS256 and ES256. */
  OIDC_ALGORITHMS: z
    .string()
    .default(OIDC_ALGORITHMS.join(','))
    .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.enum(OIDC_ALGORITHMS)).min(1)),
  /** Longest wait for the issuer's discovery document or key set, each fetch (ms); past it a 503. */
  OIDC_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2000),
};

/** The variables of {@link authConfigShape} once parsed, and the local secret. */
type AuthConfigInput = { JWT_SECRET?: string | undefined } & z.infer<z.ZodObject<typeof authConfigShape>>;

/** Problems that span variables: a way to sign in must exist, and an issuer needs an audience. */
export function authConfigProblems(config: AuthConfigInput): { variable: string; rule: string }[] {
  const problems: { variable: string; rule: string }[] = [];
  if (!config.JWT_SECRET && !config.OIDC_ISSUER) problems.push({ variable: 'JWT_SECRET', rule: 'is required unless OIDC_ISSUER is set' });
  if (config.OIDC_ISSUER && !config.OIDC_AUDIENCE) problems.push({ variable: 'OIDC_AUDIENCE', rule: 'is required with OIDC_ISSUER' });
  for (const variable of ['OIDC_AUDIENCE', 'OIDC_JWKS_URL', 'OIDC_ROLE_MAP'] as const) {
    if (config[variable] !== undefined && !config.OIDC_ISSUER) problems.push({ variable, rule: 'has no effect without OIDC_ISSUER' });
  }
  return problems;
}

/** The token rules this configuration sets. */
export function tokenRulesOf(config: Partial<AuthConfigInput>): TokenRules {
  const roleUnits: Partial<Record<Role, readonly string[]>> = {
    supervisor: config.SUPERVISOR_UNITS ?? DEFAULT_ROLE_UNITS.supervisor ?? [],
    performance: config.PERFORMANCE_UNITS ?? DEFAULT_ROLE_UNITS.performance ?? [],
  };
  return {
    maxLifetimeSeconds: config.TOKEN_MAX_LIFETIME_SECONDS ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
    clockSkewSeconds: config.TOKEN_CLOCK_SKEW_SECONDS ?? DEFAULT_CLOCK_SKEW_SECONDS,
    roleUnits,
  };
}
