import {
  ErrorCode,
  EventType,
  type CalendarNoticeRecord,
  type CalendarWorkflowState,
  type EventData,
  type LoadCalendarNoticeCommand,
  type LoadCalendarNoticeResult,
} from '@duban/contracts';
import { CHINA_HOLIDAY_YEARS, validateHolidayYear, type HolidayYear } from '@duban/domain';
import { deciding, refuse, type Decided } from '../lib/decision';

/**
 * The decisions of a deployment's calendar, without Temporal: which notices are in force beyond the
 * built-in ones, and what loading one records. `calendar.workflow.ts` wires it to its update, the
 * outbox and the announcements to running workflows.
 */

export const newCalendarState = (): CalendarWorkflowState => ({ version: 0, notices: [] });

/** The arrangement of `year` in force before a load: a loaded notice, a built-in one, or none (provisional). */
function inForce(state: CalendarWorkflowState, year: number): { arrangement?: HolidayYear; replaced: EventData<typeof EventType.CalendarNoticeLoaded>['replaced'] } {
  const loaded = state.notices.find((n) => n.year === year);
  if (loaded) return { arrangement: loaded, replaced: { source: 'notice', notice: loaded.notice, version: loaded.version } };
  const builtIn = CHINA_HOLIDAY_YEARS.find((n) => n.year === year);
  if (builtIn) return { arrangement: builtIn, replaced: { source: 'notice', notice: builtIn.notice, version: 0 } };
  return { replaced: { source: 'provisional', version: 0 } };
}

/** Two arrangements are the same when their number and every period (in order) are. */
function sameArrangement(a: HolidayYear, b: HolidayYear): boolean {
  const shape = (y: HolidayYear) =>
    JSON.stringify([y.year, y.notice, y.periods.map((p) => [p.name, p.firstDay, p.lastDay, p.days, [...p.workingWeekendDays].sort()])]);
  return shape(a) === shape(b);
}

/**
 * Loads a notice at `now`: refused with every broken calendar rule named when it is invalid; a
 * notice identical to the one in force changes nothing (`changed: false`, no event), so a file
 * watched by several API processes, or a retried request, loads once. Otherwise the calendar's
 * version goes up by one and `CalendarNoticeLoaded` records the notice, what it replaced and who
 * loaded it.
 */
export function loadNotice(
  state: CalendarWorkflowState,
  command: LoadCalendarNoticeCommand,
  now: string,
): Decided<CalendarWorkflowState> {
  return deciding(state, (s, events) => {
    const validation = validateHolidayYear(command.notice);
    if (!validation.ok) {
      refuse(ErrorCode.CalendarNoticeInvalid, `the notice breaks ${validation.problems.length} calendar rule(s): ${validation.problems.map((p) => `${p.path}: ${p.rule}`).join('; ')}`, {
        problems: validation.problems,
      });
    }
    const notice = validation.year;
    const { arrangement, replaced } = inForce(s, notice.year);
    if (arrangement && sameArrangement(arrangement, notice)) return;
    s.version += 1;
    const record: CalendarNoticeRecord = {
      year: notice.year,
      notice: notice.notice,
      periods: notice.periods.map((p) => ({ ...p, workingWeekendDays: [...p.workingWeekendDays] })),
      version: s.version,
      loadedAt: now,
      source: command.source,
      ...(command.actor && { loadedBy: command.actor }),
    };
    s.notices = [...s.notices.filter((n) => n.year !== notice.year), record].sort((a, b) => a.year - b.year);
    events.emit(EventType.CalendarNoticeLoaded, {
      year: record.year,
      notice: record.notice,
      periods: record.periods.map((p) => ({ ...p, workingWeekendDays: [...p.workingWeekendDays] })),
      version: record.version,
      replaced,
      source: command.source,
      ...(command.actor && { actor: command.actor }),
    });
  });
}

/** What a load answers: the version in force after it and whether it changed anything. */
export function loadResult(before: CalendarWorkflowState, after: CalendarWorkflowState, year: number): LoadCalendarNoticeResult {
  return { year, version: after.version, changed: after.version !== before.version };
}

/** Why the running ladders are re-planned, as their `LadderReplanned` events say it. */
export function replanReason(state: CalendarWorkflowState): string {
  const latest = state.notices.find((n) => n.version === state.version);
  return latest
    ? `the ${latest.year} holiday notice ${latest.notice} was loaded (calendar version ${state.version}, ${latest.source})`
    : `calendar version ${state.version}`;
}
