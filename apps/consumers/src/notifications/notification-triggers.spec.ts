import { EVENT_CATALOG, eventSource, formatSequence, type DubanEvent, type EventData, type EventType } from '@duban/contracts';
import { linkOf, notificationsOf, triggerOf } from './notification-triggers';

const taskId = 'shenzhen-2009-98.T4.FUTIAN';
const red = `${taskId}~0~red`;

const supervisor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };
const official = (unit: string) => ({ sub: `official.${unit.toLowerCase()}`, unit, roles: ['official'] });

/** Valid events of one task, numbered like the task workflow's outbox. */
class TaskEventStream {
  private sequence = 0;
  constructor(readonly taskId: string) {}
  next<T extends EventType>(type: T, data: Omit<EventData<T>, 'taskId'>): DubanEvent<T> {
    this.sequence++;
    return {
      specversion: '1.0',
      id: `${this.taskId}#${this.sequence}`,
      source: eventSource('taskWorkflow'),
      type,
      subject: this.taskId,
      time: new Date(Date.parse('2026-03-02T01:00:00.000Z') + this.sequence * 60_000).toISOString(),
      datacontenttype: 'application/json',
      sequence: formatSequence(this.sequence),
      data: EVENT_CATALOG[type].data.parse({ taskId: this.taskId, ...data }) as EventData<T>,
    };
  }
}

function enterpriseEvent<T extends EventType>(type: T, data: EventData<T>, sequence = 3): DubanEvent<T> {
  return {
    specversion: '1.0',
    id: `E-0001#${sequence}`,
    source: eventSource('enterpriseWorkflow'),
    type,
    subject: 'E-0001',
    time: '2026-03-02T02:00:00.000Z',
    datacontenttype: 'application/json',
    sequence: formatSequence(sequence),
    data: EVENT_CATALOG[type].data.parse(data) as EventData<T>,
  };
}

describe('notifications of events', () => {
  const stream = new TaskEventStream(taskId);
  const raised = stream.next('duban.escalation.raised.v1', {
    escalationId: red,
    unit: 'FUTIAN',
    coUnits: [],
    level: 'red',
    due: '2026-02-20',
    deadline: '2026-02-20T23:59:59.999+08:00',
    overdueWorkingDays: 5,
    repeat: 0,
    notify: ['FUTIAN', 'DUCHA'],
  });

  it('stores a red card once per recipient, keyed by event id and unit, at the event time, linked to the task and case', () => {
    const notifications = notificationsOf(raised);
    expect(notifications.map((n) => [n._id, n.recipient, n.role])).toEqual([
      [`${raised.id}:FUTIAN`, 'FUTIAN', 'responsible'],
      [`${raised.id}:DUCHA`, 'DUCHA', 'supervision'],
    ]);
    expect(notifications[1]).toMatchObject({
      kind: 'escalation',
      unit: 'FUTIAN',
      eventType: 'duban.escalation.raised.v1',
      subject: taskId,
      link: { kind: 'task', id: taskId, escalationId: red },
      escalationId: red,
      createdAt: new Date(raised.time),
    });
    // Deterministic: the same event always gives the same notifications.
    expect(notificationsOf(raised)).toEqual(notifications);
  });

  it('tells the unit of the case about an acknowledgement, from the case when it knows it', () => {
    const ack = stream.next('duban.escalation.acknowledged.v1', { escalationId: red, level: 'red', actor: supervisor });
    expect(triggerOf(ack)).toMatchObject({ kind: 'acknowledged', unit: 'FUTIAN' });
    const step = enterpriseEvent('duban.escalation.acknowledged.v1', { escalationId: 'E-0001/destination~0~red', taskId: 'E-0001/destination', level: 'red', actor: supervisor });
    expect(triggerOf(step)).toBeUndefined();
    expect(notificationsOf(step, { unitOfEscalation: 'STIIC' }).map((n) => [n.recipient, n.link])).toEqual([
      ['STIIC', { kind: 'enterprise', id: 'E-0001', stepId: 'E-0001/destination', escalationId: 'E-0001/destination~0~red' }],
    ]);
  });

  it('tells the lead unit of reviews and extension decisions, from the task id', () => {
    const rejected = stream.next('duban.task.rejected.v1', { version: 1, reason: '缺少佐证', actor: supervisor });
    const decided = stream.next('duban.task.extension-decided.v1', { requestId: 1, decision: 'refuse', previousDue: '2026-02-20', due: '2026-02-20', actor: supervisor });
    expect(notificationsOf(rejected).map((n) => [n.recipient, n.kind, n.body.zh])).toEqual([['FUTIAN', 'reviewed', `${taskId} 的提交被退回：缺少佐证`]]);
    expect(notificationsOf(decided).map((n) => [n.recipient, n.title.en])).toEqual([['FUTIAN', `Extension refused: ${taskId}`]]);
  });

  it('tells a step’s owner that it opened, with the step’s name', () => {
    const opened = enterpriseEvent('duban.enterprise.step-opened.v1', { enterpriseId: 'E-0001', stepId: 'E-0001/destination', step: 'destination', unit: 'STIIC', due: '2026-03-20', deadline: '2026-03-20T23:59:59.999+08:00' });
    expect(notificationsOf(opened).map((n) => [n.recipient, n.title.zh, n.link])).toEqual([['STIIC', '新办理环节：承接地匹配（E-0001）', { kind: 'enterprise', id: 'E-0001', stepId: 'E-0001/destination' }]]);
    expect(linkOf(opened).kind).toBe('enterprise');
  });

  it('notifies no one of progress reports, submissions or registrations', () => {
    const progress = stream.next('duban.task.progress-reported.v1', { percent: 10, note: 'x', evidence: [], actor: official('FUTIAN') });
    const submitted = stream.next('duban.task.submitted.v1', { version: 1, summary: 'x', evidence: [], actor: official('FUTIAN') });
    expect([...notificationsOf(progress), ...notificationsOf(submitted)]).toEqual([]);
  });
});
