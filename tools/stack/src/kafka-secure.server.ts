import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { Component } from './component';
import { kafkaClasspath } from './kafka.install';
import { clusterIdOf, probeSingleNode, propertiesText, singleNodeProperties } from './kafka.server';
import { exists, isErrno } from './log-tail';
import { runCommand } from './run-command';
import type { StackConfig } from './stack.config';
import type { StackServer } from './stack-server';
import { ensureTlsCerts } from './tls-certs';

const PROBE_TIMEOUT_MS = 3_000;
/** Smaller than the plain broker's: this one only carries the secure end-to-end test. */
const JVM_OPTIONS = ['-Xms128m', '-Xmx512m', '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', '-XX:+ExitOnOutOfMemoryError'];
/** The listener names; the client one is what a managed cluster (MSK, Confluent, Aiven) offers. */
const CLIENT_LISTENER = 'SASL_SSL';
const CONTROLLER_LISTENER = 'CONTROLLER';

/**
 * A second Kafka (same pinned install, its own KRaft node and data dir) whose only client
 * listener is SASL_SSL: TLS with the local CA's server certificate (PEM key and trust stores) and
 * SCRAM-SHA-512 or SCRAM-SHA-256 logins. The SCRAM user (`secureAppEnv.KAFKA_SASL_USERNAME`) is
 * written into the metadata log when the storage is formatted (`--add-scram`), with a random
 * password kept in `secureFiles.kafkaSaslPassword`. The broker talks to itself (inter-broker)
 * over the same SASL_SSL listener as that user, so there is no plaintext listener for clients
 * at all; the controller listener is plaintext on loopback (KRaft's own quorum traffic).
 */
export function kafkaSecureServer(config: StackConfig, kafka: Component): StackServer {
  const { ports, secureFiles } = config;
  const stateDir = join(secureFiles.dir, 'kafka');
  const logDirs = join(stateDir, 'data');
  const propertiesFile = join(stateDir, 'server.properties');
  const log4jConfig = join(config.toolsDir, 'conf', 'kafka-log4j.properties');
  const javaBase = [...JVM_OPTIONS, `-Dlog4j.configuration=file:${log4jConfig}`, '-cp', kafkaClasspath(kafka)];
  const env = config.secureAppEnv;

  return {
    name: 'kafka-secure',
    ports: [ports.kafkaSecure, ports.kafkaSecureController],
    endpoint: `${env.KAFKA_BROKERS} (SASL_SSL, SCRAM-SHA-512/256, user ${env.KAFKA_SASL_USERNAME})`,
    components: [kafka],
    stateDir,
    async prepare(logFile) {
      await ensureTlsCerts(config, logFile);
      const password = await saslPassword(secureFiles.kafkaSaslPassword);
      await mkdir(logDirs, { recursive: true });
      // Kafka's PEM key store takes the certificate chain and the key in one file.
      const keystore = join(stateDir, 'server-keystore.pem');
      const [cert, key] = await Promise.all([readFile(secureFiles.serverCert, 'utf8'), readFile(secureFiles.serverKey, 'utf8')]);
      await writeFile(keystore, `${key.trim()}\n${cert.trim()}\n`, { mode: 0o600 });
      await writeFile(propertiesFile, serverProperties(config, logDirs, keystore, env.KAFKA_SASL_USERNAME, password), { mode: 0o600 });
      if (!(await exists(join(logDirs, 'meta.properties')))) {
        const clusterId = await clusterIdOf(stateDir);
        const user = `[name=${env.KAFKA_SASL_USERNAME},password=${password}]`;
        await runCommand(
          'java',
          [...javaBase, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propertiesFile, '--add-scram', `SCRAM-SHA-512=${user}`, '--add-scram', `SCRAM-SHA-256=${user}`],
          { cwd: stateDir, logFile },
        );
      }
      return { command: 'java', args: [...javaBase, 'kafka.Kafka', propertiesFile], cwd: stateDir };
    },
    async probe() {
      const client = new Kafka({
        clientId: 'duban-stack-probe',
        brokers: [env.KAFKA_BROKERS],
        ssl: { ca: [await readFile(secureFiles.caCert)] },
        sasl: { mechanism: 'scram-sha-512', username: env.KAFKA_SASL_USERNAME, password: await readFile(secureFiles.kafkaSaslPassword, 'utf8') },
        connectionTimeout: PROBE_TIMEOUT_MS,
        requestTimeout: PROBE_TIMEOUT_MS,
        retry: { retries: 0 },
        logLevel: logLevel.NOTHING,
      });
      await probeSingleNode(client);
    },
  };
}

function serverProperties(config: StackConfig, logDirs: string, keystore: string, user: string, password: string): string {
  const { host, ports, secureFiles } = config;
  const scram = (withCredentials: boolean) =>
    `org.apache.kafka.common.security.scram.ScramLoginModule required${withCredentials ? ` username="${user}" password="${password}"` : ''};`;
  return propertiesText({
    ...singleNodeProperties(host, ports.kafkaSecureController.port, logDirs),
    listeners: `${CLIENT_LISTENER}://${host}:${ports.kafkaSecure.port},${CONTROLLER_LISTENER}://${host}:${ports.kafkaSecureController.port}`,
    'advertised.listeners': `${CLIENT_LISTENER}://${host}:${ports.kafkaSecure.port}`,
    'inter.broker.listener.name': CLIENT_LISTENER,
    'listener.security.protocol.map': `${CONTROLLER_LISTENER}:PLAINTEXT,${CLIENT_LISTENER}:SASL_SSL`,
    'sasl.enabled.mechanisms': 'SCRAM-SHA-512,SCRAM-SHA-256',
    'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
    // The broker logs in to itself with the inter-broker mechanism; the other only verifies clients.
    'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config': scram(true),
    'listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config': scram(false),
    'ssl.keystore.type': 'PEM',
    'ssl.keystore.location': keystore,
    'ssl.truststore.type': 'PEM',
    'ssl.truststore.location': secureFiles.caCert,
    // Clients prove who they are with SCRAM, not a certificate (as on MSK/Confluent's SASL_SSL).
    'ssl.client.auth': 'none',
  });
}

/** The SCRAM password, generated once per data dir (hex: no character needs quoting in JAAS or `--add-scram`). */
async function saslPassword(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  const password = randomBytes(24).toString('hex');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}
