import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import { formatSequence, parseSequence, topicFor, type DubanEvent } from '@duban/contracts';
import { SpanKind, inSpan, traceCarrierOf } from '@duban/observability';
import { physicalTopic } from './topic-namespace';

/**
 * Publishes CloudEvents (JSON structured mode) to Kafka. The producer is idempotent with one
 * request in flight, so a broker-level retry can neither duplicate nor reorder a key's messages;
 * the key is the event's subject, so one task's or one enterprise's events share a partition.
 */
export class EventPublisher {
  private readonly producer: Producer;

  constructor(kafka: Kafka) {
    // The partitioner named, not left to kafkajs's default: the same one (v2's, murmur2 as the Java
    // client), without its notice at every start.
    this.producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
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
    const topic = physicalTopic(topicFor(event));
    // A PRODUCER span per send; its context goes out as the event's `traceparent` (CloudEvents
    // Distributed Tracing extension), replacing whatever an earlier publish of the same event
    // carried. With tracing off there is no valid span and no attribute is added.
    await inSpan(
      `publish ${topic}`,
      { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'kafka', 'messaging.operation.type': 'send', 'messaging.destination.name': topic, 'messaging.message.id': event.id, 'messaging.kafka.message.key': event.subject, 'cloudevents.event_id': event.id, 'cloudevents.event_type': event.type, 'cloudevents.event_subject': event.subject } },
      async () => {
        const { traceparent: _previous, tracestate: _previousState, ...envelope } = event;
        const wire: DubanEvent = { ...envelope, sequence: formatSequence(parseSequence(event.sequence)), ...traceCarrierOf() };
        await this.producer.send({
          topic,
          acks: -1,
          messages: [
            {
              key: event.subject,
              value: JSON.stringify(wire),
              headers: { 'content-type': 'application/cloudevents+json', ce_id: event.id, ce_type: event.type },
            },
          ],
        });
      },
    );
  }
}
