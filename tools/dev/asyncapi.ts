import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ZodTypeAny } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { ALL_TOPICS, EVENT_CATALOG, SEQUENCE_DIGITS, TRACEPARENT, formatSequence, topicsOf, type EventType } from '@duban/contracts';
import { repoRoot } from './run';

// zod-to-json-schema's generic signature is too deep for the compiler over our union of schemas.
const toJsonSchema = zodToJsonSchema as unknown as (schema: ZodTypeAny, options: object) => unknown;

export const ASYNCAPI_PATH = path.join(repoRoot, 'docs/asyncapi.yaml');

const envelope = {
  type: 'object',
  description: 'CloudEvents 1.0, JSON structured mode. The Kafka key is `subject`.',
  required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'sequence', 'data'],
  properties: {
    specversion: { const: '1.0' },
    id: { type: 'string', description: 'fixed when the workflow decides the event: a retried publish repeats it, so consumers drop duplicates by id' },
    source: { type: 'string', example: '/duban/workflows/taskWorkflow' },
    subject: { type: 'string', description: 'the plan id, task id (`{planId}.{taskCode}.{unitCode}`) or enterprise id the event is about' },
    time: { type: 'string', format: 'date-time' },
    datacontenttype: { const: 'application/json' },
    sequence: {
      type: 'string',
      pattern: `^[0-9]{${SEQUENCE_DIGITS}}$`,
      example: formatSequence(3),
      description:
        `CloudEvents sequence extension: 1, 2, 3… per subject, in the order the events were decided, as a decimal string zero-padded to ${SEQUENCE_DIGITS} digits, ` +
        'so that it sorts as a string in the same order as the counter. Written so since issue 10 (December 2026); events published before then carry a JSON integer (the same counter), which readers must still accept when they replay a topic.',
    },
    traceparent: {
      type: 'string',
      pattern: TRACEPARENT.source,
      description:
        'CloudEvents Distributed Tracing extension (optional, since issue 14): the W3C trace context of the publish that sent this copy, when tracing is on. ' +
        'Not part of the event: a republished event may carry another one; identity, deduplication and the audit hash use `id` and the fields above. A malformed value is ignored, not refused.',
    },
    tracestate: { type: 'string', description: 'W3C vendor trace state accompanying `traceparent`, when there is one (optional).' },
  },
};

/** The AsyncAPI 3.0 document of every topic and event type, generated from the event catalogue. */
export function buildAsyncApi(): string {
  const types = Object.keys(EVENT_CATALOG) as EventType[];
  const messageName = (type: EventType) => type.replace(/^duban\./, '').replace(/\.v(\d+)$/, 'V$1').replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase());
  const channelName = (topic: string) => topic.replace(/^duban\./, '').replace(/\.v\d+$/, '');
  const channels = Object.fromEntries(
    ALL_TOPICS.map((topic) => [
      channelName(topic),
      {
        address: topic,
        description: `Events of ${channelName(topic)}, keyed by subject so that one subject's events stay in order.`,
        messages: Object.fromEntries(
          types.filter((t) => topicsOf(t).includes(topic)).map((t) => [messageName(t), { $ref: `#/components/messages/${messageName(t)}` }]),
        ),
      },
    ]),
  );
  const operations = Object.fromEntries(
    ALL_TOPICS.map((topic) => [
      `receive${channelName(topic).replace(/^\w/, (c) => c.toUpperCase())}`,
      {
        action: 'receive',
        channel: { $ref: `#/channels/${channelName(topic)}` },
        summary: `Subscribe to ${topic}.`,
      },
    ]),
  );
  const messages = Object.fromEntries(
    types.map((t) => [
      messageName(t),
      {
        name: t,
        title: t,
        summary: EVENT_CATALOG[t].summary,
        contentType: 'application/cloudevents+json',
        bindings: { kafka: { key: { type: 'string', description: 'the event subject' }, bindingVersion: '0.5.0' } },
        payload: {
          allOf: [
            envelope,
            {
              type: 'object',
              properties: {
                type: { const: t },
                data: toJsonSchema(EVENT_CATALOG[t].data, { target: 'jsonSchema7', $refStrategy: 'none' }),
              },
            },
          ],
        },
      },
    ]),
  );
  const document = {
    asyncapi: '3.0.0',
    info: {
      title: 'Duban 督办 events',
      version: '1.0.0',
      description:
        'Every event Duban emits, as CloudEvents 1.0 on Kafka. Generated from libs/contracts/src/event-catalog.ts by `npm run docs:asyncapi`; do not edit by hand.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the broker `npm start` runs (KAFKA_PORT)' } },
    channels,
    operations,
    components: { messages },
  };
  return `# Generated by tools/dev/asyncapi.ts — do not edit.\n${stringify(document, { lineWidth: 120 })}`;
}

if (require.main === module) {
  writeFileSync(ASYNCAPI_PATH, buildAsyncApi());
  console.log(`wrote ${path.relative(repoRoot, ASYNCAPI_PATH)}`);
}
