import { Injectable } from '@nestjs/common';
import type { Principal } from '@duban/auth';
import {
  ErrorCode,
  NOTIFICATION_ID_PATTERN,
  notificationListQuerySchema,
  type NotificationItem,
  type NotificationPage,
  type NotificationsMarkedRead,
} from '@duban/contracts';
import { NotificationRepository } from '@duban/persistence';
import { ApiError, Forbidden } from '../common/api-error';
import { parseInput } from '../common/parse-input';

const notFound = (id: string) => new ApiError(ErrorCode.NotificationNotFound, `no notification ${id} for your unit`);

/**
 * Notifications of the caller's unit. Read state is per recipient unit: any official of the unit
 * who marks a notification read marks it read for the whole unit (and `readBy` says who).
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationRepository) {}

  list(query: unknown, principal: Principal): Promise<NotificationPage> {
    const { unit, ...filters } = parseInput(notificationListQuerySchema, query, 'query');
    return this.notifications.list(this.unitFor(unit, principal), filters);
  }

  /** Only the recipient unit may mark a notification read; to anyone else it does not exist. */
  async markRead(id: string, principal: Principal): Promise<NotificationItem> {
    if (!NOTIFICATION_ID_PATTERN.test(id)) throw notFound(id);
    const item = await this.notifications.markRead(id, principal.unit, principal.sub, new Date());
    if (!item) throw notFound(id);
    return item;
  }

  async markAllRead(principal: Principal): Promise<NotificationsMarkedRead> {
    const marked = await this.notifications.markAllRead(principal.unit, principal.sub, new Date());
    return { unit: principal.unit, marked, unread: await this.notifications.unreadCount(principal.unit) };
  }

  /** The caller's own unit; an admin may read any unit's list. */
  private unitFor(unit: string | undefined, principal: Principal): string {
    if (unit === undefined || unit === principal.unit) return principal.unit;
    if (principal.roles.includes('admin')) return unit;
    throw Forbidden(`only an admin may read another unit's notifications (query.unit ${unit}; yours is ${principal.unit})`);
  }
}
