import { z } from 'zod';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import { auditEventPageSchema, auditExportQuerySchema, auditQuerySchema, auditVerificationSchema, auditVerifyQuerySchema, workflowHistorySchema, workflowIdSchema } from './audit.dto';

// The audit API (the event trail, its export, its integrity check and workflows' own histories;
// supervisors), defined once: the API routes these operations and /docs/openapi.json is
// generated from them.

/** The media types of the export, by `format`: JSON Lines (one event a line) unless `format=csv`. */
export const AUDIT_EXPORT_MEDIA_TYPE = { jsonl: 'application/jsonl', csv: 'text/csv' } as const;

export const AUDIT_OPERATIONS = {
  listAuditEvents: operation({
    operationId: 'listAuditEvents',
    method: 'get',
    path: '/audit/events',
    tag: 'audit',
    summary: "The audit trail: events by subject, type and time; one subject's events in order",
    roles: ['supervisor', 'admin'],
    query: auditQuerySchema,
    success: { status: 200, description: 'a page of the trail', schema: auditEventPageSchema },
  }),
  exportAuditEvents: operation({
    operationId: 'exportAuditEvents',
    method: 'get',
    path: '/audit/events/export',
    tag: 'audit',
    summary: 'Every matching event with its chain fields, streamed as JSON Lines or CSV (RFC 4180)',
    description:
      'A download streamed as the client reads it, never held in memory: `format=jsonl` (the default) answers `application/jsonl; charset=utf-8`, one JSON object a line (the CloudEvent, `recordedAt`, and its chain fields `chain`, `seq`, `prevHash`, `prevEventId`, `hash`, `kafka`, so an export can be re-verified offline); `format=csv` answers `text/csv; charset=utf-8; header=present`, the same fields as columns (a header row, CRLF line ends, `data` and `kafka` as JSON in one column each). An error after the first bytes ends the stream early: it cannot become a problem details answer.',
    roles: ['supervisor', 'admin'],
    query: auditExportQuerySchema,
    success: {
      status: 200,
      description: 'the matching events, JSON Lines (or CSV with format=csv)',
      mediaTypes: [AUDIT_EXPORT_MEDIA_TYPE.jsonl, AUDIT_EXPORT_MEDIA_TYPE.csv],
      headers: { 'Content-Disposition': 'attachment; filename="duban-audit-<time>.jsonl" (or .csv)' },
    },
  }),
  verifyAuditLog: operation({
    operationId: 'verifyAuditLog',
    method: 'get',
    path: '/audit/verify',
    tag: 'audit',
    summary: "Checks the audit log's hash chains; names every edited, deleted, inserted or reordered record",
    roles: ['supervisor', 'admin'],
    query: auditVerifyQuerySchema,
    success: { status: 200, description: 'every chain walked, and every problem found (ok when none)', schema: auditVerificationSchema },
  }),
  getWorkflowHistory: operation({
    operationId: 'getWorkflowHistory',
    method: 'get',
    path: '/audit/workflows/{workflowId}/history',
    tag: 'audit',
    summary: "Temporal's own history of a workflow, across continue-as-new runs, with who started, signalled or updated it",
    roles: ['supervisor', 'admin'],
    params: z.object({ workflowId: workflowIdSchema.describe('e.g. task/shenzhen-2009-98.T1.STIIC (URL-encode the slash)') }).strict(),
    success: { status: 200, description: 'the history, oldest run first', schema: workflowHistorySchema },
    errors: [ErrorCode.WorkflowNotFound],
  }),
};
