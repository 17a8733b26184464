import { Connection } from '@temporalio/client';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Component } from './component';
import type { StackConfig } from './stack.config';
import type { StackServer } from './stack-server';

/** Bound on one health check; the caller polls against its own, longer deadline. */
const PROBE_TIMEOUT_MS = 3_000;

/**
 * The Temporal CLI's dev server (frontend, history, matching, worker and the Web UI in one
 * process), persisting to a SQLite file in the data dir so workflows survive a restart.
 */
export function temporalServer(config: StackConfig, cli: Component): StackServer {
  const { host, ports } = config;
  const stateDir = join(config.dataDir, 'temporal');
  const address = config.appEnv.TEMPORAL_ADDRESS;
  return {
    name: 'temporal',
    ports: [ports.temporal, ports.temporalUi],
    endpoint: `${address} (UI http://${host}:${ports.temporalUi.port})`,
    components: [cli],
    stateDir,
    async prepare() {
      await mkdir(stateDir, { recursive: true });
      return {
        command: cli.artifact,
        cwd: stateDir,
        args: [
          'server',
          'start-dev',
          '--ip',
          host,
          '--port',
          String(ports.temporal.port),
          // The UI stays on: browsing workflow histories is the quickest way to debug them.
          '--ui-port',
          String(ports.temporalUi.port),
          '--db-filename',
          join(stateDir, 'temporal.sqlite'),
          '--log-level',
          'warn',
          // The server would otherwise call home for version updates; there is no network here.
          '--dynamic-config-value',
          'frontend.enableServerVersionCheck=false',
        ],
      };
    },
    async probe() {
      const connection = await Connection.connect({ address, connectTimeout: PROBE_TIMEOUT_MS });
      try {
        await connection.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () =>
          connection.workflowService.describeNamespace({ namespace: config.temporalNamespace }),
        );
      } finally {
        await connection.close();
      }
    },
  };
}
