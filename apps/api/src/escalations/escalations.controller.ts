import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { EnterpriseView, EscalationInboxPage, TaskResponse } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal, Roles } from '../common/auth.guard';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('escalations')
@Roles('supervisor')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @ApiOperation({
    summary: 'The 督查室 inbox: escalation cases, longest waiting first; with count=true also total and counts by unit, level and age over every match (supervisors)',
    description: 'Age is working days since the case was raised (Asia/Shanghai, China working-day calendar), in buckets 0-4, 5-14 and 15+.',
  })
  @ApiQuery({ name: 'unit', required: false, description: 'the escalated unit: the task’s lead unit or the enterprise step’s owner' })
  @ApiQuery({ name: 'level', required: false, enum: ['yellow', 'red', 'leading-group'] })
  @ApiQuery({ name: 'state', required: false, enum: ['open', 'acknowledged', 'resolved'] })
  @ApiQuery({ name: 'age', required: false, enum: ['0-4', '5-14', '15+'], description: 'working days since raised' })
  @ApiQuery({ name: 'planId', required: false })
  @ApiQuery({ name: 'taskId', required: false })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 50, maximum: 500 } })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page (keyset pagination)' })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0, maximum: 1000 }, description: 'items to skip, not with cursor' })
  @ApiQuery({ name: 'count', required: false, enum: ['true', 'false'], description: 'true adds total and counts (reads every match: ask it with state=open)' })
  list(@Query() query: unknown): Promise<EscalationInboxPage> {
    return this.escalations.list(query);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an escalation level: its repeated notices stop (supervisors); answers the task, or the enterprise for a step' })
  @ApiBody({ schema: { type: 'object', additionalProperties: false, properties: { note: { type: 'string' } } } })
  acknowledge(@Param('id') id: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse | EnterpriseView> {
    return this.escalations.acknowledge(id, request, principal);
  }

  @Post(':id/directive')
  @HttpCode(200)
  @ApiOperation({ summary: "Issue a directive (督办单) on the escalated task or enterprise step with a committed date (supervisors); answers the task, or the enterprise" })
  @ApiBody({ schema: { type: 'object', required: ['committedDate', 'instructions'], additionalProperties: false, properties: { committedDate: { type: 'string', format: 'date' }, instructions: { type: 'string' } } } })
  directive(@Param('id') id: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse | EnterpriseView> {
    return this.escalations.issueDirective(id, request, principal);
  }
}
