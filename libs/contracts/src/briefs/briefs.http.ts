import { ErrorCode } from '../errors';
import { operation } from '../http/operation';
import { briefListQuerySchema, taskInboxPageSchema } from '../tasks/tasks.dto';

// The briefs API (information briefs, 信息简报, which are tasks of kind `brief`), defined once: the
// API routes these operations and /docs/openapi.json is generated from them.

export const BRIEF_OPERATIONS = {
  listBriefs: operation({
    operationId: 'listBriefs',
    method: 'get',
    path: '/briefs',
    tag: 'briefs',
    summary: 'Information briefs (信息简报) by month and unit; officials see their own unit’s',
    query: briefListQuerySchema,
    success: { status: 200, description: 'a page of briefs, nearest deadline first', schema: taskInboxPageSchema },
    errors: [ErrorCode.Forbidden],
  }),
};
