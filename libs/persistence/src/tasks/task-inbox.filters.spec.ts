import { escalationListQuerySchema, taskListQuerySchema } from '@duban/contracts';
import { escalationInboxFilter, isOverdue, taskInboxFilter } from './task-inbox.filters';

const now = new Date('2026-03-10T04:00:00.000Z');
// The inbox lists the plan's tasks unless asked for briefs: every filter carries kind.
const task = { kind: { $eq: 'task' } };
const tasks = (query: Record<string, string>) => taskInboxFilter(taskListQuerySchema.parse(query), now);

describe('taskInboxFilter', () => {
  it('is empty without filters', () => {
    expect(tasks({})).toEqual(task);
  });

  it('compares every value with $eq, and matches a unit as lead or co-unit', () => {
    expect(tasks({ planId: 'p-2026', kind: 'task', status: 'submitted', unit: 'STIIC' })).toEqual({
      planId: { $eq: 'p-2026' },
      kind: { $eq: 'task' },
      status: { $eq: 'submitted' },
      $or: [{ unit: { $eq: 'STIIC' } }, { coUnits: { $eq: 'STIIC' } }],
    });
  });

  it('reads overdue=true as "deadline passed and not accepted", keeping the earlier of it and dueBefore', () => {
    expect(tasks({ overdue: 'true' })).toEqual({ ...task, status: { $ne: 'accepted' }, deadline: { $lt: now } });
    expect(tasks({ overdue: 'true', dueBefore: '2026-03-01' })).toEqual({ ...task, status: { $ne: 'accepted' }, deadline: { $lt: new Date('2026-02-28T16:00:00.000Z') } });
    expect(tasks({ overdue: 'true', dueBefore: '2026-04-01', status: 'in_progress' })).toEqual({ ...task, status: { $eq: 'in_progress', $ne: 'accepted' }, deadline: { $lt: now } });
  });

  it('reads dueBefore as "due strictly before that date" (Asia/Shanghai)', () => {
    expect(tasks({ dueBefore: '2026-04-01' })).toEqual({ ...task, deadline: { $lt: new Date('2026-03-31T16:00:00.000Z') } });
  });

  it('reads overdue=false as the complement, combined with a unit under $and', () => {
    const notOverdue = { $or: [{ deadline: { $gte: now } }, { status: { $eq: 'accepted' } }] };
    expect(tasks({ overdue: 'false' })).toEqual({ ...task, ...notOverdue });
    expect(tasks({ overdue: 'false', unit: 'PLAN' })).toEqual({ ...task, $and: [{ $or: [{ unit: { $eq: 'PLAN' } }, { coUnits: { $eq: 'PLAN' } }] }, notOverdue] });
  });
});

describe('escalationInboxFilter', () => {
  it('filters by state, the escalated unit, level, plan and task with $eq', () => {
    expect(escalationInboxFilter(escalationListQuerySchema.parse({}), now)).toEqual({});
    expect(escalationInboxFilter(escalationListQuerySchema.parse({ state: 'open', unit: 'PLAN', level: 'red', planId: 'p-2026', taskId: 'p-2026.T2.PLAN' }), now)).toEqual({
      state: { $eq: 'open' },
      unit: { $eq: 'PLAN' },
      level: { $eq: 'red' },
      planId: { $eq: 'p-2026' },
      taskId: { $eq: 'p-2026.T2.PLAN' },
    });
  });

  // Monday 2025-10-13, after the 国庆 break (1–8 October off, 09-28 and 10-11 worked): see escalation-age.spec.ts.
  const afterNationalDay = new Date('2025-10-13T04:00:00.000Z');
  it.each([
    ['0-4', { $gte: new Date('2025-09-29T16:00:00.000Z') }],
    ['5-14', { $gte: new Date('2025-09-16T16:00:00.000Z'), $lt: new Date('2025-09-29T16:00:00.000Z') }],
    ['15+', { $lt: new Date('2025-09-16T16:00:00.000Z') }],
  ])('selects age bucket %s by the raised time, at the start of Shanghai days', (age, raisedAt) => {
    expect(escalationInboxFilter(escalationListQuerySchema.parse({ age, state: 'open' }), afterNationalDay)).toEqual({ state: { $eq: 'open' }, raisedAt });
  });

  it('refuses an unknown age bucket', () => {
    expect(escalationListQuerySchema.safeParse({ age: '5-15' }).success).toBe(false);
  });
});

describe('isOverdue', () => {
  it('is true only past the deadline and before acceptance', () => {
    expect(isOverdue({ deadline: '2026-03-09T23:59:59.999+08:00', status: 'in_progress' }, now)).toBe(true);
    expect(isOverdue({ deadline: new Date('2026-03-09T15:59:59.999Z'), status: 'accepted' }, now)).toBe(false);
    expect(isOverdue({ deadline: '2026-03-10T23:59:59.999+08:00', status: 'assigned' }, now)).toBe(false);
  });
});
