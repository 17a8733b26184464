import { z } from 'zod';
import { operation } from '../http/operation';

// Live updates as server-sent events (`GET /live`), defined once. The stream's messages are not
// JSON answers, so the document declares the media type only; their `data` is `liveMessageSchema`.

/** What a live message is about; also its SSE `event:` name. */
export const LIVE_KINDS = ['task', 'escalation', 'notification', 'enterprise', 'score'] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

/**
 * The `data:` of one live message (JSON on one line). Small on purpose: it says what changed, so
 * the console refetches the read it concerns; it is never the new state itself.
 */
export const liveMessageSchema = z
  .object({
    seq: z.number().int().positive().describe('the feed position; also the SSE `id:` (send it back as Last-Event-ID)'),
    kind: z.enum(LIVE_KINDS),
    type: z.string().describe('the CloudEvent type, e.g. duban.escalation.raised.v1'),
    subject: z.string().describe('the CloudEvent subject: a task id, or an enterprise id (its step after a slash)'),
    unit: z.string().describe('the unit concerned: the task’s lead unit, the step’s owner, the notification’s recipient, the enterprise’s district, the scored unit'),
    taskId: z.string().optional(),
    enterpriseId: z.string().optional(),
    level: z.enum(['reminder', 'yellow', 'red', 'leading-group']).optional().describe('the ladder level of a reminder or an escalation (提醒 / 黄牌 / 红牌 / 领导小组)'),
    at: z.string().describe('when the feed recorded it (ISO 8601)'),
  })
  .strict();
export type LiveMessage = z.infer<typeof liveMessageSchema>;

/** `event: ready` (the first message): the feed position the stream starts after. */
export const liveReadySchema = z.object({ seq: z.number().int().min(0) }).strict();
/** `event: reset`: the stream could not replay from Last-Event-ID; refetch everything. */
export const liveResetSchema = z.object({ reason: z.string() }).strict();

/** The SSE `event:` names a stream may carry. */
export const LIVE_EVENTS = [...LIVE_KINDS, 'ready', 'reset'] as const;

export const LIVE_OPERATIONS = {
  streamLive: operation({
    operationId: 'streamLive',
    method: 'get',
    path: '/live',
    tag: 'live',
    summary: 'Live updates as server-sent events: what changed in the caller’s tasks, 督查室 cases, notifications, enterprises and scores',
    description: [
      'A `text/event-stream` that stays open. It starts with `retry: 3000` and `event: ready` (`data: {"seq":N}`, `id: N`), then one message per change the caller may see, written after the consumers have projected it:',
      '`id: <seq>`, `event: task|escalation|notification|enterprise|score`, `data: {"seq","kind","type","subject","unit","taskId"?,"enterpriseId"?,"level"?,"at"}` (JSON on one line). A comment line every 15 s keeps it open.',
      'Visibility as the reads: an official sees the changes of their unit’s tasks (co-unit tasks included), enterprises and notifications; supervisors, performance and admins see every change of tasks, cases, enterprises and scores; notifications go to the recipient unit’s callers only (the bell is per unit).',
      'Resume: send `Last-Event-ID: <seq>` and the stream first replays what the caller missed after it (at most LIVE_REPLAY_LIMIT feed positions back), each once; an id that is unknown or too old gets `event: reset` (refetch, then follow the live messages).',
      'At most LIVE_MAX_STREAMS_PER_CALLER (5) streams per caller at once: one more is a 429. The stream counts as one request for the rate limits and is not cut by the request budget. Ours.',
    ].join(' '),
    success: { status: 200, description: 'the event stream (see the description for its messages)', mediaTypes: ['text/event-stream'] },
  }),
};
