import { Body, Controller, Param, Query } from '@nestjs/common';
import { TASK_OPERATIONS as OP, type TaskInboxPage, type TaskResponse } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { TasksService } from './tasks.service';

@Controller()
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Operation(OP.listTasks)
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskInboxPage> {
    return this.tasks.list(query, principal);
  }

  @Operation(OP.viewTask)
  view(@Param('taskId') taskId: string, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.view(taskId, principal);
  }

  @Operation(OP.reportProgress)
  progress(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.reportProgress(taskId, request, principal);
  }

  @Operation(OP.contribute)
  contribute(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.contribute(taskId, request, principal);
  }

  @Operation(OP.waiveContribution)
  waive(@Param('taskId') taskId: string, @Param('unit') unit: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.waiveContribution(taskId, unit, request, principal);
  }

  @Operation(OP.submitTask)
  submit(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.submit(taskId, request, principal);
  }

  @Operation(OP.cascadeTask)
  cascade(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.cascade(taskId, request, principal);
  }

  @Operation(OP.reviewTask)
  review(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.review(taskId, request, principal);
  }

  @Operation(OP.requestExtension)
  requestExtension(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.requestExtension(taskId, request, principal);
  }

  @Operation(OP.decideExtension)
  decideExtension(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.decideExtension(taskId, request, principal);
  }

  @Operation(OP.issueTaskDirective)
  directive(@Param('taskId') taskId: string, @Body() request: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskResponse> {
    return this.tasks.issueDirective(taskId, request, principal);
  }
}
