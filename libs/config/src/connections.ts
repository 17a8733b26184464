import { readFileSync } from 'node:fs';
import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import { z } from 'zod';
import { ConfigError, env, loadConfig } from './load-config';

/**
 * How the apps reach Temporal and Kafka: a plain `host:port` on a laptop, TLS/mTLS or an API key
 * for Temporal Cloud or a self-hosted cluster behind TLS, TLS and SASL (PLAIN, SCRAM-SHA-256/512)
 * for a managed Kafka (MSK, Confluent Cloud, Aiven…). Every app and tool that connects spreads
 * these shapes into its config and builds its client options with the builders below, so one set
 * of variables means the same thing everywhere.
 */

type Problem = { variable: string; rule: string };

/** `true`/`false` (also `1`/`0`, `yes`/`no`, `on`/`off`); unset stays undefined so "implied" can be told from "off". */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(s), 'must be true or false')
  .transform((s) => ['true', '1', 'yes', 'on'].includes(s))
  .optional();
/** A file path; read once when the options are built, so a missing file fails the boot, not the first call. */
const file = z.string().trim().min(1, 'must be a file path').optional();
const secret = z.string().min(1, 'must not be empty').optional();

export const temporalConnectionShape = {
  /** `host:port` of the frontend: `127.0.0.1:7233` locally, `<namespace>.<account>.tmprl.cloud:7233` on Temporal Cloud. */
  TEMPORAL_ADDRESS: env.temporalAddress,
  /** `default` locally; `<namespace>.<account>` on Temporal Cloud. */
  TEMPORAL_NAMESPACE: env.temporalNamespace,
  /** Connect over TLS. Unset: on when any TEMPORAL_TLS_* file or an API key is given, else off. */
  TEMPORAL_TLS: flag,
  /** PEM CA bundle that signed the server's certificate; unset: the system's trusted roots (Temporal Cloud). */
  TEMPORAL_TLS_CA_FILE: file,
  /** PEM client certificate for mTLS; needs TEMPORAL_TLS_KEY_FILE. */
  TEMPORAL_TLS_CERT_FILE: file,
  /** PEM private key of the client certificate; needs TEMPORAL_TLS_CERT_FILE. */
  TEMPORAL_TLS_KEY_FILE: file,
  /** The name the server's certificate is checked against (SNI), when it is not the address's host. */
  TEMPORAL_TLS_SERVER_NAME: z.string().trim().min(1).optional(),
  /** Temporal Cloud API key (sent as `Authorization: Bearer …`); or TEMPORAL_API_KEY_FILE, not both. */
  TEMPORAL_API_KEY: secret,
  /** A file holding the API key (a mounted secret); surrounding whitespace is dropped. */
  TEMPORAL_API_KEY_FILE: file,
};

export const kafkaConnectionShape = {
  /** Comma-separated bootstrap brokers, `host:port,…`. */
  KAFKA_BROKERS: env.kafkaBrokers,
  /** Connect over TLS. Unset: on when any KAFKA_TLS_* file is given, else off. */
  KAFKA_TLS: flag,
  /** PEM CA bundle that signed the brokers' certificates; unset: Node's trusted roots (managed clusters). */
  KAFKA_TLS_CA_FILE: file,
  /** PEM client certificate (mTLS to the brokers); needs KAFKA_TLS_KEY_FILE. */
  KAFKA_TLS_CERT_FILE: file,
  /** PEM private key of the client certificate; needs KAFKA_TLS_CERT_FILE. */
  KAFKA_TLS_KEY_FILE: file,
  /** SASL mechanism: `plain`, `scram-sha-256` or `scram-sha-512`; unset: no SASL. */
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  /** The SASL password; or KAFKA_SASL_PASSWORD_FILE, not both. */
  KAFKA_SASL_PASSWORD: secret,
  KAFKA_SASL_PASSWORD_FILE: file,
  /**
   * SASL credentials over a plaintext connection are refused unless this is `true` (ours: PLAIN
   * sends the password in clear, and SCRAM over plaintext still exposes every record).
   */
  KAFKA_SASL_ALLOW_PLAINTEXT: flag,
};

export type TemporalConnectionConfig = z.infer<z.ZodObject<typeof temporalConnectionShape>>;
export type KafkaConnectionConfig = z.infer<z.ZodObject<typeof kafkaConnectionShape>>;

