import { createRemoteJWKSet, errors, jwtVerify, type JWTHeaderParameters, type FlattenedJWSInput, type JWTPayload, type KeyLike } from 'jose';
import { ROLES, type Role } from '@duban/contracts';
import { asTokenError, checkClaims, TokenError, type ClaimChecks, type Principal } from './token';

/** The asymmetric algorithms an OIDC issuer's tokens may use; HS* never (the key is public). */
export const OIDC_ALGORITHMS = ['RS256', 'ES256'] as const;
export type OidcAlgorithm = (typeof OIDC_ALGORITHMS)[number];

/** How tokens of an OpenID Connect issuer are verified and read. */
export interface OidcSettings {
  /** The issuer's identifier, exactly as its tokens' `iss` (and its discovery document) give it. */
  issuer: string;
  /** The `aud` this API requires (the client id or API identifier registered at the issuer). */
  audience: string;
  /** The JWKS URL; unset: the `jwks_uri` of `{issuer}/.well-known/openid-configuration`. */
  jwksUrl?: string;
  /** Dotted path of the claim that holds the roles, e.g. `roles` or `realm_access.roles`. */
  rolesClaim: string;
  /**
   * The issuer's role names → Duban's roles (`duban-official` → official). Unset: a claim value
   * that is itself a Duban role name is taken as that role. Values not mapped are ignored.
   */
  roleMap?: Readonly<Record<string, Role>>;
  /** Dotted path of the claim that holds the unit code. */
  unitClaim: string;
  algorithms: readonly OidcAlgorithm[];
  /**
   * Longest wait, in ms, for the discovery document or the key set (each fetch). Past it, or on
   * any failure to fetch them, verification throws {@link KeySourceUnavailableError}.
   */
  fetchTimeoutMs: number;
}

/**
 * The issuer's discovery document or key set could not be fetched (down, slow, or answering
 * nonsense): not the token's fault, so not a 401. The API answers 503 with Retry-After.
 */
export class KeySourceUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KeySourceUnavailableError';
  }
}

/** Refusals of the key set that are about the token (its `kid` or `alg`), not about the fetch. */
const TOKEN_KEY_ERRORS = [errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSENotSupported, errors.JOSEAlgNotAllowed];

type KeyResolver = (header: JWTHeaderParameters, token: FlattenedJWSInput) => Promise<KeyLike | Uint8Array>;

/**
 * Verifies tokens of one OIDC issuer: signature against the issuer's published keys (fetched on
 * first use, cached and refetched by jose when a new `kid` appears, at most every 30 s), `iss`,
 * `aud`, the algorithm, expiry; then the same claim rules as local tokens ({@link checkClaims}).
 * Every fetch is bounded by `fetchTimeoutMs`. Threat answered: a shared HS256 secret that anyone
 * holding it can mint tokens with; here only the issuer's private key can.
 */
export class OidcVerifier {
  private jwks?: Promise<KeyResolver>;

  constructor(
    readonly settings: OidcSettings,
    private readonly checks: ClaimChecks = {},
  ) {}

