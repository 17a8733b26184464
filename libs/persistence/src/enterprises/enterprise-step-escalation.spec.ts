import { EventType, eventSource, topicFor, formatSequence, type DubanEvent } from '@duban/contracts';
import { projectTaskEvent } from '../tasks/task-projection';
import { projectEnterpriseEvent } from './enterprise-projection';
import type { EnterpriseRecord } from './enterprise.document';

/**
 * An enterprise's step escalates on the same ladder as a task, but its events travel on the
 * enterprise topic with the enterprise as subject: the 督查室 inbox keeps its case, guarded by the
 * enterprise subject's sequence, and writes no task row.
 */
const enterpriseId = 'ENT-BAOAN-0001';
const stepId = `${enterpriseId}/destination`;
const escalationId = `${stepId}~0~yellow`;
const event = <T extends EventType>(type: T, sequence: number, data: DubanEvent<T>['data']): DubanEvent<T> => ({
  specversion: '1.0',
  id: `e${sequence}`,
  source: eventSource('enterpriseWorkflow'),
  type,
  subject: enterpriseId,
  time: '2010-03-23T15:59:59.999Z',
  datacontenttype: 'application/json',
  sequence: formatSequence(sequence),
  data,
});
const raised = event(EventType.EscalationRaised, 9, {
  escalationId,
  taskId: stepId,
  unit: 'STIIC',
  coUnits: [],
  level: 'yellow',
  due: '2010-03-23',
  deadline: '2010-03-23T23:59:59.999+08:00',
  overdueWorkingDays: 0,
  repeat: 0,
  notify: ['STIIC', 'DUCHA'],
});

it('keeps the case of an enterprise step, guarded by the enterprise sequence, and writes no task row', () => {
  const writes = projectTaskEvent(raised);
  expect(writes.task).toBeUndefined();
  expect(writes.escalation).toMatchObject({ id: escalationId, sequence: 9, upsert: true, update: { $set: { taskId: stepId, unit: 'STIIC', level: 'yellow', lastEventSequence: 9 } } });
  const acknowledged = projectTaskEvent(event(EventType.EscalationAcknowledged, 10, { escalationId, taskId: stepId, level: 'yellow', actor: { sub: 'wang', unit: 'DUCHA', roles: ['supervisor'] } }));
  expect(acknowledged.escalation).toMatchObject({ id: escalationId, sequence: 10, upsert: false, update: { $set: { state: 'acknowledged' } } });
  const resolved = projectTaskEvent(event(EventType.EscalationResolved, 11, { escalationId, taskId: stepId, level: 'yellow', resolution: 'cancelled' }));
  expect(resolved.escalation?.update.$set).toMatchObject({ state: 'resolved', resolution: 'cancelled' });
});

it('publishes the ladder events and directives of an enterprise on the enterprise topic', () => {
  expect(topicFor(raised)).toBe('duban.enterprises.v1');
  expect(topicFor({ type: EventType.DirectiveIssued, source: eventSource('enterpriseWorkflow') })).toBe('duban.enterprises.v1');
  expect(topicFor({ type: EventType.DirectiveIssued, source: eventSource('taskWorkflow') })).toBe('duban.tasks.v1');
});

it('moves an open step’s deadline on a directive, and drops a cancelled step from the enterprise row', () => {
  const row: EnterpriseRecord = {
    _id: enterpriseId,
    planId: 'p',
    name: 'n',
    district: 'BAOAN',
    industry: 'toys',
    status: 'active',
    currentSteps: [{ step: 'destination', stepId, unit: 'STIIC', due: '2010-03-23', deadline: new Date('2010-03-23T15:59:59.999Z'), openedAt: new Date('2010-03-02T02:00:00Z') }],
    openStepNames: ['destination'],
    completedSteps: [],
    units: ['BAOAN', 'STIIC'],
    nextDeadline: new Date('2010-03-23T15:59:59.999Z'),
    openEscalationIds: [],
    registeredAt: new Date('2010-03-01T01:00:00Z'),
    updatedAt: new Date('2010-03-01T01:00:00Z'),
    lastEventSequence: 8,
  };
  const directive = event(EventType.DirectiveIssued, 9, {
    directiveId: `${stepId}~directive~1`,
    taskId: stepId,
    unit: 'STIIC',
    previousDue: '2010-03-23',
    committedDate: '2010-04-30',
    instructions: '限期',
    actor: { sub: 'wang', unit: 'DUCHA', roles: ['supervisor'] },
  });
  const moved = projectEnterpriseEvent(row, directive);
  expect(moved?.currentSteps[0]?.due).toBe('2010-04-30');
  expect(moved?.nextDeadline?.toISOString()).toBe('2010-04-30T15:59:59.999Z');
  const cancelled = projectEnterpriseEvent(
    moved,
    event(EventType.EnterpriseStepCancelled, 10, { enterpriseId, stepId, step: 'destination', unit: 'STIIC', reason: 'reclassified', track: 'D', actor: { sub: 'li', unit: 'STIIC', roles: ['official'] } }),
  );
  expect(cancelled).toMatchObject({ currentSteps: [], openStepNames: [], nextDeadline: null, lastEventSequence: 10 });
});
