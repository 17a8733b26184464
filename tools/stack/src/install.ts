import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installMarker, type Component } from './component';
import { ferretdbComponent } from './ferretdb.install';
import { withLock } from './file-lock';
import { kafkaComponent } from './kafka.install';
import { postgresComponent } from './postgres.install';
import { exists } from './log-tail';
import { describeError, StackError } from './stack-error';
import type { StackConfig } from './stack.config';
import { temporalCliComponent } from './temporal-cli.install';
import { temporalTestServerComponent } from './temporal-test-server.install';

/** A cold Temporal CLI build takes several minutes on 2 cores; a second installer waits for it. */
const INSTALL_LOCK_TIMEOUT_MS = 30 * 60_000;

/** Progress lines for a person; the CLI prints them, callers may route them elsewhere. */
export type StackReporter = (line: string) => void;

export const reportToStderr: StackReporter = (line) => {
  process.stderr.write(`[stack] ${line}\n`);
};

export interface StackComponents {
  readonly temporalCli: Component;
  readonly kafka: Component;
  readonly postgres: Component;
  readonly ferretdb: Component;
  readonly temporalTestServer: Component;
}

export function stackComponents(config: StackConfig): StackComponents {
  return {
    temporalCli: temporalCliComponent(config),
    kafka: kafkaComponent(config),
    postgres: postgresComponent(config),
    ferretdb: ferretdbComponent(config),
    temporalTestServer: temporalTestServerComponent(config),
  };
}

export type InstallOutcome = 'cached' | 'installed';

/**
 * Makes sure `component` is in the cache. A no-op (two file checks) when it already is; the
 * marker is written only after a complete install, and concurrent installers of the same
 * component wait for each other instead of building twice.
 *
 * @throws StackError `STACK.INSTALL_FAILED` / `STACK.TOOL_MISSING` with the build output's tail.
 */
export async function ensureInstalled(
  component: Component,
  config: StackConfig,
  report: StackReporter,
): Promise<InstallOutcome> {
  if (await isInstalled(component)) return 'cached';
  const lockDir = `${component.dir}.lock`;
  return withLock(lockDir, `the install of ${component.name} ${component.version}`, INSTALL_LOCK_TIMEOUT_MS, async () => {
    // Someone else may have finished it while we waited for the lock.
    if (await isInstalled(component)) return 'cached';
    const logFile = join(config.logDir, `install-${component.name}-${component.version}.log`);
    report(`installing ${component.name} ${component.version} into ${component.dir} (log: ${logFile})`);
    const started = Date.now();
    await mkdir(component.dir, { recursive: true });
    try {
      await component.install({ config, logFile });
      await access(component.artifact);
    } catch (error) {
      if (error instanceof StackError) throw error;
      throw new StackError(
        'STACK.INSTALL_FAILED',
        `installing ${component.name} ${component.version} failed: ${describeError(error)} (log: ${logFile})`,
        { cause: error },
      );
    }
    await writeFile(
      installMarker(component),
      `${JSON.stringify({ name: component.name, version: component.version, installedAt: new Date().toISOString() })}\n`,
    );
    report(`installed ${component.name} ${component.version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 'installed';
  });
}

/**
 * Installs every pinned component (the three servers and the time-skipping test server).
 * One after the other: the Go builds each use both cores, and parallel Maven runs would race
 * on the shared local repository.
 */
export async function installAll(config: StackConfig, report: StackReporter): Promise<Record<string, InstallOutcome>> {
  const outcomes: Record<string, InstallOutcome> = {};
  for (const component of Object.values(stackComponents(config))) {
    outcomes[`${component.name}-${component.version}`] = await ensureInstalled(component, config, report);
  }
  return outcomes;
}

async function isInstalled(component: Component): Promise<boolean> {
  return (await exists(installMarker(component))) && (await exists(component.artifact));
}
