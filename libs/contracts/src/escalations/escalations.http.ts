import { z } from 'zod';
import { ESCALATION_AGE_BUCKETS } from '@duban/domain';
import { enterpriseViewSchema } from '../enterprises/enterprises.http';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import { taskResponseSchema } from '../tasks/tasks.http';
import { acknowledgeEscalationSchema, escalationInboxPageSchema, escalationListQuerySchema, issueDirectiveSchema } from '../tasks/tasks.dto';

// The 督查室's escalation cases, raised on tasks and on enterprise steps: the API routes these
// operations and /docs/openapi.json is generated from them. (The request schemas and the inbox
// answer live beside the tasks' in tasks.dto.ts.)

/** An escalation step answers the task, or the enterprise when the escalated step is an enterprise's. */
const answersEscalated = { status: 200, description: 'the task, or the enterprise for a step', schema: z.union([taskResponseSchema, enterpriseViewSchema]) } as const;

const escalationParams = z.object({ id: z.string().min(1).describe('`{taskId}~{epoch}~{level}` or `{enterpriseId}/{step}~{epoch}~{level}`') }).strict();
/** An escalation is a task's or an enterprise step's: the step answers the one it belongs to. */
const escalationErrors = [
  ErrorCode.EscalationNotFound,
  ErrorCode.EscalationAlreadyAcknowledged,
  ErrorCode.TaskOutOfTurn,
  ErrorCode.TaskForbidden,
  ErrorCode.StepOutOfTurn,
  ErrorCode.InvalidDate,
] as const;

export const ESCALATION_OPERATIONS = {
  listEscalations: operation({
    operationId: 'listEscalations',
    method: 'get',
    path: '/escalations',
    tag: 'escalations',
    summary: 'The 督查室 inbox: escalation cases, longest waiting first; with count=true also total and counts by unit, level and age over every match (supervisors)',
    description: `Age is working days since the case was raised (Asia/Shanghai, China working-day calendar), in buckets ${ESCALATION_AGE_BUCKETS.join(', ')}.`,
    roles: ['supervisor'],
    query: escalationListQuerySchema,
    success: { status: 200, description: 'a page of the inbox', schema: escalationInboxPageSchema },
  }),
  acknowledgeEscalation: operation({
    operationId: 'acknowledgeEscalation',
    method: 'post',
    path: '/escalations/{id}/acknowledge',
    tag: 'escalations',
    summary: 'Acknowledge an escalation level: its repeated notices stop (supervisors); answers the task, or the enterprise for a step',
    roles: ['supervisor'],
    params: escalationParams,
    body: acknowledgeEscalationSchema,
    success: answersEscalated,
    errors: escalationErrors,
  }),
  issueEscalationDirective: operation({
    operationId: 'issueEscalationDirective',
    method: 'post',
    path: '/escalations/{id}/directive',
    tag: 'escalations',
    summary: 'Issue a directive (督办单) on the escalated task or enterprise step with a committed date (supervisors); answers the task, or the enterprise',
    roles: ['supervisor'],
    params: escalationParams,
    body: issueDirectiveSchema,
    success: answersEscalated,
    errors: escalationErrors,
  }),
};
