import { Inject, Injectable, SetMetadata, createParamDecorator, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { TokenError, verifyToken, type Principal, type Role } from '@duban/auth';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Forbidden, Unauthenticated } from './api-error';

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

/** Every route needs a valid `Authorization: Bearer <JWT>` (HS256) unless marked {@link Public}. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (!header) throw Unauthenticated('missing Authorization header: send "Authorization: Bearer <token>"');
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
    if (!match?.[1]) throw Unauthenticated('the Authorization header must be "Bearer <token>"');
    try {
      request.principal = await verifyToken(match[1], this.config.JWT_SECRET);
    } catch (e) {
      if (e instanceof TokenError) throw Unauthenticated(e.message);
      throw e;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.some((r) => request.principal?.roles.includes(r))) {
      throw Forbidden(`this action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
