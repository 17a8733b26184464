import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { TaskView } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal, Roles } from '../common/auth.guard';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get(':taskId')
  @ApiOperation({ summary: 'One task: its state, deadline and history' })
  view(@Param('taskId') taskId: string, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    return this.tasks.view(taskId, principal);
  }

  @Post(':taskId/progress')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: "Report progress (officials of the task's unit)" })
  @ApiBody({ schema: { type: 'object', required: ['percent', 'note'], additionalProperties: false, properties: { percent: { type: 'integer', minimum: 0, maximum: 100 }, note: { type: 'string' } } } })
  progress(@Param('taskId') taskId: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    return this.tasks.reportProgress(taskId, body, principal);
  }

  @Post(':taskId/submit')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: "Submit the deliverable (officials of the task's unit); a second submit is a 409" })
  @ApiBody({ schema: { type: 'object', required: ['summary'], additionalProperties: false, properties: { summary: { type: 'string' }, deliverableRef: { type: 'string' } } } })
  submit(@Param('taskId') taskId: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    return this.tasks.submit(taskId, body, principal);
  }

  @Post(':taskId/review')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: 'Accept or reject (with a reason) a submission (supervisors)' })
  @ApiBody({ schema: { type: 'object', required: ['decision'], additionalProperties: false, properties: { decision: { type: 'string', enum: ['accept', 'reject'] }, reason: { type: 'string' } } } })
  review(@Param('taskId') taskId: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    return this.tasks.review(taskId, body, principal);
  }
}
