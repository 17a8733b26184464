import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { Worker, bundleWorkflowCode, type InjectedSinks, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { workflowBundlerOptions, workflowsPath } from '@duban/temporal';
import type { ActivityRecorderSinks } from './testing/activity-recorder.interceptor';

/**
 * Replay compares the commands a workflow issues with the recorded ones by kind, not by content:
 * an event published with other data, another id or another time still replays. This suite
 * replays every recorded history with an interceptor that reports each scheduled activity and
 * checks that the workflows of today decide the very events (ids, times, sequence numbers, data)
 * that were published when the history was recorded.
 */
const dir = path.join(__dirname, '../histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.history.pb'));
/**
 * Three changes to the published events that schedule nothing new were made without a patch, so
 * histories recorded before them hold the older form; each is mapped back, and nothing else is:
 * - `scoring` joined `PlanStarted` (the contract reads its absence as the default rules);
 * - `sequence` became a zero-padded string (CloudEvents sequence extension), compared as the
 *   number it was recorded as;
 * - the seed's section references in explanation texts were two places low (三(一) for the
 *   tracks of 五(一)) and were renumbered; they are numbered back.
 */
function asRecordedThen(replayed: unknown[], recorded: unknown[]): unknown[] {
  return replayed.map((arg0, i) => {
    // A history recorded after the renumbering holds the official numbers already (五(…), 六(…) never appear in the old ones).
    const arg = /[五六]\(/.test(JSON.stringify(recorded[i] ?? null)) ? arg0 : recordedSectionNumbers(arg0);
    const before = recorded[i] as { type?: string; sequence?: unknown; data?: Record<string, unknown> } | undefined;
    let now = arg as { type?: string; sequence?: unknown; data?: Record<string, unknown> };
    if (typeof before?.sequence === 'number' && typeof now?.sequence === 'string' && /^\d+$/.test(now.sequence)) now = { ...now, sequence: Number(now.sequence) };
    if (now?.type === 'duban.plan.started.v1' && now.data && before?.data && !('scoring' in before.data)) {
      const { scoring: _scoring, ...data } = now.data;
      now = { ...now, data };
    }
    return now;
  });
}

const SECTION_BEFORE_RENUMBERING: Record<string, string> = { 四: '二', 五: '三', 六: '四' };

/** `五(一)` → `三(一)` and so on, in every string of `value`. */
function recordedSectionNumbers(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replace(/([四五六])(?=\([一二三四五六]\))/g, (n: string) => SECTION_BEFORE_RENUMBERING[n] ?? n));
}

const quietLogger = { trace() {}, debug() {}, info() {}, warn() {}, error: console.error, log() {} } as never;

/** The recorded inputs of every activity the history scheduled, in order. */
function recordedActivities(history: temporal.api.history.v1.IHistory): { activityType: string; args: unknown[] }[] {
  return (history.events ?? [])
    .map((e) => e.activityTaskScheduledEventAttributes)
    .filter((a): a is temporal.api.history.v1.IActivityTaskScheduledEventAttributes => a != null)
    .map((a) => ({ activityType: a.activityType?.name ?? '', args: (a.input?.payloads ?? []).map((p) => defaultPayloadConverter.fromPayload(p)) }));
}

describe('replayed histories decide the recorded events', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({
      workflowsPath,
      ...workflowBundlerOptions,
      workflowInterceptorModules: [require.resolve('./testing/activity-recorder.interceptor')],
      logger: quietLogger,
    });
  });

  it.each(files)('%s', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(path.join(dir, file)));
    const replayed: { activityType: string; args: unknown[] }[] = [];
    const sinks: InjectedSinks<ActivityRecorderSinks> = {
      activityRecorder: { scheduled: { fn: (_info, activityType, args) => void replayed.push({ activityType, args }), callDuringReplay: true } },
    };
    await Worker.runReplayHistory({ workflowBundle, replayName: `events-${file}`, sinks }, history);
    const recorded = recordedActivities(history);
    expect(replayed.map((a, i) => ({ ...a, args: asRecordedThen(a.args, recorded[i]?.args ?? []) }))).toEqual(recorded);
  });
});
