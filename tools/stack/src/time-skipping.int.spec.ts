import { randomUUID } from 'node:crypto';
import { stackConfig, temporalCliPath, timeSkippingServerPath } from './index';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { isPortFree } from './ports';
import { waitFor } from './wait-for';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The SDK's ephemeral servers, run from our pinned binaries instead of its GitHub downloads:
 * the Java time-skipping test server behind the generated wrapper, and the Temporal CLI.
 */
describe('Temporal test environments on the pinned executables', () => {
  const { host } = stackConfig();

  /** The SDK kills the server on teardown; its port must be released (no orphaned JVM). */
  async function expectReleased(env: TestWorkflowEnvironment): Promise<void> {
    const port = Number(env.address.slice(env.address.lastIndexOf(':') + 1));
    await waitFor(
      async () => {
        if (!(await isPortFree(host, port))) throw new Error(`${env.address} is still bound`);
      },
      { timeoutMs: 10_000, intervalMs: 100 },
    );
  }

  it('createTimeSkipping: env.sleep skips 30 days of server time at once', async () => {
    const env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: timeSkippingServerPath() } },
    });
    try {
      expect(env.supportsTimeSkipping).toBe(true);
      const before = await env.currentTimeMs();
      const wallStart = Date.now();
      await env.sleep('30 days');
      const after = await env.currentTimeMs();
      expect(after - before).toBeGreaterThanOrEqual(30 * DAY_MS);
      expect(Date.now() - wallStart).toBeLessThan(10_000);
    } finally {
      await env.teardown();
    }
    await expectReleased(env);
  });

  it('createLocal: runs the pinned Temporal CLI dev server', async () => {
    const env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: temporalCliPath() } },
    });
    try {
      // No worker and no workflow code: the server accepts the start and keeps it pending.
      const handle = await env.client.workflow.start('stackSmokeWorkflow', {
        taskQueue: `stack-int-spec-${randomUUID()}`,
        workflowId: `stack-int-spec-${randomUUID()}`,
        args: [],
      });
      const description = await handle.describe();
      expect(description.status.name).toBe('RUNNING');
      await handle.terminate('smoke test done');
      expect((await handle.describe()).status.name).toBe('TERMINATED');
    } finally {
      await env.teardown();
    }
    await expectReleased(env);
  });
});
