import { z } from 'zod';
import { actorSchema } from '@duban/domain';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';

// Evidence files (佐证材料, issue 13): a file an official uploads for a task, kept in the store
// (GridFS) and referenced from a progress report, submission or contribution as `evidence://<id>`.
// Which types are taken, the size limit and who may read are ours; the seed only asks for 佐证材料.

/** The scheme of a reference to an uploaded evidence file: `evidence://<24 hex digits>`. */
export const EVIDENCE_URI_SCHEME = 'evidence://';

/** An evidence file's id: the store's ObjectId, 24 lower-case hex digits. */
export const EVIDENCE_FILE_ID_PATTERN = /^[0-9a-f]{24}$/;

/** `evidence://<id>` → the file id, or undefined for any other URI (an https:// or doc:// link). */
export function evidenceFileIdOf(uri: string): string | undefined {
  if (!uri.startsWith(EVIDENCE_URI_SCHEME)) return undefined;
  const id = uri.slice(EVIDENCE_URI_SCHEME.length);
  return EVIDENCE_FILE_ID_PATTERN.test(id) ? id : undefined;
}

/** The reference a submission uses for file `id`. */
export const evidenceUriOf = (id: string): string => `${EVIDENCE_URI_SCHEME}${id}`;

/**
 * The media types an evidence file may have, decided from its bytes (never from its name or the
 * client's content type): PDF, PNG, JPEG, GIF, WebP, Office Open XML (docx, xlsx, pptx) and the
 * legacy Office compound files (doc, xls, ppt). Ours.
 */
export const EVIDENCE_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

/** One stored evidence file, as the upload answers it and the list shows it. */
export const evidenceFileSchema = z.object({
  id: z.string().describe('24 hex digits'),
  taskId: z.string(),
  filename: z.string().describe('the name the uploader gave, cleaned of paths and control characters; for display only'),
  contentType: z.enum(EVIDENCE_CONTENT_TYPES).describe('decided from the bytes, not the name or the declared type'),
  size: z.number().int().describe('bytes'),
  sha256: z.string().describe('hex digest of the bytes stored'),
  uploadedBy: actorSchema,
  unit: z.string().describe("the uploader's unit"),
  uploadedAt: z.string(),
  uri: z.string().describe('`evidence://<id>`: what a progress report, submission or contribution puts in `evidence[].uri`'),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

const taskParams = z.object({ taskId: z.string().min(1) }).strict();
const fileParams = z.object({ taskId: z.string().min(1), fileId: z.string().regex(EVIDENCE_FILE_ID_PATTERN, 'must be 24 hex digits') }).strict();

export const EVIDENCE_OPERATIONS = {
  uploadEvidence: operation({
    operationId: 'uploadEvidence',
    method: 'post',
    path: '/tasks/{taskId}/evidence',
    tag: 'evidence',
    summary: "Upload an evidence file (佐证材料) for a task (officials of its lead unit or a co-unit); reference it as `evidence://<id>` in a progress report, submission or contribution",
    description:
      '`multipart/form-data` with one part named `file`, streamed into the store. The type is decided from the bytes: PDF, PNG, JPEG, GIF, WebP, docx/xlsx/pptx, doc/xls/ppt; anything else is a 415 EVIDENCE.TYPE_REFUSED naming the rule. Over `EVIDENCE_MAX_BYTES` (default 20 MiB) is a 413 EVIDENCE.TOO_LARGE. A refused file leaves nothing stored.',
    roles: ['official'],
    params: taskParams,
    upload: { field: 'file', description: 'the file; its name is kept for display' },
    success: { status: 201, description: 'the stored file', schema: evidenceFileSchema },
    errors: [ErrorCode.TaskNotFound, ErrorCode.Forbidden, ErrorCode.EvidenceTypeRefused, ErrorCode.EvidenceTooLarge],
  }),
  listEvidence: operation({
    operationId: 'listEvidence',
    method: 'get',
    path: '/tasks/{taskId}/evidence',
    tag: 'evidence',
    summary: "A task's evidence files, oldest first (whoever may see the task); at most 200",
    params: taskParams,
    success: { status: 200, description: "the task's files", schema: z.object({ items: z.array(evidenceFileSchema) }) },
    errors: [ErrorCode.TaskNotFound],
  }),
  downloadEvidence: operation({
    operationId: 'downloadEvidence',
    method: 'get',
    path: '/tasks/{taskId}/evidence/{fileId}',
    tag: 'evidence',
    summary: 'Download an evidence file of the task (whoever may see the task)',
    description:
      'Streamed with its sniffed `Content-Type`, `Content-Disposition: attachment` (RFC 6266, the name in `filename*` as UTF-8), `X-Content-Type-Options: nosniff` and `Content-Length`. A file of another task, a missing one and one of a task the caller may not see all answer the same 404 EVIDENCE.NOT_FOUND. A store failure after the first bytes ends the stream early.',
    params: fileParams,
    success: {
      status: 200,
      description: 'the file',
      mediaTypes: EVIDENCE_CONTENT_TYPES,
      binary: true,
      headers: { 'Content-Disposition': "attachment; filename=\"<ASCII fallback>\"; filename*=UTF-8''<name>", 'X-Content-Type-Options': 'nosniff' },
    },
    errors: [ErrorCode.EvidenceNotFound],
  }),
};
