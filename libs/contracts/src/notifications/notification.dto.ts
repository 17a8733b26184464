import { z } from 'zod';
import type { Bilingual, NotificationKind, RecipientRole } from '@duban/domain';
import { EventType } from '../events';
import { CODE_PATTERN } from '../ids';
import { sameShape } from '../http/same-shape';
import { NOTIFICATION_KEYSET, pageFields, pageSchema, refinePaging } from '../pagination';

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
export const notificationLinkSchema = z
  .object({
    kind: z.enum(['task', 'enterprise']),
    id: z.string().describe('the task id or the enterprise id'),
    stepId: z.string().optional().describe("the step id (`{enterpriseId}/{step}`) of an enterprise step's deadline"),
    escalationId: z.string().optional(),
  })
  .strict();
export type NotificationLink = z.infer<typeof notificationLinkSchema>;

const bilingualSchema = z.object({ zh: z.string(), en: z.string() }).strict();
sameShape<Bilingual, z.infer<typeof bilingualSchema>>(true);

const RECIPIENT_ROLES = ['responsible', 'co-unit', 'supervision', 'leading-group'] as const;
sameShape<RecipientRole, (typeof RECIPIENT_ROLES)[number]>(true);
const NOTIFICATION_KINDS = ['reminder', 'escalation', 'acknowledged', 'directive', 'reviewed', 'extension-decided', 'step-opened'] as const;
sameShape<NotificationKind, (typeof NOTIFICATION_KINDS)[number]>(true);

/** One notification for one unit (`GET /notifications`). Read state is per recipient unit. */
export const notificationItemSchema = z
  .object({
    id: z.string().describe('`{eventId}:{recipient unit}`'),
    recipient: z.string().describe('the unit code it is for'),
    role: z.enum(RECIPIENT_ROLES).describe('why the unit is told'),
    kind: z.enum(NOTIFICATION_KINDS),
    eventId: z.string(),
    eventType: z.enum(eventTypes),
    subject: z.string(),
    title: bilingualSchema,
    body: bilingualSchema,
    link: notificationLinkSchema,
    createdAt: z.string().datetime().describe('the time of the event (ISO-8601, UTC)'),
    read: z.boolean(),
    readAt: z.string().datetime().optional(),
    readBy: z.string().optional().describe('who marked it read (JWT subject)'),
  })
  .strict();
export type NotificationItem = z.infer<typeof notificationItemSchema>;

export const notificationPageSchema = pageSchema(notificationItemSchema)
  .extend({
    unread: z.number().int().min(0).describe("the unit's unread notifications, whatever the filters"),
    unit: z.string(),
  })
  .strict();
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const notificationsMarkedReadSchema = z
  .object({
    unit: z.string(),
    marked: z.number().int().min(0).describe('how many were unread and are now read'),
    unread: z.number().int().min(0),
  })
  .strict();
export type NotificationsMarkedRead = z.infer<typeof notificationsMarkedReadSchema>;
