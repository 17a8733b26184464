import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ENTERPRISE_OPERATIONS as OP,
  type EnterpriseClassificationResponse,
  type EnterpriseDestinations,
  type EnterpriseImportReport,
  type EnterpriseListPage,
  type EnterpriseRollup,
  type EnterpriseView,
  type RegisteredEnterprise,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { RequestBudget } from '../common/request-budget';
import { EnterprisesService } from './enterprises.service';

@Controller()
export class EnterprisesController {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Operation(OP.registerEnterprise)
  async register(@Body() body: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<RegisteredEnterprise> {
    const registered = await this.enterprises.register(body, principal);
    void reply.header('location', `/enterprises/${registered.enterpriseId}`);
    return registered;
  }

  @Operation(OP.importEnterprises)
  // One workflow start per row: 240 rows took longer than the 5 s default on a busy machine, and a
  // 503 half-way made every retry re-send the rows already registered.
  @RequestBudget(120_000)
  import(@Body() body: unknown, @Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseImportReport> {
    return this.enterprises.import(body, query, principal);
  }

  @Operation(OP.listEnterprises)
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseListPage> {
    return this.enterprises.list(query, principal);
  }

  @Operation(OP.listEnterpriseRollups)
  rollups(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseRollup> {
    return this.enterprises.rollup(query, principal);
  }

  @Operation(OP.viewEnterprise)
  view(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EnterpriseView> {
    return this.enterprises.view(id, principal);
  }

  @Operation(OP.viewEnterpriseClassification)
  classification(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EnterpriseClassificationResponse> {
    return this.enterprises.classification(id, principal);
  }

  @Operation(OP.viewEnterpriseDestinations)
  destinations(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EnterpriseDestinations> {
    return this.enterprises.destinations(id, principal);
  }

  @Operation(OP.reevaluateEnterprise)
  reevaluate(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseView> {
    return this.enterprises.reevaluate(id, body, principal);
  }

  @Operation(OP.completeEnterpriseStep)
  completeStep(@Param('id') id: string, @Param('step') step: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<EnterpriseView> {
    return this.enterprises.completeStep(id, step, body, principal);
  }
}
