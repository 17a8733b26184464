import { Controller, Query } from '@nestjs/common';
import type { Principal } from '@duban/auth';
import { BRIEF_OPERATIONS as OP, type TaskInboxPage } from '@duban/contracts';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { TasksService } from '../tasks/tasks.service';

@Controller()
export class BriefsController {
  constructor(private readonly tasks: TasksService) {}

  @Operation(OP.listBriefs)
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<TaskInboxPage> {
    return this.tasks.listBriefs(query, principal);
  }
}
