import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { CalendarInForce, DubanActivities, DubanEvent } from '@duban/contracts';
import { temporalCliPath, timeSkippingServerPath } from '@duban/stack';
import { workflowBundlerOptions, workflowsPath } from '@duban/temporal';

/** The bundler's progress logging is noise in a test run; errors still show. */
const quietLogger = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never;

/** Waits before each retry of a test server that did not start: a busy moment passes. */
const SERVER_RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 8_000, 8_000];

/**
 * The time-skipping environment on the Java test server that `tools/stack` installs. The SDK gives
 * the server 5 s to answer (fixed in its core), and a JVM on a busy two-core machine can take
 * longer; a failed start leaves no process behind, so it is tried again after a pause, up to six
 * times in all. `onRetry` hears about each failed start.
 */
export async function timeSkippingEnv(onRetry: (message: string) => void = () => undefined): Promise<TestWorkflowEnvironment> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: timeSkippingServerPath() } } });
    } catch (e) {
      const delay = SERVER_RETRY_DELAYS_MS[attempt];
      if (delay === undefined) throw e;
      onRetry(`the time-skipping server did not start (${e instanceof Error ? e.message.slice(0, 120) : String(e)}); trying again in ${delay / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** A Temporal dev server of the pinned CLI, for what the time-skipping server lacks (schedules, history length). */
export function localEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path: temporalCliPath() } } });
}

/** All workflow code, bundled once per test file. */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath, ...workflowBundlerOptions, logger: quietLogger });
}

/** Activities that record the events workflows publish, in publishing order. */
export function recordingActivities(calendar: CalendarInForce = BUILT_IN_CALENDAR): { events: DubanEvent[]; activities: DubanActivities } {
  const events: DubanEvent[] = [];
  return {
    events,
    activities: {
      async publishEvent(event) {
        events.push(event);
      },
      ...fixedCalendarActivities(calendar),
    },
  };
}

/** The calendar before any notice is loaded at run time: the built-in notices, provisional years elsewhere. */
export const BUILT_IN_CALENDAR: CalendarInForce = { version: 0, notices: [] };

/**
 * Calendar activities for workflow tests without a calendar workflow: every workflow reads
 * `calendar`; an announcement reaches nobody (tests signal the workflows they run themselves).
 */
export function fixedCalendarActivities(calendar: CalendarInForce = BUILT_IN_CALENDAR): Pick<DubanActivities, 'calendarInForce' | 'announceCalendar'> {
  return {
    async calendarInForce() {
      return calendar;
    },
    async announceCalendar() {
      return 0;
    },
  };
}

/** The stable code (failure type) of a refused update; fails when the update is accepted. */
export async function refusalCode(update: Promise<unknown>): Promise<string | undefined> {
  try {
    await update;
  } catch (e) {
    if (e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure) return e.cause.type ?? undefined;
    throw e;
  }
  throw new Error('expected the update to be refused');
}

/**
 * Waits until the workflow of `handle` exists (a child its parent has not started yet), advancing
 * the test server's clock a second at a time; fails after `maxVirtualSeconds` of virtual time or
 * `timeoutMs` of real time, and on any error other than "not found".
 */
export async function untilWorkflowExists(env: TestWorkflowEnvironment, handle: Pick<WorkflowHandle, 'describe' | 'workflowId'>, options: { maxVirtualSeconds?: number; timeoutMs?: number } = {}): Promise<void> {
  const maxVirtualSeconds = options.maxVirtualSeconds ?? 60;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (let waited = 0; ; waited++) {
    try {
      await handle.describe();
      return;
    } catch (e) {
      if (!(e instanceof WorkflowNotFoundError)) throw e;
      if (waited >= maxVirtualSeconds || Date.now() > deadline) throw new Error(`workflow ${handle.workflowId} was not started within ${waited} virtual seconds`);
      await env.sleep('1 second');
    }
  }
}
