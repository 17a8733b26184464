import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, FilterQuery, Model } from 'mongoose';
import { EventType, type DubanEvent, type ScoreResponse, type ScoresPage, type ScoresQuery } from '@duban/contracts';
import {
  isScoringEventType,
  planOfSubject,
  rulesFromEvents,
  scoreKey,
  scoreSubject,
  scoreUnitYear,
  DEFAULT_SCORING_RULES,
  type ScoreEntry,
  type ScoringEvent,
  type ScoringRules,
  type UnitYearScore,
} from '@duban/domain';
import { bulkWriteInChunks, isBulkDuplicateKeyOnly } from '../store/bulk-write';
import { ScoreEntryRecord } from './score-entry.document';
import { ScoreEventRecord } from './score-event.document';
import { ScoreSubjectRecord } from './score-subject.document';
import { ScoreRecord } from './score.document';

const MAX_ATTEMPTS = 5;
/** `source` of the events the scores consumer decides. */
export const SCORES_SOURCE = '/duban/consumers/scores';

export type Publish = (event: DubanEvent<typeof EventType.ScoreUpdated>) => Promise<void>;

/** Digest of what a score says: equal digests, equal scores. */
export function scoreDigest(s: Pick<UnitYearScore, 'score' | 'excellent' | 'belowTarget' | 'items'>): string {
  return createHash('sha256').update(JSON.stringify([s.score, s.excellent, s.belowTarget, s.items])).digest('hex');
}

/** The id of a unit-year's `n`th score event: a function of its subject, its sequence and the new score's inputs. */
export function scoreUpdatedEventId(subject: string, sequence: number, digest: string): string {
  const h = createHash('sha256').update(`${subject}\n${sequence}\n${digest}`).digest('hex');
  return `score-${h.slice(0, 32)}`;
}

const entryId = (e: ScoreEntry): string => `${e.eventId}|${e.unit}|${e.rule}`;
const splitKey = (key: string): { planId: string; unit: string; year: number } => {
  const [planId, unit, year] = key.split('/') as [string, string, string];
  return { planId, unit, year: Number(year) };
};
const ORIGIN_TYPES: ReadonlySet<string> = new Set([EventType.TaskAssigned, EventType.EnterpriseRegistered]);

type ScoreUpdated = DubanEvent<typeof EventType.ScoreUpdated>;
type StoredScore = Pick<ScoreRecord, '_id' | 'sequence' | 'digest' | 'score' | 'pendingEvent'>;

/** A score write decided by one refresh, and the event it announces (none when silent). */
interface ScoreWrite {
  key: string;
  sequence: number;
  digest: string;
  event: ScoreUpdated | null;
  op: AnyBulkWriteOperation<ScoreRecord>;
}

/**
 * The live scores (`scores`), kept by the scores consumer from the events scoring reads, a batch
 * of events at a time with a fixed number of queries per batch:
 *
 * 1. each event is stored once (`score_events`, by id);
 * 2. the affected subjects (the batch's, plus every subject of a plan whose `plan.started` is in
 *    the batch) are scored again from their stored events with the domain's pure
 *    {@link scoreSubject}, and their entries rewritten (`score_entries`);
 * 3. every unit-year those subjects touch (old and new entries, participation, and for a started
 *    plan every score of the plan) is re-summed with {@link scoreUnitYear}; a score whose digest
 *    changed is written with its `duban.score.updated.v1` (next per-subject sequence), which is
 *    then published and cleared, so a crash in between republishes the same event (same id).
 *
 * Re-summing every touched unit-year (not only those whose entries changed) makes step 3 heal a
 * crash after step 2 on redelivery; the one thing not found again from the entries, a unit-year
 * that lost an entry, is kept in `score_subjects.pending` until its score is refreshed.
 * Applying events again changes nothing and publishes nothing.
 */
@Injectable()
export class ScoreStore {
  /** Rules found in a plan's `plan.started` (a plan starts once: found rules never change). */
  private readonly knownRules = new Map<string, ScoringRules>();

  constructor(
    @InjectModel(ScoreEventRecord.name) private readonly events: Model<ScoreEventRecord>,
    @InjectModel(ScoreEntryRecord.name) private readonly entries: Model<ScoreEntryRecord>,
    @InjectModel(ScoreSubjectRecord.name) private readonly subjects: Model<ScoreSubjectRecord>,
    @InjectModel(ScoreRecord.name) private readonly scores: Model<ScoreRecord>,
  ) {}

  /** Applies one event (any type; those scoring does not read are ignored). */
  apply(event: DubanEvent, publish: Publish): Promise<void> {
    return this.applyBatch([event], publish);
  }

