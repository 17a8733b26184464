import type { Db } from 'mongodb';
import { parseSequence } from '@duban/contracts';
import { isScoringEventType, type ScoringEvent, type UnitYearScore } from '@duban/domain';

interface AuditDoc {
  _id: string;
  type: string;
  subject: string;
  time: Date;
  /** The counter, or the zero-padded string (CloudEvents `sequence`) if the audit log keeps that form. */
  sequence: number | string;
  data: Record<string, unknown>;
}

/** A live score as the recompute check reads it (`scores`, `_id` `{planId}/{unit}/{year}`). */
export interface LiveScoreDoc {
  _id: string;
  score: number;
  excellent: boolean;
  belowTarget: boolean;
  items: UnitYearScore['items'];
}

/**
 * Every event scoring reads, from the audit log alone (`audit_events`: only the CloudEvent fields
 * `_id`, `type`, `subject`, `time`, `sequence`, `data` are read), for a recompute from scratch.
 * Takes a plain driver `Db` so that tools can run it without Nest.
 *
 * @returns the scoring events, and how many audit records were read in all (every type).
 */
export async function readScoringEventsFromAudit(db: Db): Promise<{ events: ScoringEvent[]; eventsRead: number }> {
  const docs = await db
    .collection<AuditDoc>('audit_events')
    .find({}, { projection: { _id: 1, type: 1, subject: 1, time: 1, sequence: 1, data: 1 } })
    .toArray();
  const events = docs
    .filter((d) => isScoringEventType(d.type))
    .map((d) => ({ id: d._id, type: d.type, subject: d.subject, time: new Date(d.time).toISOString(), sequence: parseSequence(d.sequence), data: d.data }));
  return { events, eventsRead: docs.length };
}

/** Every live score (`scores`), with what the recompute compares. */
export function readLiveScores(db: Db): Promise<LiveScoreDoc[]> {
  return db
    .collection<LiveScoreDoc>('scores')
    .find({}, { projection: { _id: 1, score: 1, excellent: 1, belowTarget: 1, items: 1 } })
    .toArray();
}
