import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * One event as the audit consumer received it, and its place in a hash chain (see
 * `audit-chain.ts`). `_id` is the CloudEvent id, so the store itself refuses a second copy of an
 * event (a redelivery or a retried publish); `{chain, seq}` is unique, so two writers can never
 * both extend a chain from the same record. Append-only: nothing in the code updates or deletes it.
 * `minimize: false` keeps empty objects in `data`, which the hash covers.
 */
@Schema({ collection: 'audit_events', versionKey: false, strict: 'throw', minimize: false })
export class AuditEvent {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  specversion!: string;

  @Prop({ required: true })
  source!: string;

  @Prop({ required: true })
  type!: string;

  @Prop({ required: true })
  subject!: string;

  @Prop({ required: true })
  time!: Date;

  @Prop({ required: true })
  datacontenttype!: string;

  @Prop({ required: true })
  sequence!: number;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  data!: Record<string, unknown>;

  @Prop({ type: { topic: String, partition: Number, offset: String }, required: true, _id: false })
  kafka!: { topic: string; partition: number; offset: string };

  @Prop({ required: true })
  recordedAt!: Date;

  /** The Kafka topic-partition the event came from, `topic/partition`. */
  @Prop({ required: true })
  chain!: string;

  /** 1, 2, 3, … within the chain, in the partition's offset order. */
  @Prop({ required: true })
  seq!: number;

  /** `hash` of seq − 1 in the same chain; the genesis hash for seq 1. */
  @Prop({ required: true })
  prevHash!: string;

  /** The event id of seq − 1 (null for seq 1), so a deleted record can be named. */
  @Prop({ type: String, default: null })
  prevEventId!: string | null;

  /** The id of the key `hash` is an HMAC under; absent on records written before the chain was keyed. */
  @Prop()
  keyId?: string;

  /** HMAC-SHA256 under the key `keyId` (plain SHA-256 before the key), hex, over the canonical JSON of every field above. */
  @Prop({ required: true })
  hash!: string;

  /**
   * The record's position in the whole trail (`list_sequences` row `audit`), in recording order:
   * navigation for `GET /audit/events` without a subject, not content, so outside the hash.
   * Optional only for records stored before positions were kept (backfilled at the consumer's start).
   */
  @Prop()
  listSeq?: number;

  /** `floor(listSeq / LIST_BUCKET_SIZE)`: what a page of the trail reads by equality. */
  @Prop()
  listBucket?: number;
}

/** The audit trail's counter in `list_sequences` (see `list-sequence.ts`). */
export const AUDIT_LIST = 'audit';

export type AuditEventDocument = HydratedDocument<AuditEvent>;
export const AuditEventSchema = SchemaFactory.createForClass(AuditEvent);
// One subject's history is read in sequence order; type and time serve the audit filters.
AuditEventSchema.index({ subject: 1, sequence: 1 });
AuditEventSchema.index({ time: 1 });
AuditEventSchema.index({ type: 1, time: 1 });
// The trail's pages without a subject: one bucket of positions at a time.
AuditEventSchema.index({ listBucket: 1 });
AuditEventSchema.index({ chain: 1, seq: 1 }, { unique: true });
