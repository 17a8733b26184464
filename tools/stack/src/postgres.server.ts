import { execFile } from 'node:child_process';
import { access, chown, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Component } from './component';
import { isErrno } from './log-tail';
import { postgresBinDir } from './postgres.install';
import type { RunAs } from './process-control';
import { captureCommand, runCommand } from './run-command';
import { StackError } from './stack-error';
import type { StackConfig } from './stack.config';
import type { StackServer } from './stack-server';

const PROBE_TIMEOUT_MS = 3_000;
/** Indexing what an older store already holds may take a while, once; later starts are no-ops. */
const SETUP_TIMEOUT_MS = 300_000;

/**
 * PostgreSQL, FerretDB's backend, as a plain process on loopback with its cluster in
 * `<dataDir>/postgres/pgdata`. `initdb` and `postgres` refuse to run as root, so when the stack
 * runs as root they run as the `postgres` account Debian's package creates (or `nobody`).
 *
 * Local-only trade-offs, each because this cluster is a disposable dev/test store on loopback:
 * `trust` authentication for the one role (nothing but FerretDB connects, and only from
 * 127.0.0.1), TCP only (no socket directory to own), and `fsync=off`: a committed write still
 * reaches the kernel before the commit returns, so it survives a crash or kill -9 of PostgreSQL
 * (which the fault suite does), but not a power cut. A production store keeps the defaults.
 */
export function postgresServer(config: StackConfig, postgres: Component): StackServer {
  const { host, ports } = config;
  const stateDir = join(config.dataDir, 'postgres');
  const clusterDir = join(stateDir, 'pgdata');
  const binDir = postgresBinDir(config.versions.postgresql);
  return {
    name: 'postgres',
    ports: [ports.postgres],
    endpoint: `postgres://${config.postgres.user}@${host}:${ports.postgres.port}/${config.postgres.database}`,
    components: [postgres],
    stateDir,
    // SIGTERM is PostgreSQL's "smart" shutdown, which waits for FerretDB's pooled connections.
    stopSignal: 'SIGINT',
    async prepare(logFile) {
      const user = await unprivilegedUser();
      await mkdir(stateDir, { recursive: true });
      if (user !== undefined) await chown(stateDir, user.uid, user.gid);
      await assertReachable(stateDir, user, logFile);
      if (!(await exists(join(clusterDir, 'PG_VERSION')))) {
        await runCommand(
          join(binDir, 'initdb'),
          ['-D', clusterDir, '-U', config.postgres.user, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-instructions'],
          { logFile, ...(user && { user }) },
        );
      }
      return {
        command: join(binDir, 'postgres'),
        cwd: stateDir,
        ...(user && { user }),
        args: [
          '-D',
          clusterDir,
          '-c',
          `listen_addresses=${host}`,
          '-c',
          `port=${ports.postgres.port}`,
          // TCP only: Debian's default socket directory belongs to its own cluster, if any.
          '-c',
          'unix_socket_directories=',
          '-c',
          `max_connections=${config.postgres.maxConnections}`,
          '-c',
          'shared_buffers=256MB',
          '-c',
          'fsync=off',
          '-c',
          'log_min_messages=warning',
        ],
      };
    },
    async probe() {
      await psql(config, 'postgres', 'SELECT 1');
    },
  };
}

/**
 * Creates FerretDB's database in the running cluster unless it exists, and installs the trigger
 * that gives FerretDB's indexes GIN twins PostgreSQL can use (`conf/ferretdb-gin-indexes.sql`).
 * Idempotent, so every start calls it.
 */
export async function ensureFerretdbDatabase(config: StackConfig): Promise<void> {
  const { database } = config.postgres;
  const found = await psql(config, 'postgres', `SELECT 1 FROM pg_database WHERE datname = '${database}'`);
  if (found.trim() === '') await psql(config, 'postgres', `CREATE DATABASE ${database}`);
  await psql(config, database, { file: join(config.toolsDir, 'conf', 'ferretdb-gin-indexes.sql') }, SETUP_TIMEOUT_MS);
}

/**
 * Runs one statement (or a file, stopping at its first error) with psql against the local
 * cluster and returns its unaligned output. Bounded: a server that does not answer in time is an
 * error, not a wait.
 */
export function psql(config: StackConfig, database: string, sql: string | { file: string }, timeoutMs = PROBE_TIMEOUT_MS): Promise<string> {
  const what = typeof sql === 'string' ? ['-c', sql] : ['-v', 'ON_ERROR_STOP=1', '-f', sql.file];
  const args = ['-h', config.host, '-p', String(config.ports.postgres.port), '-U', config.postgres.user, '-d', database, '-w', '-X', '-Atq', ...what];
  return new Promise((resolve, reject) => {
    execFile(
      join(postgresBinDir(config.versions.postgresql), 'psql'),
      args,
      { timeout: timeoutMs, env: { ...process.env, PGCONNECT_TIMEOUT: String(PROBE_TIMEOUT_MS / 1000) } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`psql ${what.join(' ')}: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** Who PostgreSQL runs as: the caller, unless that is root. */
async function unprivilegedUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = await readFile('/etc/passwd', 'utf8');
  for (const name of ['postgres', 'nobody']) {
    const line = passwd.split('\n').find((l) => l.startsWith(`${name}:`));
    const [, , uid, gid] = line?.split(':') ?? [];
    if (uid !== undefined && gid !== undefined) return { name, uid: Number(uid), gid: Number(gid) };
  }
  throw new StackError('STACK.START_FAILED', 'PostgreSQL refuses to run as root, and neither a postgres nor a nobody account exists to run it as');
}

/** Every directory above the data dir must be searchable by that user, or initdb fails obscurely. */
async function assertReachable(dir: string, user: RunAs | undefined, logFile: string): Promise<void> {
  if (user === undefined) return;
  try {
    await captureCommand('test', ['-w', dir, '-a', '-x', dir], { logFile, user });
  } catch (error) {
    throw new StackError(
      'STACK.START_FAILED',
      `PostgreSQL runs as the unprivileged user ${user.name}, who cannot reach ${dir} (a parent directory is not searchable by others); ` +
        'set DUBAN_DATA_DIR to a directory outside it, e.g. /var/tmp/duban-data',
      { cause: error },
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'EACCES')) return false;
    throw error;
  }
}
