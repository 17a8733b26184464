import { dubanEventSchema, type DubanEvent } from '@duban/contracts';

export type ParsedEvent = { ok: true; value: DubanEvent } | { ok: false; problem: string };

/** A Kafka message value as a Duban event, validated against the envelope and the event catalogue. */
export function parseEvent(value: Buffer | null): ParsedEvent {
  if (value === null) return { ok: false, problem: 'empty message' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const result = dubanEventSchema.safeParse(json);
  if (!result.success) return { ok: false, problem: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, value: result.data as DubanEvent };
}
