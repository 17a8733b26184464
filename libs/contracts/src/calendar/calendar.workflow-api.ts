import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { HolidayYear } from '@duban/domain';
import type { Actor } from '../events';

export const CALENDAR_WORKFLOW_TYPE = 'calendarWorkflow';

/**
 * The calendar workflow of one deployment: one per task queue, so that deployments (and end-to-end
 * runs) sharing a Temporal namespace each keep their own notices. Ours, not the seed's.
 */
export const calendarWorkflowId = (taskQueue: string): string => `calendar/${taskQueue}`;

/**
 * The holiday notices in force beyond those built into the domain calendar: every notice loaded at
 * run time (the latest load of each year), and the version that load made. Workflows carry this
 * and build their working-day calendar from it; version 0 with no notices is the built-in calendar.
 */
export interface CalendarInForce {
  version: number;
  notices: HolidayYear[];
}

/** A notice as loaded: the arrangement, the calendar version its load made, when, how and by whom. */
export interface CalendarNoticeRecord extends HolidayYear {
  version: number;
  loadedAt: string;
  /** `api`, or `file:<name>` for a file in the watched folder. */
  source: string;
  loadedBy?: Actor;
}

/** What the calendar workflow answers to its state query. */
export interface CalendarWorkflowState {
  version: number;
  /** The latest load of each year, ascending by year. */
  notices: CalendarNoticeRecord[];
}

export interface LoadCalendarNoticeCommand {
  notice: HolidayYear;
  source: string;
  actor?: Actor;
}

export interface LoadCalendarNoticeResult {
  year: number;
  /** The calendar version in force after the load. */
  version: number;
  /** False when the same notice was already in force for the year: nothing was recorded. */
  changed: boolean;
}

export interface CalendarWorkflowInput {
  /** The deployment's task queue: the workflows whose ladders a new notice re-plans are the ones on it. */
  taskQueue: string;
  carried?: { state: CalendarWorkflowState; sequence: number; pendingAnnouncements: number };
  historyLimit?: number;
}

export const loadCalendarNoticeUpdate = defineUpdate<LoadCalendarNoticeResult, [LoadCalendarNoticeCommand]>('loadCalendarNotice');
export const calendarStateQuery = defineQuery<CalendarWorkflowState>('calendarState');
/** A new calendar in force, and why (the notice whose load made it), as the running workflows hear of it. */
export interface CalendarChange {
  calendar: CalendarInForce;
  reason: string;
}

/** Sent to every running task and enterprise workflow of the deployment when the calendar changes. */
export const calendarChangedSignal = defineSignal<[CalendarChange]>('calendarChanged');

/** The calendar a workflow carries, from the calendar workflow's state. */
export function calendarInForceOf(state: CalendarWorkflowState): CalendarInForce {
  return {
    version: state.version,
    notices: state.notices.map(({ year, notice, periods }) => ({ year, notice, periods })),
  };
}
