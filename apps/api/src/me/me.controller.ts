import { Controller } from '@nestjs/common';
import type { Principal } from '@duban/auth';
import { SYSTEM_OPERATIONS as OP, sameShape, type Caller } from '@duban/contracts';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';

// The auth adapter owns the principal's schema (it sits above contracts): the documented answer must stay exactly its shape.
sameShape<Principal, Caller>(true);

/**
 * `GET /me`: the verified caller, as the token says. It touches no store and no workflow, so it
 * is also the benchmark's authenticated floor (`npm run bench`): the cost of Fastify, Nest's
 * routing, the auth guard and JSON serialisation, against which each read route is a ratio.
 */
@Controller()
export class MeController {
  @Operation(OP.getMe)
  me(@CurrentPrincipal() principal: Principal): Caller {
    return { sub: principal.sub, unit: principal.unit, roles: principal.roles };
  }
}
