import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';
import type { Actor } from '@duban/contracts';

/** The GridFS bucket evidence files are kept in: `evidence.files` and `evidence.chunks`. */
export const EVIDENCE_BUCKET = 'evidence';

/** What we keep beside GridFS's own fields, in the file document's `metadata`. */
export class EvidenceFileMetadata {
  taskId!: string;
  unit!: string;
  uploadedBy!: Actor;
  /**
   * False from the moment GridFS writes the file document until the sniffed type and digest are
   * set; a file is only ever read once complete (an upload cut off between the two is never served).
   */
  complete!: boolean;
  contentType?: string;
  sha256?: string;
}

/**
 * A GridFS file document of the evidence bucket, read and completed through mongoose (so every
 * read carries `maxTimeMS` like the rest of the store); GridFS itself writes it when an upload
 * ends and streams the chunks.
 */
@Schema({ collection: `${EVIDENCE_BUCKET}.files`, versionKey: false, autoIndex: true })
export class EvidenceFileRecord {
  _id!: Types.ObjectId;
  @Prop({ required: true }) length!: number;
  @Prop({ required: true }) chunkSize!: number;
  @Prop({ required: true }) uploadDate!: Date;
  @Prop({ required: true }) filename!: string;
  @Prop({ type: Object, required: true }) metadata!: EvidenceFileMetadata;
}

export const EvidenceFileRecordSchema = SchemaFactory.createForClass(EvidenceFileRecord);
// A task's files, oldest first (the list), and the check of a submission's references.
EvidenceFileRecordSchema.index({ 'metadata.taskId': 1, uploadDate: 1 });
