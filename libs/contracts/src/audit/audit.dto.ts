import { z } from 'zod';
import { EventType } from '../events';
import { AUDIT_LIST_KEYSET, AUDIT_SUBJECT_KEYSET, pageFields, refinePaging } from '../pagination';

// Query strings of the audit API: the trail, its export, verification and workflow histories (strict schemas).

const eventTypes = Object.values(EventType) as [EventType, ...EventType[]];

/** The audit trail's filters, shared by the list and its export; they combine with AND. */
const auditFilters = {
  subject: z.string().min(1).max(200).optional(),
  type: z.enum(eventTypes).optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
};

export const auditQuerySchema = z
  .object({
    ...auditFilters,
    ...pageFields(100, 1000, AUDIT_LIST_KEYSET, AUDIT_SUBJECT_KEYSET),
  })
  .strict()
  .superRefine((q, ctx) => {
    refinePaging(q, ctx);
    // One subject's trail is in sequence order, the whole trail in log order: a cursor of one is no place in the other.
    const expected = q.subject !== undefined ? AUDIT_SUBJECT_KEYSET.name : AUDIT_LIST_KEYSET.name;
    if (q.cursor !== undefined && q.cursor.keyset !== expected) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['cursor'], message: 'is a cursor of another audit query (with or without subject)' });
    }
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const AUDIT_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** `GET /audit/events/export`: every matching event, no paging; JSON Lines unless `format=csv`. */
export const auditExportQuerySchema = z
  .object({
    ...auditFilters,
    format: z.enum(AUDIT_EXPORT_FORMATS, { errorMap: () => ({ message: 'must be jsonl or csv' }) }).default('jsonl'),
  })
  .strict();
export type AuditExportQuery = z.infer<typeof auditExportQuerySchema>;

/** `GET /audit/verify`: one chain (`topic/partition`, e.g. `duban.tasks.v1/0`) or, by default, all. */
export const auditVerifyQuerySchema = z
  .object({ chain: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,199}\/\d{1,6}$/, 'must be a chain: topic/partition').optional() })
  .strict();
export type AuditVerifyQuery = z.infer<typeof auditVerifyQuerySchema>;

/** A Temporal workflow id as `GET /audit/workflows/:workflowId/history` takes it: printable, no spaces. */
export const workflowIdSchema = z.string().min(1).max(255).regex(/^[\x21-\x7e]+$/, 'must be a workflow id (printable ASCII, no spaces)');
