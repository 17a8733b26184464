import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import { COUNT_MAX_TIME_MS } from '../store/keyset';
import { EnterpriseRecord } from '../enterprises/enterprise.document';
import { EscalationRecord } from '../tasks/escalation.document';
import { TaskRecord } from '../tasks/task.document';

/** An open task or brief as the console's inbox reads it (the task projection's fields it needs). */
export type OpenTaskRow = Pick<TaskRecord, '_id' | 'planId' | 'taskCode' | 'unit' | 'coUnits' | 'title' | 'kind' | 'due' | 'deadline' | 'status' | 'pendingContributions' | 'extensionPending' | 'yellowCard' | 'redCard' | 'leadingGroup'>;

/** An enterprise with a step open, as the inbox reads it. */
export type OpenStepEnterpriseRow = Pick<EnterpriseRecord, '_id' | 'planId' | 'name' | 'currentSteps' | 'openEscalationIds'>;

/** An escalation case as the board and the cockpit read it. */
export type EscalationCaseRow = Pick<EscalationRecord, '_id' | 'taskId' | 'planId' | 'unit' | 'level' | 'state' | 'due' | 'raisedAt' | 'resolvedAt' | 'acknowledgedAt'>;

/** A task's status per plan, for the cockpit's progress by task. */
export type PlanTaskRow = Pick<TaskRecord, '_id' | 'taskCode' | 'unit' | 'status' | 'due' | 'deadline' | 'progressPercent'>;

const TASK_FIELDS = { planId: 1, taskCode: 1, unit: 1, coUnits: 1, title: 1, kind: 1, due: 1, deadline: 1, status: 1, pendingContributions: 1, extensionPending: 1, yellowCard: 1, redCard: 1, leadingGroup: 1 } as const;
const CASE_FIELDS = { taskId: 1, planId: 1, unit: 1, level: 1, state: 1, due: 1, raisedAt: 1, resolvedAt: 1, acknowledgedAt: 1 } as const;

/**
 * Reads for the web console's read models (issue 13): a unit's open tasks, briefs and enterprise
 * steps for its inbox, the open escalation cases for the 督查室 board, and one plan's tasks and
 * cases for the cockpit. Every read is bounded (a limit and the store's `maxTimeMS`) and returns
 * only the fields the console uses; filters compare with `$eq` only, built from validated values.
 */
@Injectable()
export class ConsoleReadsRepository {
  constructor(
    @InjectModel(TaskRecord.name) private readonly tasks: Model<TaskRecord>,
    @InjectModel(EscalationRecord.name) private readonly escalations: Model<EscalationRecord>,
    @InjectModel(EnterpriseRecord.name) private readonly enterprises: Model<EnterpriseRecord>,
  ) {}

