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

describe('workflow replay', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflows();
  });

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('replays %s deterministically', async (file) => {
    const history = temporal.api.history.v1.History.decode(readFileSync(path.join(dir, file)));
    await Worker.runReplayHistory({ workflowBundle, replayName: file }, history);
  });
});

