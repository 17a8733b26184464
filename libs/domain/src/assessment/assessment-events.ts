import type { z } from 'zod';
import { EVENT_DATA_SCHEMAS, EventType } from '../events';
import type { TargetDefinition } from '../plan/targets.schema';
import type { ScoringEvent } from '../scoring';

/**
 * The plan's own events that the city assessment and the benefit-sharing ledger read, folded in
 * sequence order: a pure function of the event log (the audit log holds them under the plan's
 * subject), so the API, a recompute and the simulation all get the same numbers from the same events.
 */

/** The CloudEvent fields read, as any store holds them (same shape as scoring's). */
export type AssessmentEvent = ScoringEvent;

/** The event types read here (every other type is ignored). */
export const ASSESSMENT_EVENT_TYPES = [EventType.PlanStarted, EventType.TargetReported, EventType.BenefitRecorded] as const;
const READ: ReadonlySet<string> = new Set(ASSESSMENT_EVENT_TYPES);
/** Whether the assessment reads events of this type. */
export const isAssessmentEventType = (type: string): boolean => READ.has(type);

type Data<T extends EventType> = z.infer<(typeof EVENT_DATA_SCHEMAS)[T]>;

/** One target report in force for its period (the last of the period wins: a correction replaces it). */
export interface TargetReportRecord {
  eventId: string;
  period: string;
  value: number;
  values?: Record<string, number>;
  met: boolean;
  note?: string;
  evidence: { title: string; uri: string }[];
  /** Set when this report replaced an earlier one of its period. */
  correction?: { reason: string };
  /** ISO-8601 instant (UTC) of the report's event. */
  reportedAt: string;
  reportedBy: { sub: string; unit: string };
}

/** One benefit-sharing entry in force for its enterprise and period. */
export type BenefitEntry = Omit<Data<typeof EventType.BenefitRecorded>, 'actor'> & { eventId: string; recordedAt: string; recordedBy: { sub: string; unit: string } };

/** What a plan's events say about its targets and its benefit-sharing ledger. */
export interface PlanAssessmentLog {
  planId: string;
  /** From `plan.started`; `undefined` when that event is not (yet) among the events. */
  issuedOn?: string;
  targets: TargetDefinition[];
  /** Reports in force by target code, then period. */
  reports: Map<string, Map<string, TargetReportRecord>>;
  /** Entries in force by `{enterpriseId}/{period}`. */
  benefits: Map<string, BenefitEntry>;
  /** Events folded (after dropping duplicate ids and other types). */
  eventsRead: number;
}

const bySequence = (a: AssessmentEvent, b: AssessmentEvent): number => a.sequence - b.sequence || Date.parse(a.time) - Date.parse(b.time) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The ledger key of an enterprise's period. */
export const benefitKey = (enterpriseId: string, period: string): string => `${enterpriseId}/${period}`;

/**
 * Folds the events of one plan (any order, any types, duplicates allowed: an id counts once) into
 * its targets, the reports in force and the ledger entries in force. Events of other plans, and
 * events whose `data` fails its type's schema (an edited store record), are skipped.
 */
export function foldAssessmentEvents(events: readonly AssessmentEvent[], planId: string): PlanAssessmentLog {
  const log: PlanAssessmentLog = { planId, targets: [], reports: new Map(), benefits: new Map(), eventsRead: 0 };
  const seen = new Set<string>();
  const ordered = events.filter((e) => isAssessmentEventType(e.type) && !seen.has(e.id) && seen.add(e.id)).sort(bySequence);
  for (const e of ordered) {
    if (e.type === EventType.PlanStarted) {
      const d = EVENT_DATA_SCHEMAS[EventType.PlanStarted].safeParse(e.data);
      if (!d.success || d.data.planId !== planId) continue;
      log.issuedOn = d.data.issuedOn;
      log.targets = d.data.targets ?? [];
    } else if (e.type === EventType.TargetReported) {
      const d = EVENT_DATA_SCHEMAS[EventType.TargetReported].safeParse(e.data);
      if (!d.success || d.data.planId !== planId) continue;
      const r = d.data;
      const byPeriod = log.reports.get(r.targetCode) ?? new Map<string, TargetReportRecord>();
      byPeriod.set(r.period, {
        eventId: e.id,
        period: r.period,
        value: r.value,
        ...(r.values && { values: r.values }),
        met: r.met,
        ...(r.note !== undefined && { note: r.note }),
        evidence: r.evidence,
        ...(r.correction && { correction: r.correction }),
        reportedAt: new Date(e.time).toISOString(),
        reportedBy: { sub: r.actor.sub, unit: r.actor.unit },
      });
      log.reports.set(r.targetCode, byPeriod);
    } else {
      const d = EVENT_DATA_SCHEMAS[EventType.BenefitRecorded].safeParse(e.data);
      if (!d.success || d.data.planId !== planId) continue;
      const { actor, ...entry } = d.data;
      log.benefits.set(benefitKey(entry.enterpriseId, entry.period), { ...entry, eventId: e.id, recordedAt: new Date(e.time).toISOString(), recordedBy: { sub: actor.sub, unit: actor.unit } });
    }
    log.eventsRead++;
  }
  return log;
}
