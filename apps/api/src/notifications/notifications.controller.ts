import { Controller, Param, Query } from '@nestjs/common';
import type { Principal } from '@duban/auth';
import { NOTIFICATION_OPERATIONS as OP, type NotificationItem, type NotificationPage, type NotificationsMarkedRead } from '@duban/contracts';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { NotificationsService } from './notifications.service';

@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Operation(OP.listNotifications)
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<NotificationPage> {
    return this.notifications.list(query, principal);
  }

  // Declared before `:id/read` so that `read-all` is never taken for an id.
  @Operation(OP.markAllNotificationsRead)
  markAllRead(@CurrentPrincipal() principal: Principal): Promise<NotificationsMarkedRead> {
    return this.notifications.markAllRead(principal);
  }

  @Operation(OP.markNotificationRead)
  markRead(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<NotificationItem> {
    return this.notifications.markRead(id, principal);
  }
}
