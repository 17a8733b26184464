import { allHandlersFinished, condition, continueAsNew, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import {
  CALENDAR_WORKFLOW_TYPE,
  calendarInForceOf,
  calendarStateQuery,
  loadCalendarNoticeUpdate,
  type CalendarWorkflowInput,
  type DubanActivities,
} from '@duban/contracts';
import { loadNotice, loadResult, newCalendarState, replanReason } from './calendar/calendar.decider';
import { isRejection } from './lib/decision';
import { EventOutbox } from './lib/event-outbox';
import { failureOf } from './lib/failures';
import { PlanClock } from './lib/plan-clock';
import { DEFAULT_HISTORY_LIMIT } from './lib/workflow-loop';

const { announceCalendar } = proxyActivities<DubanActivities>({
  // Signalling every running workflow of a large plan takes a while; the activity heartbeats nothing
  // and is simply retried whole (each workflow ignores a version it has already seen).
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * How many times each new calendar is announced, and how long apart. A workflow that read the
 * calendar just before a load, but was not yet listed as running when the first announcement went
 * out, is reached by the second. Ours: one minute is far longer than a workflow takes from asking
 * for the calendar to being visible as running.
 */
const ANNOUNCEMENTS = 2;
const BETWEEN_ANNOUNCEMENTS = '1 minute';

/**
 * The calendar of one deployment: the holiday notices loaded at run time, versioned. Loading a
 * notice (an update, refused with every broken rule named) records `CalendarNoticeLoaded` and then
 * announces the new calendar to every running task and enterprise workflow, which re-plan their
 * ladders. Runs for as long as the deployment does, continuing as new when its history grows.
 */
export async function calendarWorkflow(input: CalendarWorkflowInput): Promise<void> {
  const clock = new PlanClock();
  const outbox = new EventOutbox(CALENDAR_WORKFLOW_TYPE, 'calendar', input.carried?.sequence ?? 0, clock);
  let state = input.carried?.state ?? newCalendarState();
  let announcementsDue = input.carried?.pendingAnnouncements ?? 0;

  setHandler(calendarStateQuery, () => state);
  setHandler(
    loadCalendarNoticeUpdate,
    (command) => {
      const decided = loadNotice(state, command, clock.nowIso());
      if (isRejection(decided)) throw failureOf(decided);
      const before = state;
      for (const e of decided.events) outbox.emit(e.type, e.data, e.at);
      state = decided.state;
      if (state.version !== before.version) announcementsDue = ANNOUNCEMENTS;
      return loadResult(before, state, command.notice.year);
    },
    {
      validator: (command) => {
        const decided = loadNotice(state, command, clock.nowIso());
        if (isRejection(decided)) throw failureOf(decided);
      },
    },
  );

  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  const historyLong = (): boolean => (workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit) && allHandlersFinished();
  for (;;) {
    await condition(() => outbox.pending > 0 || announcementsDue > 0 || historyLong());
    // The event first: the audit log records the load before any ladder moves because of it.
    await outbox.flush();
    if (announcementsDue > 0) {
      await announceCalendar({ calendar: calendarInForceOf(state), reason: replanReason(state) });
      announcementsDue -= 1;
      if (announcementsDue > 0) await sleep(BETWEEN_ANNOUNCEMENTS);
      continue;
    }
    if (historyLong()) {
      await continueAsNew<typeof calendarWorkflow>({ ...input, carried: { state, sequence: outbox.lastSequence, pendingAnnouncements: announcementsDue } });
    }
  }
}
