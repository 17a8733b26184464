import { Inject, Injectable, Logger, Optional, SetMetadata, createParamDecorator, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '@duban/contracts';
import { KeySourceUnavailableError, OidcVerifier, TokenError, TokenVerifier, type Principal, type Role } from '@duban/auth';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ApiError, Forbidden, Unauthenticated } from './api-error';
import { tokenRulesOf } from './auth.config';
import { KnownUnitsRegistry } from './known-units.provider';

const PUBLIC = 'duban:public';
const ROLES = 'duban:roles';

/** Marks a route that needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC, true);
/** The route needs one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** The verified caller of the current request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw Unauthenticated('no verified caller on this request');
  return principal;
});

/**
 * Every route needs a valid `Authorization: Bearer <JWT>` unless marked {@link Public}: a local
 * HS256 token (JWT_SECRET) or one of the OIDC issuer (OIDC_ISSUER), each under the same rules
 * (lifetime, clock skew, known unit, role-to-unit binding; see `@duban/auth`). A token that breaks
 * one is a 401 naming the rule. A role not allowed for the token's unit is a 401 too, not a 403:
 * the token itself is inconsistent (its issuer granted what the deployment forbids), so none of
 * it is trusted, rather than the request being refused for lack of a role. The issuer's keys
 * unreachable is a 503 with Retry-After: the caller did nothing wrong.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);
  private readonly verifier: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_CONFIG) config: Partial<ApiConfig>,
    // Absent in tests that build the guard alone: then only the built-in units are known.
    @Optional() known?: KnownUnitsRegistry,
  ) {
    const checks = { rules: tokenRulesOf(config), ...(known && { units: known.units }) };
    const oidc = config.OIDC_ISSUER
      ? new OidcVerifier(
          {
            issuer: config.OIDC_ISSUER,
            audience: config.OIDC_AUDIENCE ?? '',
            ...(config.OIDC_JWKS_URL && { jwksUrl: config.OIDC_JWKS_URL }),
            rolesClaim: config.OIDC_ROLES_CLAIM ?? 'roles',
            ...(config.OIDC_ROLE_MAP && { roleMap: config.OIDC_ROLE_MAP }),
            unitClaim: config.OIDC_UNIT_CLAIM ?? 'unit',
            algorithms: config.OIDC_ALGORITHMS ?? ['RS256', 'ES256'],
            fetchTimeoutMs: config.OIDC_FETCH_TIMEOUT_MS ?? 2000,
          },
          checks,
        )
      : undefined;
    this.verifier = new TokenVerifier({ ...(config.JWT_SECRET && { secret: config.JWT_SECRET }), ...(oidc && { oidc }), checks });
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (!header) throw Unauthenticated('missing Authorization header: send "Authorization: Bearer <token>"');
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
    if (!match?.[1]) throw Unauthenticated('the Authorization header must be "Bearer <token>"');
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (e) {
      if (e instanceof TokenError) {
        // The security log of refused tokens: the reason and the caller's address, never the token.
        // Its volume is bounded by the failed-authentication rate limit (per address).
        this.logger.warn(`refused a token from ${request.ip} on ${request.method} ${request.url}: ${e.message}`);
        throw Unauthenticated(e.message);
      }
      if (e instanceof KeySourceUnavailableError) {
        this.logger.warn(e.message);
        throw new ApiError(ErrorCode.DependencyUnavailable, 'the identity provider’s signing keys could not be fetched; retry later');
      }
      throw e;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.some((r) => request.principal?.roles.includes(r))) {
      throw Forbidden(`this action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
