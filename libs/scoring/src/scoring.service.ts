import { Injectable } from '@nestjs/common';
import { EventType, type DubanEvent } from '@duban/contracts';
import {
  calendarFromEvents,
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
} from '@duban/domain';
import {
  ScoreEntryRepository,
  ScoreEventRepository,
  ScoreRepository,
  ScoreSubjectRepository,
  type ScoreSubjectUpdate,
  type ScoreWrite,
  type StoredScoreEntry,
  type UnpublishedScoreEvent,
} from '@duban/persistence';
import { scoreDigest, scoreUpdatedEvent, type ScoreUpdatedEvent } from './score-updated.event';

/** How often a unit-year's re-sum is retried when another consumer instance keeps moving it. */
const MAX_ATTEMPTS = 5;

/** Publishes one score event (the scores consumer: to `duban.scores.v1`; a rebuild: nowhere). */
export type Publish = (event: ScoreUpdatedEvent) => Promise<void>;

const entryId = (e: ScoreEntry): string => `${e.eventId}|${e.unit}|${e.rule}`;
const splitKey = (key: string): { planId: string; unit: string; year: number } => {
  const [planId, unit, year] = key.split('/') as [string, string, string];
  return { planId, unit, year: Number(year) };
};
/** The subject of the calendar workflow's events (`duban.calendar.notice-loaded.v1`). */
const CALENDAR_SUBJECT = 'calendar';
/** Events that name their plan in `data.planId` before any other event of their subject does. */
const ORIGIN_TYPES: ReadonlySet<string> = new Set([EventType.TaskAssigned, EventType.EnterpriseRegistered]);

/**
 * The live scores, kept by the scores consumer (and a rebuild from the audit log) from the events
 * scoring reads, a batch of events at a time with a fixed number of store round trips per batch:
 *
 * 1. each event is stored once ({@link ScoreEventRepository}, by id);
 * 2. the affected subjects (the batch's, plus every subject of a plan whose `plan.started` is in
 *    the batch) are scored again from their stored events with the domain's pure
 *    `scoreSubject`, and their entries rewritten ({@link ScoreEntryRepository});
 * 3. every unit-year those subjects touch (old and new entries, participation, and for a started
 *    plan every score of the plan) is re-summed with `scoreUnitYear`; a score whose digest
 *    changed is written with its `duban.score.updated.v1` (next per-unit-year sequence) in the
 *    outbox ({@link ScoreRepository}), then published and cleared, so a crash in between
 *    republishes the same event (same id).
 *
 * Re-summing every touched unit-year (not only those whose entries changed) makes step 3 heal a
 * crash after step 2 on redelivery; the one thing not found again from the entries, a unit-year
 * that lost an entry, is kept in the subject's `pending` ({@link ScoreSubjectRepository}) until
 * its score is refreshed. Applying events again changes nothing and publishes nothing.
 *
 * Moved here from `libs/persistence` (issue 10): the repositories only store and read; every
 * decision (what to recompute, when to retry, what to announce) is this service's.
 */
@Injectable()
export class ScoringService {
  /** Rules found in a plan's `plan.started` (a plan starts once: found rules never change). */
  private readonly knownRules = new Map<string, ScoringRules>();

  constructor(
    private readonly events: ScoreEventRepository,
    private readonly entries: ScoreEntryRepository,
    private readonly subjects: ScoreSubjectRepository,
    private readonly scores: ScoreRepository,
  ) {}

  /** Applies one event (any type; those scoring does not read are ignored). */
  apply(event: DubanEvent, publish: Publish): Promise<void> {
    return this.applyBatch([event], publish);
  }