/** Structurally the SDK's `TLSConfig` (@temporalio/client `Connection` and @temporalio/worker `NativeConnection` alike). */
export interface TemporalTlsOptions {
  serverNameOverride?: string;
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
}

/**
 * Options for `Connection.connect/lazy` (@temporalio/client) and `NativeConnection.connect`
 * (@temporalio/worker) of SDK 1.24; spread them and add the caller's own (timeouts, interceptors).
 */
export interface TemporalConnectionOptions {
  address: string;
  /** Absent: plaintext (h2c). `{}`: TLS with the system's roots. */
  tls?: TemporalTlsOptions;
  apiKey?: string;
  /** gRPC metadata sent with every call; with an API key, the namespace (`temporal-namespace`) as Temporal Cloud expects. */
  metadata?: Record<string, string>;
}

export type KafkaSaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';

/** The `ssl` and `sasl` of kafkajs' `KafkaConfig`; both absent for a plaintext broker. */
export interface KafkaConnectionOptions {
  ssl?: TlsConnectionOptions;
  /** One member per mechanism (not one object with a union), so it is assignable to kafkajs' `SASLOptions` union. */
  sasl?: { [M in KafkaSaslMechanism]: { mechanism: M; username: string; password: string } }[KafkaSaslMechanism];
}

function temporalTlsOn(config: TemporalConnectionConfig): boolean {
  const implied =
    config.TEMPORAL_TLS_CA_FILE !== undefined ||
    config.TEMPORAL_TLS_CERT_FILE !== undefined ||
    config.TEMPORAL_TLS_KEY_FILE !== undefined ||
    config.TEMPORAL_TLS_SERVER_NAME !== undefined ||
    config.TEMPORAL_API_KEY !== undefined ||
    config.TEMPORAL_API_KEY_FILE !== undefined;
  return config.TEMPORAL_TLS ?? implied;
}

function kafkaTlsOn(config: KafkaConnectionConfig): boolean {
  const implied = config.KAFKA_TLS_CA_FILE !== undefined || config.KAFKA_TLS_CERT_FILE !== undefined || config.KAFKA_TLS_KEY_FILE !== undefined;
  return config.KAFKA_TLS ?? implied;
}

/** Cross-variable rules of {@link temporalConnectionShape}, as ConfigError problems (empty when fine). */
export function temporalConnectionProblems(config: TemporalConnectionConfig): Problem[] {
  const problems: Problem[] = [];
  if ((config.TEMPORAL_TLS_CERT_FILE === undefined) !== (config.TEMPORAL_TLS_KEY_FILE === undefined)) {
    const missing = config.TEMPORAL_TLS_CERT_FILE === undefined ? 'TEMPORAL_TLS_CERT_FILE' : 'TEMPORAL_TLS_KEY_FILE';
    problems.push({ variable: missing, rule: 'TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE are a pair: set both (mTLS) or neither' });
  }
  if (config.TEMPORAL_API_KEY !== undefined && config.TEMPORAL_API_KEY_FILE !== undefined) {
    problems.push({ variable: 'TEMPORAL_API_KEY_FILE', rule: 'set TEMPORAL_API_KEY or TEMPORAL_API_KEY_FILE, not both' });
  }
  if (config.TEMPORAL_TLS === false) {
    const needsTls = (['TEMPORAL_TLS_CA_FILE', 'TEMPORAL_TLS_CERT_FILE', 'TEMPORAL_TLS_KEY_FILE', 'TEMPORAL_TLS_SERVER_NAME', 'TEMPORAL_API_KEY', 'TEMPORAL_API_KEY_FILE'] as const).filter(
      (variable) => config[variable] !== undefined,
    );
    if (needsTls.length > 0) {
      // An API key over plaintext would hand the key to anyone on the path (ours: refused, not warned).
      problems.push({ variable: 'TEMPORAL_TLS', rule: `is false but ${needsTls.join(', ')} need(s) TLS: unset TEMPORAL_TLS or those variables` });
    }
  }
  return problems;
}

