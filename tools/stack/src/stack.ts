import { appendFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ferretdbServer } from './ferretdb.server';
import { withLock } from './file-lock';
import { installAll, reportToStderr, stackComponents, type StackReporter } from './install';
import { kafkaSecureServer } from './kafka-secure.server';
import { kafkaServer } from './kafka.server';
import { postgresServer } from './postgres.server';
import { isErrno, logExcerpt } from './log-tail';
import { findTakenPort, type PortHolder } from './ports';
import { commandLine, isAlive, launchDetached, PidFile, terminateGroup, type LaunchedProcess, type LaunchSpec } from './process-control';
import { describeError, StackError } from './stack-error';
import { stackConfig, type PortBinding, type StackConfig } from './stack.config';
import type { ServerName, StackServer } from './stack-server';
import { temporalServer } from './temporal.server';
import { temporalTlsServer } from './temporal-tls.server';
import { waitFor } from './wait-for';

/** Poll interval for health checks: short enough to notice readiness promptly. */
const PROBE_INTERVAL_MS = 250;
/** Lines of a server's log quoted when it fails to start. */
const LOG_EXCERPT_LINES = 40;
/** Beyond the start/stop budget itself, for preparing state and writing pid files. */
const LOCK_SLACK_MS = 60_000;

export interface StackOptions {
  /** Defaults to {@link stackConfig} of the current environment. */
  readonly config?: StackConfig;
  /** Progress lines; defaults to stderr. */
  readonly report?: StackReporter;
  /**
   * `startStack` also starts the secure servers (SASL_SSL Kafka, the mTLS Temporal terminator).
   * Default: DUBAN_STACK_SECURE=1 (or `true`) in the environment. `stop` always stops them.
   */
  readonly secure?: boolean;
}

/** Whether DUBAN_STACK_SECURE asks for the secure servers. */
export function secureRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['1', 'true', 'yes', 'on'].includes((env['DUBAN_STACK_SECURE'] ?? '').trim().toLowerCase());
}

export interface ServerStatus {
  readonly name: ServerName;
  /** `stale`: a pid file whose process is gone or is now some unrelated process. */
  readonly state: 'running' | 'stopped' | 'stale';
  readonly pid: number | undefined;
  readonly endpoint: string;
  readonly ports: readonly PortBinding[];
  readonly logFile: string;
}

/**
 * The managed servers, in the order they are listed; with `secure`, the secure servers too
 * (each after the plain one it uses or resembles).
 */
export function stackServers(config: StackConfig, options: { secure?: boolean } = {}): StackServer[] {
  const components = stackComponents(config);
  return [
    temporalServer(config, components.temporalCli),
    kafkaServer(config, components.kafka),
    postgresServer(config, components.postgres),
    ferretdbServer(config, components.ferretdb),
    ...(options.secure === true ? [kafkaSecureServer(config, components.kafka), temporalTlsServer(config)] : []),
  ];
}

/**
 * Installs what is missing, then starts every server that is not already running and waits
 * until each answers a real client request. Servers that are already up are only checked.
 * Independent servers start side by side; one that needs another (FerretDB needs PostgreSQL)
 * starts once that one is healthy, and is not started at all if that one failed.
 * Safe to call concurrently from several processes (they take turns).
 *
 * @returns the configuration used, whose `appEnv` the apps and tests need.
 * @throws StackError `STACK.PORT_TAKEN` when a port is held by a process outside the stack
 *   (checked before anything starts), `STACK.START_FAILED` naming each server that did not
 *   come up, with the tail of its log. Servers that did come up are left running; a failed
 *   one is stopped again.
 */
export async function startStack(options: StackOptions = {}): Promise<StackConfig> {
  const config = options.config ?? stackConfig();
  const report = options.report ?? reportToStderr;
  await installAll(config, report);
  const servers = stackServers(config, { secure: options.secure ?? secureRequested() });
  await withStackLock(config, config.startTimeoutMs, async () => {
    // A port held by a stranger is known before anything starts: fail without side effects
    // rather than leave half the stack running.
    const conflicts = (await Promise.all(servers.map((server) => portConflict(server, config)))).filter(
      (message): message is string => message !== undefined,
    );
    if (conflicts.length > 0) throw new StackError('STACK.PORT_TAKEN', conflicts.join('\n'));

    const started = new Map<ServerName, Promise<void>>();
    const start = (server: StackServer): Promise<void> => {
      const before = server.after === undefined ? undefined : started.get(server.after);
      const run = before === undefined ? startServer(server, config, report) : before.then(() => startServer(server, config, report));
      started.set(server.name, run);
      return run;
    };
    // stackServers lists a server after the one it needs, so that one's promise already exists.
    const results = await Promise.allSettled(servers.map(start));
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    if (failures.length === 0) return;
    const onlyPorts = failures.every((error) => error instanceof StackError && error.code === 'STACK.PORT_TAKEN');
    throw new StackError(
      onlyPorts ? 'STACK.PORT_TAKEN' : 'STACK.START_FAILED',
      failures.map((error) => describeError(error)).join('\n\n'),
    );
  });
  return config;
}

