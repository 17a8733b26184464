import { Body, Controller, Param, Query } from '@nestjs/common';
import { ESCALATION_OPERATIONS as OP, type EnterpriseView, type EscalationInboxPage, type TaskResponse } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { EscalationsService } from './escalations.service';

@Controller()
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Operation(OP.listEscalations)
  list(@Query() query: unknown): Promise<EscalationInboxPage> {
    return this.escalations.list(query);
  }

  @Operation(OP.acknowledgeEscalation)
  acknowledge(@Param('id') id: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse | EnterpriseView> {
    return this.escalations.acknowledge(id, request, principal);
  }

  @Operation(OP.issueEscalationDirective)
  directive(@Param('id') id: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse | EnterpriseView> {
    return this.escalations.issueDirective(id, request, principal);
  }
}
