import { EventType, eventSource, formatSequence, type DubanEvent } from '@duban/contracts';
import { TaskEventStream, official, supervisor } from './task-events.fixture';
import { projectTaskEvent } from './task-projection';

const taskId = 'p-2026.T2.PLAN';
const escalationId = `${taskId}~0~red`;

function assigned(stream: TaskEventStream) {
  return stream.next(EventType.TaskAssigned, {
    planId: 'p-2026',
    taskCode: 'T2',
    unit: 'PLAN',
    coUnits: ['STIIC', 'HABITAT'],
    title: '产业转移工业园规划',
    due: '2026-03-31',
    deadline: '2026-03-31T23:59:59.999+08:00',
    kind: 'task',
  });
}

const raised = (stream: TaskEventStream, repeat: number) =>
  stream.next(EventType.EscalationRaised, {
    escalationId,
    unit: 'PLAN',
    coUnits: ['STIIC', 'HABITAT'],
    level: 'red',
    due: '2026-03-31',
    deadline: '2026-03-31T23:59:59.999+08:00',
    overdueWorkingDays: 5 + repeat * 5,
    repeat,
    notify: ['PLAN', 'DUCHA'],
  });

describe('projectTaskEvent', () => {
  it('creates the task row from its assignment, and only from it', () => {
    const stream = new TaskEventStream(taskId);
    const event = assigned(stream);
    const { task, escalation } = projectTaskEvent(event);
    expect(escalation).toBeUndefined();
    expect(task).toMatchObject({ id: taskId, sequence: 1, upsert: true });
    expect(task?.update.$set).toEqual({
      planId: 'p-2026',
      taskCode: 'T2',
      unit: 'PLAN',
      coUnits: ['STIIC', 'HABITAT'],
      title: '产业转移工业园规划',
      kind: 'task',
      due: '2026-03-31',
      originalDue: '2026-03-31',
      deadline: new Date('2026-03-31T15:59:59.999Z'),
      status: 'assigned',
      progressPercent: 0,
      submissions: 0,
      pendingContributions: ['STIIC', 'HABITAT'],
      extensionPending: false,
      yellowCard: false,
      redCard: false,
      leadingGroup: false,
      openEscalations: 0,
      assignedAt: new Date(event.time),
      updatedAt: new Date(event.time),
      lastEventSequence: 1,
    });
  });

  it('follows the task through contributions, progress, submission, rejection and acceptance, never creating it', () => {
    const stream = new TaskEventStream(taskId);
    assigned(stream);
    const steps = [
      stream.next(EventType.ContributionSubmitted, { unit: 'STIIC', summary: 'ok', evidence: [], actor: official('STIIC') }),
      stream.next(EventType.ContributionWaived, { unit: 'HABITAT', reason: 'not needed', actor: supervisor }),
      stream.next(EventType.TaskProgressReported, { percent: 60, note: 'draft', evidence: [{ title: 'draft', uri: 'doc://plans/t2' }], actor: official('PLAN') }),
      stream.next(EventType.TaskSubmitted, { version: 1, summary: 'plan v1', evidence: [], actor: official('PLAN') }),
      stream.next(EventType.TaskRejected, { version: 1, reason: 'incomplete', actor: supervisor }),
      stream.next(EventType.TaskSubmitted, { version: 2, summary: 'plan v2', evidence: [], actor: official('PLAN') }),
      stream.next(EventType.TaskAccepted, { version: 2, actor: supervisor }),
    ];
    const writes = steps.map((e) => projectTaskEvent(e).task);
    expect(writes.every((w) => w?.upsert === false && w.id === taskId)).toBe(true);
    expect(writes.map((w) => w?.sequence)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const stamp = (i: number) => ({ updatedAt: new Date(steps[i]?.time as string), lastEventSequence: i + 2 });
    expect(writes.map((w) => w?.update)).toEqual([
      { $set: { status: 'in_progress', ...stamp(0) }, $pull: { pendingContributions: 'STIIC' } },
      { $set: stamp(1), $pull: { pendingContributions: 'HABITAT' } },
      { $set: { status: 'in_progress', progressPercent: 60, ...stamp(2) } },
      { $set: { status: 'submitted', submissions: 1, ...stamp(3) } },
      { $set: { status: 'in_progress', ...stamp(4) } },
      { $set: { status: 'submitted', submissions: 2, ...stamp(5) } },
      { $set: { status: 'accepted', acceptedAt: new Date(steps[6]?.time as string), ...stamp(6) } },
    ]);
  });

  it('moves the deadline in force on an approved extension and on a directive', () => {
    const stream = new TaskEventStream(taskId);
    assigned(stream);
    const requested = projectTaskEvent(
      stream.next(EventType.ExtensionRequested, { requestId: 1, previousDue: '2026-03-31', requestedDue: '2026-04-30', reason: 'survey', actor: official('PLAN') }),
    );
    expect(requested.task?.update.$set).toMatchObject({ extensionPending: true });
    const approved = projectTaskEvent(
      stream.next(EventType.ExtensionDecided, { requestId: 1, decision: 'approve', previousDue: '2026-03-31', due: '2026-04-30', actor: supervisor }),
    );
    expect(approved.task?.update.$set).toMatchObject({ extensionPending: false, due: '2026-04-30', deadline: new Date('2026-04-30T15:59:59.999Z') });
    const directive = projectTaskEvent(
      stream.next(EventType.DirectiveIssued, {
        directiveId: `${taskId}~directive~1`,
        unit: 'PLAN',
        previousDue: '2026-04-30',
        committedDate: '2026-05-15',
        instructions: '限期完成',
        actor: supervisor,
      }),
    );
    expect(directive.task?.update.$set).toMatchObject({ due: '2026-05-15', deadline: new Date('2026-05-15T15:59:59.999Z') });
  });

  it('opens, repeats, acknowledges and resolves an escalation case, keeping the task flags and count', () => {
    const stream = new TaskEventStream(taskId);
    assigned(stream);
    const first = raised(stream, 0);
    const open = projectTaskEvent(first);
    expect(open.task?.update).toEqual({ $set: { redCard: true, updatedAt: new Date(first.time), lastEventSequence: 2 }, $inc: { openEscalations: 1 } });
    expect(open.escalation).toMatchObject({ id: escalationId, sequence: 2, upsert: true });
    expect(open.escalation?.update).toEqual({
      $set: {
        taskId,
        planId: 'p-2026',
        unit: 'PLAN',
        coUnits: ['STIIC', 'HABITAT'],
        level: 'red',
        due: '2026-03-31',
        deadline: new Date('2026-03-31T15:59:59.999Z'),
        overdueWorkingDays: 5,
        lastRaisedAt: new Date(first.time),
        repeats: 0,
        updatedAt: new Date(first.time),
        lastEventSequence: 2,
      },
      $setOnInsert: { state: 'open', raisedAt: new Date(first.time) },
    });

    // A repeat is the same case: the task's count and flag stay, only the case changes.
    const again = projectTaskEvent(raised(stream, 1));
    expect(again.task?.update).toEqual({ $set: { updatedAt: expect.any(Date), lastEventSequence: 3 } });
    expect(again.escalation?.update.$set).toMatchObject({ repeats: 1, overdueWorkingDays: 10, lastEventSequence: 3 });

    const ack = stream.next(EventType.EscalationAcknowledged, { escalationId, level: 'red', note: '已督办', actor: supervisor });
    const acknowledged = projectTaskEvent(ack);
    expect(acknowledged.task?.update).toEqual({ $set: { updatedAt: new Date(ack.time), lastEventSequence: 4 } });
    expect(acknowledged.escalation).toMatchObject({ id: escalationId, upsert: false });
    expect(acknowledged.escalation?.update.$set).toEqual({
      state: 'acknowledged',
      acknowledgedAt: new Date(ack.time),
      acknowledgedBy: supervisor,
      acknowledgementNote: '已督办',
      updatedAt: new Date(ack.time),
      lastEventSequence: 4,
    });

    const done = stream.next(EventType.EscalationResolved, { escalationId, level: 'red', resolution: 'deadline-moved' });
    const resolved = projectTaskEvent(done);
    expect(resolved.task?.update).toEqual({ $set: { redCard: false, updatedAt: new Date(done.time), lastEventSequence: 5 }, $inc: { openEscalations: -1 } });
    expect(resolved.escalation?.update.$set).toEqual({ state: 'resolved', resolvedAt: new Date(done.time), resolution: 'deadline-moved', updatedAt: new Date(done.time), lastEventSequence: 5 });
  });

  it('advances the sequence on a reminder, and ignores plan events', () => {
    const stream = new TaskEventStream(taskId);
    assigned(stream);
    const reminder = projectTaskEvent(stream.next(EventType.DeadlineReminder, { unit: 'PLAN', due: '2026-03-31', deadline: '2026-03-31T23:59:59.999+08:00', daysBefore: 7, notify: ['PLAN'] }));
    expect(reminder.task?.update).toEqual({ $set: { updatedAt: expect.any(Date), lastEventSequence: 2 } });
    const planStarted: DubanEvent = {
      specversion: '1.0',
      id: 'plan-1',
      source: eventSource('planWorkflow'),
      type: EventType.PlanCompleted,
      subject: 'p-2026',
      time: '2026-03-02T01:00:00.000Z',
      datacontenttype: 'application/json',
      sequence: formatSequence(2),
      data: { planId: 'p-2026' },
    };
    expect(projectTaskEvent(planStarted)).toEqual({});
  });
});
