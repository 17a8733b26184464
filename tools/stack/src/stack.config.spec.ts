import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { StackError } from './stack-error';
import { stackConfig } from './stack.config';

describe('stackConfig', () => {
  const repoRoot = resolve(__dirname, '..', '..', '..');

  it('defaults to the servers’ well-known ports on loopback and dirs outside/inside the repo', () => {
    const config = stackConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.cacheDir).toBe(join(homedir(), '.cache', 'duban'));
    expect(config.dataDir).toBe(join(repoRoot, '.data'));
    expect(config.appEnv).toEqual({
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      KAFKA_BROKERS: '127.0.0.1:9092',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/duban',
    });
    expect(config.ports.temporalUi.port).toBe(8233);
    expect(config.ports.kafkaController.port).toBe(9093);
    expect(config.ports.postgres).toEqual({ variable: 'POSTGRES_PORT', port: 55432 });
    expect(config.ports.ferretdbDebug).toBeUndefined();
    // FerretDB's pool must fit inside PostgreSQL's limit, with room for psql and probes.
    expect(config.postgres.ferretdbPoolMaxConns).toBeLessThan(config.postgres.maxConnections);
  });

  it('moves ports and directories by environment; relative dirs are taken from the repo root', () => {
    const config = stackConfig({ KAFKA_PORT: '19092', FERRETDB_DEBUG_PORT: '18088', DUBAN_DATA_DIR: 'tmp/stack-data' });
    expect(config.appEnv.KAFKA_BROKERS).toBe('127.0.0.1:19092');
    expect(config.ports.ferretdbDebug).toEqual({ variable: 'FERRETDB_DEBUG_PORT', port: 18088 });
    expect(config.dataDir).toBe(join(repoRoot, 'tmp', 'stack-data'));
    expect(config.logDir).toBe(join(repoRoot, 'tmp', 'stack-data', 'logs'));
  });

  it('gives the secure servers their own movable ports and the apps their TLS/SASL settings under the data dir', () => {
    const defaults = stackConfig({});
    expect([defaults.ports.kafkaSecure.port, defaults.ports.kafkaSecureController.port, defaults.ports.temporalSecure.port]).toEqual([9094, 9095, 7234]);
    const config = stackConfig({ KAFKA_SECURE_PORT: '19094', TEMPORAL_SECURE_PORT: '17234', DUBAN_DATA_DIR: '/tmp/d' });
    expect(config.secureAppEnv).toEqual({
      TEMPORAL_ADDRESS: '127.0.0.1:17234',
      TEMPORAL_NAMESPACE: 'default',
      KAFKA_BROKERS: '127.0.0.1:19094',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/duban',
      TEMPORAL_TLS_CA_FILE: '/tmp/d/secure/tls/ca.crt',
      TEMPORAL_TLS_CERT_FILE: '/tmp/d/secure/tls/client.crt',
      TEMPORAL_TLS_KEY_FILE: '/tmp/d/secure/tls/client.key',
      KAFKA_TLS_CA_FILE: '/tmp/d/secure/tls/ca.crt',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'duban',
      KAFKA_SASL_PASSWORD_FILE: '/tmp/d/secure/kafka-sasl-password',
    });
    expect(() => stackConfig({ TEMPORAL_SECURE_PORT: '9092' })).toThrow('KAFKA_PORT and TEMPORAL_SECURE_PORT are both 9092');
  });

  it.each([['0'], ['65536'], ['80a'], ['-1']])('refuses FERRETDB_PORT=%s', (value) => {
    expect(() => stackConfig({ FERRETDB_PORT: value })).toThrow(/FERRETDB_PORT=.* is not a TCP port/);
  });

  it('moves PostgreSQL by POSTGRES_PORT and refuses it on FerretDB’s port', () => {
    expect(stackConfig({ POSTGRES_PORT: '15432' }).ports.postgres.port).toBe(15432);
    expect(() => stackConfig({ POSTGRES_PORT: '27017' })).toThrow('FERRETDB_PORT and POSTGRES_PORT are both 27017');
  });

  it('refuses two servers on one port, naming both variables', () => {
    const attempt = (): unknown => stackConfig({ TEMPORAL_UI_PORT: '9092' });
    expect(attempt).toThrow(StackError);
    expect(attempt).toThrow('TEMPORAL_UI_PORT and KAFKA_PORT are both 9092');
  });
});