  /** Applies a batch of events (any types, any order; those scoring does not read are ignored). */
  async applyBatch(batch: readonly DubanEvent[], publish: Publish): Promise<void> {
    const scoring = batch.filter((e) => isScoringEventType(e.type));
    if (scoring.length === 0) return;

    // 1. Store each event once.
    await bulkWriteInChunks(
      this.events,
      scoring.map((e) => ({
        updateOne: {
          filter: { _id: e.id },
          update: { $setOnInsert: { type: e.type, subject: e.subject, time: new Date(e.time), sequence: e.sequence, data: e.data } },
          upsert: true,
        },
      })),
      { ordered: false },
    );

    // 2. The affected subjects and their plans.
    const startedPlans = [...new Set(scoring.filter((e) => e.type === EventType.PlanStarted).map((e) => String((e.data as { planId: string }).planId)))];
    const batchSubjects = [...new Set(scoring.filter((e) => e.type !== EventType.PlanStarted).map((e) => e.subject))];
    const subjectDocs = await this.subjects
      .find(startedPlans.length > 0 ? { $or: [{ _id: { $in: batchSubjects } }, { planId: { $in: startedPlans } }] } : { _id: { $in: batchSubjects } })
      .lean()
      .exec();
    const docById = new Map(subjectDocs.map((d) => [d._id, d]));
    const affected = [...new Set([...batchSubjects, ...subjectDocs.map((d) => d._id)])];
    const planHints = new Set<string>([...startedPlans, ...subjectDocs.map((d) => d.planId)]);
    for (const e of scoring) {
      const planId = (e.data as { planId?: unknown }).planId;
      if (ORIGIN_TYPES.has(e.type) && typeof planId === 'string') planHints.add(planId);
    }

    // 3. Their stored events (with the `plan.started` of plans whose rules are not known yet) and old entries.
    const rulesWanted = [...planHints].filter((p) => !this.knownRules.has(p));
    const [stored, oldEntries] = await Promise.all([
      this.events.find({ subject: { $in: [...affected, ...rulesWanted] } }).lean().exec(),
      this.entries.find({ subject: { $in: affected } }).lean().exec(),
    ]);
    const eventsBySubject = groupBy(stored.map(toScoringEvent), (e) => e.subject);
    this.learnRules([...eventsBySubject.values()].flat());
    const planOf = new Map<string, string>();
    for (const subject of affected) {
      const events = eventsBySubject.get(subject) ?? [];
      const planId = planOfSubject([...events].sort((a, b) => a.sequence - b.sequence));
      if (planId !== undefined && !events.some((e) => e.type === EventType.PlanStarted)) planOf.set(subject, planId);
    }
    const missingRules = [...new Set(planOf.values())].filter((p) => !this.knownRules.has(p) && !rulesWanted.includes(p));
    if (missingRules.length > 0) {
      this.learnRules((await this.events.find({ subject: { $in: missingRules }, type: { $eq: EventType.PlanStarted } }).lean().exec()).map(toScoringEvent));
    }

    // 4. Fresh entries in memory; the unit-years to re-sum.
    const oldBySubject = groupBy(oldEntries, (o) => o.subject);
    const keys = new Set<string>();
    const entryOps: AnyBulkWriteOperation<ScoreEntryRecord>[] = [];
    const subjectOps: AnyBulkWriteOperation<ScoreSubjectRecord>[] = [];
    const pendingBySubject = new Map<string, string[]>();
    for (const subject of affected) {
      const doc = docById.get(subject);
      const leftPending = doc?.pending ?? [];
      for (const k of leftPending) keys.add(k);
      const planId = planOf.get(subject);
      if (planId === undefined) {
        if (leftPending.length > 0) pendingBySubject.set(subject, leftPending);
        continue;
      }
      const fresh = scoreSubject(eventsBySubject.get(subject) ?? [], this.rulesOf(planId));
      const scored = fresh.filter((e) => e.rule !== 'participation');
      const old = oldBySubject.get(subject) ?? [];
      const oldById = new Map(old.map((o) => [o._id, o]));
      const freshIds = new Set(scored.map(entryId));
      for (const e of fresh) keys.add(scoreKey(e));
      for (const o of old) keys.add(scoreKey(o));
      for (const e of scored) {
        const o = oldById.get(entryId(e));
        const key = scoreKey(e);
        if (o && o.key === key && o.points === e.points && o.reason === e.reason && o.time === e.time && o.type === e.type) continue;
        const { planId: p, unit, year, eventId, type, subject: s, time, rule, points, reason } = e;
        entryOps.push({ updateOne: { filter: { _id: entryId(e) }, update: { $set: { key, planId: p, unit, year, eventId, type, subject: s, time, rule, points, reason } }, upsert: true } });
      }
      const stale = old.filter((o) => !freshIds.has(o._id));
      for (const o of stale) entryOps.push({ deleteOne: { filter: { _id: o._id } } });
      const lost = [...new Set(stale.map((o) => scoreKey(o)))].filter((k) => !leftPending.includes(k));
      if (!doc || doc.planId !== planId || lost.length > 0) {
        subjectOps.push({
          updateOne: { filter: { _id: subject }, update: lost.length > 0 ? { $set: { planId }, $addToSet: { pending: { $each: lost } } } : { $set: { planId } }, upsert: true },
        });
      }
      if (leftPending.length + lost.length > 0) pendingBySubject.set(subject, [...leftPending, ...lost]);
    }
    await bulkWriteInChunks(this.subjects, subjectOps, { ordered: true });
    await bulkWriteInChunks(this.entries, entryOps, { ordered: false });

    // 5. Re-sum them (for a started plan, every score of the plan: its base may differ), then forget what was pending.
    await this.refreshUnitYears(keys, startedPlans, publish);
    if (pendingBySubject.size > 0) {
      await bulkWriteInChunks(
        this.subjects,
        [...pendingBySubject].map(([subject, pending]) => ({ updateOne: { filter: { _id: subject }, update: { $pullAll: { pending } } } })),
        { ordered: false },
      );
    }
  }

