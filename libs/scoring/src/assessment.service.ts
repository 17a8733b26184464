import { Injectable } from '@nestjs/common';
import type { Db } from 'mongodb';
import { parseSequence } from '@duban/contracts';
import {
  ASSESSMENT_EVENT_TYPES,
  assessCity,
  benefitLedger,
  foldAssessmentEvents,
  isAssessmentEventType,
  targetStatuses,
  type AssessmentEvent,
  type BenefitLedger,
  type CityAssessment,
  type PlanAssessmentLog,
  type TargetStatus,
} from '@duban/domain';
import { AuditEventRepository, ScoreQueryRepository } from '@duban/persistence';

/** Most unit scores one plan-year can have (every unit of a plan); `GET /scores` pages at 1,000. */
const MAX_UNITS = 1000;
/** The store's limit on reading one plan's events (they are few: the plan's own subject). */
const READ_MAX_TIME_MS = 5000;

/** The city's assessment with the units' scores of the same plan and year beside it. */
export interface CityAssessmentWithUnits extends CityAssessment {
  units: { unit: string; score: number; excellent: boolean }[];
  eventsRead: number;
}

/**
 * The city's assessment (三, 六(三)), the plan's targets and its benefit-sharing ledger (二(四)) as an
 * application service: each answer is recomputed from the plan's events in the audit log with the
 * domain's pure functions (`foldAssessmentEvents`, `assessCity`, `benefitLedger`), the way
 * {@link ScoringService}'s recompute re-derives the unit scores, so there is no projection to
 * drift from the log. The plan's events are its own subject's (a few per target and period), read
 * whole on each call: cheap at the seed's scale (4 targets, some hundreds of ledger rows); a plan
 * with tens of thousands of ledger rows would want a projection kept by a consumer instead.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly audit: AuditEventRepository,
    private readonly scores: ScoreQueryRepository,
  ) {}

  /** The plan's assessment events from the audit log, folded; `undefined` when its `plan.started` is not there (an unknown plan). */
  async log(planId: string): Promise<PlanAssessmentLog | undefined> {
    const events: AssessmentEvent[] = [];
    for await (const e of this.audit.stream({ subject: planId }, { maxTimeMS: READ_MAX_TIME_MS })) {
      if (isAssessmentEventType(e.type)) events.push({ id: e.id, type: e.type, subject: e.subject, time: e.time, sequence: e.sequence, data: e.data as Record<string, unknown> });
    }
    const log = foldAssessmentEvents(events, planId);
    return log.issuedOn === undefined ? undefined : log;
  }

  async targets(planId: string): Promise<{ planId: string; targets: TargetStatus[]; eventsRead: number } | undefined> {
    const log = await this.log(planId);
    return log && { planId, targets: targetStatuses(log), eventsRead: log.eventsRead };
  }

  /** The city's score for `year` with every unit's score of the plan and year (the live scores, `GET /scores`). */
  async city(planId: string, year: number): Promise<CityAssessmentWithUnits | undefined> {
    const log = await this.log(planId);
    if (!log) return undefined;
    const page = await this.scores.list({ planId, year, limit: MAX_UNITS, offset: 0 });
    const units = page.items.map((s) => ({ unit: s.unit, score: s.score, excellent: s.excellent }));
    return { ...assessCity(log, year), units, eventsRead: log.eventsRead };
  }

  /**
   * The ledger summed per district or park; `district` keeps only that district's entries (a
   * district's officials see their own).
   */
  async ledger(planId: string, groupBy: 'district' | 'park', year?: number, district?: string): Promise<(BenefitLedger & { eventsRead: number }) | undefined> {
    const log = await this.log(planId);
    if (!log) return undefined;
    if (district !== undefined) {
      for (const [key, entry] of log.benefits) if (entry.district !== district) log.benefits.delete(key);
    }
    return { ...benefitLedger(log, groupBy, year), eventsRead: log.eventsRead };
  }
}

/**
 * A plan's assessment events read straight from the audit log of a driver `Db`, for tools that run
 * without Nest (the simulation's report, a recompute): the same events {@link AssessmentService} reads.
 */
export async function readAssessmentEvents(db: Db, planId: string): Promise<AssessmentEvent[]> {
  const docs = await db
    .collection<{ _id: string; type: string; subject: string; time: Date | string; sequence: number | string; data: Record<string, unknown> }>('audit_events')
    .find({ subject: planId, type: { $in: [...ASSESSMENT_EVENT_TYPES] } }, { projection: { _id: 1, type: 1, subject: 1, time: 1, sequence: 1, data: 1 }, maxTimeMS: READ_MAX_TIME_MS * 6 })
    .toArray();
  return docs.map((d) => ({ id: d._id, type: d.type, subject: d.subject, time: new Date(d.time).toISOString(), sequence: parseSequence(d.sequence), data: d.data }));
}
