import { Controller, Query } from '@nestjs/common';
import { CONSOLE_OPERATIONS as OP, type Inbox } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { InboxService } from './inbox.service';

@Controller()
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Operation(OP.getInbox)
  get(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<Inbox> {
    return this.inbox.inbox(query, principal);
  }
}
