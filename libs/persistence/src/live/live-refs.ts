import { EventType, type DubanEvent } from '@duban/contracts';

/** The task, enterprise and ladder level a live message names, from the event's `data` (none it lacks). */
export function liveRefsOf(event: DubanEvent): { taskId?: string; enterpriseId?: string; level?: string } {
  const data = event.data as { taskId?: unknown; enterpriseId?: unknown; level?: unknown };
  const refs: { taskId?: string; enterpriseId?: string; level?: string } = {};
  if (typeof data.taskId === 'string') {
    // An enterprise step's ladder names it `{enterpriseId}/{step}` (see the enterprise workflow).
    if (data.taskId.includes('/')) refs.enterpriseId = data.taskId.slice(0, data.taskId.indexOf('/'));
    else refs.taskId = data.taskId;
  }
  if (typeof data.enterpriseId === 'string') refs.enterpriseId = data.enterpriseId;
  if (event.type === EventType.DeadlineReminder) refs.level = 'reminder';
  else if (typeof data.level === 'string') refs.level = data.level;
  return refs;
}
