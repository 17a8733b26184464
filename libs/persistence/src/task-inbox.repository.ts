import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { EscalationInboxItem, EscalationInboxPage, EscalationListQuery, TaskInboxItem, TaskInboxPage, TaskListQuery } from '@duban/contracts';
import { EscalationRecord } from './escalation.schema';
import { ESCALATION_INBOX_SORT, TASK_INBOX_SORT, escalationInboxFilter, isOverdue, taskInboxFilter } from './task-inbox.filters';
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

  /** One page of escalation cases, oldest first, with counts by unit and by level over every match. */
  async listEscalations(query: EscalationListQuery): Promise<EscalationInboxPage> {
    const filter = escalationInboxFilter(query);
    const [docs, total, byUnit, byLevel] = await Promise.all([
      this.escalations.find(filter).sort(ESCALATION_INBOX_SORT).skip(query.offset).limit(query.limit).lean().exec(),
      this.escalations.countDocuments(filter).exec(),
      this.countBy('unit', filter),
      this.countBy('level', filter),
    ]);
    return { items: docs.map(toEscalationItem), total, counts: { byUnit, byLevel } };
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

function toEscalationItem(d: EscalationRecord): EscalationInboxItem {
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