  async verify(token: string): Promise<Principal> {
    const keys = await this.keySet();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: [...this.settings.algorithms],
        ...(this.checks.now && { currentDate: new Date(this.checks.now()) }),
      }));
    } catch (e) {
      if (e instanceof KeySourceUnavailableError) throw e;
      throw asTokenError(e);
    }
    const roles = this.rolesOf(claimAt(payload, this.settings.rolesClaim));
    return checkClaims({ sub: payload.sub, unit: claimAt(payload, this.settings.unitClaim), roles, exp: payload.exp, iat: payload.iat }, this.checks);
  }

  private rolesOf(value: unknown): Role[] {
    const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
    const mapped = values
      .filter((v): v is string => typeof v === 'string')
      .map((v) => (this.settings.roleMap ? this.settings.roleMap[v] : (ROLES as readonly string[]).includes(v) ? (v as Role) : undefined))
      .filter((r): r is Role => r !== undefined);
    if (mapped.length === 0) throw new TokenError(`token claim ${this.settings.rolesClaim} names no Duban role${this.settings.roleMap ? ` (mapped: ${Object.keys(this.settings.roleMap).join(', ')})` : ` (${ROLES.join(', ')})`}`);
    return [...new Set(mapped)];
  }

  /** The key resolver, after discovery when no JWKS URL is configured; a failed discovery is retried on the next token. */
  private keySet(): Promise<KeyResolver> {
    this.jwks ??= this.resolveJwksUrl().then((url) => this.boundedKeys(url));
    this.jwks.catch(() => (this.jwks = undefined));
    return this.jwks;
  }

  private async resolveJwksUrl(): Promise<URL> {
    if (this.settings.jwksUrl) return new URL(this.settings.jwksUrl);
    const where = `${this.settings.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    let document: unknown;
    try {
      const res = await fetch(where, { signal: AbortSignal.timeout(this.settings.fetchTimeoutMs), redirect: 'error' });
      if (!res.ok) throw new Error(`answered ${res.status}`);
      document = await res.json();
    } catch (e) {
      throw new KeySourceUnavailableError(`the OIDC discovery document ${where} could not be fetched: ${describe(e)}`, { cause: e });
    }
    const doc = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
    // OpenID Connect Discovery 1.0 §4.3: the document's issuer must be the one asked for.
    if (doc['issuer'] !== this.settings.issuer) throw new KeySourceUnavailableError(`the OIDC discovery document ${where} names issuer ${JSON.stringify(doc['issuer'])}, not ${this.settings.issuer}`);
    if (typeof doc['jwks_uri'] !== 'string') throw new KeySourceUnavailableError(`the OIDC discovery document ${where} has no jwks_uri`);
    return new URL(doc['jwks_uri']);
  }

  /**
   * jose's remote key set with a deadline on the whole lookup: jose's own `timeoutDuration`
   * bounds the wait for the response's headers only, not a body that trickles.
   */
  private boundedKeys(url: URL): KeyResolver {
    const fresh = () => createRemoteJWKSet(url, { timeoutDuration: this.settings.fetchTimeoutMs });
    let remote = fresh();
    const limit = this.settings.fetchTimeoutMs;
    return async (header, token) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          remote(header, token),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new errors.JWKSTimeout()), limit);
          }),
        ]);
      } catch (e) {
        if (TOKEN_KEY_ERRORS.some((kind) => e instanceof kind)) throw e;
        // A fresh key set for the next token: jose shares one pending fetch among callers, and the
        // one we stopped waiting for may still hang; joining it would fail the next token as well.
        remote = fresh();
        throw new KeySourceUnavailableError(`the OIDC key set ${url.href} could not be fetched: ${describe(e)}`, { cause: e });
      } finally {
        clearTimeout(timer);
      }
    };
  }
}

/** The value at a dotted claim path (`realm_access.roles`), or undefined. */
export function claimAt(payload: JWTPayload, path: string): unknown {
  let cur: unknown = payload;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Parses `OIDC_ROLE_MAP`: `issuer-role=duban-role` pairs separated by commas, e.g.
 * `duban-official=official,duban-supervisor=supervisor`. Throws naming the bad pair.
 */
export function parseRoleMap(text: string): Record<string, Role> {
  const map: Record<string, Role> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [from, to, ...rest] = pair.split('=').map((s) => s.trim());
    if (!from || !to || rest.length > 0) throw new Error(`"${pair}" is not issuer-role=duban-role`);
    if (!(ROLES as readonly string[]).includes(to)) throw new Error(`"${pair}": ${to} is not one of ${ROLES.join(', ')}`);
    map[from] = to as Role;
  }
  return map;
}

function describe(e: unknown): string {
  if (e instanceof errors.JWKSTimeout || (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError'))) return 'no answer in time';
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code ?? (e.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? `${e.message} (${code})` : e.message;
  }
  return String(e);
}