/**
 * Stops every server the stack started (SIGTERM to its process group, SIGKILL after
 * `stopTimeoutMs`) and removes the pid files. Idempotent.
 *
 * @throws StackError `STACK.STOP_FAILED` if a process group survives SIGKILL.
 */
export async function stopStack(options: StackOptions = {}): Promise<void> {
  const config = options.config ?? stackConfig();
  const report = options.report ?? reportToStderr;
  // The secure servers too, whether or not this caller asked for them: nothing may outlive a stop.
  const servers = stackServers(config, { secure: true });
  // A server stops only after whatever needs it (FerretDB before PostgreSQL); others side by side.
  const budget = config.stopTimeoutMs * 2;
  await withStackLock(config, budget, async () => {
    const stopped = new Map<ServerName, Promise<void>>();
    const stop = (server: StackServer): Promise<void> => {
      const dependents = servers.filter((other) => other.after === server.name).map((other) => stopped.get(other.name) ?? Promise.resolve());
      const run = Promise.allSettled(dependents).then(() => stopServer(server, config, report));
      stopped.set(server.name, run);
      return run;
    };
    const results = await Promise.allSettled([...servers].reverse().map(stop));
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    if (failures.length > 0) {
      throw new StackError('STACK.STOP_FAILED', failures.map((error) => describeError(error)).join('\n'));
    }
  });
}

/**
 * Whether each server's process is running; does not probe health or change anything. The
 * secure servers are listed when asked for (`secure`, DUBAN_STACK_SECURE) or when they have a pid file.
 */
export async function stackStatus(options: Pick<StackOptions, 'config' | 'secure'> = {}): Promise<ServerStatus[]> {
  const config = options.config ?? stackConfig();
  const plain = new Set(stackServers(config).map((server) => server.name));
  const secure = options.secure ?? secureRequested();
  const statuses = await Promise.all(
    stackServers(config, { secure: true }).map(async (server) => {
      const found = await findProcess(server, config);
      return {
        name: server.name,
        state: found.state,
        pid: found.state === 'stopped' ? undefined : found.pid,
        endpoint: server.endpoint,
        ports: server.ports,
        logFile: logFileOf(server, config),
      };
    }),
  );
  return statuses.filter((status) => secure || plain.has(status.name) || status.state !== 'stopped');
}

export function logFileOf(server: Pick<StackServer, 'name'>, config: StackConfig): string {
  return join(config.logDir, `${server.name}.log`);
}

function pidFileOf(server: StackServer, config: StackConfig): PidFile {
  return new PidFile(join(config.runDir, `${server.name}.pid`));
}

async function withStackLock(config: StackConfig, budgetMs: number, work: () => Promise<void>): Promise<void> {
  await withLock(join(config.runDir, 'stack.lock'), 'another start or stop of the local stack', budgetMs + LOCK_SLACK_MS, work);
}

type FoundProcess = { state: 'running'; pid: number } | { state: 'stale'; pid: number } | { state: 'stopped' };

async function findProcess(server: StackServer, config: StackConfig): Promise<FoundProcess> {
  const pid = await pidFileOf(server, config).read();
  if (pid === undefined) return { state: 'stopped' };
  if (!(await isAlive(pid))) return { state: 'stale', pid };
  const argv = await commandLine(pid);
  // Without /proc (non-Linux) the pid's identity cannot be checked; trust the pid file.
  if (argv !== undefined && !argv.some((arg) => arg.includes(server.stateDir))) return { state: 'stale', pid };
  return { state: 'running', pid };
}

