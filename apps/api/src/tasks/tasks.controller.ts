import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags, type ApiBodyOptions, type SchemaObject } from '@nestjs/swagger';
import type { TaskInboxPage, TaskResponse } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal, Roles } from '../common/auth.guard';
import { TasksService } from './tasks.service';

const evidence: SchemaObject = {
  type: 'array',
  maxItems: 20,
  description: 'evidence (佐证材料) references',
  items: {
    type: 'object',
    required: ['title', 'uri'],
    additionalProperties: false,
    properties: { title: { type: 'string' }, uri: { type: 'string', pattern: '^(https://|doc://)\\S+$' } },
  },
};
const body = (required: string[], properties: Record<string, SchemaObject>): ApiBodyOptions => ({ schema: { type: 'object', required, additionalProperties: false, properties } });

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOperation({ summary: 'The task inbox, nearest deadline first; officials see their own unit\'s tasks (led or co-unit)' })
  @ApiQuery({ name: 'unit', required: false, description: 'tasks this unit leads or contributes to; officials: their own unit only' })
  @ApiQuery({ name: 'status', required: false, enum: ['assigned', 'in_progress', 'submitted', 'accepted'] })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'dueBefore', required: false, description: 'YYYY-MM-DD: due strictly before this date' })
  @ApiQuery({ name: 'planId', required: false })
  @ApiQuery({ name: 'kind', required: false, enum: ['task', 'brief'] })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 50, maximum: 500 } })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page (keyset pagination)' })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0, maximum: 1000 }, description: 'items to skip, not with cursor' })
  @ApiQuery({ name: 'count', required: false, enum: ['true', 'false'], description: 'true adds total (counts every match)' })
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskInboxPage> {
    return this.tasks.list(query, principal);
  }

  @Get(':taskId')
  @ApiOperation({ summary: 'One task: its state, deadline, ladder, contributions, extensions, escalations and history' })
  view(@Param('taskId') taskId: string, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.view(taskId, principal);
  }

  @Post(':taskId/progress')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: "Report progress (officials of the task's unit)" })
  @ApiBody(body(['percent', 'note'], { percent: { type: 'integer', minimum: 0, maximum: 100 }, note: { type: 'string' }, evidence }))
  progress(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.reportProgress(taskId, request, principal);
  }

  @Post(':taskId/contributions')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: "Contribute to a task (officials of a co-unit); the lead unit submits once every co-unit contributed or was waived" })
  @ApiBody(body(['summary'], { summary: { type: 'string' }, evidence }))
  contribute(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.contribute(taskId, request, principal);
  }

  @Post(':taskId/contributions/:unit/waive')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: "Waive a co-unit's pending contribution, with a reason (supervisors)" })
  @ApiBody(body(['reason'], { reason: { type: 'string' } }))
  waive(@Param('taskId') taskId: string, @Param('unit') unit: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.waiveContribution(taskId, unit, request, principal);
  }

  @Post(':taskId/submit')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: "Submit the deliverable (officials of the task's unit); a second submit is a 409, and so is one before the co-units contributed" })
  @ApiBody(body(['summary'], { summary: { type: 'string' }, deliverableRef: { type: 'string' }, evidence }))
  submit(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.submit(taskId, request, principal);
  }

  @Post(':taskId/review')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: 'Accept or reject (with a reason) a submission (supervisors)' })
  @ApiBody(body(['decision'], { decision: { type: 'string', enum: ['accept', 'reject'] }, reason: { type: 'string' } }))
  review(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.review(taskId, request, principal);
  }

  @Post(':taskId/extensions')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: "Ask for a later deadline (延期申请; officials of the task's unit); one request at a time" })
  @ApiBody(body(['newDue', 'reason'], { newDue: { type: 'string', format: 'date' }, reason: { type: 'string' } }))
  requestExtension(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.requestExtension(taskId, request, principal);
  }

  @Post(':taskId/extensions/decision')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: 'Approve or refuse the pending extension request (supervisors); approval moves the deadline and restarts the ladder' })
  @ApiBody(body(['decision'], { decision: { type: 'string', enum: ['approve', 'refuse'] }, comment: { type: 'string' } }))
  decideExtension(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.decideExtension(taskId, request, principal);
  }

  @Post(':taskId/directive')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: 'Issue a directive (督办单) with a committed date (supervisors); the date becomes the deadline in force' })
  @ApiBody(body(['committedDate', 'instructions'], { committedDate: { type: 'string', format: 'date' }, instructions: { type: 'string' } }))
  directive(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.issueDirective(taskId, request, principal);
  }
}
