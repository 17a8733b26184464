import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { StackError } from './stack-error';
import { stackVersions, type StackVersions } from './versions';

/**
 * Every server binds loopback only: the local stack has no authentication and must never be
 * reachable from another machine. This module is the only place that names a host or a port.
 */
const STACK_HOST = '127.0.0.1';

/** Port variables and their defaults (the servers' own well-known ports). */
const PORT_DEFAULTS = {
  TEMPORAL_PORT: 7233,
  TEMPORAL_UI_PORT: 8233,
  KAFKA_PORT: 9092,
  KAFKA_CONTROLLER_PORT: 9093,
  FERRETDB_PORT: 27017,
  // Not PostgreSQL's 5432: a machine's own cluster (Debian starts one on install) may hold it.
  POSTGRES_PORT: 55432,
} as const;

/** The dev server always creates this namespace; the apps use it unless told otherwise. */
const TEMPORAL_NAMESPACE = 'default';
const MONGODB_DATABASE = 'duban';

/**
 * FerretDB's PostgreSQL pool and PostgreSQL's connection limit. FerretDB holds one pooled
 * connection per running operation *and per open cursor*; with its default pool of 50 the store
 * froze for good once ~40 cursors were held beside 20 busy clients (issue 9). 200 covers the
 * apps' worst case here (API + consumers + a simulation + a test harness, each a driver pool of
 * at most 100 sockets but a few dozen operations in flight), and PostgreSQL allows 250 so that
 * FerretDB never waits on the server, with room left for psql and the stack's own probes.
 */
const FERRETDB_POOL_MAX_CONNS = 200;
const POSTGRES_MAX_CONNECTIONS = 250;

/** How long `start` waits for each server to answer a real client request. */
const DEFAULT_START_TIMEOUT_MS = 90_000;
/** How long `stop` waits after SIGTERM before it sends SIGKILL. */
const DEFAULT_STOP_TIMEOUT_MS = 30_000;

export type PortVariable = keyof typeof PORT_DEFAULTS | 'FERRETDB_DEBUG_PORT';

/** A port the stack binds, named by the environment variable that moves it. */
export interface PortBinding {
  readonly variable: PortVariable;
  readonly port: number;
}

export interface StackPorts {
  readonly temporal: PortBinding;
  readonly temporalUi: PortBinding;
  readonly kafka: PortBinding;
  readonly kafkaController: PortBinding;
  readonly ferretdb: PortBinding;
  /** PostgreSQL, FerretDB's backend; only FerretDB connects to it. */
  readonly postgres: PortBinding;
  /** FerretDB's HTTP debug/metrics listener; off unless FERRETDB_DEBUG_PORT is set. */
  readonly ferretdbDebug: PortBinding | undefined;
}

/** What the apps need to reach the local servers; the same names configure a real deployment. */
export interface StackAppEnv {
  readonly TEMPORAL_ADDRESS: string;
  readonly TEMPORAL_NAMESPACE: string;
  readonly KAFKA_BROKERS: string;
  readonly MONGODB_URI: string;
}

export interface StackConfig {
  readonly host: string;
  readonly ports: StackPorts;
  readonly versions: StackVersions;
  /** The monorepo root. */
  readonly repoRoot: string;
  /** `tools/stack`, home of the poms and config templates. */
  readonly toolsDir: string;
  /** Version-keyed installs live in `<cacheDir>/<name>-<version>/`; outside the repo. */
  readonly cacheDir: string;
  /** Server state, pid files and logs; `<repo>/.data` unless DUBAN_DATA_DIR is set. */
  readonly dataDir: string;
  readonly logDir: string;
  readonly runDir: string;
  readonly temporalNamespace: string;
  readonly mongoDatabase: string;
  /** The PostgreSQL side of FerretDB: its role, database, pool and the server's limit. */
  readonly postgres: {
    readonly user: string;
    readonly database: string;
    readonly maxConnections: number;
    readonly ferretdbPoolMaxConns: number;
  };
  /** Per server, in milliseconds. */
  readonly startTimeoutMs: number;
  /** Grace period between SIGTERM and SIGKILL, in milliseconds. */
  readonly stopTimeoutMs: number;
  readonly appEnv: StackAppEnv;
}

