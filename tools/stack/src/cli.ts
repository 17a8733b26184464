/**
 * `node -r @swc-node/register tools/stack/src/cli.ts <command>`: manages the local servers.
 * Exit codes: 0 success, 1 failure (message on stderr), 2 usage error.
 */
import { install, stackConfig, stackStatus, startStack, stopStack, type ServerStatus } from './index';
import { printLogs } from './logs';
import { logFileOf, secureRequested, stackServers } from './stack';
import { describeError, StackError } from './stack-error';

const USAGE = `usage: stack <command>

  install                  install the pinned servers into the cache (a no-op when present)
  start [--secure]         install, start every server not yet running, wait until healthy;
                           --secure (or DUBAN_STACK_SECURE=1) adds the SASL_SSL Kafka and the
                           mTLS Temporal terminator beside the plain servers
  stop                     stop every server the stack started
  status [--check]         one line per server; --check exits 1 unless all are running
  logs [name] [-f] [-n N]  last N (default 40) lines of one server's log or all, -f to follow

servers: temporal, kafka, postgres, ferretdb; secure: kafka-secure, temporal-tls`;

const DEFAULT_LOG_LINES = 40;

class UsageError extends Error {}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'install':
      expectNoArguments(rest);
      return runInstall();
    case 'start': {
      const secure = rest.includes('--secure');
      expectNoArguments(rest.filter((arg) => arg !== '--secure'));
      return runStart(secure || secureRequested());
    }
    case 'stop':
      expectNoArguments(rest);
      await stopStack();
      printStatus(await stackStatus());
      return 0;
    case 'status':
      return runStatus(rest);
    case 'logs':
      return runLogs(rest);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new UsageError(command === undefined ? 'no command given' : `unknown command '${command}'`);
  }
}

async function runInstall(): Promise<number> {
  const started = Date.now();
  const outcomes = await install();
  for (const [component, outcome] of Object.entries(outcomes)) {
    process.stdout.write(`${component.padEnd(28)} ${outcome}\n`);
  }
  process.stdout.write(`install finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

async function runStart(secure: boolean): Promise<number> {
  const started = Date.now();
  const config = await startStack({ secure });
  printStatus(await stackStatus({ config, secure }));
  process.stdout.write(`stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s; apps reach it with:\n`);
  for (const [name, value] of Object.entries(config.appEnv)) process.stdout.write(`  ${name}=${value}\n`);
  if (secure) {
    process.stdout.write('and the secure servers (SASL_SSL Kafka, mTLS Temporal) with:\n');
    for (const [name, value] of Object.entries(config.secureAppEnv)) process.stdout.write(`  ${name}=${value}\n`);
  }
  return 0;
}

async function runStatus(args: readonly string[]): Promise<number> {
  const check = args.includes('--check');
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) throw new UsageError(`unexpected argument '${unknown.join(' ')}'`);
  const statuses = await stackStatus();
  printStatus(statuses);
  return check && statuses.some((status) => status.state !== 'running') ? 1 : 0;
}

async function runLogs(args: readonly string[]): Promise<number> {
  let follow = false;
  let lines = DEFAULT_LOG_LINES;
  const names: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '-f' || arg === '--follow') follow = true;
    else if (arg === '-n' || arg === '--lines') {
      const value = Number(args[(i += 1)]);
      if (!Number.isInteger(value) || value < 1) throw new UsageError(`${arg} needs a positive number`);
      lines = value;
    } else if (arg !== undefined) names.push(arg);
  }
  const config = stackConfig();
  const servers = stackServers(config, { secure: true });
  const unknown = names.filter((name) => !servers.some((server) => server.name === name));
  if (unknown.length > 0) throw new UsageError(`no server named '${unknown.join(', ')}'`);
  const chosen = names.length === 0 ? servers : servers.filter((server) => names.includes(server.name));
  await printLogs(
    chosen.map((server) => ({ name: server.name, file: logFileOf(server, config) })),
    { lines, follow },
    (text) => process.stdout.write(text),
  );
  return 0;
}

function printStatus(statuses: readonly ServerStatus[]): void {
  for (const status of statuses) {
    const pid = status.state === 'running' ? `pid ${String(status.pid)}` : '';
    const note = status.state === 'stale' ? `  (stale pid file for pid ${String(status.pid)})` : '';
    const state = status.state === 'running' ? 'running' : 'stopped';
    process.stdout.write(`${status.name.padEnd(12)} ${state.padEnd(8)} ${pid.padEnd(11)} ${status.endpoint}${note}\n`);
  }
}

function expectNoArguments(args: readonly string[]): void {
  if (args.length > 0) throw new UsageError(`unexpected argument '${args.join(' ')}'`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`stack: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    // A StackError's message is written for people; anything else is a bug, so keep its stack.
    const text =
      error instanceof StackError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? describeError(error))
          : describeError(error);
    process.stderr.write(`stack: ${text}\n`);
    process.exitCode = 1;
  },
);
