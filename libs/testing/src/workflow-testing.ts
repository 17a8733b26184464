import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { DubanActivities, DubanEvent } from '@duban/contracts';
import { temporalCliPath, timeSkippingServerPath } from '@duban/stack';
import { workflowBundlerOptions, workflowsPath } from '@duban/temporal';

/** The bundler's progress logging is noise in a test run; errors still show. */
const quietLogger = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never;

/** The time-skipping environment on the Java test server that `tools/stack` installs. */
export function timeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: timeSkippingServerPath() } } });
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
export function recordingActivities(): { events: DubanEvent[]; activities: DubanActivities } {
  const events: DubanEvent[] = [];
  return {
    events,
    activities: {
      async publishEvent(event) {
        events.push(event);
      },
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
