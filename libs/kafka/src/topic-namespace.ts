/**
 * A prefix on every Kafka topic name this process produces to, consumes from or creates, so that
 * two Duban installations can share one broker without reading each other's events (a
 * simulation beside a running instance, a test beside the dev stack). Set once at boot from
 * `KAFKA_TOPIC_PREFIX` (default none: the topics as documented). Handlers always see the logical
 * topic (`duban.tasks.v1`), so what they store (the audit chain's `kafka.topic`) does not depend
 * on the installation.
 */
let prefix = '';

/** Letters, digits, dots, underscores and dashes, as Kafka allows in topic names; ends with a separator. */
export const TOPIC_PREFIX_PATTERN = /^(?:[A-Za-z0-9._-]{0,100}[._-])?$/;

/** Sets the namespace of every topic used afterwards (read once, at boot). */
export function configureTopicNamespace(topicPrefix: string): void {
  if (!TOPIC_PREFIX_PATTERN.test(topicPrefix)) throw new RangeError(`invalid Kafka topic prefix ${JSON.stringify(topicPrefix)}`);
  prefix = topicPrefix;
}

/** The current prefix ('' when none). */
export function topicNamespace(): string {
  return prefix;
}

/** The broker's name of a logical topic. */
export function physicalTopic(topic: string): string {
  return prefix + topic;
}

/** The logical topic of a broker's topic name (unchanged when it is outside the namespace). */
export function logicalTopic(topic: string): string {
  return prefix !== '' && topic.startsWith(prefix) ? topic.slice(prefix.length) : topic;
}
