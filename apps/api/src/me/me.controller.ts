import { Controller, Inject, Optional } from '@nestjs/common';
import type { Principal } from '@duban/auth';
import { SYSTEM_OPERATIONS as OP, devUserOf, sameShape, templateUnitName, type Caller, type Me } from '@duban/contracts';
import { KnownUnitsRegistry } from '../common/known-units.provider';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';

// The auth adapter owns the principal's schema (it sits above contracts): the documented answer must stay exactly its shape.
sameShape<Principal, Caller>(true);

/**
 * `GET /me`: the verified caller, as the token says, with the unit's name (as the plan that names
 * it calls it) and a display name for the console. It touches no store and no workflow, so it is
 * also the benchmark's authenticated floor (`npm run bench`): the cost of Fastify, Nest's routing,
 * the auth guard and JSON serialisation, against which each read route is a ratio.
 */
@Controller()
export class MeController {
  constructor(
    @Inject(API_CONFIG) private readonly config: Pick<ApiConfig, 'DEV_SIGN_IN'>,
    @Optional() private readonly known?: KnownUnitsRegistry,
  ) {}

  @Operation(OP.getMe)
  me(@CurrentPrincipal() principal: Principal): Me {
    // A dev user's name only under the dev sign-in: elsewhere a subject that happens to equal a dev id is just a subject.
    const dev = this.config.DEV_SIGN_IN === 'on' ? devUserOf(principal.sub) : undefined;
    return { sub: principal.sub, unit: principal.unit, roles: principal.roles, unitName: this.known?.nameOf(principal.unit) ?? templateUnitName(principal.unit) ?? principal.unit, name: dev?.name ?? principal.sub };
  }
}
