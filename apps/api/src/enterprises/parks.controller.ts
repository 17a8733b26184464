import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@duban/auth';
import type { StoredPark } from '@duban/persistence';
import { CurrentPrincipal, Roles } from '../common/auth.guard';
import { ParksService } from './parks.service';

@ApiTags('parks')
@ApiBearerAuth()
@Controller('parks')
export class ParksController {
  constructor(private readonly parks: ParksService) {}

  @Get()
  @ApiOperation({ summary: 'Every stored industrial transfer park (the defaults and those loaded), ordered by id' })
  list(): Promise<StoredPark[]> {
    return this.parks.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One park; 404 PARK.NOT_FOUND' })
  get(@Param('id') id: string): Promise<StoredPark> {
    return this.parks.get(id);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin', 'official')
  @ApiOperation({ summary: 'Load a park (admins, officials of PLAN or STIIC), validated with the domain park schema; 409 PARK.ALREADY_EXISTS for a stored id' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['id', 'name', 'nameEn', 'city', 'region', 'industries', 'capacity', 'source'],
      properties: {
        id: { type: 'string' },
        region: { type: 'string', enum: ['north-mountain', 'east-wing', 'west-wing'] },
        industries: { type: 'array', items: { type: 'string' } },
        capacity: { type: 'object', properties: { enterprises: { type: 'integer' }, occupied: { type: 'integer' } } },
        entryStandards: { type: 'object' },
      },
    },
  })
  async create(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<StoredPark> {
    const park = await this.parks.create(body, principal);
    void reply.header('location', `/parks/${park.id}`);
    return park;
  }
}
