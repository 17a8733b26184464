import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import { cockpitQuerySchema, cockpitSchema, inboxQuerySchema, inboxSchema, overdueBoardQuerySchema, overdueBoardSchema } from './console.dto';

// The console's read models (issue 13), defined once: the API routes these operations and
// /docs/openapi.json (and so the console's typed client) is generated from them.

export const CONSOLE_OPERATIONS = {
  getInbox: operation({
    operationId: 'getInbox',
    method: 'get',
    path: '/inbox',
    tag: 'console',
    summary:
      "我的待办: a unit's open tasks (led, or a co-unit's pending contribution), information briefs and enterprise steps together, most urgent first, with working days left on the holiday calendar and the ladder's current card. Officials read their own unit's; supervisors, performance and admins name the unit",
    query: inboxQuerySchema,
    success: { status: 200, description: "the unit's inbox", schema: inboxSchema },
    errors: [ErrorCode.Forbidden],
  }),
  getOverdueBoard: operation({
    operationId: 'getOverdueBoard',
    method: 'get',
    path: '/board/overdue',
    tag: 'console',
    summary:
      '督办看板: overdue work by unit × level — each task or enterprise-step deadline with an unresolved card (open or acknowledged), counted once at its highest card — with counts and ages in working days overdue (max and median); the cases themselves, with acknowledge and directive, are at GET /escalations',
    roles: ['supervisor'],
    query: overdueBoardQuerySchema,
    success: { status: 200, description: 'the board', schema: overdueBoardSchema },
  }),
  getCockpit: operation({
    operationId: 'getCockpit',
    method: 'get',
    path: '/cockpit',
    tag: 'console',
    summary:
      "领导小组办公室 驾驶舱: one plan's progress by task and by district, escalation cards raised and resolved per month, enterprises by track and open step, and the destination parks chosen, in one read of the projections (a plan the projections do not know yet answers zeros)",
    roles: ['supervisor', 'performance', 'admin'],
    query: cockpitQuerySchema,
    success: { status: 200, description: 'the cockpit', schema: cockpitSchema },
  }),
};
