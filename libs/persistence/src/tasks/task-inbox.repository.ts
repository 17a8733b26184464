import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import {
  ESCALATION_INBOX_KEYSET,
  TASK_INBOX_KEYSET,
  type EscalationInboxItem,
  type EscalationInboxPage,
  type EscalationListQuery,
  type TaskInboxItem,
  type TaskInboxPage,
  type TaskListQuery,
} from '@duban/contracts';
import { findBucketedPage } from '../store/bucketed-page';
import { ESCALATION_LIST, EscalationRecord } from './escalation.document';
import { ListSequenceRecord } from '../store/list-sequence';
import { ESCALATION_AGE_BUCKETS, escalationAge, escalationAgeBucket, toShanghaiDate, type EscalationAgeBucket } from '@duban/domain';
import { COUNT_MAX_TIME_MS, findPage, pageInfo } from '../store/keyset';
import { escalationAgeFilter, escalationInboxFilter, isOverdue, taskInboxFilter } from './task-inbox.filters';
import { TaskRecord } from './task.document';

/** Reads of the task inbox and the 督查室 inbox, from the projections the tasks consumer keeps. */
@Injectable()
export class TaskInboxRepository {
  constructor(
    @InjectModel(TaskRecord.name) private readonly tasks: Model<TaskRecord>,
    @InjectModel(EscalationRecord.name) private readonly escalations: Model<EscalationRecord>,
    @InjectModel(ListSequenceRecord.name) private readonly positions: Model<ListSequenceRecord>,
  ) {}

  /**
   * One page of tasks matching validated filters, nearest deadline first (keyset order
   * {@link TASK_INBOX_KEYSET}), with `nextCursor` when more follow and `total` only when asked.
   */
  async listTasks(query: TaskListQuery, now: Date): Promise<TaskInboxPage> {
    const page = await findPage(this.tasks, TASK_INBOX_KEYSET, taskInboxFilter(query, now), query);
    return { items: page.docs.map((d) => toTaskItem(d, now)), ...pageInfo(page) };
  }

  /**
   * One page of escalation cases, oldest first (board position, keyset {@link ESCALATION_INBOX_KEYSET}),
   * read bucket by bucket ({@link findBucketedPage}; with `age`, a range, a page may be short and
   * still carry `nextCursor`).
   * With `count=true`, also `total` and counts by unit, by level and by age bucket over every
   * match (ages: working days since raised, on `now`'s Shanghai day). Those read every match, so
   * they are not on every page: the board asks them for `state=open`, the cases still waiting,
   * which stay few (bounded by the deadlines open now, not by the history).
   */
  async listEscalations(query: EscalationListQuery, now: Date = new Date()): Promise<EscalationInboxPage> {
    const filter = escalationInboxFilter(query, now);
    const today = toShanghaiDate(now.toISOString());
    const [page, counts] = await Promise.all([
      findBucketedPage({ model: this.escalations, positions: this.positions, name: ESCALATION_LIST, spec: ESCALATION_INBOX_KEYSET }, filter, query, { equalityOnly: query.age === undefined }),
      query.count ? Promise.all([this.countBy('unit', filter), this.countBy('level', filter), this.countByAge(filter, now)]) : Promise.resolve(undefined),
    ]);
    return {
      items: page.docs.map((d) => toEscalationItem(d, today)),
      ...pageInfo(page),
      ...(counts && { counts: { byUnit: counts[0], byLevel: counts[1], byAge: counts[2] } }),
    };
  }

  /** Every bucket, zero included: one count per bucket's raised-time range (indexed). */
  private async countByAge(filter: ReturnType<typeof escalationInboxFilter>, now: Date): Promise<Record<EscalationAgeBucket, number>> {
    const counts = await Promise.all(ESCALATION_AGE_BUCKETS.map((bucket) => this.escalations.countDocuments({ $and: [filter, escalationAgeFilter(bucket, now)] }).maxTimeMS(COUNT_MAX_TIME_MS).exec()));
    return Object.fromEntries(ESCALATION_AGE_BUCKETS.map((bucket, i) => [bucket, counts[i] ?? 0])) as Record<EscalationAgeBucket, number>;
  }

  private async countBy(field: 'unit' | 'level', filter: ReturnType<typeof escalationInboxFilter>): Promise<Record<string, number>> {
    const groups = await this.escalations
      .aggregate<{ _id: string; n: number }>([{ $match: filter }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }])
      .option({ maxTimeMS: COUNT_MAX_TIME_MS })
      .exec();
    return Object.fromEntries(groups.sort((a, b) => a._id.localeCompare(b._id)).map((g) => [g._id, g.n]));
  }
}

function toTaskItem(d: TaskRecord, now: Date): TaskInboxItem {
  return {
    taskId: d._id,
    planId: d.planId,
    taskCode: d.taskCode,
    unit: d.unit,
    coUnits: d.coUnits,
    title: d.title,
    kind: d.kind,
    due: d.due,
    deadline: d.deadline.toISOString(),
    status: d.status,
    overdue: isOverdue(d, now),
    progressPercent: d.progressPercent,
    pendingContributions: d.pendingContributions,
    extensionPending: d.extensionPending,
    yellowCard: d.yellowCard,
    redCard: d.redCard,
    leadingGroup: d.leadingGroup,
    openEscalations: d.openEscalations,
    updatedAt: d.updatedAt.toISOString(),
    lastEventSequence: d.lastEventSequence,
  };
}

function toEscalationItem(d: EscalationRecord, today: string): EscalationInboxItem {
  const ageWorkingDays = escalationAge(toShanghaiDate(d.raisedAt.toISOString()), today);
  return {
    escalationId: d._id,
    taskId: d.taskId,
    planId: d.planId,
    unit: d.unit,
    coUnits: d.coUnits,
    level: d.level,
    state: d.state,
    due: d.due,
    deadline: d.deadline.toISOString(),
    overdueWorkingDays: d.overdueWorkingDays,
    raisedAt: d.raisedAt.toISOString(),
    ageWorkingDays,
    ageBucket: escalationAgeBucket(ageWorkingDays),
    lastRaisedAt: d.lastRaisedAt.toISOString(),
    repeats: d.repeats,
    ...(d.acknowledgedAt && { acknowledgedAt: d.acknowledgedAt.toISOString() }),
    ...(d.acknowledgedBy && { acknowledgedBy: { sub: d.acknowledgedBy.sub, unit: d.acknowledgedBy.unit, roles: [...d.acknowledgedBy.roles] } }),
    ...(d.acknowledgementNote !== undefined && { acknowledgementNote: d.acknowledgementNote }),
    ...(d.resolvedAt && { resolvedAt: d.resolvedAt.toISOString() }),
    ...(d.resolution && { resolution: d.resolution }),
    updatedAt: d.updatedAt.toISOString(),
  };
}
