import type { FilterQuery } from 'mongoose';
import type { EscalationListQuery, PageQuery, TaskListQuery } from '@duban/contracts';
import { escalationAgeRange, toShanghaiDate, type EscalationAgeBucket } from '@duban/domain';
import type { EscalationRecord } from './escalation.document';
import type { TaskRecord } from './task.document';

/** The start of a date in Asia/Shanghai (UTC+8, no daylight saving). */
const startOfShanghaiDay = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/**
 * The store filter of the task inbox, built only from validated fields (every value compared
 * with `$eq`, so nothing a caller sends can become an operator).
 *
 * - `unit`: tasks the unit leads or contributes to as a co-unit;
 * - `overdue`: `true` is "the deadline is before `now` and the task is not accepted", `false` the
 *   complement;
 * - `dueBefore`: the deadline date in force is strictly before that date.
 */
export function taskInboxFilter(query: Omit<TaskListQuery, keyof PageQuery>, now: Date): FilterQuery<TaskRecord> {
  const filter: FilterQuery<TaskRecord> = {};
  const alternatives: FilterQuery<TaskRecord>[] = [];
  if (query.planId !== undefined) filter.planId = { $eq: query.planId };
  if (query.kind !== undefined) filter.kind = { $eq: query.kind };
  if (query.taskCode !== undefined) filter.taskCode = { $eq: query.taskCode };
  if (query.unit !== undefined) alternatives.push({ $or: [{ unit: { $eq: query.unit } }, { coUnits: { $eq: query.unit } }] });

  const status: Record<string, string> = {};
  if (query.status !== undefined) status['$eq'] = query.status;
  const deadline: Record<string, Date> = {};
  if (query.dueBefore !== undefined) deadline['$lt'] = startOfShanghaiDay(query.dueBefore);
  if (query.overdue === true) {
    if (deadline['$lt'] === undefined || now < deadline['$lt']) deadline['$lt'] = now;
    status['$ne'] = 'accepted';
  } else if (query.overdue === false) {
    alternatives.push({ $or: [{ deadline: { $gte: now } }, { status: { $eq: 'accepted' } }] });
  }
  if (Object.keys(status).length > 0) filter.status = status;
  if (Object.keys(deadline).length > 0) filter.deadline = deadline;

  if (alternatives.length === 1) Object.assign(filter, alternatives[0]);
  else if (alternatives.length > 1) filter.$and = alternatives;
  return filter;
}

/**
 * The store filter of the 督查室 inbox: `unit` is the unit escalated (the task's lead unit or the
 * step's owner); `age` selects the cases raised on the days of that age bucket on `now`'s
 * Shanghai day (see {@link escalationAgeFilter}).
 */
export function escalationInboxFilter(query: Omit<EscalationListQuery, keyof PageQuery>, now: Date): FilterQuery<EscalationRecord> {
  const filter: FilterQuery<EscalationRecord> = {};
  if (query.state !== undefined) filter.state = { $eq: query.state };
  if (query.unit !== undefined) filter.unit = { $eq: query.unit };
  if (query.level !== undefined) filter.level = { $eq: query.level };
  if (query.planId !== undefined) filter.planId = { $eq: query.planId };
  if (query.taskId !== undefined) filter.taskId = { $eq: query.taskId };
  if (query.age !== undefined) Object.assign(filter, escalationAgeFilter(query.age, now));
  return filter;
}

/**
 * The cases of one age bucket on `now`: a range on `raisedAt` from the start of the bucket's
 * first raised day to the start of the day after its last (Asia/Shanghai), worked out with the
 * working-day calendar (weekends-only for years without a holiday notice, as plans do).
 */
export function escalationAgeFilter(bucket: EscalationAgeBucket, now: Date): FilterQuery<EscalationRecord> {
  const range = escalationAgeRange(bucket, toShanghaiDate(now.toISOString()));
  const raisedAt: Record<string, Date> = {};
  if (range.raisedFrom !== undefined) raisedAt['$gte'] = startOfShanghaiDay(range.raisedFrom);
  if (range.raisedBefore !== undefined) raisedAt['$lt'] = startOfShanghaiDay(range.raisedBefore);
  return { raisedAt };
}

/** Whether a task is overdue at `now`: its deadline has passed and it is not accepted. */
export function isOverdue(task: { deadline: Date | string; status: string }, now: Date): boolean {
  return task.status !== 'accepted' && new Date(task.deadline).getTime() < now.getTime();
}
