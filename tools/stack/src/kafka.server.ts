import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type { Component } from './component';
import { kafkaClasspath } from './kafka.install';
import { exists, isErrno } from './log-tail';
import { runCommand } from './run-command';
import type { StackConfig } from './stack.config';
import type { StackServer } from './stack-server';

/** Single combined broker+controller; the id only has to agree with the quorum voter below. */
const NODE_ID = 1;
const PROBE_TIMEOUT_MS = 3_000;
/** Heap bounds for a development broker on a shared 2-core machine. */
const JVM_OPTIONS = ['-Xms256m', '-Xmx1g', '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', '-XX:+ExitOnOutOfMemoryError'];

/**
 * Apache Kafka in KRaft mode: one process is both the broker and its own controller quorum,
 * so no ZooKeeper. Storage is formatted once per data dir; server.properties is regenerated
 * at each start so a changed port takes effect.
 */
export function kafkaServer(config: StackConfig, kafka: Component): StackServer {
  const { ports } = config;
  const stateDir = join(config.dataDir, 'kafka');
  const logDirs = join(stateDir, 'data');
  const propertiesFile = join(stateDir, 'server.properties');
  const log4jConfig = join(config.toolsDir, 'conf', 'kafka-log4j.properties');
  const javaBase = [...JVM_OPTIONS, `-Dlog4j.configuration=file:${log4jConfig}`, '-cp', kafkaClasspath(kafka)];
  const address = config.appEnv.KAFKA_BROKERS;

  return {
    name: 'kafka',
    ports: [ports.kafka, ports.kafkaController],
    endpoint: address,
    components: [kafka],
    stateDir,
    async prepare(logFile) {
      await mkdir(logDirs, { recursive: true });
      await writeFile(propertiesFile, serverProperties(config, logDirs));
      if (!(await exists(join(logDirs, 'meta.properties')))) {
        // `format` refuses an already formatted directory; meta.properties is what it writes.
        const clusterId = await clusterIdOf(stateDir);
        await runCommand('java', [...javaBase, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propertiesFile], {
          cwd: stateDir,
          logFile,
        });
      }
      return { command: 'java', args: [...javaBase, 'kafka.Kafka', propertiesFile], cwd: stateDir };
    },
    async probe() {
      const client = new Kafka({
        clientId: 'duban-stack-probe',
        brokers: [address],
        connectionTimeout: PROBE_TIMEOUT_MS,
        requestTimeout: PROBE_TIMEOUT_MS,
        retry: { retries: 0 },
        // Refused connections are expected while the broker boots; the caller reports the last error.
        logLevel: logLevel.NOTHING,
      });
      await probeSingleNode(client);
    },
  };
}

function serverProperties(config: StackConfig, logDirs: string): string {
  const { host, ports } = config;
  return propertiesText({
    ...singleNodeProperties(host, ports.kafkaController.port, logDirs),
    listeners: `PLAINTEXT://${host}:${ports.kafka.port},CONTROLLER://${host}:${ports.kafkaController.port}`,
    'advertised.listeners': `PLAINTEXT://${host}:${ports.kafka.port}`,
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
  });
}

export type KafkaProperties = Record<string, string | number | boolean>;

/**
 * What every local KRaft node here shares, the plain broker and the secure one alike: one process
 * that is broker and controller (listener `CONTROLLER` on `controllerPort`), replication factors of
 * one, and Duban's retention. The listeners are each server's own.
 */
export function singleNodeProperties(host: string, controllerPort: number, logDirs: string): KafkaProperties {
  return {
    'process.roles': 'broker,controller',
    'node.id': NODE_ID,
    'controller.quorum.voters': `${NODE_ID}@${host}:${controllerPort}`,
    'controller.listener.names': 'CONTROLLER',
    'log.dirs': logDirs,
    // The defaults (3) assume three brokers; with one, consumer groups and transactions
    // would never find enough replicas for their internal topics.
    'offsets.topic.replication.factor': 1,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    // Tests join groups constantly; the default 3 s delay would be added to every join.
    'group.initial.rebalance.delay.ms': 0,
    'num.partitions': 3,
    // Duban's topics are its system of record (docs/operations.md, Kafka topics): the local broker
    // keeps every event by default, so topics created before the apps declared their retention
    // (issue 14) pass the apps' check at start. The apps still declare retention.ms=-1 themselves.
    'log.retention.ms': -1,
    'log.retention.bytes': -1,
    // Topics are created by the apps through the admin API, with their intended settings;
    // a typo in a topic name must fail rather than create a stray topic.
    'auto.create.topics.enable': false,
  };
}

export function propertiesText(properties: KafkaProperties): string {
  return `${Object.entries(properties)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('\n')}\n`;
}

/** Ready when the single node is in the cluster metadata and the controller is elected. */
export async function probeSingleNode(client: Kafka): Promise<void> {
  const admin = client.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (!cluster.brokers.some((broker) => broker.nodeId === NODE_ID)) throw new Error(`broker ${NODE_ID} is not in the cluster metadata yet`);
    if (cluster.controller === null || cluster.controller < 0) throw new Error('the cluster has no active controller yet');
  } finally {
    await admin.disconnect();
  }
}

/**
 * The KRaft cluster id, generated once per data dir and kept beside it: a Kafka UUID is
 * 16 random bytes in URL-safe base64 without padding (what `kafka-storage random-uuid` prints).
 */
export async function clusterIdOf(stateDir: string): Promise<string> {
  const file = join(stateDir, 'cluster-id');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  const clusterId = randomBytes(16).toString('base64url');
  await writeFile(file, `${clusterId}\n`);
  return clusterId;
}
