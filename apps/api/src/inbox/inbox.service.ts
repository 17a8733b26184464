import { Injectable } from '@nestjs/common';
import { INBOX_MAX_PER_SOURCE, inboxQuerySchema, type Inbox } from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { ConsoleReadsRepository } from '@duban/persistence';
import { Forbidden } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { canSeeEveryUnit } from '../tasks/task-workflows';
import { CalendarInForceProvider } from './calendar-in-force';
import { buildInbox } from './inbox-items';

/**
 * 我的待办 (issue 13): one unit's open work across the task, brief and enterprise projections, in
 * three bounded store reads and one (cached) calendar read, never a workflow query per item. The
 * ladder's card comes from the projections (the tasks consumer's flags, the enterprise's open
 * escalation ids), so it is as fresh as the consumers.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly reads: ConsoleReadsRepository,
    private readonly calendars: CalendarInForceProvider,
  ) {}

  /** Officials read their own unit's inbox (another unit is a 403, as for `GET /tasks`); oversight roles any unit's. */
  async inbox(query: unknown, principal: Principal, now = new Date()): Promise<Inbox> {
    const { unit: asked, planId } = parseInput(inboxQuerySchema, query, 'query');
    if (asked !== undefined && asked !== principal.unit && !canSeeEveryUnit(principal)) {
      throw Forbidden(`officials of ${principal.unit} see only their own unit's inbox, not ${asked}'s`);
    }
    const unit = asked ?? principal.unit;
    const [tasks, briefs, steps, calendar] = await Promise.all([
      this.reads.openTasks(unit, 'task', INBOX_MAX_PER_SOURCE, planId),
      this.reads.openTasks(unit, 'brief', INBOX_MAX_PER_SOURCE, planId),
      this.reads.openStepsOf(unit, INBOX_MAX_PER_SOURCE, planId),
      this.calendars.get(),
    ]);
    return buildInbox({
      unit,
      now,
      calendar: calendar.calendar,
      calendarVersion: calendar.version,
      tasks: tasks.rows,
      briefs: briefs.rows,
      steps: steps.rows,
      truncated: tasks.more || briefs.more || steps.more,
    });
  }
}
