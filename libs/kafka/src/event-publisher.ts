import type { Kafka, Producer } from 'kafkajs';
import { formatSequence, parseSequence, topicFor, type DubanEvent } from '@duban/contracts';
import { physicalTopic } from './topic-namespace';

/**
 * Publishes CloudEvents (JSON structured mode) to Kafka. The producer is idempotent with one
 * request in flight, so a broker-level retry can neither duplicate nor reorder a key's messages;
 * the key is the event's subject, so one task's or one enterprise's events share a partition.
 */
export class EventPublisher {
  private readonly producer: Producer;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /**
   * Publishes `event` with `sequence` in the zero-padded string form. An event decided before that
   * form (issue 10, December 2026) may still arrive with an integer: an activity scheduled by
   * then is retried with its recorded input, and a score event stored unpublished is published
   * after a restart. It goes out as the string, so nothing new reaches the topics in the old form.
   */
  async publish(event: DubanEvent): Promise<void> {
    const wire: DubanEvent = { ...event, sequence: formatSequence(parseSequence(event.sequence)) };
    await this.producer.send({
      topic: physicalTopic(topicFor(event)),
      acks: -1,
      messages: [
        {
          key: event.subject,
          value: JSON.stringify(wire),
          headers: { 'content-type': 'application/cloudevents+json', ce_id: event.id, ce_type: event.type },
        },
      ],
    });
  }
}
