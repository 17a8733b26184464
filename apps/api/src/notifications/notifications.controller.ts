import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@duban/auth';
import { EventType, type NotificationItem, type NotificationPage, type NotificationsMarkedRead } from '@duban/contracts';
import { CurrentPrincipal } from '../common/auth.guard';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: "The caller's unit's notifications, newest first, with the unit's unread count (admins may name a unit)" })
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'type', required: false, enum: Object.values(EventType), description: 'the event type that caused the notification' })
  @ApiQuery({ name: 'unit', required: false, description: 'admins only; others may name only their own unit' })
  @ApiQuery({ name: 'subject', required: false, description: 'a task id or an enterprise id' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', default: 50, maximum: 200 } })
  @ApiQuery({ name: 'cursor', required: false, description: 'the nextCursor of the previous page (keyset pagination)' })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', default: 0, maximum: 1000 }, description: 'items to skip, not with cursor' })
  @ApiQuery({ name: 'count', required: false, enum: ['true', 'false'], description: 'true adds total (counts every match)' })
  list(@Query() query: unknown, @CurrentPrincipal() principal: Principal): Promise<NotificationPage> {
    return this.notifications.list(query, principal);
  }

  // Declared before `:id/read` so that `read-all` is never taken for an id.
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: "Marks every unread notification of the caller's unit read" })
  markAllRead(@CurrentPrincipal() principal: Principal): Promise<NotificationsMarkedRead> {
    return this.notifications.markAllRead(principal);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: "Marks one notification read for the caller's unit (its recipient); any other unit gets 404" })
  markRead(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<NotificationItem> {
    return this.notifications.markRead(id, principal);
  }
}
