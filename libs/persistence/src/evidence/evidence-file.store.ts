import { Injectable } from '@nestjs/common';
import { InjectConnection, InjectModel } from '@nestjs/mongoose';
import { GridFSBucket, ObjectId, type GridFSBucketWriteStream } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { Readable } from 'node:stream';
import type { Actor } from '@duban/contracts';
import { EVIDENCE_BUCKET, EvidenceFileRecord } from './evidence-file.document';

/** GridFS's default chunk (255 KiB): a 20 MiB file is 81 chunk documents. */
const CHUNK_BYTES = 255 * 1024;
/** The most files one task's list answers (ours: far above what a task collects). */
export const EVIDENCE_LIST_LIMIT = 200;

/** A complete evidence file as stored. */
export interface StoredEvidence {
  id: string;
  taskId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: Actor;
  unit: string;
  uploadedAt: string;
}

/** An upload in progress: write the bytes to `stream`, then {@link EvidenceFileStore.complete} or {@link EvidenceFileStore.discard}. */
export interface EvidenceUpload {
  id: string;
  stream: GridFSBucketWriteStream;
}

/**
 * Evidence files (佐证材料) in the store through GridFS, on the API's own mongoose connection.
 * FerretDB 1.24 on PostgreSQL runs what GridFS needs (the unique `{files_id, n}` index, binary
 * chunks, the sorted chunk read; measured with `evidence-file.store.int.spec.ts`), so a real
 * MongoDB and FerretDB store files the same way. Bytes are streamed in and out in chunks of
 * 255 KiB; no file is held in memory.
 *
 * An upload's chunks are written as they arrive; GridFS writes the file document when the stream
 * ends, and {@link complete} then records the sniffed type and digest and marks it complete. Reads
 * see complete files only. A refused upload is discarded (its chunks and file document deleted).
 */
@Injectable()
export class EvidenceFileStore {
  private bucketOnce: GridFSBucket | undefined;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @InjectModel(EvidenceFileRecord.name) private readonly files: Model<EvidenceFileRecord>,
  ) {}

  /** Created on first use: the connection's driver database exists once mongoose has connected. */
  private get bucket(): GridFSBucket {
    this.bucketOnce ??= new GridFSBucket(this.connection.db as NonNullable<Connection['db']>, { bucketName: EVIDENCE_BUCKET, chunkSizeBytes: CHUNK_BYTES });
    return this.bucketOnce;
  }

  /** Opens the upload of a new file of `taskId`; nothing is readable until {@link complete}. */
  openUpload(taskId: string, filename: string, uploadedBy: Actor): EvidenceUpload {
    const id = new ObjectId();
    const stream = this.bucket.openUploadStreamWithId(id, filename, { metadata: { taskId, unit: uploadedBy.unit, uploadedBy, complete: false } });
    return { id: id.toHexString(), stream };
  }

  /** Records what the bytes turned out to be; answers the complete file. */
  async complete(upload: EvidenceUpload, sniffed: { contentType: string; sha256: string }): Promise<StoredEvidence> {
    const doc = await this.files
      .findOneAndUpdate(
        { _id: { $eq: new ObjectId(upload.id) } },
        { $set: { 'metadata.contentType': sniffed.contentType, 'metadata.sha256': sniffed.sha256, 'metadata.complete': true } },
        { new: true },
      )
      .lean<EvidenceFileRecord>()
      .exec();
    if (!doc) throw new Error(`evidence file ${upload.id} has no file document after its upload ended`);
    return fromRecord(doc);
  }

  /**
   * Removes whatever an upload stored: its chunks while it is still open (GridFS's abort), or its
   * chunks and file document once it has ended. Safe to call more than once.
   */
  async discard(upload: EvidenceUpload): Promise<void> {
    if (!upload.stream.writableFinished && !upload.stream.destroyed) {
      await upload.stream.abort().catch(() => undefined);
    }
    const id = new ObjectId(upload.id);
    await this.files.deleteOne({ _id: { $eq: id } }).exec();
    await this.connection.collection(`${EVIDENCE_BUCKET}.chunks`).deleteMany({ files_id: { $eq: id } }, { maxTimeMS: 5_000 });
  }

  /** The complete file `id` of `taskId`, or undefined (missing, another task's, or not complete). */
  async find(taskId: string, id: string): Promise<StoredEvidence | undefined> {
    if (!ObjectId.isValid(id)) return undefined;
    const doc = await this.files
      .findOne({ _id: { $eq: new ObjectId(id) }, 'metadata.taskId': { $eq: taskId }, 'metadata.complete': { $eq: true } })
      .lean<EvidenceFileRecord>()
      .exec();
    return doc ? fromRecord(doc) : undefined;
  }

  /** The complete files of `taskId`, oldest first, at most {@link EVIDENCE_LIST_LIMIT}. */
  async list(taskId: string): Promise<StoredEvidence[]> {
    const docs = await this.files
      .find({ 'metadata.taskId': { $eq: taskId }, 'metadata.complete': { $eq: true } })
      .sort({ uploadDate: 1, _id: 1 })
      .limit(EVIDENCE_LIST_LIMIT)
      .lean<EvidenceFileRecord[]>()
      .exec();
    return docs.map(fromRecord);
  }

  /** Which of `ids` are complete files of `taskId` (a submission's references are checked with it). */
  async existing(taskId: string, ids: readonly string[]): Promise<Set<string>> {
    const valid = ids.filter((id) => ObjectId.isValid(id)).map((id) => new ObjectId(id));
    if (valid.length === 0) return new Set();
    const docs = await this.files
      .find({ _id: { $in: valid }, 'metadata.taskId': { $eq: taskId }, 'metadata.complete': { $eq: true } }, { _id: 1 })
      .lean<{ _id: ObjectId }[]>()
      .exec();
    return new Set(docs.map((d) => d._id.toHexString()));
  }

  /** The bytes of file `id` (found with {@link find} first): a stream of its chunks in order. */
  openDownload(id: string): Readable {
    return this.bucket.openDownloadStream(new ObjectId(id));
  }
}

function fromRecord(doc: EvidenceFileRecord): StoredEvidence {
  const m = doc.metadata;
  return {
    id: doc._id.toHexString(),
    taskId: m.taskId,
    filename: doc.filename,
    contentType: m.contentType ?? 'application/octet-stream',
    size: doc.length,
    sha256: m.sha256 ?? '',
    uploadedBy: m.uploadedBy,
    unit: m.unit,
    uploadedAt: doc.uploadDate.toISOString(),
  };
}
