/**
 * The local embedded stack: pinned Temporal, Kafka and FerretDB servers run as plain
 * processes on loopback, plus the Temporal time-skipping test server for jest.
 * Importing this module does nothing; every function reads the environment when called.
 */
import { installAll, reportToStderr, stackComponents, type InstallOutcome } from './install';
import type { StackOptions } from './stack';
import { stackConfig, type StackConfig } from './stack.config';

export { stackConfig } from './stack.config';
export type { PortBinding, PortVariable, StackAppEnv, StackConfig, StackPorts, StackSecureAppEnv, StackSecureFiles } from './stack.config';
export { secureRequested, stackStatus, startStack, stopStack } from './stack';
export type { ServerStatus, StackOptions } from './stack';
export type { ServerName } from './stack-server';
export { StackError } from './stack-error';
export type { StackErrorCode } from './stack-error';
export type { StackReporter, InstallOutcome } from './install';
// For tools that cache their own pinned installs the same way (tools/fuzz: schemathesis).
export { ensureInstalled } from './install';
export type { Component, InstallContext } from './component';
export { runCommand } from './run-command';
// The browser tests' chromium (issue 13): installed by `npm test`, not by `npm start`.
export { chromiumComponent, chromiumPath, checkChromiumVersion } from './chromium.install';
export { reportToStderr } from './install';
// One console build at a time when a test file and `npm start` both find it stale.
export { withLock } from './file-lock';
export type { StackVersions } from './versions';

/**
 * Installs every pinned component into the cache (`DUBAN_CACHE_DIR`, default
 * `~/.cache/duban`). Returns at once when all are there already.
 *
 * @returns per `<name>-<version>`, whether it was already cached or just installed.
 */
export async function install(options: StackOptions = {}): Promise<Record<string, InstallOutcome>> {
  return installAll(options.config ?? stackConfig(), options.report ?? reportToStderr);
}

/**
 * Absolute path of the pinned Temporal CLI binary, for
 * `TestWorkflowEnvironment.createLocal({ server: { executable: { type: 'existing-path', path } } })`.
 * Only computes the path: {@link install} or `startStack()` must have run first.
 */
export function temporalCliPath(config: StackConfig = stackConfig()): string {
  return stackComponents(config).temporalCli.artifact;
}

/**
 * Absolute path of the time-skipping test server wrapper (a shell script running the Java
 * SDK's test server), for `TestWorkflowEnvironment.createTimeSkipping({ server: { executable:
 * { type: 'existing-path', path } } })`. It takes the SDK's argv: `<port> [extraArgs...]`.
 * Only computes the path: {@link install} or `startStack()` must have run first.
 */
export function timeSkippingServerPath(config: StackConfig = stackConfig()): string {
  return stackComponents(config).temporalTestServer.artifact;
}
