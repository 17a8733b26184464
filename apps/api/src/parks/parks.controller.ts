import { Body, Controller, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PARK_OPERATIONS as OP } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import type { StoredPark } from '@duban/persistence';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { ParksService } from './parks.service';

@Controller()
export class ParksController {
  constructor(private readonly parks: ParksService) {}

  @Operation(OP.listParks)
  list(): Promise<StoredPark[]> {
    return this.parks.list();
  }

  @Operation(OP.viewPark)
  get(@Param('id') id: string): Promise<StoredPark> {
    return this.parks.get(id);
  }

  @Operation(OP.createPark)
  async create(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<StoredPark> {
    const park = await this.parks.create(body, principal);
    void reply.header('location', `/parks/${park.id}`);
    return park;
  }
}
