import { z } from 'zod';
import { actorSchema } from '@duban/domain';
import { EventType } from '../events';
import { AUDIT_LIST_KEYSET, AUDIT_SUBJECT_KEYSET, pageFields, pageSchema, refinePaging } from '../pagination';

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

// Answers of the audit API. The store's and the verifier's types live in persistence, which
// contracts may not import: the API pins each schema to them (`sameShape` in the controller).

/**
 * `sequence` as the audit trail answers it: the stored and hashed counter, a number (records were
 * hashed with it before it became a zero-padded string on the wire), so an export re-hashes as it is.
 */
const sequenceField = z.number().int().min(1).describe('the CloudEvents sequence: the per-subject counter, as the audit record stores and hashes it');

/** One event of the audit trail: the CloudEvent as it was recorded, and when the audit log recorded it. */
export const auditEventSchema = z
  .object({
    specversion: z.literal('1.0'),
    id: z.string(),
    source: z.string(),
    type: z.enum(eventTypes),
    subject: z.string(),
    time: z.string().datetime().describe('the event time, normalised to UTC'),
    datacontenttype: z.literal('application/json'),
    sequence: sequenceField,
    // Not restated per type here: each type's data schema is in the event catalogue (docs/asyncapi.yaml).
    data: z.record(z.unknown()).describe("the event's data: the schema of its type in the event catalogue (docs/asyncapi.yaml)"),
    recordedAt: z.string().datetime().describe('when the audit log recorded it'),
  })
  .strict();
export type AuditTrailEvent = z.infer<typeof auditEventSchema>;

/** `GET /audit/events`. */
export const auditEventPageSchema = pageSchema(auditEventSchema).strict();
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;

/**
 * What verification can find. The first six are the plain chain's; since issue 12 (keyed chain,
 * sealed heads, checkpoints outside the store; ours): `unkeyed` (a record with a plain SHA-256
 * where an HMAC under the chain key is required), `unknown-key` (a record or head names a key that
 * is not configured), `head-forged` (the head's seal is missing or wrong: it was moved without the
 * key), `truncated` (a checkpoint confirmed a seq the chain no longer reaches), `checkpoint-mismatch`
 * (the record at a checkpoint's seq has another hash), `checkpoint-forged` (a line of the
 * checkpoint file is not signed with a configured key).
 */
const AUDIT_PROBLEM_KINDS = [
  'edited',
  'deleted',
  'inserted',
  'reordered',
  'broken-link',
  'head-missing',
  'unkeyed',
  'unknown-key',
  'head-forged',
  'truncated',
  'checkpoint-mismatch',
  'checkpoint-forged',
] as const;

/** One chain as verification found it. */
export const auditChainReportSchema = z
  .object({
    chain: z.string().describe('`topic/partition`'),
    records: z.number().int().min(0).describe('records of this chain in the store'),
    head: z
      .object({ seq: z.number().int(), hash: z.string(), eventId: z.string().nullable() })
      .strict()
      .nullable()
      .describe("the chain head: the last record it confirms (seq 0 and eventId null at genesis); null when there is none"),
    unconfirmed: z.number().int().min(0).describe('records beyond the head that link correctly to it (appended by a consumer that stopped before it moved the head): not a problem'),
    keyed: z.number().int().min(0).describe('intact records whose hash is an HMAC under a configured audit chain key'),
    unkeyed: z
      .number()
      .int()
      .min(0)
      .describe('intact records with the plain SHA-256 of before the key, accepted (AUDIT_CHAIN_ACCEPT_UNKEYED=true) because they precede the chain\'s first keyed record; 0 unless accepted (refused ones are problems)'),
    checkpoint: z
      .object({ seq: z.number().int(), hash: z.string(), time: z.string() })
      .strict()
      .nullable()
      .describe('the latest signed checkpoint of this chain kept outside the store, which the chain must still reach with the same hash; null when there is none'),
  })
  .strict();

/** One finding of a verification, naming the record (its seq and event id where they are known). */
export const auditProblemSchema = z
  .object({
    chain: z.string(),
    seq: z.number().int().nullable(),
    eventId: z.string().nullable(),
    problem: z.enum(AUDIT_PROBLEM_KINDS),
    detail: z.string(),
  })
  .strict();

/** `GET /audit/verify`. */
export const auditVerificationSchema = z
  .object({
    ok: z.boolean().describe('true when no chain has a problem'),
    chains: z.array(auditChainReportSchema),
    problems: z.array(auditProblemSchema),
  })
  .strict();
export type AuditVerificationView = z.infer<typeof auditVerificationSchema>;

/** One event of a workflow's own Temporal history, made readable. */
export const workflowHistoryEventSchema = z
  .object({
    runId: z.string(),
    eventId: z.number().int().min(0),
    time: z.string().datetime(),
    type: z.string().describe("Temporal's event type without the prefix, e.g. `WorkflowExecutionUpdateAccepted`"),
    name: z.string().optional().describe('the signal, update, workflow type, activity type or timer this event is about'),
    identity: z.string().optional().describe('the Temporal client identity that started, signalled, updated, cancelled or terminated it'),
    updateId: z.string().optional(),
    input: z.array(z.unknown()).optional().describe('the decoded arguments of a start, a signal or an update'),
    actor: actorSchema.optional().describe("the person who acted: Duban's signal and update payloads carry `actor`"),
    outcome: z.enum(['success', 'failure']).optional().describe('for a completed update: whether it succeeded'),
    detail: z.string().optional().describe("anything else worth reading: a failure message, a termination reason, the next run's id"),
  })
  .strict();
export type WorkflowHistoryEventView = z.infer<typeof workflowHistoryEventSchema>;

/** `GET /audit/workflows/:workflowId/history`. */
export const workflowHistorySchema = z
  .object({
    workflowId: z.string(),
    runs: z.array(z.string()).describe('the runs, oldest first (a continued-as-new workflow has several)'),
    truncated: z.boolean().describe('true when older runs than the first listed were left out'),
    events: z.array(workflowHistoryEventSchema),
  })
  .strict();
export type WorkflowHistoryView = z.infer<typeof workflowHistorySchema>;
