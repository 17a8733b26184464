import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@duban/auth';
import type { TaskInboxPage } from '@duban/contracts';
import { CurrentPrincipal } from '../common/auth.guard';
import { TasksService } from '../tasks/tasks.service';

@ApiTags('briefs')
@ApiBearerAuth()
@Controller('briefs')
export class BriefsController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOperation({ summary: 'Information briefs (信息简报) by month and unit; officials see their own unit’s' })
  @ApiQuery({ name: 'period', required: false, description: 'YYYY-MM' })
  @ApiQuery({ name: 'unit', required: false })
  @ApiQuery({ name: 'planId', required: false })
  @ApiQuery({ name: 'status', required: false, enum: ['assigned', 'in_progress', 'submitted', 'accepted'] })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 50, maximum: 500 } })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page (keyset pagination)' })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0, maximum: 1000 }, description: 'items to skip, not with cursor' })
  @ApiQuery({ name: 'count', required: false, enum: ['true', 'false'], description: 'true adds total (counts every match)' })
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskInboxPage> {
    return this.tasks.listBriefs(query, principal);
  }
}