  /** Sets `key` on score entries written before entries had one (at start-up, before consuming). */
  async backfillEntryKeys(): Promise<number> {
    const legacy = await this.entries.find({ key: { $exists: false } }, { _id: 1, planId: 1, unit: 1, year: 1 }).lean().exec();
    if (legacy.length > 0) {
      await bulkWriteInChunks(
        this.entries,
        legacy.map((e) => ({ updateOne: { filter: { _id: e._id }, update: { $set: { key: scoreKey(e) } } } })),
        { ordered: false },
      );
    }
    return legacy.length;
  }

  /** Publishes what a crash left written but unpublished (at start-up). */
  async publishPending(publish: Publish): Promise<number> {
    const pending = await this.scores.find({ pendingEvent: { $ne: null } }).lean().exec();
    await this.publishAndClear(
      pending.map((p) => ({ key: p._id, sequence: p.sequence, event: p.pendingEvent as ScoreUpdated })),
      publish,
    );
    return pending.length;
  }

  private learnRules(events: readonly ScoringEvent[]): void {
    for (const [planId, rules] of Object.entries(rulesFromEvents(events))) this.knownRules.set(planId, rules);
  }

  private rulesOf(planId: string): ScoringRules {
    return this.knownRules.get(planId) ?? DEFAULT_SCORING_RULES;
  }

