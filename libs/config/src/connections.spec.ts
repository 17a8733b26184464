import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  kafkaConnectionFromEnv,
  kafkaConnectionOptions,
  kafkaConnectionProblems,
  kafkaConnectionShape,
  temporalConnectionFromEnv,
  temporalConnectionOptions,
  temporalConnectionProblems,
  temporalConnectionShape,
} from './connections';
import { ConfigError, loadConfig } from './load-config';

let dir: string;
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const temporal = (env: NodeJS.ProcessEnv) => loadConfig(temporalConnectionShape, { TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', ...env });
const kafka = (env: NodeJS.ProcessEnv) => loadConfig(kafkaConnectionShape, { KAFKA_BROKERS: 'b-1.example:9096,b-2.example:9096', ...env });
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => p.variable);
    throw e;
  }
  return [];
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duban-connections-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('temporalConnectionOptions', () => {
  it('is a plain address when nothing else is set (the local dev server)', () => {
    expect(temporalConnectionOptions(temporal({ TEMPORAL_ADDRESS: '127.0.0.1:7233' }))).toEqual({ address: '127.0.0.1:7233' });
  });

  it('reads the CA, the client pair and the server name for mTLS (TLS implied by the files)', () => {
    const options = temporalConnectionOptions(
      temporal({ TEMPORAL_TLS_CA_FILE: file('ca.pem', 'CA'), TEMPORAL_TLS_CERT_FILE: file('c.pem', 'CRT'), TEMPORAL_TLS_KEY_FILE: file('k.pem', 'KEY'), TEMPORAL_TLS_SERVER_NAME: 'temporal.internal' }),
    );
    expect(options.address).toBe('ns.acct.tmprl.cloud:7233');
    expect(options.tls?.serverNameOverride).toBe('temporal.internal');
    expect(options.tls?.serverRootCACertificate?.toString()).toBe('CA');
    expect(options.tls?.clientCertPair?.crt.toString()).toBe('CRT');
    expect(options.tls?.clientCertPair?.key.toString()).toBe('KEY');
    expect(options.apiKey).toBeUndefined();
  });

  it('an API key (from a file, trimmed) implies TLS with the system roots and names the namespace in metadata', () => {
    const options = temporalConnectionOptions(temporal({ TEMPORAL_NAMESPACE: 'ns.acct', TEMPORAL_API_KEY_FILE: file('key', '  secret-key\n') }));
    expect(options).toEqual({ address: 'ns.acct.tmprl.cloud:7233', tls: {}, apiKey: 'secret-key', metadata: { 'temporal-namespace': 'ns.acct' } });
  });

  it('TEMPORAL_TLS=true alone is TLS with the system roots', () => {
    expect(temporalConnectionOptions(temporal({ TEMPORAL_TLS: 'true' })).tls).toEqual({});
  });

  it('reads the files once per config object', () => {
    const config = temporal({ TEMPORAL_TLS_CA_FILE: file('ca.pem', 'CA') });
    const first = temporalConnectionOptions(config);
    rmSync(join(dir, 'ca.pem'));
    expect(temporalConnectionOptions(config)).toBe(first);
  });

  it.each([
    [{ TEMPORAL_TLS_CERT_FILE: '/c.pem' }, ['TEMPORAL_TLS_KEY_FILE']],
    [{ TEMPORAL_TLS_KEY_FILE: '/k.pem' }, ['TEMPORAL_TLS_CERT_FILE']],
    [{ TEMPORAL_API_KEY: 'a', TEMPORAL_API_KEY_FILE: '/k' }, ['TEMPORAL_API_KEY_FILE']],
    [{ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'a' }, ['TEMPORAL_TLS']],
    [{ TEMPORAL_TLS: 'false', TEMPORAL_TLS_CA_FILE: '/ca.pem' }, ['TEMPORAL_TLS']],
  ])('refuses %j naming %j', (env, variables) => {
    expect(temporalConnectionProblems(temporal(env)).map((p) => p.variable)).toEqual(variables);
    expect(problemsOf(() => temporalConnectionOptions(temporal(env)))).toEqual(variables);
  });

  it('names every unreadable file', () => {
    expect(problemsOf(() => temporalConnectionOptions(temporal({ TEMPORAL_TLS_CERT_FILE: join(dir, 'no.crt'), TEMPORAL_TLS_KEY_FILE: join(dir, 'no.key') })))).toEqual([
      'TEMPORAL_TLS_CERT_FILE',
      'TEMPORAL_TLS_KEY_FILE',
    ]);
  });

  it('refuses a TEMPORAL_TLS that is not a boolean', () => {
    expect(problemsOf(() => temporal({ TEMPORAL_TLS: 'maybe' }))).toEqual(['TEMPORAL_TLS']);
  });

  it('builds from environment variables for tools', () => {
    expect(temporalConnectionFromEnv({ TEMPORAL_ADDRESS: 'h:7233', TEMPORAL_TLS: 'on' })).toEqual({ address: 'h:7233', tls: {} });
  });
});

