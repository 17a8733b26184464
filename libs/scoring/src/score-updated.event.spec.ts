import { EventType, dubanEventSchema, parseSequence } from '@duban/contracts';
import { scoreUnitYear, type ScoreEntry } from '@duban/domain';
import { SCORES_SOURCE, scoreDigest, scoreUpdatedEvent, scoreUpdatedEventId } from './score-updated.event';

const entry: ScoreEntry = {
  planId: 'p1',
  unit: 'FUTIAN',
  year: 2010,
  eventId: 'p1.T4.FUTIAN#7',
  type: 'duban.escalation.raised.v1',
  subject: 'p1.T4.FUTIAN',
  time: '2010-03-01T00:00:00.000Z',
  rule: 'yellow-card',
  points: -2,
  reason: 'yellow card',
};

describe('score events', () => {
  it('digests what a score says, and nothing else', () => {
    const a = scoreUnitYear('p1', 'FUTIAN', 2010, [entry]);
    expect(scoreDigest(a)).toBe(scoreDigest({ ...a }));
    expect(scoreDigest(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(scoreDigest({ ...a, score: a.score + 1 })).not.toBe(scoreDigest(a));
    expect(scoreDigest({ ...a, items: [] })).not.toBe(scoreDigest(a));
  });

  it('derives the event id from subject, sequence and digest only (a republished or re-decided event keeps its id)', () => {
    // Known answer: pins the id scheme, so a change shows up as a new id for every live score.
    expect(scoreUpdatedEventId('p1/FUTIAN/2010', 1, 'd'.repeat(64))).toBe('score-a27ee819bc89a0fd5a2e6684df7027b5');
    expect(scoreUpdatedEventId('p1/FUTIAN/2010', 2, 'd'.repeat(64))).not.toBe(scoreUpdatedEventId('p1/FUTIAN/2010', 1, 'd'.repeat(64)));
  });

  it('builds a valid duban.score.updated.v1 envelope', () => {
    const score = scoreUnitYear('p1', 'FUTIAN', 2010, [entry]);
    const digest = scoreDigest(score);
    const event = scoreUpdatedEvent('p1/FUTIAN/2010', 3, score, digest, 100, '2010-03-01T00:00:01.000Z');
    expect(event).toMatchObject({
      id: scoreUpdatedEventId('p1/FUTIAN/2010', 3, digest),
      source: SCORES_SOURCE,
      type: EventType.ScoreUpdated,
      subject: 'p1/FUTIAN/2010',
      time: '2010-03-01T00:00:01.000Z',
      data: { ...score, previousScore: 100 },
    });
    expect(parseSequence(event.sequence)).toBe(3);
    const parsed = dubanEventSchema.safeParse(event);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
