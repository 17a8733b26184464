import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ENTERPRISE_ROLLUP_KEYS,
  ENTERPRISE_STATUSES,
  type EnterpriseClassificationResponse,
  type EnterpriseImportReport,
  type EnterpriseListPage,
  type EnterpriseRollup,
  type EnterpriseView,
} from '@duban/contracts';
import { DISTRICT_CODES, ENTERPRISE_STEPS, TRACKS, enterpriseCsvColumns } from '@duban/domain';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal, Roles } from '../common/auth.guard';
import { RequestBudget } from '../common/request-budget';
import { EnterprisesService, type EnterpriseDestinations, type RegisteredEnterprise } from './enterprises.service';

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('enterprises')
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Post()
  @HttpCode(201)
  @Roles('official', 'admin')
  @ApiOperation({ summary: "Register an enterprise of the caller's district in a plan's transfer programme; 409 for an id registered before" })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['planId', 'enterprise'],
      additionalProperties: false,
      properties: { planId: { type: 'string' }, enterprise: { type: 'object', description: 'the registration: id, name, district, industry, indicators, flags, redLines' } },
    },
  })
  async register(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<RegisteredEnterprise> {
    const registered = await this.enterprises.register(body, principal);
    void reply.header('location', `/enterprises/${registered.enterpriseId}`);
    return registered;
  }

  @Post('import')
  // One workflow start per row: 240 rows took longer than the 5 s default on a busy machine, and a
  // 503 half-way made every retry re-send the rows already registered.
  @RequestBudget(120_000)
  @HttpCode(200)
  @Roles('official', 'admin')
  @ApiConsumes('text/csv', 'application/json')
  @ApiOperation({ summary: 'Register many enterprises from CSV (?planId=) or JSON ({planId, enterprises}); answers which rows were registered and why the others were not' })
  @ApiQuery({ name: 'planId', required: false, description: 'required with a CSV body' })
  @ApiBody({ description: `CSV with the header ${enterpriseCsvColumns.join(',')}, or JSON {planId, enterprises: [registration…]}`, schema: { type: 'string' } })
  import(@Body() body: unknown, @Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseImportReport> {
    return this.enterprises.import(body, query, principal);
  }

  @Get()
  @ApiOperation({ summary: "The enterprise list; officials see their district's, or those with a step their unit owns" })
  @ApiQuery({ name: 'district', required: false, enum: DISTRICT_CODES })
  @ApiQuery({ name: 'track', required: false, enum: TRACKS })
  @ApiQuery({ name: 'step', required: false, enum: ENTERPRISE_STEPS, description: 'an open step' })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'park', required: false, description: 'the destination park id' })
  @ApiQuery({ name: 'status', required: false, enum: ENTERPRISE_STATUSES })
  @ApiQuery({ name: 'planId', required: false })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 50, maximum: 500 } })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page (keyset pagination)' })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0, maximum: 1000 }, description: 'items to skip, not with cursor' })
  @ApiQuery({ name: 'count', required: false, enum: ['true', 'false'], description: 'true adds total (counts every match)' })
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseListPage> {
    return this.enterprises.list(query, principal);
  }

  @Get('rollups')
  @ApiOperation({ summary: 'Counts by district, park or track, split by status and track, with how many are overdue' })
  @ApiQuery({ name: 'by', required: true, enum: ENTERPRISE_ROLLUP_KEYS })
  @ApiQuery({ name: 'planId', required: false })
  rollups(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseRollup> {
    return this.enterprises.rollup(query, principal);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One enterprise as its workflow sees it: registration, classification, every step with its ladder' })
  view(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EnterpriseView> {
    return this.enterprises.view(id, principal);
  }

  @Get(':id/classification')
  @ApiOperation({ summary: 'The track, score and explanation; 409 ENTERPRISE.AWAITING_INDEX before the evaluation index is in force' })
  classification(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EnterpriseClassificationResponse> {
    return this.enterprises.classification(id, principal);
  }

  @Get(':id/destinations')
  @ApiOperation({ summary: "The stored parks ranked for the enterprise (fit and reasons) and the parks blocked for it (every reason); 409 ENTERPRISE.AWAITING_INDEX before it is classified" })
  destinations(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EnterpriseDestinations> {
    return this.enterprises.destinations(id, principal);
  }

  @Post(':id/evaluation')
  @HttpCode(200)
  @Roles('official', 'supervisor', 'admin')
  @ApiOperation({
    summary:
      'New indicator values and red-line flags (officials of STIIC, supervisors, admins): re-classified with the plan’s index; a changed track cancels the open step and opens the new track’s first; 409 ENTERPRISE.EVALUATION_OUT_OF_TURN once a step is recorded',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['indicators', 'flags'],
      additionalProperties: false,
      properties: { indicators: { type: 'object' }, flags: { type: 'object' }, redLines: { type: 'array', items: { type: 'string' } } },
    },
  })
  reevaluate(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseView> {
    return this.enterprises.reevaluate(id, body, principal);
  }

  @Post(':id/steps/:step')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: "Complete an open step (officials of the step's owning unit); answers the enterprise" })
  @ApiBody({ schema: { type: 'object', required: ['payload'], additionalProperties: false, properties: { payload: { type: 'object', description: 'what the step records' } } } })
  completeStep(@Param('id') id: string, @Param('step') step: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseView> {
    return this.enterprises.completeStep(id, step, body, principal);
  }
}
