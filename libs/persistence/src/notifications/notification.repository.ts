import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import { NOTIFICATION_KEYSET, type EventType, type NotificationItem, type NotificationListQuery, type NotificationPage } from '@duban/contracts';
import { findPage, pageInfo } from '../store/keyset';
import { NotificationRecord } from './notification.document';
import { isDuplicateKey } from '../store/store-errors';

/** A notification as the consumer stores it, before anyone has read it. */
export type NewNotification = Omit<NotificationRecord, 'read' | 'readAt' | 'readBy'>;

/** The notifications collection: written by the notifications consumer, read and marked read through the API. */
@Injectable()
export class NotificationRepository {
  constructor(@InjectModel(NotificationRecord.name) private readonly model: Model<NotificationRecord>) {}

  /**
   * Stores each notification unless one with its id exists (`$setOnInsert` upserts): a replayed
   * event adds nothing and leaves read state alone. Returns how many were new.
   */
  async store(notifications: readonly NewNotification[]): Promise<number> {
    let created = 0;
    for (const n of notifications) {
      const { _id, ...fields } = n;
      try {
        const res = await this.model.updateOne({ _id: { $eq: _id } }, { $setOnInsert: { ...fields, read: false } }, { upsert: true }).exec();
        created += res.upsertedCount;
      } catch (e) {
        // Two upserts of one id racing (a redelivery during a rebalance): the other one stored it.
        if (!isDuplicateKey(e)) throw e;
      }
    }
    return created;
  }

  /** The unit an escalation concerns, from the notifications its raising produced. */
  async unitOfEscalation(escalationId: string): Promise<string | undefined> {
    const doc = await this.model.findOne({ escalationId: { $eq: escalationId } }, { unit: 1 }).lean().exec();
    return doc?.unit;
  }

  /**
   * One page of a unit's notifications, newest first (keyset {@link NOTIFICATION_KEYSET}), with
   * `nextCursor` when more follow, `total` only when asked, and the unit's unread count (an
   * equality-only count on `{recipient, read}`, which the store filters without reading the rest).
   */
  async list(unit: string, query: Omit<NotificationListQuery, 'unit'>): Promise<NotificationPage> {
    const filter: FilterQuery<NotificationRecord> = { recipient: { $eq: unit } };
    if (query.unread !== undefined) filter.read = { $eq: !query.unread };
    if (query.type !== undefined) filter.eventType = { $eq: query.type };
    if (query.subject !== undefined) filter.subject = { $eq: query.subject };
    const [page, unread] = await Promise.all([findPage(this.model, NOTIFICATION_KEYSET, filter, query), this.unreadCount(unit)]);
    return { items: page.docs.map(toItem), ...pageInfo(page), unread, unit };
  }

  unreadCount(unit: string): Promise<number> {
    return this.model.countDocuments({ recipient: { $eq: unit }, read: { $eq: false } }).exec();
  }

  /**
   * Marks one notification of `unit` read (the first read is kept). `undefined` when no such
   * notification is addressed to `unit`, whether it exists for another unit or not at all.
   */
  async markRead(id: string, unit: string, by: string, at: Date): Promise<NotificationItem | undefined> {
    await this.model.updateOne({ _id: { $eq: id }, recipient: { $eq: unit }, read: { $eq: false } }, { $set: { read: true, readAt: at, readBy: by } }).exec();
    const doc = await this.model.findOne({ _id: { $eq: id }, recipient: { $eq: unit } }).lean().exec();
    return doc ? toItem(doc) : undefined;
  }

  /** Marks every unread notification of `unit` read; returns how many it marked. */
  async markAllRead(unit: string, by: string, at: Date): Promise<number> {
    const res = await this.model.updateMany({ recipient: { $eq: unit }, read: { $eq: false } }, { $set: { read: true, readAt: at, readBy: by } }).exec();
    return res.modifiedCount;
  }
}

function toItem(d: NotificationRecord): NotificationItem {
  return {
    id: d._id,
    recipient: d.recipient,
    role: d.role,
    kind: d.kind,
    eventId: d.eventId,
    eventType: d.eventType as EventType,
    subject: d.subject,
    title: { zh: d.title.zh, en: d.title.en },
    body: { zh: d.body.zh, en: d.body.en },
    link: {
      kind: d.link.kind,
      id: d.link.id,
      ...(d.link.stepId !== undefined && d.link.stepId !== null && { stepId: d.link.stepId }),
      ...(d.link.escalationId !== undefined && d.link.escalationId !== null && { escalationId: d.link.escalationId }),
    },
    createdAt: d.createdAt.toISOString(),
    read: d.read,
    ...(d.readAt && { readAt: d.readAt.toISOString() }),
    ...(d.readBy !== undefined && { readBy: d.readBy }),
  };
}
