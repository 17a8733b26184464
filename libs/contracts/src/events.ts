import type { EventData, EventType } from '@duban/domain';
import { parseSequence, type EventSequence } from './event-sequence';

// The event type names and their `data` schemas are defined once, in the domain (which reads
// them too); contracts re-exports them and adds what only the wire needs: topics and the
// CloudEvents envelope here, the catalogue (summaries, schemas) and the envelope's schema in
// ./event-catalog.
export { EVENT_DATA_SCHEMAS, EVENT_TYPES, EventType, actorSchema, isEventType, type Actor, type EventData } from '@duban/domain';
export * from './event-sequence';

/** Kafka topics. Events of one aggregate kind share a topic; the key (the subject) keeps one aggregate's events in order. */
export const Topic = {
  Plans: 'duban.plans.v1',
  Tasks: 'duban.tasks.v1',
  Enterprises: 'duban.enterprises.v1',
  Scores: 'duban.scores.v1',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];
export const ALL_TOPICS: readonly Topic[] = Object.values(Topic);

/**
 * A CloudEvents 1.0 envelope (JSON structured mode), as Duban writes it. `sequence` is the
 * CloudEvents "sequence" extension: a counter per subject, starting at 1, fixed by whoever owns the
 * subject (its workflow; the scores consumer for a unit-year), so consumers can order one subject's
 * events even when two share a timestamp. It is a zero-padded decimal string (see
 * {@link formatSequence}); stores that compare it keep {@link parseSequence}'s number.
 */
export interface DubanEvent<T extends EventType = EventType> {
  specversion: '1.0';
  id: string;
  source: string;
  type: T;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  sequence: EventSequence;
  data: EventData<T>;
  /**
   * CloudEvents Distributed Tracing extension: the W3C trace context of the publish that sent this
   * copy (set by the publisher when tracing is on). Not part of the event's identity: a republished
   * event may carry another one, and stores key, hash and deduplicate by `id` without it.
   */
  traceparent?: string;
  /** Vendor trace state accompanying `traceparent`, when there is one. */
  tracestate?: string;
}

/** The W3C `traceparent` (version 00): trace id, parent span id, flags, lower-case hex. */
export const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The counter of an event's `sequence` (either form), for stores that compare it; see {@link parseSequence}. */
export const sequenceOf = (event: { sequence: string | number }): number => parseSequence(event.sequence);

/** `source` of events decided by workflows: the workflow type that owns the subject. */
export const eventSource = (workflowType: string): string => `/duban/workflows/${workflowType}`;
