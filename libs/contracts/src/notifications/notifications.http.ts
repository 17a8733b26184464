import { z } from 'zod';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import { notificationItemSchema, notificationListQuerySchema, notificationPageSchema, notificationsMarkedReadSchema } from './notification.dto';

// The notifications API (a unit's inbox of reminders, cards and decisions), defined once: the API
// routes these operations and /docs/openapi.json is generated from them.

export const NOTIFICATION_OPERATIONS = {
  listNotifications: operation({
    operationId: 'listNotifications',
    method: 'get',
    path: '/notifications',
    tag: 'notifications',
    summary: "The caller's unit's notifications, newest first, with the unit's unread count (admins may name a unit)",
    query: notificationListQuerySchema,
    success: { status: 200, description: "a page of the unit's notifications", schema: notificationPageSchema },
    // Naming another unit than one's own without the admin role.
    errors: [ErrorCode.Forbidden],
  }),
  // Routed before `/notifications/{id}/read` (declared first in the controller) so that `read-all` is never taken for an id.
  markAllNotificationsRead: operation({
    operationId: 'markAllNotificationsRead',
    method: 'post',
    path: '/notifications/read-all',
    tag: 'notifications',
    summary: "Marks every unread notification of the caller's unit read",
    success: { status: 200, description: 'how many were marked, and the unread left', schema: notificationsMarkedReadSchema },
  }),
  markNotificationRead: operation({
    operationId: 'markNotificationRead',
    method: 'post',
    path: '/notifications/{id}/read',
    tag: 'notifications',
    summary: "Marks one notification read for the caller's unit (its recipient); any other unit gets 404",
    // Any string: an id of the wrong shape is answered 404 like another unit's, never 400.
    params: z.object({ id: z.string().describe('`{eventId}:{recipient unit}`') }).strict(),
    success: { status: 200, description: 'the notification, read', schema: notificationItemSchema },
    errors: [ErrorCode.NotificationNotFound],
  }),
};