describe('kafkaConnectionOptions', () => {
  it('is nothing for a plaintext broker', () => {
    expect(kafkaConnectionOptions(kafka({}))).toEqual({});
  });

  it('SASL_SSL with SCRAM: TLS with the CA file, the password from a file without its newline', () => {
    const options = kafkaConnectionOptions(
      kafka({ KAFKA_TLS_CA_FILE: file('ca.pem', 'CA'), KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'duban', KAFKA_SASL_PASSWORD_FILE: file('pw', 'p@ss word\n') }),
    );
    expect(options.ssl?.ca).toEqual([Buffer.from('CA')]);
    expect(options.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'duban', password: 'p@ss word' });
  });

  it('KAFKA_TLS=true with PLAIN (Confluent Cloud style): system roots, password from the variable', () => {
    expect(kafkaConnectionOptions(kafka({ KAFKA_TLS: 'true', KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'key', KAFKA_SASL_PASSWORD: 'secret' }))).toEqual({
      ssl: {},
      sasl: { mechanism: 'plain', username: 'key', password: 'secret' },
    });
  });

  it('reads a client certificate pair for mTLS to the brokers', () => {
    const options = kafkaConnectionOptions(kafka({ KAFKA_TLS_CERT_FILE: file('c.pem', 'CRT'), KAFKA_TLS_KEY_FILE: file('k.pem', 'KEY') }));
    expect(options.ssl?.cert?.toString()).toBe('CRT');
    expect(options.ssl?.key?.toString()).toBe('KEY');
  });

  it('refuses SASL without TLS unless KAFKA_SASL_ALLOW_PLAINTEXT=true (ours)', () => {
    const sasl = { KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' };
    const refused = kafkaConnectionProblems(kafka(sasl));
    expect(refused).toEqual([{ variable: 'KAFKA_SASL_MECHANISM', rule: expect.stringMatching(/KAFKA_TLS=true.*KAFKA_SASL_ALLOW_PLAINTEXT=true/) }]);
    expect(kafkaConnectionOptions(kafka({ ...sasl, KAFKA_SASL_ALLOW_PLAINTEXT: 'true' }))).toEqual({ sasl: { mechanism: 'scram-sha-256', username: 'u', password: 'p' } });
  });

  it.each([
    [{ KAFKA_TLS: 'true', KAFKA_SASL_MECHANISM: 'plain' }, ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD']],
    [{ KAFKA_TLS: 'true', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }, ['KAFKA_SASL_MECHANISM']],
    [{ KAFKA_TLS: 'true', KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p', KAFKA_SASL_PASSWORD_FILE: '/pw' }, ['KAFKA_SASL_PASSWORD_FILE']],
    [{ KAFKA_TLS_CERT_FILE: '/c.pem' }, ['KAFKA_TLS_KEY_FILE']],
    [{ KAFKA_TLS: 'false', KAFKA_TLS_CA_FILE: '/ca.pem' }, ['KAFKA_TLS']],
  ])('refuses %j naming %j', (env, variables) => {
    expect(problemsOf(() => kafkaConnectionOptions(kafka(env)))).toEqual(variables);
  });

  it('refuses an unknown SASL mechanism when the config is loaded', () => {
    expect(problemsOf(() => kafka({ KAFKA_SASL_MECHANISM: 'gssapi' }))).toEqual(['KAFKA_SASL_MECHANISM']);
  });

  it('names an unreadable or empty password file', () => {
    const base = { KAFKA_TLS: 'true', KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'u' };
    expect(problemsOf(() => kafkaConnectionOptions(kafka({ ...base, KAFKA_SASL_PASSWORD_FILE: join(dir, 'missing') })))).toEqual(['KAFKA_SASL_PASSWORD_FILE']);
    expect(problemsOf(() => kafkaConnectionOptions(kafka({ ...base, KAFKA_SASL_PASSWORD_FILE: file('empty', '\n') })))).toEqual(['KAFKA_SASL_PASSWORD_FILE']);
  });

  it('builds from environment variables for tools, brokers included', () => {
    expect(kafkaConnectionFromEnv({ KAFKA_BROKERS: 'a:1,b:2', KAFKA_TLS: '1' })).toEqual({ brokers: ['a:1', 'b:2'], ssl: {} });
  });
});
