import { z } from 'zod';

/**
 * How the apps declare and check Duban's Kafka topics at start (see `@duban/kafka`
 * topic-declaration): every app that creates topics reads the same variables. Ours, not the seed's.
 */
export const kafkaTopicsShape = {
  /** Partitions of a topic the apps create (an existing topic keeps its own; fewer is reported as advice). */
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(10_000).default(3),
  /** Replicas of a topic the apps create; -1 (default) takes the broker's `default.replication.factor`. Use 3 on a managed cluster. */
  KAFKA_TOPIC_REPLICATION_FACTOR: z.coerce
    .number()
    .int()
    .refine((n) => n === -1 || (n >= 1 && n <= 32), 'must be -1 (the broker default) or 1–32')
    .default(-1),
  /** An existing topic that could lose events (finite retention, compaction): `refuse` to start (default) or `warn` and start. */
  KAFKA_TOPIC_CHECK: z.enum(['refuse', 'warn']).default('refuse'),
};

export type KafkaTopicsConfig = z.infer<z.ZodObject<typeof kafkaTopicsShape>>;
