import { z } from 'zod';
import type { Bilingual, NotificationKind, RecipientRole } from '@duban/domain';
import { EventType } from '../events';
import { CODE_PATTERN } from '../ids';
import { NOTIFICATION_KEYSET, pageFields, refinePaging, type PageInfo } from '../pagination';

const eventTypes = Object.values(EventType) as [EventType, ...EventType[]];

/**
 * `GET /notifications`: the caller's unit's notifications, newest first. `unit` is for admins
 * (anyone else may name only their own unit); `type` is the event type that caused them; `subject`
 * the task or enterprise they are about.
 */
export const notificationListQuerySchema = z
  .object({
    unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    type: z.enum(eventTypes).optional(),
    unit: z.string().regex(CODE_PATTERN, 'must be a unit code').optional(),
    /** One task's or one enterprise's notifications (the event subject: a task id or an enterprise id). */
    subject: z.string().regex(/^\S{1,200}$/, 'must be a task or enterprise id').optional(),
    ...pageFields(50, 200, NOTIFICATION_KEYSET),
  })
  .strict()
  .superRefine(refinePaging);
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

/** A notification id: `{eventId}:{recipient unit}`. */
export const NOTIFICATION_ID_PATTERN = /^\S{1,300}:[A-Z][A-Z0-9_]{0,31}$/;
export const notificationId = (eventId: string, unit: string): string => `${eventId}:${unit}`;

/** What a notification points at: the task, or the enterprise (with the step for step events). */
export interface NotificationLink {
  kind: 'task' | 'enterprise';
  id: string;
  /** The step id (`{enterpriseId}/{step}`) of an enterprise step's deadline. */
  stepId?: string;
  escalationId?: string;
}

/** One notification for one unit (`GET /notifications`). Read state is per recipient unit. */
export interface NotificationItem {
  id: string;
  recipient: string;
  role: RecipientRole;
  kind: NotificationKind;
  eventId: string;
  eventType: EventType;
  subject: string;
  title: Bilingual;
  body: Bilingual;
  link: NotificationLink;
  /** The time of the event. */
  createdAt: string;
  read: boolean;
  readAt?: string;
  /** Who marked it read (JWT subject). */
  readBy?: string;
}

export interface NotificationPage extends PageInfo {
  items: NotificationItem[];
  /** The unit's unread notifications, whatever the filters (an indexed count of one unit's unread). */
  unread: number;
  unit: string;
}

export interface NotificationsMarkedRead {
  unit: string;
  /** How many were unread and are now read. */
  marked: number;
  unread: number;
}