async function startServer(server: StackServer, config: StackConfig, report: StackReporter): Promise<void> {
  const pidFile = pidFileOf(server, config);
  const logFile = logFileOf(server, config);
  const found = await findProcess(server, config);
  if (found.state === 'running') {
    // Possibly started moments ago by another caller and still booting: wait for it too.
    try {
      await waitHealthy(server, config, found.pid, logFile, 0, () => undefined);
    } catch (error) {
      throw new StackError(
        'STACK.START_FAILED',
        `${describeError(error)}\n${server.name} was already running (pid ${found.pid}) but does not answer; ` +
          'stop the stack and start it again.',
        { cause: error },
      );
    }
    report(`${server.name} already running (pid ${found.pid}) at ${server.endpoint}`);
    return;
  }
  await pidFile.remove();

  // Checked again here: the port may have been taken since the preflight check.
  const conflict = await portConflict(server, config);
  if (conflict !== undefined) throw new StackError('STACK.PORT_TAKEN', conflict);

  let spec: LaunchSpec;
  const prepareOffset = await sizeOf(logFile);
  try {
    spec = await server.prepare(logFile);
  } catch (error) {
    // A failed command (e.g. formatting Kafka's storage) already quotes its own output.
    const excerpt = error instanceof StackError ? '' : `\n${await logExcerpt(logFile, LOG_EXCERPT_LINES, prepareOffset)}`;
    throw new StackError('STACK.START_FAILED', `${server.name} could not be prepared: ${describeError(error)}${excerpt}`, {
      cause: error,
    });
  }
  const started = Date.now();
  let launched: LaunchedProcess;
  try {
    launched = await launchDetached(spec, logFile);
  } catch (error) {
    throw new StackError('STACK.START_FAILED', `${server.name} could not be launched (${spec.command}): ${describeError(error)}`, {
      cause: error,
    });
  }
  await pidFile.write(launched.pid);
  try {
    await waitHealthy(server, config, launched.pid, logFile, launched.logOffset, launched.exitStatus);
  } catch (error) {
    // A server that never became healthy must not keep its ports or linger unseen.
    const cleanup = await terminateGroup(launched.pid, config.stopTimeoutMs, server.stopSignal).then(
      () => '',
      (stopError: unknown) => `\nstopping it failed too: ${describeError(stopError)}`,
    );
    await pidFile.remove();
    throw new StackError('STACK.START_FAILED', `${describeError(error)}${cleanup}`, { cause: error });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  report(`${server.name} started (pid ${launched.pid}) at ${server.endpoint} in ${seconds} s`);
}

async function waitHealthy(
  server: StackServer,
  config: StackConfig,
  pid: number,
  logFile: string,
  logOffset: number,
  exitStatus: () => string | undefined,
): Promise<void> {
  try {
    await waitFor(() => server.probe(), {
      timeoutMs: config.startTimeoutMs,
      intervalMs: PROBE_INTERVAL_MS,
      giveUp: async () => ((await isAlive(pid)) ? undefined : `the process ${exitStatus() ?? 'exited'} during start-up`),
    });
  } catch (error) {
    throw new StackError(
      'STACK.START_FAILED',
      `${server.name} failed to start: ${describeError(error)}\n${await logExcerpt(logFile, LOG_EXCERPT_LINES, logOffset)}`,
      { cause: error },
    );
  }
}

/** Why `server` cannot start because of a port, if it is not running and a port is taken. */
async function portConflict(server: StackServer, config: StackConfig): Promise<string | undefined> {
  if ((await findProcess(server, config)).state === 'running') return undefined;
  const taken = await findTakenPort(config.host, server.ports);
  return taken === undefined ? undefined : portTakenMessage(server, config, taken.binding, taken.holder);
}

function portTakenMessage(
  server: StackServer,
  config: StackConfig,
  binding: PortBinding,
  holder: PortHolder | undefined,
): string {
  const where = `${config.host}:${binding.port} (${binding.variable})`;
  if (holder?.argv?.some((arg) => arg.includes(server.stateDir))) {
    // Our own server whose pid file was lost (e.g. the run dir was deleted).
    return (
      `${server.name} cannot start: ${where} is held by pid ${holder.pid}, a ${server.name} on this data dir ` +
      `that has no pid file; stop it with 'kill -- -${holder.pid}' and start again.`
    );
  }
  const who =
    holder === undefined
      ? 'another process'
      : `pid ${holder.pid}${holder.argv === undefined ? '' : ` (${holder.argv.join(' ')})`}`;
  return (
    `${server.name} cannot start: ${where} is already in use by ${who}, which is not part of the stack. ` +
    `Stop that process, or set ${binding.variable} to a free port.`
  );
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 0;
    throw error;
  }
}

async function stopServer(server: StackServer, config: StackConfig, report: StackReporter): Promise<void> {
  const pidFile = pidFileOf(server, config);
  const found = await findProcess(server, config);
  if (found.state !== 'running') {
    await pidFile.remove();
    report(`${server.name} not running${found.state === 'stale' ? ` (removed stale pid file for pid ${found.pid})` : ''}`);
    return;
  }
  const signal = server.stopSignal ?? 'SIGTERM';
  const outcome = await terminateGroup(found.pid, config.stopTimeoutMs, signal);
  await pidFile.remove();
  // Marks the end of this run in the log, so a reader can tell a stop from a crash.
  await appendFile(
    logFileOf(server, config),
    `=== ${new Date().toISOString()} stopped by the stack (${outcome === 'killed' ? `SIGKILL after ${signal}` : signal})\n`,
  );
  report(`${server.name} stopped (pid ${found.pid}${outcome === 'killed' ? ', needed SIGKILL' : ''})`);
}