  /**
   * Re-sums unit-years from their entries and writes, then publishes, a `duban.score.updated.v1`
   * for each that changed. A write is guarded by the score's previous `sequence`: a key another
   * consumer instance moved in between is read and re-summed again.
   */
  private async refreshUnitYears(initial: ReadonlySet<string>, startedPlans: readonly string[], publish: Publish): Promise<void> {
    let keys = [...initial];
    if (keys.length === 0 && startedPlans.length === 0) return;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const current: StoredScore[] = await this.scores
        .find(attempt === 1 && startedPlans.length > 0 ? { $or: [{ _id: { $in: keys } }, { planId: { $in: startedPlans } }] } : { _id: { $in: keys } }, {
          _id: 1,
          sequence: 1,
          digest: 1,
          score: 1,
          pendingEvent: 1,
        })
        .lean()
        .exec();
      if (attempt === 1) keys = [...new Set([...keys, ...current.map((c) => c._id)])];
      if (keys.length === 0) return;

      // What a crash or another instance left unpublished goes out before anything newer of its key.
      const left = current.filter((c) => c.pendingEvent);
      if (left.length > 0) await this.publishAndClear(left.map((c) => ({ key: c._id, sequence: c.sequence, event: c.pendingEvent as ScoreUpdated })), publish);

      const currentByKey = new Map(current.map((c) => [c._id, c]));
      const entriesByKey = groupBy(await this.entries.find({ key: { $in: keys } }).lean().exec(), (r) => r.key);
      const writes: ScoreWrite[] = [];
      for (const key of keys) {
        const { planId, unit, year } = splitKey(key);
        const rules = this.rulesOf(planId);
        const entries = (entriesByKey.get(key) ?? []).map(
          (r): ScoreEntry => ({ planId, unit, year, eventId: r.eventId, type: r.type, subject: r.subject, time: r.time, rule: r.rule as ScoreEntry['rule'], points: r.points, reason: r.reason }),
        );
        const score = scoreUnitYear(planId, unit, year, entries, rules);
        const digest = scoreDigest(score);
        const cur = currentByKey.get(key);
        if (cur?.digest === digest) continue;
        // A unit newly assessed at the base score with nothing charged is stored, not announced:
        // most unit-years never move from it, and subscribers learn of a unit when its score does.
        const silent = !cur && score.items.length === 0 && score.score === rules.base;
        const sequence = silent ? 0 : (cur?.sequence ?? 0) + 1;
        const event: ScoreUpdated | null = silent
          ? null
          : {
              specversion: '1.0',
              id: scoreUpdatedEventId(key, sequence, digest),
              source: SCORES_SOURCE,
              type: EventType.ScoreUpdated,
              subject: key,
              time: new Date().toISOString(),
              datacontenttype: 'application/json',
              sequence,
              data: { ...score, previousScore: cur?.score ?? null },
            };
        const fields = { planId, unit, year, score: score.score, excellent: score.excellent, belowTarget: score.belowTarget, items: score.items, digest, sequence, pendingEvent: event, updatedAt: new Date() };
        const op: AnyBulkWriteOperation<ScoreRecord> = cur
          ? { updateOne: { filter: { _id: key, sequence: cur.sequence }, update: { $set: fields } } }
          : { insertOne: { document: { _id: key, ...fields } } };
        writes.push({ key, sequence, digest, event, op });
      }
      if (writes.length === 0) return;

      const applied = await this.writeScores(writes);
      await this.publishAndClear(
        writes.filter((w) => applied.has(w.key) && w.event).map((w) => ({ key: w.key, sequence: w.sequence, event: w.event as ScoreUpdated })),
        publish,
      );
      keys = writes.filter((w) => !applied.has(w.key)).map((w) => w.key);
      if (keys.length === 0) return;
    }
    throw new Error(`scores ${keys.join(', ')} kept changing under ${MAX_ATTEMPTS} attempts`);
  }

  /** Writes the scores in one bulk write; returns the keys written (the others were moved by another instance). */
  private async writeScores(writes: readonly ScoreWrite[]): Promise<Set<string>> {
    let complete = false;
    try {
      const res = await bulkWriteInChunks(
        this.scores,
        writes.map((w) => w.op),
        { ordered: false },
      );
      complete = res.matchedCount + res.insertedCount === writes.length;
    } catch (e) {
      if (!isBulkDuplicateKeyOnly(e)) throw e;
    }
    if (complete) return new Set(writes.map((w) => w.key));
    // Some update matched nothing or some insert found a score: see which writes are in place.
    const now = await this.scores.find({ _id: { $in: writes.map((w) => w.key) } }, { _id: 1, sequence: 1, digest: 1 }).lean().exec();
    const byKey = new Map(now.map((n) => [n._id, n]));
    return new Set(writes.filter((w) => byKey.get(w.key)?.sequence === w.sequence && byKey.get(w.key)?.digest === w.digest).map((w) => w.key));
  }

  private async publishAndClear(items: readonly { key: string; sequence: number; event: ScoreUpdated }[], publish: Publish): Promise<void> {
    if (items.length === 0) return;
    for (const item of items) await publish(item.event);
    await bulkWriteInChunks(
      this.scores,
      items.map((i) => ({ updateOne: { filter: { _id: i.key, sequence: i.sequence }, update: { $set: { pendingEvent: null } } } })),
      { ordered: false },
    );
  }
}

/** Reads the live scores for `GET /scores`. */
@Injectable()
export class ScoreQueryRepository {
  constructor(@InjectModel(ScoreRecord.name) private readonly scores: Model<ScoreRecord>) {}

  async list(query: ScoresQuery): Promise<ScoresPage> {
    const filter: FilterQuery<ScoreRecord> = {};
    if (query.year !== undefined) filter.year = { $eq: query.year };
    if (query.unit !== undefined) filter.unit = { $eq: query.unit };
    if (query.planId !== undefined) filter.planId = { $eq: query.planId };
    const [docs, total] = await Promise.all([
      this.scores.find(filter).sort({ planId: 1, year: 1, unit: 1 }).skip(query.offset).limit(query.limit).lean().exec(),
      this.scores.countDocuments(filter).exec(),
    ]);
    return { items: docs.map(toScoreResponse), total, limit: query.limit, offset: query.offset };
  }
}

export function toScoreResponse(d: Pick<ScoreRecord, 'planId' | 'unit' | 'year' | 'score' | 'excellent' | 'belowTarget' | 'items' | 'updatedAt'>): ScoreResponse {
  return { planId: d.planId, unit: d.unit, year: d.year, score: d.score, excellent: d.excellent, belowTarget: d.belowTarget, items: d.items, updatedAt: d.updatedAt.toISOString() };
}

function toScoringEvent(r: Pick<ScoreEventRecord, '_id' | 'type' | 'subject' | 'time' | 'sequence' | 'data'>): ScoringEvent {
  return { id: r._id, type: r.type, subject: r.subject, time: r.time.toISOString(), sequence: r.sequence, data: r.data };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A bulk write error whose every failed operation is a duplicate key (an insert that lost a race). */
