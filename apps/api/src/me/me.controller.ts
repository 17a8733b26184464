import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';

/**
 * `GET /me`: the verified caller, as the token says. It touches no store and no workflow, so it
 * is also the benchmark's authenticated floor (`npm run bench`): the cost of Fastify, Nest's
 * routing, the auth guard and JSON serialisation, against which each read route is a ratio.
 */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  @Get()
  @ApiOperation({ summary: 'The caller: the token’s subject, unit and roles (any authenticated caller)' })
  me(@CurrentPrincipal() principal: Principal): Principal {
    return { sub: principal.sub, unit: principal.unit, roles: principal.roles };
  }
}
