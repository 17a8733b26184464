import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflows } from '@duban/testing';

/**
 * Histories are stored as binary protobuf (`*.history.pb`): the JSON form goes through a
 * protobufjs copy of @temporalio/common that differs from @temporalio/proto's, which fails.
 *
 * Replays recorded histories of real runs against today's workflow code. A change that would
 * break workflows already running (a reordered command, a removed activity call) fails here.
 * Record new histories with `RECORD_HISTORIES=1 npx jest workflows` after a deliberate,
 * versioned change.
 */
const dir = path.join(__dirname, '../histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.history.pb'));

/**
 * The paths whose recorded histories must stay in the folder (issue 10, item 7): the glob above
 * replays whatever is there, so without this list a deleted history would pass unnoticed.
 * Recorded by the spec named beside each, with `RECORD_HISTORIES=1`.
 */
const REQUIRED_HISTORIES = [
  'brief-round-workflow.opens-briefs', // brief-round.workflow.spec.ts
  'brief-round-workflow.briefs-already-open', // brief-round.workflow.spec.ts
  'task-workflow.continued-as-new.first-run', // task.continue-as-new.spec.ts (ends continued as new)
  'task-workflow.continued-as-new.last-run', // task.continue-as-new.spec.ts (starts from carried state)
  'enterprise-workflow.continued-as-new.first-run', // enterprise.continue-as-new.spec.ts
  'enterprise-workflow.continued-as-new.last-run', // enterprise.continue-as-new.spec.ts
  'enterprise-workflow.awaiting-index-delivered-by-signal', // enterprise.workflow.spec.ts
  'task-workflow.co-unit-waived-accept', // task.waiver-directive.spec.ts
  'task-workflow.directive-after-yellow-accept', // task.waiver-directive.spec.ts
  'enterprise-workflow.reevaluate-directive', // recorded before issue 11 under the score bands (D with an order step): keep, never re-record
  'enterprise-workflow.tracks-by-seed.c-exit', // enterprise.workflow.spec.ts (patch enterprise-tracks-by-seed: C chooses assisted exit)
  'enterprise-workflow.tracks-by-seed.reevaluate-to-d', // enterprise.workflow.spec.ts (patch enterprise-tracks-by-seed: D, closure decision)
  'calendar-workflow.notice-loaded', // calendar.workflow.spec.ts (a notice refused, loaded, loaded again)
  'task-workflow.calendar-replanned', // calendar.workflow.spec.ts (patch calendar-in-force: a running task re-plans on the announcement)
  'task-workflow.calendar-adopted-at-start', // calendar.workflow.spec.ts (patch calendar-in-force: a task started after a load plans on it)
  'task-workflow.cascade-parent', // task.cascade.spec.ts (sub-tasks started as children, the parent held until they are accepted)
  'task-workflow.cascade-subtask', // task.cascade.spec.ts (a sub-task signals its parent)
  'task-workflow.review-not-by-submitter', // task.separation-of-duties.spec.ts (patch review-not-by-submitter: self-review and self-approval refused, another supervisor decides)
];

describe('workflow replay', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflows();
  });

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has a recorded history of every required path', () => {
    expect(REQUIRED_HISTORIES.filter((name) => !files.includes(`${name}.history.pb`))).toEqual([]);
  });

  it.each(files)('replays %s deterministically', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(path.join(dir, file)));
    await Worker.runReplayHistory({ workflowBundle, replayName: file }, history);
  });
});