  /**
   * Applies a batch of events (any types, any order; those scoring does not read are ignored) and
   * publishes, in each unit-year's sequence order, the score events it decides.
   *
   * @throws when a store call fails (the caller redelivers the batch: applying it again is safe),
   *   or when a unit-year kept changing under {@link MAX_ATTEMPTS} guarded writes.
   */
  async applyBatch(batch: readonly DubanEvent[], publish: Publish): Promise<void> {
    const scoring = batch.filter((e) => isScoringEventType(e.type));
    if (scoring.length === 0) return;

    // 1. Store each event once.
    await this.events.storeAll(scoring);

    // 2. The affected subjects and their plans.
    const startedPlans = [...new Set(scoring.filter((e) => e.type === EventType.PlanStarted).map((e) => String((e.data as { planId: string }).planId)))];
    const batchSubjects = [...new Set(scoring.filter((e) => e.type !== EventType.PlanStarted).map((e) => e.subject))];
    const subjectDocs = await this.subjects.find(batchSubjects, startedPlans);
    const docById = new Map(subjectDocs.map((d) => [d._id, d]));
    const affected = [...new Set([...batchSubjects, ...subjectDocs.map((d) => d._id)])];
    const planHints = new Set<string>([...startedPlans, ...subjectDocs.map((d) => d.planId)]);
    for (const e of scoring) {
      const planId = (e.data as { planId?: unknown }).planId;
      if (ORIGIN_TYPES.has(e.type) && typeof planId === 'string') planHints.add(planId);
    }

    // 3. Their stored events (with the `plan.started` of plans whose rules are not known yet) and old entries.
    const rulesWanted = [...planHints].filter((p) => !this.knownRules.has(p));
    // The notices loaded at run time come along (subject `calendar`): overdue days count on them.
    const [stored, oldEntries] = await Promise.all([this.events.findBySubjects([...affected, ...rulesWanted, CALENDAR_SUBJECT]), this.entries.findBySubjects(affected)]);
    const eventsBySubject = groupBy(stored, (e) => e.subject);
    const calendar = calendarFromEvents(eventsBySubject.get(CALENDAR_SUBJECT) ?? []);
    this.learnRules([...eventsBySubject.values()].flat());
    const planOf = new Map<string, string>();
    for (const subject of affected) {
      const events = eventsBySubject.get(subject) ?? [];
      const planId = planOfSubject([...events].sort((a, b) => a.sequence - b.sequence));
      if (planId !== undefined && !events.some((e) => e.type === EventType.PlanStarted)) planOf.set(subject, planId);
    }
    const missingRules = [...new Set(planOf.values())].filter((p) => !this.knownRules.has(p) && !rulesWanted.includes(p));
    if (missingRules.length > 0) this.learnRules(await this.events.findPlanStarted(missingRules));

    // 4. Fresh entries in memory; the unit-years to re-sum.
    const oldBySubject = groupBy(oldEntries, (o) => o.subject);
    const keys = new Set<string>();
    const upserts: StoredScoreEntry[] = [];
    const deletes: string[] = [];
    const subjectUpdates: ScoreSubjectUpdate[] = [];
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
      const fresh = scoreSubject(eventsBySubject.get(subject) ?? [], this.rulesOf(planId), calendar);
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
        upserts.push({ _id: entryId(e), key, planId: p, unit, year, eventId, type, subject: s, time, rule, points, reason });
      }
      const stale = old.filter((o) => !freshIds.has(o._id));
      for (const o of stale) deletes.push(o._id);
      const lost = [...new Set(stale.map((o) => scoreKey(o)))].filter((k) => !leftPending.includes(k));
      if (!doc || doc.planId !== planId || lost.length > 0) subjectUpdates.push({ subject, planId, lost });
      if (leftPending.length + lost.length > 0) pendingBySubject.set(subject, [...leftPending, ...lost]);
    }
    // `pending` first: a crash after the entries' write must not lose a unit-year that lost an entry.
    await this.subjects.record(subjectUpdates);
    await this.entries.write(upserts, deletes);

    // 5. Re-sum them (for a started plan, every score of the plan: its base may differ), then forget what was pending.
    await this.refreshUnitYears(keys, startedPlans, publish);
    if (pendingBySubject.size > 0) await this.subjects.clearPending(pendingBySubject);
  }

  /** Sets the unit-year key of score entries written by an older version (at start-up, before consuming). */
  backfillEntryKeys(): Promise<number> {
    return this.entries.backfillKeys();
  }

  /**
   * Publishes what a crash left written but unpublished (at start-up, before consuming).
   *
   * @returns how many events were published.
   */
  async publishPending(publish: Publish): Promise<number> {
    const pending = await this.scores.findUnpublished();
    await this.publishAndClear(pending, publish);
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
   * consumer instance moved in between is read and re-summed again, up to {@link MAX_ATTEMPTS} times.
   */
  private async refreshUnitYears(initial: ReadonlySet<string>, startedPlans: readonly string[], publish: Publish): Promise<void> {
    let keys = [...initial];
    if (keys.length === 0 && startedPlans.length === 0) return;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const current = await this.scores.find(keys, attempt === 1 ? startedPlans : []);
      if (attempt === 1) keys = [...new Set([...keys, ...current.map((c) => c._id)])];
      if (keys.length === 0) return;

      // What a crash or another instance left unpublished goes out before anything newer of its key.
      const left = current.filter((c) => c.pendingEvent);
      if (left.length > 0) await this.publishAndClear(left.map((c) => ({ key: c._id, sequence: c.sequence, event: c.pendingEvent as ScoreUpdatedEvent })), publish);

      const currentByKey = new Map(current.map((c) => [c._id, c]));
      const entriesByKey = groupBy(await this.entries.findByKeys(keys), (r) => r.key);
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
        const now = new Date();
        const pendingEvent = silent ? null : scoreUpdatedEvent(key, sequence, score, digest, cur?.score ?? null, now.toISOString());
        writes.push({ key, expectedSequence: cur ? cur.sequence : null, score, digest, sequence, pendingEvent, updatedAt: now });
      }
      if (writes.length === 0) return;

      const applied = await this.scores.writeGuarded(writes);
      await this.publishAndClear(
        writes.filter((w) => applied.has(w.key) && w.pendingEvent).map((w) => ({ key: w.key, sequence: w.sequence, event: w.pendingEvent as ScoreUpdatedEvent })),
        publish,
      );
      keys = writes.filter((w) => !applied.has(w.key)).map((w) => w.key);
      if (keys.length === 0) return;
    }
    throw new Error(`scores ${keys.join(', ')} kept changing under ${MAX_ATTEMPTS} attempts`);
  }

  /** Publishes each event in order, then clears them from the outbox (a crash in between publishes them again, same ids). */
  private async publishAndClear(items: readonly UnpublishedScoreEvent[], publish: Publish): Promise<void> {
    if (items.length === 0) return;
    for (const item of items) await publish(item.event);
    await this.scores.clearPublished(items);
  }
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
