import { buildOpenApiDocument } from '../http/openapi';
import { EventType } from '../events';
import { NOTIFICATION_OPERATIONS } from './notifications.http';
import { notificationItemSchema, notificationPageSchema, notificationsMarkedReadSchema } from './notification.dto';

// Samples of each answer as the notification repository builds them, parsed with the documented schemas.

const unread = {
  id: 'evt-17:FUTIAN',
  recipient: 'FUTIAN',
  role: 'responsible',
  kind: 'reminder',
  eventId: 'evt-17',
  eventType: EventType.DeadlineReminder,
  subject: 'shenzhen-2009-98.T4.FUTIAN',
  title: { zh: '截止提醒', en: 'Deadline reminder' },
  body: { zh: '距截止还有 7 天', en: '7 days to the deadline' },
  link: { kind: 'task', id: 'shenzhen-2009-98.T4.FUTIAN' },
  createdAt: '2011-12-24T00:00:00.000Z',
  read: false,
};
const read = {
  ...unread,
  id: 'evt-18:FUTIAN',
  eventId: 'evt-18',
  kind: 'escalation',
  eventType: EventType.EscalationRaised,
  subject: 'ent-1',
  link: { kind: 'enterprise', id: 'ent-1', stepId: 'ent-1/site-visit', escalationId: 'ent-1/site-visit~0~yellow' },
  read: true,
  readAt: '2011-12-25T03:00:00.000Z',
  readBy: 'official.futian',
};

describe('notification answers', () => {
  it('GET /notifications: a page with the unit and its unread count', () => {
    const page = { items: [unread, read], nextCursor: 'abc', total: 2, unread: 1, unit: 'FUTIAN' };
    expect(notificationPageSchema.parse(page)).toEqual(page);
    expect(notificationPageSchema.safeParse({ items: [], unit: 'FUTIAN' }).success).toBe(false);
  });

  it('POST /notifications/{id}/read: the notification, read', () => {
    expect(notificationItemSchema.parse(read)).toEqual(read);
    expect(notificationItemSchema.safeParse({ ...unread, role: 'bystander' }).success).toBe(false);
    expect(notificationItemSchema.safeParse({ ...unread, link: { ...unread.link, kind: 'plan' } }).success).toBe(false);
  });

  it('POST /notifications/read-all: how many were marked', () => {
    const marked = { unit: 'FUTIAN', marked: 3, unread: 0 };
    expect(notificationsMarkedReadSchema.parse(marked)).toEqual(marked);
    expect(notificationsMarkedReadSchema.safeParse({ ...marked, marked: 1.5 }).success).toBe(false);
  });

  it('documents every route with a JSON answer and problem+json errors', () => {
    const doc = buildOpenApiDocument(Object.values(NOTIFICATION_OPERATIONS), { title: 't', version: '1', description: 'd' });
    expect(doc.paths?.['/notifications/{id}/read']?.post?.responses?.['200']?.content?.['application/json']?.schema).toBeDefined();
    expect(doc.paths?.['/notifications/{id}/read']?.post?.responses?.['404']?.content?.['application/problem+json']).toBeDefined();
    expect(doc.paths?.['/notifications']?.get?.responses?.['403']).toBeDefined();
  });
});
