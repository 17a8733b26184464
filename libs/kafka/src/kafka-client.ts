import type { ConnectionOptions as TlsConnectionOptions } from 'node:tls';
import { Kafka, logLevel, type Admin, type SASLOptions, type logCreator } from 'kafkajs';
import { declareTopics } from './topic-declaration';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** TLS to the brokers (absent: plaintext); `kafkaConnectionOptions()` of `@duban/config` builds it from KAFKA_TLS_*. */
  ssl?: TlsConnectionOptions;
  /** SASL (PLAIN, SCRAM-SHA-256/512); built from KAFKA_SASL_* the same way. */
  sasl?: SASLOptions;
}

let kafkaLogCreator: logCreator | undefined;

/**
 * Where the kafkajs clients this process creates from now on write their own lines: the app's
 * logger (`kafkaLogCreator` of `@duban/observability`), so they come out in the app's format with
 * its fields. Unset (tests, tools), kafkajs's console lines.
 */
export function configureKafkaLogging(creator: logCreator | undefined): void {
  kafkaLogCreator = creator;
}

/** A kafkajs client for Duban's brokers, plaintext or TLS/SASL as the settings say. */
export function createKafka({ brokers, clientId, ssl, sasl }: KafkaSettings): Kafka {
  // kafkajs logs every transient reconnect at ERROR; WARN keeps real failures visible without the noise.
  return new Kafka({ brokers, clientId, ...(ssl && { ssl }), ...(sasl && { sasl }), ...(kafkaLogCreator && { logCreator: kafkaLogCreator }), logLevel: logLevel.WARN, retry: { retries: 8, initialRetryTime: 200 } });
}

/**
 * Declares Duban's topics (in this process's namespace) at start: creates the missing ones as the
 * topic policy says and checks every one as the broker has it (see `declareTopics`): unsafe settings
 * refuse the start unless the policy says warn, and everything else found is logged once. Safe to
 * call from every process at start-up.
 */
export async function ensureTopics(admin: Admin): Promise<void> {
  const report = await declareTopics(admin);
  const key = report.problems.map((p) => `${p.topic}:${p.setting}`).join(',');
  if (report.problems.length === 0 || reported.has(key)) return;
  reported.add(key);
  console.warn(`duban: Kafka topics not as declared:\n${report.problems.map((p) => `  ${p.topic}: ${p.setting}=${p.found}, expected ${p.expected} (${p.severity}): ${p.why}`).join('\n')}`);
}

/** Problems already logged by this process (every consumer group calls ensureTopics at its start). */
const reported = new Set<string>();