  /**
   * Open (not accepted) tasks or briefs the unit leads or co-works, earliest deadline first, at
   * most `limit` (one more is read to tell the caller the list was cut: `more`).
   */
  async openTasks(unit: string, kind: 'task' | 'brief', limit: number, planId?: string): Promise<{ rows: OpenTaskRow[]; more: boolean }> {
    const filter: FilterQuery<TaskRecord> = {
      kind: { $eq: kind },
      status: { $ne: 'accepted' },
      $or: [{ unit: { $eq: unit } }, { coUnits: { $eq: unit } }],
      ...(planId !== undefined && { planId: { $eq: planId } }),
    };
    const rows = await this.tasks.find(filter, TASK_FIELDS).sort({ deadline: 1, _id: 1 }).limit(limit + 1).lean<OpenTaskRow[]>().exec();
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  /**
   * Enterprises with a step open that `unit` owns, earliest open deadline first (of any of their
   * steps: the projection keeps one `nextDeadline` per enterprise), at most `limit`.
   */
  async openStepsOf(unit: string, limit: number, planId?: string): Promise<{ rows: OpenStepEnterpriseRow[]; more: boolean }> {
    const filter: FilterQuery<EnterpriseRecord> = {
      units: { $eq: unit },
      'currentSteps.unit': { $eq: unit },
      ...(planId !== undefined && { planId: { $eq: planId } }),
    };
    const rows = await this.enterprises
      .find(filter, { planId: 1, name: 1, currentSteps: 1, openEscalationIds: 1 })
      .sort({ nextDeadline: 1, _id: 1 })
      .limit(limit + 1)
      .lean<OpenStepEnterpriseRow[]>()
      .exec();
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  /** Escalation cases not resolved (open or acknowledged), oldest raised first, at most `limit`. */
  async unresolvedCases(limit: number, planId?: string): Promise<{ rows: EscalationCaseRow[]; more: boolean }> {
    const filter: FilterQuery<EscalationRecord> = { state: { $in: ['open', 'acknowledged'] }, ...(planId !== undefined && { planId: { $eq: planId } }) };
    const rows = await this.escalations.find(filter, CASE_FIELDS).sort({ raisedAt: 1, _id: 1 }).limit(limit + 1).lean<EscalationCaseRow[]>().exec();
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  /** Every case of one plan (any state), oldest raised first, at most `limit`: the cockpit's cards over time. */
  async casesOfPlan(planId: string, limit: number): Promise<{ rows: EscalationCaseRow[]; more: boolean }> {
    const rows = await this.escalations.find({ planId: { $eq: planId } }, CASE_FIELDS).sort({ raisedAt: 1, _id: 1 }).limit(limit + 1).lean<EscalationCaseRow[]>().exec();
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  /** One plan's tasks (not briefs), by task code and unit, at most `limit`. */
  async tasksOfPlan(planId: string, limit: number): Promise<{ rows: PlanTaskRow[]; more: boolean }> {
    const rows = await this.tasks
      .find({ planId: { $eq: planId }, kind: { $eq: 'task' } }, { taskCode: 1, unit: 1, status: 1, due: 1, deadline: 1, progressPercent: 1 })
      .sort({ deadline: 1, _id: 1 })
      .limit(limit + 1)
      .lean<PlanTaskRow[]>()
      .exec();
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  /**
   * One plan's enterprises counted by district × status, by track and by chosen park (`$group`s of
   * top-level field paths, which FerretDB 1.x runs), and by track × open step from the first
   * `maxEnterprises` enterprises' fields.
   */
  async enterpriseCounts(planId: string, maxEnterprises: number): Promise<{
    byDistrictStatus: { district: string; status: string; n: number }[];
    byTrackStep: { track: string | null; step: string | null; n: number }[];
    trackTotals: { track: string | null; n: number }[];
    byPark: { parkId: string; parkName: string; region: string; n: number }[];
  }> {
    const match = { $match: { planId: { $eq: planId } } };
    const options = { maxTimeMS: COUNT_MAX_TIME_MS };
    const [districts, steps, tracks, parks] = await Promise.all([
      this.enterprises.aggregate<{ _id: { district: string; status: string }; n: number }>([match, { $group: { _id: { district: '$district', status: '$status' }, n: { $sum: 1 } } }]).option(options).exec(),
      // FerretDB 1.24's $unwind drops every other field (FerretDB#3083) and takes no options
      // (FerretDB#2227): the open steps are read as plain fields and counted in code, bounded.
      this.enterprises.find({ planId: { $eq: planId } }, { _id: 0, track: 1, openStepNames: 1 }).limit(maxEnterprises).lean<Pick<EnterpriseRecord, 'track' | 'openStepNames'>[]>().exec(),
      this.enterprises.aggregate<{ _id: string | null; n: number }>([match, { $group: { _id: '$track', n: { $sum: 1 } } }]).option(options).exec(),
      this.enterprises
        .aggregate<{ _id: string | null; n: number }>([{ $match: { planId: { $eq: planId }, parkId: { $exists: true } } }, { $group: { _id: '$parkId', n: { $sum: 1 } } }])
        .option(options)
        .exec(),
    ]);
    // A park's name and region from one enterprise that chose it: parks chosen are a handful.
    const chosen = parks.filter((g): g is { _id: string; n: number } => typeof g._id === 'string');
    const named = await Promise.all(chosen.map((g) => this.enterprises.findOne({ planId: { $eq: planId }, parkId: { $eq: g._id } }, { _id: 0, park: 1 }).lean<Pick<EnterpriseRecord, 'park'>>().exec()));
    return {
      byDistrictStatus: districts.map((g) => ({ district: g._id.district, status: g._id.status, n: g.n })),
      byTrackStep: countSteps(steps),
      trackTotals: tracks.map((g) => ({ track: g._id ?? null, n: g.n })),
      byPark: chosen.map((g, i) => ({ parkId: g._id, parkName: named[i]?.park?.parkName ?? g._id, region: named[i]?.park?.region ?? '', n: g.n })),
    };
  }
}

/** Enterprises per (track, open step): an enterprise counts once for each step it has open. */
function countSteps(rows: readonly Pick<EnterpriseRecord, 'track' | 'openStepNames'>[]): { track: string | null; step: string | null; n: number }[] {
  const counts = new Map<string, { track: string | null; step: string | null; n: number }>();
  for (const row of rows) {
    for (const step of row.openStepNames ?? []) {
      const key = `${row.track ?? ''}\u0000${step}`;
      const c = counts.get(key) ?? { track: row.track ?? null, step, n: 0 };
      counts.set(key, { ...c, n: c.n + 1 });
    }
  }
  return [...counts.values()];
}