/** Cross-variable rules of {@link kafkaConnectionShape}, as ConfigError problems (empty when fine). */
export function kafkaConnectionProblems(config: KafkaConnectionConfig): Problem[] {
  const problems: Problem[] = [];
  if ((config.KAFKA_TLS_CERT_FILE === undefined) !== (config.KAFKA_TLS_KEY_FILE === undefined)) {
    const missing = config.KAFKA_TLS_CERT_FILE === undefined ? 'KAFKA_TLS_CERT_FILE' : 'KAFKA_TLS_KEY_FILE';
    problems.push({ variable: missing, rule: 'KAFKA_TLS_CERT_FILE and KAFKA_TLS_KEY_FILE are a pair: set both or neither' });
  }
  if (config.KAFKA_TLS === false) {
    const needsTls = (['KAFKA_TLS_CA_FILE', 'KAFKA_TLS_CERT_FILE', 'KAFKA_TLS_KEY_FILE'] as const).filter((variable) => config[variable] !== undefined);
    if (needsTls.length > 0) problems.push({ variable: 'KAFKA_TLS', rule: `is false but ${needsTls.join(', ')} need(s) TLS: unset KAFKA_TLS or those variables` });
  }
  if (config.KAFKA_SASL_PASSWORD !== undefined && config.KAFKA_SASL_PASSWORD_FILE !== undefined) {
    problems.push({ variable: 'KAFKA_SASL_PASSWORD_FILE', rule: 'set KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE, not both' });
  }
  const hasPassword = config.KAFKA_SASL_PASSWORD !== undefined || config.KAFKA_SASL_PASSWORD_FILE !== undefined;
  if (config.KAFKA_SASL_MECHANISM === undefined) {
    if (config.KAFKA_SASL_USERNAME !== undefined || hasPassword) {
      problems.push({ variable: 'KAFKA_SASL_MECHANISM', rule: 'is required when SASL credentials are set (plain, scram-sha-256 or scram-sha-512)' });
    }
    return problems;
  }
  if (config.KAFKA_SASL_USERNAME === undefined) problems.push({ variable: 'KAFKA_SASL_USERNAME', rule: `is required with KAFKA_SASL_MECHANISM=${config.KAFKA_SASL_MECHANISM}` });
  if (!hasPassword) problems.push({ variable: 'KAFKA_SASL_PASSWORD', rule: `is required (or KAFKA_SASL_PASSWORD_FILE) with KAFKA_SASL_MECHANISM=${config.KAFKA_SASL_MECHANISM}` });
  if (!kafkaTlsOn(config) && config.KAFKA_SASL_ALLOW_PLAINTEXT !== true) {
    problems.push({
      variable: 'KAFKA_SASL_MECHANISM',
      rule: 'SASL over a plaintext connection is refused: set KAFKA_TLS=true (SASL_SSL, what managed clusters use) or, on a trusted network only, KAFKA_SASL_ALLOW_PLAINTEXT=true',
    });
  }
  return problems;
}

const temporalCache = new WeakMap<TemporalConnectionConfig, TemporalConnectionOptions>();
const kafkaCache = new WeakMap<KafkaConnectionConfig, KafkaConnectionOptions>();

/**
 * Temporal connection options from a loaded config. Reads the certificate, key and API-key files
 * once per config object (later calls return the same options), so a process reads them at boot.
 *
 * @throws ConfigError naming the variable when a cross-variable rule is broken or a file cannot be read.
 */
export function temporalConnectionOptions(config: TemporalConnectionConfig): TemporalConnectionOptions {
  const cached = temporalCache.get(config);
  if (cached !== undefined) return cached;
  const problems = temporalConnectionProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
  const files = new FileReader();
  const options: TemporalConnectionOptions = { address: config.TEMPORAL_ADDRESS };
  if (temporalTlsOn(config)) {
    const tls: TemporalTlsOptions = {};
    if (config.TEMPORAL_TLS_SERVER_NAME !== undefined) tls.serverNameOverride = config.TEMPORAL_TLS_SERVER_NAME;
    const ca = files.read('TEMPORAL_TLS_CA_FILE', config.TEMPORAL_TLS_CA_FILE);
    if (ca !== undefined) tls.serverRootCACertificate = ca;
    const crt = files.read('TEMPORAL_TLS_CERT_FILE', config.TEMPORAL_TLS_CERT_FILE);
    const key = files.read('TEMPORAL_TLS_KEY_FILE', config.TEMPORAL_TLS_KEY_FILE);
    if (crt !== undefined && key !== undefined) tls.clientCertPair = { crt, key };
    options.tls = tls;
  }
  const apiKey = config.TEMPORAL_API_KEY ?? files.read('TEMPORAL_API_KEY_FILE', config.TEMPORAL_API_KEY_FILE)?.toString('utf8').trim();
  if (apiKey !== undefined) {
    if (apiKey === '') files.problems.push({ variable: 'TEMPORAL_API_KEY_FILE', rule: 'the file is empty' });
    options.apiKey = apiKey;
    // Temporal Cloud routes an API-key call by this header on its regional endpoints; harmless elsewhere.
    options.metadata = { 'temporal-namespace': config.TEMPORAL_NAMESPACE };
  }
  if (files.problems.length > 0) throw new ConfigError(files.problems);
  temporalCache.set(config, options);
  return options;
}

