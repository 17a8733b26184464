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
  // The secure servers (started only when asked: `start --secure`, DUBAN_STACK_SECURE=1, `npm test`).
  KAFKA_SECURE_PORT: 9094,
  KAFKA_SECURE_CONTROLLER_PORT: 9095,
  TEMPORAL_SECURE_PORT: 7234,
} as const;

/** The SCRAM user the secure Kafka is formatted with (its password is generated per data dir). */
const KAFKA_SECURE_USER = 'duban';

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
  /** The secure Kafka's SASL_SSL client listener. */
  readonly kafkaSecure: PortBinding;
  readonly kafkaSecureController: PortBinding;
  /** The mTLS terminator in front of the Temporal dev server. */
  readonly temporalSecure: PortBinding;
}

/**
 * The secure servers' certificates and secrets, all under `<dataDir>/secure/` (made by
 * `tls-certs.ts` and the secure Kafka's prepare step on their first start). PEM files.
 */
export interface StackSecureFiles {
  readonly dir: string;
  readonly caCert: string;
  readonly caKey: string;
  /** For 127.0.0.1 and localhost; used by both the Kafka broker and the Temporal terminator. */
  readonly serverCert: string;
  readonly serverKey: string;
  /** The apps' client certificate (mTLS to Temporal). */
  readonly clientCert: string;
  readonly clientKey: string;
  /** The SCRAM password of {@link StackSecureAppEnv.KAFKA_SASL_USERNAME}. */
  readonly kafkaSaslPassword: string;
}

/** What the apps need to reach the secure servers: the variables of `@duban/config` connections. */
export interface StackSecureAppEnv extends StackAppEnv {
  readonly TEMPORAL_TLS_CA_FILE: string;
  readonly TEMPORAL_TLS_CERT_FILE: string;
  readonly TEMPORAL_TLS_KEY_FILE: string;
  readonly KAFKA_TLS_CA_FILE: string;
  readonly KAFKA_SASL_MECHANISM: 'scram-sha-512';
  readonly KAFKA_SASL_USERNAME: string;
  readonly KAFKA_SASL_PASSWORD_FILE: string;
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
  readonly secureFiles: StackSecureFiles;
  /** The secure servers' settings for the apps (same store as {@link appEnv}). */
  readonly secureAppEnv: StackSecureAppEnv;
}

/**
 * Resolves the stack's configuration from the environment, validating it up front.
 *
 * Reads DUBAN_CACHE_DIR (default `~/.cache/duban`), DUBAN_DATA_DIR (default `<repo>/.data`),
 * the port variables (TEMPORAL_PORT 7233, TEMPORAL_UI_PORT 8233, KAFKA_PORT 9092,
 * KAFKA_CONTROLLER_PORT 9093, FERRETDB_PORT 27017, POSTGRES_PORT 55432, FERRETDB_DEBUG_PORT
 * unset = disabled; the secure servers' KAFKA_SECURE_PORT 9094, KAFKA_SECURE_CONTROLLER_PORT 9095,
 * TEMPORAL_SECURE_PORT 7234) and
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
    kafkaSecure: port('KAFKA_SECURE_PORT'),
    kafkaSecureController: port('KAFKA_SECURE_CONTROLLER_PORT'),
    temporalSecure: port('TEMPORAL_SECURE_PORT'),
  };
  const secureDir = join(dataDir, 'secure');
  const secureFiles: StackSecureFiles = {
    dir: secureDir,
    caCert: join(secureDir, 'tls', 'ca.crt'),
    caKey: join(secureDir, 'tls', 'ca.key'),
    serverCert: join(secureDir, 'tls', 'server.crt'),
    serverKey: join(secureDir, 'tls', 'server.key'),
    clientCert: join(secureDir, 'tls', 'client.crt'),
    clientKey: join(secureDir, 'tls', 'client.key'),
    kafkaSaslPassword: join(secureDir, 'kafka-sasl-password'),
  };
  const appEnv: StackAppEnv = {
    TEMPORAL_ADDRESS: `${STACK_HOST}:${ports.temporal.port}`,
    TEMPORAL_NAMESPACE,
    KAFKA_BROKERS: `${STACK_HOST}:${ports.kafka.port}`,
    MONGODB_URI: `mongodb://${STACK_HOST}:${ports.ferretdb.port}/${MONGODB_DATABASE}`,
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
    appEnv,
    secureFiles,
    secureAppEnv: {
      ...appEnv,
      TEMPORAL_ADDRESS: `${STACK_HOST}:${ports.temporalSecure.port}`,
      TEMPORAL_TLS_CA_FILE: secureFiles.caCert,
      TEMPORAL_TLS_CERT_FILE: secureFiles.clientCert,
      TEMPORAL_TLS_KEY_FILE: secureFiles.clientKey,
      KAFKA_BROKERS: `${STACK_HOST}:${ports.kafkaSecure.port}`,
      KAFKA_TLS_CA_FILE: secureFiles.caCert,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: KAFKA_SECURE_USER,
      KAFKA_SASL_PASSWORD_FILE: secureFiles.kafkaSaslPassword,
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
