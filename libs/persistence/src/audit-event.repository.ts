import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import type { AuditQuery, DubanEvent } from '@duban/contracts';
import { AuditEvent } from './audit-event.schema';

const DUPLICATE_KEY = 11000;

export interface KafkaPosition {
  topic: string;
  partition: number;
  offset: string;
}

/** The event as the API returns it: the CloudEvent fields, nothing of the store's. */
export type StoredEvent = DubanEvent & { recordedAt: string };

@Injectable()
export class AuditEventRepository {
  constructor(@InjectModel(AuditEvent.name) private readonly model: Model<AuditEvent>) {}

  /** Appends an event once. A second copy of the same event id is dropped and reported as such. */
  async record(event: DubanEvent, position: KafkaPosition, recordedAt: Date): Promise<'stored' | 'duplicate'> {
    try {
      await this.model.create({
        _id: event.id,
        specversion: event.specversion,
        source: event.source,
        type: event.type,
        subject: event.subject,
        time: new Date(event.time),
        datacontenttype: event.datacontenttype,
        sequence: event.sequence,
        data: event.data,
        kafka: position,
        recordedAt,
      });
      return 'stored';
    } catch (e) {
      if (isDuplicateKey(e)) return 'duplicate';
      throw e;
    }
  }

  /** Events matching validated filters, oldest first; within one subject, in sequence order. */
  async find(query: AuditQuery): Promise<StoredEvent[]> {
    const filter: FilterQuery<AuditEvent> = {};
    if (query.subject !== undefined) filter.subject = { $eq: query.subject };
    if (query.type !== undefined) filter.type = { $eq: query.type };
    if (query.from !== undefined || query.to !== undefined) {
      filter.time = {
        ...(query.from !== undefined && { $gte: new Date(query.from) }),
        ...(query.to !== undefined && { $lte: new Date(query.to) }),
      };
    }
    const sort: Record<string, 1> = query.subject !== undefined ? { sequence: 1 } : { time: 1, subject: 1, sequence: 1 };
    const docs = await this.model.find(filter).sort(sort).skip(query.offset).limit(query.limit).lean().exec();
    return docs.map((d) => ({
      specversion: '1.0',
      id: d._id,
      source: d.source,
      type: d.type as DubanEvent['type'],
      subject: d.subject,
      time: d.time.toISOString(),
      datacontenttype: 'application/json',
      sequence: d.sequence,
      // Validated against the event catalogue when the consumer stored it.
      data: d.data as DubanEvent['data'],
      recordedAt: d.recordedAt.toISOString(),
    }));
  }

  async count(): Promise<number> {
    return this.model.estimatedDocumentCount().exec();
  }
}

function isDuplicateKey(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === DUPLICATE_KEY;
}
