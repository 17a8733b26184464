import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * The last record appended to one audit chain (`_id` is the chain, e.g. `duban.tasks.v1/0`). It
 * is created (at seq 0, the genesis hash) before the chain's first record and moved forward after
 * each append, so a record deleted from the chain's tail still leaves a trace.
 */
@Schema({ collection: 'audit_chain_heads', versionKey: false, strict: 'throw' })
export class AuditChainHeadRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  seq!: number;

  @Prop({ required: true })
  hash!: string;

  @Prop({ type: String, default: null })
  eventId!: string | null;

  /** The key that sealed this head (absent on heads written before the chain was keyed). */
  @Prop()
  keyId?: string;

  /** HMAC under that key of chain, seq, hash and event id (`sealHead`): moving the head needs the key. */
  @Prop()
  mac?: string;

  @Prop({ required: true })
  updatedAt!: Date;
}

export const AuditChainHeadSchema = SchemaFactory.createForClass(AuditChainHeadRecord);