/**
 * Resolves the stack's configuration from the environment, validating it up front.
 *
 * Reads DUBAN_CACHE_DIR (default `~/.cache/duban`), DUBAN_DATA_DIR (default `<repo>/.data`),
 * the port variables (TEMPORAL_PORT 7233, TEMPORAL_UI_PORT 8233, KAFKA_PORT 9092,
 * KAFKA_CONTROLLER_PORT 9093, FERRETDB_PORT 27017, POSTGRES_PORT 55432, FERRETDB_DEBUG_PORT
 * unset = disabled) and
 * DUBAN_STACK_START_TIMEOUT_MS / DUBAN_STACK_STOP_TIMEOUT_MS. Relative directories are taken
 * from the repo root, not the current directory, so every caller agrees on one data dir.
 *
 * @throws StackError `STACK.CONFIG_INVALID` naming the offending variable.
 */
export function stackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  // src -> stack -> tools -> repo root; fixed by this file's place in the repo.
  const repoRoot = resolve(__dirname, '..', '..', '..');
  const toolsDir = join(repoRoot, 'tools', 'stack');
  const cacheDir = resolve(repoRoot, nonEmpty(env['DUBAN_CACHE_DIR']) ?? join(homedir(), '.cache', 'duban'));
  const dataDir = resolve(repoRoot, nonEmpty(env['DUBAN_DATA_DIR']) ?? '.data');

  const port = (variable: keyof typeof PORT_DEFAULTS): PortBinding => ({
    variable,
    port: parsePort(env, variable) ?? PORT_DEFAULTS[variable],
  });
  const debugPort = parsePort(env, 'FERRETDB_DEBUG_PORT');
  const ports: StackPorts = {
    temporal: port('TEMPORAL_PORT'),
    temporalUi: port('TEMPORAL_UI_PORT'),
    kafka: port('KAFKA_PORT'),
    kafkaController: port('KAFKA_CONTROLLER_PORT'),
    ferretdb: port('FERRETDB_PORT'),
    postgres: port('POSTGRES_PORT'),
    ferretdbDebug: debugPort === undefined ? undefined : { variable: 'FERRETDB_DEBUG_PORT', port: debugPort },
  };
  assertDistinct(ports);

  return {
    host: STACK_HOST,
    ports,
    versions: stackVersions(),
    repoRoot,
    toolsDir,
    cacheDir,
    dataDir,
    logDir: join(dataDir, 'logs'),
    runDir: join(dataDir, 'run'),
    temporalNamespace: TEMPORAL_NAMESPACE,
    mongoDatabase: MONGODB_DATABASE,
    postgres: {
      user: 'duban',
      database: 'ferretdb',
      maxConnections: POSTGRES_MAX_CONNECTIONS,
      ferretdbPoolMaxConns: FERRETDB_POOL_MAX_CONNS,
    },
    startTimeoutMs: parseMillis(env, 'DUBAN_STACK_START_TIMEOUT_MS') ?? DEFAULT_START_TIMEOUT_MS,
    stopTimeoutMs: parseMillis(env, 'DUBAN_STACK_STOP_TIMEOUT_MS') ?? DEFAULT_STOP_TIMEOUT_MS,
    appEnv: {
      TEMPORAL_ADDRESS: `${STACK_HOST}:${ports.temporal.port}`,
      TEMPORAL_NAMESPACE,
      KAFKA_BROKERS: `${STACK_HOST}:${ports.kafka.port}`,
      MONGODB_URI: `mongodb://${STACK_HOST}:${ports.ferretdb.port}/${MONGODB_DATABASE}`,
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parsePort(env: NodeJS.ProcessEnv, variable: PortVariable): number | undefined {
  const raw = nonEmpty(env[variable]);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65_535) {
    throw new StackError('STACK.CONFIG_INVALID', `${variable}=${raw} is not a TCP port (1-65535)`);
  }
  return value;
}

function parseMillis(env: NodeJS.ProcessEnv, variable: string): number | undefined {
  const raw = nonEmpty(env[variable]);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) === 0) {
    throw new StackError('STACK.CONFIG_INVALID', `${variable}=${raw} is not a positive number of milliseconds`);
  }
  return Number(raw);
}

/** Two servers on one port would fail late and confusingly; refuse the config instead. */
function assertDistinct(ports: StackPorts): void {
  const seen = new Map<number, PortVariable>();
  for (const binding of Object.values(ports)) {
    if (binding === undefined) continue;
    const other = seen.get(binding.port);
    if (other !== undefined) {
      throw new StackError(
        'STACK.CONFIG_INVALID',
        `${other} and ${binding.variable} are both ${binding.port}; each server needs its own port`,
      );
    }
    seen.set(binding.port, binding.variable);
  }
}
