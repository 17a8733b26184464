import { z } from 'zod';
import { EventType } from './events';
import { PLAN_ID_PATTERN } from './ids';

/**
 * Request bodies and query strings of the HTTP API. Every schema is strict: an unknown field is a
 * 400 naming the field, and nothing but plain JSON values gets through (so `{"$ne": …}` smuggled
 * into a field fails its type).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const startPlanFromTemplateSchema = z
  .object({
    template: z.string().min(1).max(64),
    planId: z.string().regex(PLAN_ID_PATTERN, 'must be 3–64 lower-case letters, digits or dashes'),
    rebaseTo: isoDate.nullable(),
  })
  .strict();
export type StartPlanFromTemplate = z.infer<typeof startPlanFromTemplateSchema>;

export const reportProgressSchema = z
  .object({
    percent: z.number().int().min(0).max(100),
    note: z.string().trim().min(1).max(4000),
  })
  .strict();
export type ReportProgressRequest = z.infer<typeof reportProgressSchema>;

export const submitTaskSchema = z
  .object({
    summary: z.string().trim().min(1).max(4000),
    deliverableRef: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();
export type SubmitTaskRequest = z.infer<typeof submitTaskSchema>;

export const reviewTaskSchema = z
  .object({
    decision: z.enum(['accept', 'reject']),
    reason: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .refine((r) => r.decision === 'accept' || r.reason !== undefined, { message: 'a rejection needs a reason', path: ['reason'] });
export type ReviewTaskRequest = z.infer<typeof reviewTaskSchema>;

const eventTypes = Object.values(EventType) as [EventType, ...EventType[]];

export const auditQuerySchema = z
  .object({
    subject: z.string().min(1).max(200).optional(),
    type: z.enum(eventTypes).optional(),
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** An RFC 9457 problem details body, with the stable Duban error code and the fields at fault. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  errors?: { field: string; rule: string }[];
}
