import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import type { WorkflowHandle } from '@temporalio/client';

/** Where the replay test (`workflows/src/replay.spec.ts`) finds the recorded histories. */
export const HISTORIES_DIR = path.resolve(__dirname, '../../../workflows/histories');

/** True when a test run should (re)write the histories it records: `RECORD_HISTORIES=1`. */
export function recordingHistories(): boolean {
  return Boolean(process.env['RECORD_HISTORIES']);
}

/**
 * Writes the history of `handle`'s run to `workflows/histories/<name>.history.pb` when
 * `RECORD_HISTORIES` is set, and does nothing otherwise, so a normal test run never changes a
 * committed history. Binary protobuf, not JSON: the JSON form goes through a protobufjs copy of
 * `@temporalio/common` that differs from `@temporalio/proto`'s and fails to decode.
 *
 * `handle` names one run (a handle from `getHandle(id, runId)`) or, without a run id, the
 * latest run of the workflow id. Returns the path written, or undefined when not recording.
 */
export async function recordHistory(name: string, handle: Pick<WorkflowHandle, 'fetchHistory'>): Promise<string | undefined> {
  if (!recordingHistories()) return undefined;
  return writeHistory(name, await handle.fetchHistory());
}

/** {@link recordHistory} for a history the test has fetched already (to make assertions on it). */
export function writeHistory(name: string, history: temporal.api.history.v1.IHistory): string | undefined {
  if (!recordingHistories()) return undefined;
  const file = path.join(HISTORIES_DIR, `${name}.history.pb`);
  mkdirSync(HISTORIES_DIR, { recursive: true });
  writeFileSync(file, temporal.api.history.v1.History.encode(history).finish());
  return file;
}
