import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { EscalationInboxItem, EscalationInboxPage, EscalationListQuery, TaskInboxItem, TaskInboxPage, TaskListQuery } from '@duban/contracts';
import { EscalationRecord } from './escalation.schema';
import { ESCALATION_AGE_BUCKETS, escalationAge, escalationAgeBucket, toShanghaiDate, type EscalationAgeBucket } from '@duban/domain';
import { ESCALATION_INBOX_SORT, TASK_INBOX_SORT, escalationAgeFilter, escalationInboxFilter, isOverdue, taskInboxFilter } from './task-inbox.filters';
import { TaskRecord } from './task.schema';

/** Reads of the task inbox and the 督查室 inbox, from the projections the tasks consumer keeps. */
@Injectable()
export class TaskInboxRepository {
  constructor(
    @InjectModel(TaskRecord.name) private readonly tasks: Model<TaskRecord>,
    @InjectModel(EscalationRecord.name) private readonly escalations: Model<EscalationRecord>,
  ) {}

  /** One page of tasks matching validated filters, nearest deadline first, and how many match in all. */
  async listTasks(query: TaskListQuery, now: Date): Promise<TaskInboxPage> {
    const filter = taskInboxFilter(query, now);
    const [docs, total] = await Promise.all([
      this.tasks.find(filter).sort(TASK_INBOX_SORT).skip(query.offset).limit(query.limit).lean().exec(),
      this.tasks.countDocuments(filter).exec(),
    ]);
    return { items: docs.map((d) => toTaskItem(d, now)), total };
  }

  /**
   * One page of escalation cases, oldest first, with counts by unit, by level and by age bucket
   * over every match. Ages are working days since raised, on `now`'s Shanghai day.
   */
  async listEscalations(query: EscalationListQuery, now: Date = new Date()): Promise<EscalationInboxPage> {
    const filter = escalationInboxFilter(query, now);
    const today = toShanghaiDate(now.toISOString());
    const [docs, total, byUnit, byLevel, byAge] = await Promise.all([
      this.escalations.find(filter).sort(ESCALATION_INBOX_SORT).skip(query.offset).limit(query.limit).lean().exec(),
      this.escalations.countDocuments(filter).exec(),
      this.countBy('unit', filter),
      this.countBy('level', filter),
      this.countByAge(filter, now),
    ]);
    return { items: docs.map((d) => toEscalationItem(d, today)), total, counts: { byUnit, byLevel, byAge } };
  }

  /** Every bucket, zero included: one count per bucket's raised-time range (indexed). */
  private async countByAge(filter: ReturnType<typeof escalationInboxFilter>, now: Date): Promise<Record<EscalationAgeBucket, number>> {
    const counts = await Promise.all(ESCALATION_AGE_BUCKETS.map((bucket) => this.escalations.countDocuments({ $and: [filter, escalationAgeFilter(bucket, now)] }).exec()));
    return Object.fromEntries(ESCALATION_AGE_BUCKETS.map((bucket, i) => [bucket, counts[i] ?? 0])) as Record<EscalationAgeBucket, number>;
  }

  private async countBy(field: 'unit' | 'level', filter: ReturnType<typeof escalationInboxFilter>): Promise<Record<string, number>> {
    const groups = await this.escalations
      .aggregate<{ _id: string; n: number }>([{ $match: filter }, { $group: { _id: `$${field}`, n: { $sum: 1 } } }])
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
