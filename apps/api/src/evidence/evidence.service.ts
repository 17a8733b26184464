import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, Logger, StreamableFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  EVIDENCE_CONTENT_TYPES,
  EVIDENCE_FILE_ID_PATTERN,
  ErrorCode,
  evidenceUriOf,
  taskViewQuery,
  type EvidenceContentType,
  type EvidenceFile,
  type TaskView,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { EvidenceFileStore, type EvidenceUpload, type StoredEvidence } from '@duban/persistence';
import { DomainError } from '@duban/temporal';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ApiError, Forbidden, RequestInvalid } from '../common/api-error';
import { TemporalClient } from '../temporal/temporal.provider';
import { TaskWorkflows, canSeeEveryUnit, mayLearnOf, taskNotFound, toActor, unitOfTaskId } from '../tasks/task-workflows';
import { contentDisposition, sanitiseFilename } from './evidence-filename';
import { EvidenceSniffer, type SniffResult } from './evidence-sniffer';

/** The upload route's request budget (ours): above EVIDENCE_UPLOAD_TIMEOUT_MS, which stops the upload first. */
export const EVIDENCE_UPLOAD_BUDGET_MS = 120_000;

/** Our transform's way of stopping the pipeline when the head rules the file out. */
class Refused extends Error {
  constructor(readonly rule: string) {
    super(rule);
  }
}

