import { decodeProtectedHeader } from 'jose';
import type { OidcVerifier } from './oidc';
import { TokenError, verifyToken, type ClaimChecks, type Principal } from './token';

/**
 * The API's one entry point for bearer tokens: a local HS256 token is checked against the local
 * secret, any other algorithm against the OIDC issuer. Each side accepts only when configured:
 * with `OIDC_ISSUER` set and no `JWT_SECRET`, local tokens are refused (so a production
 * deployment on an issuer has no shared secret that could mint tokens); with both set, both are
 * accepted (a migration, or a dev stack beside an issuer). Our choice; see docs/security.md.
 */
export class TokenVerifier {
  constructor(
    private readonly options: { secret?: string; oidc?: OidcVerifier; checks?: ClaimChecks },
  ) {}

  /**
   * The verified caller. Throws {@link TokenError} (a 401) saying which rule failed, or
   * `KeySourceUnavailableError` (a 503) when the issuer's keys cannot be fetched; a unit
   * lookup's own failure (Temporal down) passes through.
   */
  async verify(token: string): Promise<Principal> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new TokenError('token is invalid: not a JWS compact serialisation');
    }
    const { secret, oidc, checks } = this.options;
    if (alg === 'HS256') {
      if (!secret) throw new TokenError(`local (HS256) tokens are not accepted; sign in through ${oidc?.settings.issuer ?? 'the configured issuer'}`);
      return verifyToken(token, secret, checks);
    }
    if (oidc) return oidc.verify(token);
    throw new TokenError(`token algorithm ${alg ?? '(none)'} is not accepted: this API takes HS256 tokens signed with its own secret`);
  }
}
