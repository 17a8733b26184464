import { createHash } from 'node:crypto';
import { EventType, formatSequence, type DubanEvent } from '@duban/contracts';
import type { UnitYearScore } from '@duban/domain';

/** `source` of the events the scores consumer decides. */
export const SCORES_SOURCE = '/duban/consumers/scores';

/** A unit-year's `duban.score.updated.v1`. */
export type ScoreUpdatedEvent = DubanEvent<typeof EventType.ScoreUpdated>;

/** Digest of what a score says (score, flags, items in order): equal digests, equal scores. */
export function scoreDigest(s: Pick<UnitYearScore, 'score' | 'excellent' | 'belowTarget' | 'items'>): string {
  return createHash('sha256').update(JSON.stringify([s.score, s.excellent, s.belowTarget, s.items])).digest('hex');
}

/**
 * The id of a unit-year's `sequence`th score event: a function of its subject, its sequence and the
 * new score's digest, so the event written to the outbox and republished after a crash, or decided
 * again by another consumer instance, carries the same id (consumers drop duplicates by id).
 */
export function scoreUpdatedEventId(subject: string, sequence: number, digest: string): string {
  const h = createHash('sha256').update(`${subject}\n${sequence}\n${digest}`).digest('hex');
  return `score-${h.slice(0, 32)}`;
}

/**
 * The CloudEvent announcing a unit-year's new score. There is no shared envelope builder in
 * `@duban/contracts` yet (the workflows build theirs in their outbox); this is the only place the
 * scores consumer builds one.
 *
 * @param key the unit-year, `{planId}/{unit}/{year}`: the event's subject (and Kafka key).
 * @param sequence the unit-year's event counter, from 1 (0 is a silent, never-announced score);
 *   the event carries it zero-padded (`formatSequence`), its id is derived from the number.
 * @param previousScore the score it replaces; `null` for the unit-year's first announced score.
 * @param time when the consumer decided it (ISO-8601); the id does not depend on it.
 */
export function scoreUpdatedEvent(key: string, sequence: number, score: UnitYearScore, digest: string, previousScore: number | null, time: string): ScoreUpdatedEvent {
  return {
    specversion: '1.0',
    id: scoreUpdatedEventId(key, sequence, digest),
    source: SCORES_SOURCE,
    type: EventType.ScoreUpdated,
    subject: key,
    time,
    datacontenttype: 'application/json',
    sequence: formatSequence(sequence),
    data: { ...score, previousScore },
  };
}