/**
 * Evidence files (佐证材料): upload, list and download, scoped like the task they belong to.
 *
 * Who (ours): officials of the task's lead unit and of its co-units upload (those who report,
 * submit or contribute); whoever may see the task (`GET /tasks/:taskId`) lists and downloads. A
 * caller who may not see the task gets the answer of a missing task (upload, list) or of a missing
 * file (download), whether it exists or not (issue 12's rule).
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly store: EvidenceFileStore,
    private readonly workflows: TaskWorkflows,
    private readonly temporal: TemporalClient,
  ) {}

  /**
   * Streams the request's `file` part into the store while sniffing its type, hashing and counting
   * it; a file over EVIDENCE_MAX_BYTES, of a refused type, cut off, or not done within
   * EVIDENCE_UPLOAD_TIMEOUT_MS is discarded (nothing stays stored) and refused.
   */
  async upload(taskId: string, request: FastifyRequest, principal: Principal): Promise<EvidenceFile> {
    await this.requireUploader(taskId, principal);
    if (!request.isMultipart()) {
      throw new ApiError(ErrorCode.RequestUnsupportedMediaType, 'an evidence upload is multipart/form-data with one file part named file');
    }
    const part = await request.file();
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw RequestInvalid([{ field: 'body.file', rule: 'is required: one multipart file part named file' }]);
    }
    const upload = this.store.openUpload(taskId, sanitiseFilename(part.filename), toActor(principal));
    const sniffer = new EvidenceSniffer();
    const sha256 = createHash('sha256');
    const check = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sha256.update(chunk);
        const refused = sniffer.push(chunk);
        if (refused && !refused.ok) done(new Refused(refused.rule));
        else done(null, chunk);
      },
    });
    const deadline = AbortSignal.timeout(this.config.EVIDENCE_UPLOAD_TIMEOUT_MS);
    let verdict: SniffResult;
    try {
      await pipeline(part.file, check, upload.stream, { signal: deadline });
      if (part.file.truncated) throw new ApiError(ErrorCode.EvidenceTooLarge, `the file is over the limit of ${this.config.EVIDENCE_MAX_BYTES} bytes (EVIDENCE_MAX_BYTES); nothing was stored`);
      verdict = sniffer.finish();
    } catch (e) {
      // Refused by its type or size: the store is fine, so the file is gone before the answer goes out.
      if (e instanceof Refused || e instanceof ApiError) {
        await this.store.discard(upload);
        throw e instanceof Refused ? typeRefused(e.rule) : e;
      }
      // A deadline or an outage: the store may not answer the clean-up either, and the client
      // must not wait on it (the answer is a 503 either way). Chunks it could not delete stay
      // behind without a complete file document, which no read ever serves.
      this.discardLater(upload);
      if (deadline.aborted) {
        throw new ApiError(ErrorCode.DependencyTimeout, `the upload did not complete within ${this.config.EVIDENCE_UPLOAD_TIMEOUT_MS} ms (EVIDENCE_UPLOAD_TIMEOUT_MS); nothing was kept; retry later`);
      }
      throw e;
    }
    if (!verdict.ok) {
      await this.store.discard(upload);
      throw typeRefused(verdict.rule);
    }
    try {
      return toEvidenceFile(await this.store.complete(upload, { contentType: verdict.contentType, sha256: sha256.digest('hex') }));
    } catch (e) {
      this.discardLater(upload);
      throw e;
    }
  }

  private discardLater(upload: EvidenceUpload): void {
    this.store.discard(upload).catch((e: unknown) => this.logger.warn(`evidence upload ${upload.id}: could not discard its chunks: ${e instanceof Error ? e.message : String(e)}`));
  }

  /** The task's complete files, oldest first. */
  async list(taskId: string, principal: Principal): Promise<{ items: EvidenceFile[] }> {
    const view = await this.viewOf(taskId, principal);
    if (!mayLearnOf(view, principal)) throw taskNotFound(taskId);
    return { items: (await this.store.list(taskId)).map(toEvidenceFile) };
  }

  /** The file as a download: its headers set on `reply`, its bytes streamed from the store. */
  async download(taskId: string, fileId: string, principal: Principal, reply: { header(name: string, value: string): unknown }): Promise<StreamableFile> {
    const unit = unitOfTaskId(taskId);
    if (!EVIDENCE_FILE_ID_PATTERN.test(fileId)) throw RequestInvalid([{ field: 'path.fileId', rule: 'must be 24 hex digits' }]);
    const notFound = () => new ApiError(ErrorCode.EvidenceNotFound, `no evidence file ${fileId} on task ${taskId}`);
    if (!canSeeEveryUnit(principal) && principal.unit !== unit) {
      // Co-units and a sub-task's parent unit may see it too; the task says who they are.
      let view: TaskView;
      try {
        view = await this.viewOf(taskId, principal);
      } catch (e) {
        if (e instanceof DomainError && e.code === ErrorCode.TaskNotFound) throw notFound();
        throw e;
      }
      if (!mayLearnOf(view, principal)) throw notFound();
    }
    const file = await this.store.find(taskId, fileId);
    if (!file) throw notFound();
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', 'private, no-store');
    return new StreamableFile(this.store.openDownload(file.id), { type: file.contentType, length: file.size, disposition: contentDisposition(file.filename) });
  }

  /**
   * Officials of the lead unit or a co-unit. Anyone who may not learn of the task gets its 404;
   * one who may (a sub-task's parent unit, a supervisor also holding `official`) a 403.
   */
  private async requireUploader(taskId: string, principal: Principal): Promise<void> {
    const view = await this.viewOf(taskId, principal);
    if (!mayLearnOf(view, principal)) throw taskNotFound(taskId);
    if (principal.unit !== view.unit && !view.coUnits.includes(principal.unit)) {
      throw Forbidden(`officials of ${principal.unit} cannot upload evidence for task ${taskId}: its lead unit is ${view.unit}, its co-units ${view.coUnits.join(', ') || 'none'}`);
    }
  }

  /**
   * The task's view. Its Temporal call gets the usual RPC deadline even inside the upload's long
   * request budget, so a slow Temporal is a prompt 503 rather than a two-minute wait.
   */
  private viewOf(taskId: string, principal: Principal): Promise<TaskView> {
    const unit = unitOfTaskId(taskId);
    return this.temporal.client.connection.withDeadline(Date.now() + this.config.TEMPORAL_RPC_TIMEOUT_MS, () =>
      this.workflows.call(taskId, (h) => h.query(taskViewQuery), principal, { units: [unit] }),
    );
  }
}

const typeRefused = (rule: string) => new ApiError(ErrorCode.EvidenceTypeRefused, `${rule}; nothing was stored`);

const isEvidenceType = (type: string): type is EvidenceContentType => (EVIDENCE_CONTENT_TYPES as readonly string[]).includes(type);

function toEvidenceFile(stored: StoredEvidence): EvidenceFile {
  // Only complete files are read, and those carry a sniffed type; anything else is a corrupt record.
  if (!isEvidenceType(stored.contentType)) throw new Error(`evidence file ${stored.id} has no evidence type (${stored.contentType})`);
  return { ...stored, contentType: stored.contentType, uri: evidenceUriOf(stored.id) };
}