/**
 * kafkajs `ssl`/`sasl` options from a loaded config (spread into `new Kafka({...})`). Reads the
 * files once per config object, like {@link temporalConnectionOptions}.
 *
 * @throws ConfigError naming the variable when a cross-variable rule is broken or a file cannot be read.
 */
export function kafkaConnectionOptions(config: KafkaConnectionConfig): KafkaConnectionOptions {
  const cached = kafkaCache.get(config);
  if (cached !== undefined) return cached;
  const problems = kafkaConnectionProblems(config);
  if (problems.length > 0) throw new ConfigError(problems);
  const files = new FileReader();
  const options: KafkaConnectionOptions = {};
  if (kafkaTlsOn(config)) {
    const ssl: TlsConnectionOptions = {};
    const ca = files.read('KAFKA_TLS_CA_FILE', config.KAFKA_TLS_CA_FILE);
    if (ca !== undefined) ssl.ca = [ca];
    const cert = files.read('KAFKA_TLS_CERT_FILE', config.KAFKA_TLS_CERT_FILE);
    if (cert !== undefined) ssl.cert = cert;
    const key = files.read('KAFKA_TLS_KEY_FILE', config.KAFKA_TLS_KEY_FILE);
    if (key !== undefined) ssl.key = key;
    options.ssl = ssl;
  }
  if (config.KAFKA_SASL_MECHANISM !== undefined && config.KAFKA_SASL_USERNAME !== undefined) {
    // A password file usually ends with a newline that is not part of the password.
    const password = config.KAFKA_SASL_PASSWORD ?? files.read('KAFKA_SASL_PASSWORD_FILE', config.KAFKA_SASL_PASSWORD_FILE)?.toString('utf8').replace(/\r?\n$/, '');
    if (password === '') files.problems.push({ variable: 'KAFKA_SASL_PASSWORD_FILE', rule: 'the file is empty' });
    if (password !== undefined) options.sasl = { mechanism: config.KAFKA_SASL_MECHANISM, username: config.KAFKA_SASL_USERNAME, password };
  }
  if (files.problems.length > 0) throw new ConfigError(files.problems);
  kafkaCache.set(config, options);
  return options;
}

/** Reads the files a config names, collecting every unreadable one so the error lists them all. */
class FileReader {
  readonly problems: Problem[] = [];

  read(variable: string, path: string | undefined): Buffer | undefined {
    if (path === undefined) return undefined;
    try {
      return readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      this.problems.push({ variable, rule: `cannot read ${path} (${code})` });
      return undefined;
    }
  }
}

/**
 * {@link kafkaConnectionOptions} straight from environment variables, for tools and tests that
 * have an app's environment rather than a loaded config (the e2e harness, the simulation, the
 * benchmarks). Reads the files at each call: hold on to the result.
 *
 * @throws ConfigError naming every bad variable.
 */
export function kafkaConnectionFromEnv(source: NodeJS.ProcessEnv): KafkaConnectionOptions & { brokers: string[] } {
  const config = loadConfig(kafkaConnectionShape, source);
  return { brokers: config.KAFKA_BROKERS, ...kafkaConnectionOptions(config) };
}

/**
 * {@link temporalConnectionOptions} straight from environment variables (see
 * {@link kafkaConnectionFromEnv}).
 *
 * @throws ConfigError naming every bad variable.
 */
export function temporalConnectionFromEnv(source: NodeJS.ProcessEnv): TemporalConnectionOptions {
  return temporalConnectionOptions(loadConfig(temporalConnectionShape, source));
}
