import { ErrorCode, EventType, type Actor, type EventData } from '@duban/contracts';
import { expandAssignments, parsePlanDefinition, type PlanDefinitionInput } from '@duban/domain';
import { isRejection, type Decided, type Decision, type Rejection } from '../lib/decision';
import { assignTask, decideTask, newTaskState, noteSubtaskStatus, subtaskAssignment, wakeTask, type TaskCommand, type TaskState } from './task.decider';

/**
 * 逐级落实 (六(三)) in the task's decisions: a district's task broken down for its departments
 * (those of the plan definition and those an official adds), the refusals, the parent's summary
 * following its sub-tasks, the parent's submit waiting for them, and a sub-task's escalations
 * reaching the parent's unit. The departments are examples of ours.
 */
const unit = (code: string, parent?: string) => ({ code, name: code, nameEn: code, ...(parent && { parent }) });
const definition: PlanDefinitionInput = {
  planId: 'cascade-test',
  title: '逐级落实',
  titleEn: 'Cascade',
  issuedOn: '2026-01-05',
  timeZone: 'Asia/Shanghai',
  units: [unit('FUTIAN'), unit('LUOHU'), unit('FUTIAN_ECON', 'FUTIAN'), unit('FUTIAN_DRC', 'FUTIAN'), unit('DUCHA')],
  tasks: [
    {
      code: 'T4',
      title: '招商引资',
      titleEn: 'Investment promotion',
      lead: 'FUTIAN',
      deliverable: '区产业转移规划',
      due: '2026-06-30',
      subtasks: [{ unit: 'FUTIAN_ECON', title: '组织企业赴园区考察', due: '2026-05-29' }],
    },
  ],
};
const [t4] = expandAssignments(parsePlanDefinition(definition));
if (!t4) throw new Error('fixture: no T4');
const ECON_ID = `${t4.taskId}.FUTIAN_ECON`;
const DRC_ID = `${t4.taskId}.FUTIAN_DRC`;

const futian: Actor = { sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] };
const econ: Actor = { sub: 'lin.hua', unit: 'FUTIAN_ECON', roles: ['official'] };
const luohu: Actor = { sub: 'he.ping', unit: 'LUOHU', roles: ['official'] };
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };

/** 2026-01-12 10:00 in Shanghai. */
const NOW = '2026-01-12T02:00:00.000Z';

function accepted<S>(decided: Decided<S>): Decision<S> {
  if (isRejection(decided)) throw new Error(`refused: ${decided.code} ${decided.message}`);
  return decided;
}
function refused<S>(decided: Decided<S>): Rejection {
  if (!isRejection(decided)) throw new Error(`accepted with ${decided.events.map((e) => e.type).join(', ') || 'no events'}`);
  return decided;
}
const after = (state: TaskState, commands: TaskCommand[]): TaskState => commands.reduce((s, c) => accepted(decideTask(s, c, NOW)).state, state);
const assigned = (): TaskState => assignTask(newTaskState(t4, NOW), NOW).state;
const cascadeDrc: TaskCommand = { type: 'cascade', actor: futian, unit: 'FUTIAN_DRC', title: '编制配套政策', due: '2026-06-15' };

describe('a task with sub-tasks in its plan definition', () => {
  it('is assigned with them: one TaskCascaded each, and their summaries in its view', () => {
    const d = assignTask(newTaskState(t4, NOW), NOW);
    expect(d.events.map((e) => e.type)).toEqual([EventType.TaskAssigned, EventType.TaskCascaded]);
    expect(d.events[1]?.data).toEqual({
      taskId: t4.taskId,
      subtaskId: ECON_ID,
      planId: 'cascade-test',
      unit: 'FUTIAN_ECON',
      title: '组织企业赴园区考察',
      due: '2026-05-29',
      deadline: '2026-05-29T23:59:59.999+08:00',
    });
    // No parent fields on a top-level task's assignment event.
    expect(d.events[0]?.data).not.toHaveProperty('parentTaskId');
    expect(d.state.view).toMatchObject({
      departments: ['FUTIAN_ECON', 'FUTIAN_DRC'],
      subtasks: [{ taskId: ECON_ID, unit: 'FUTIAN_ECON', title: '组织企业赴园区考察', titleEn: '组织企业赴园区考察', due: '2026-05-29', status: 'assigned', cascadedAt: NOW }],
    });
  });
});

describe('cascade (an official of the task’s unit adds a sub-task)', () => {
  it('records the sub-task, its history entry and its event', () => {
    const d = accepted(decideTask(assigned(), cascadeDrc, NOW));
    expect(d.events).toEqual([
      {
        type: EventType.TaskCascaded,
        data: { taskId: t4.taskId, subtaskId: DRC_ID, planId: 'cascade-test', unit: 'FUTIAN_DRC', title: '编制配套政策', due: '2026-06-15', deadline: '2026-06-15T23:59:59.999+08:00', actor: futian },
      },
    ]);
    expect(d.state.view.subtasks?.map((s) => [s.taskId, s.status, s.due])).toEqual([
      [ECON_ID, 'assigned', '2026-05-29'],
      [DRC_ID, 'assigned', '2026-06-15'],
    ]);
    expect(d.state.view.history.at(-1)).toEqual({ at: NOW, action: 'cascaded', status: 'assigned', actor: futian, note: `${DRC_ID}: 编制配套政策 (due 2026-06-15)` });
  });

  it('is refused to a department, another district and a supervisor (TASK.FORBIDDEN)', () => {
    for (const actor of [econ, luohu, ducha]) expect(refused(decideTask(assigned(), { ...cascadeDrc, actor }, NOW)).code).toBe(ErrorCode.TaskForbidden);
  });

  it('names body.unit for a unit that is not a department of the task’s unit (TASK.INVALID_SUBTASK)', () => {
    expect(refused(decideTask(assigned(), { ...cascadeDrc, unit: 'LUOHU' }, NOW))).toEqual({
      rejected: true,
      code: ErrorCode.InvalidSubtask,
      message: 'LUOHU is not a department of FUTIAN',
      details: { errors: [{ field: 'body.unit', rule: 'must be a department of FUTIAN: FUTIAN_ECON, FUTIAN_DRC' }] },
    });
  });

  it('refuses a second sub-task for the same department (TASK.SUBTASK_EXISTS)', () => {
    const r = refused(decideTask(assigned(), { ...cascadeDrc, unit: 'FUTIAN_ECON' }, NOW));
    expect(r).toMatchObject({ code: ErrorCode.SubtaskExists, details: { subtaskId: ECON_ID } });
  });

  it('names body.due for a date after the parent’s deadline in force or in the past (TASK.INVALID_DATE)', () => {
    expect(refused(decideTask(assigned(), { ...cascadeDrc, due: '2026-07-01' }, NOW))).toMatchObject({
      code: ErrorCode.InvalidDate,
      details: { errors: [{ field: 'body.due', rule: "must be on or before 2026-06-30, the parent task's deadline in force" }] },
    });
    expect(refused(decideTask(assigned(), { ...cascadeDrc, due: '2026-01-11' }, NOW))).toMatchObject({ code: ErrorCode.InvalidDate, details: { errors: [{ field: 'body.due' }] } });
    // The deadline in force: after a directive moves it earlier, a date within the old one is refused.
    const moved = after(assigned(), [{ type: 'issueDirective', actor: ducha, committedDate: '2026-06-10', instructions: '提前完成' }]);
    expect(refused(decideTask(moved, cascadeDrc, NOW)).code).toBe(ErrorCode.InvalidDate);
  });

  it('is out of turn once the task is submitted, and on a sub-task (one level only) (TASK.OUT_OF_TURN)', () => {
    const allAccepted = noteSubtaskStatus(assigned(), { taskId: ECON_ID, status: 'accepted', due: '2026-05-29' }).state;
    const submitted = after(allAccepted, [{ type: 'submit', actor: futian, summary: '规划' }]);
    expect(refused(decideTask(submitted, cascadeDrc, NOW)).code).toBe(ErrorCode.TaskOutOfTurn);

    const child = assignTask(newTaskState(subtaskAssignment(assigned().view, assigned().view.subtasks![0]!), NOW), NOW).state;
    expect(refused(decideTask(child, { type: 'cascade', actor: econ, unit: 'FUTIAN_DRC', title: 'x', due: '2026-05-01' }, NOW)).code).toBe(ErrorCode.TaskOutOfTurn);
  });
});

describe('the parent and its sub-tasks', () => {
  it('refuses the parent’s submit until every sub-task is accepted (TASK.SUBTASKS_PENDING), then takes it', () => {
    const two = after(assigned(), [cascadeDrc]);
    const submit: TaskCommand = { type: 'submit', actor: futian, summary: '区产业转移规划' };
    expect(refused(decideTask(two, submit, NOW))).toEqual({
      rejected: true,
      code: ErrorCode.SubtasksPending,
      message: `task ${t4.taskId} waits for its sub-tasks ${ECON_ID}, ${DRC_ID} to be accepted`,
      details: { pending: [ECON_ID, DRC_ID] },
    });
    const oneAccepted = noteSubtaskStatus(two, { taskId: ECON_ID, status: 'accepted', due: '2026-05-29' }).state;
    expect(refused(decideTask(oneAccepted, submit, NOW))).toMatchObject({ code: ErrorCode.SubtasksPending, details: { pending: [DRC_ID] } });
    const bothAccepted = noteSubtaskStatus(oneAccepted, { taskId: DRC_ID, status: 'accepted', due: '2026-06-15' }).state;
    expect(accepted(decideTask(bothAccepted, submit, NOW)).state.view.status).toBe('submitted');
  });

  it('follows each sub-task’s status and deadline from its signals; an unknown or unchanged report changes nothing', () => {
    const state = assigned();
    const submitted = noteSubtaskStatus(state, { taskId: ECON_ID, status: 'submitted', due: '2026-05-29' });
    expect(submitted.events).toEqual([]);
    expect(submitted.state.view.subtasks?.[0]).toMatchObject({ status: 'submitted', due: '2026-05-29' });
    expect(state.view.subtasks?.[0]?.status).toBe('assigned');
    const extended = noteSubtaskStatus(submitted.state, { taskId: ECON_ID, status: 'in_progress', due: '2026-06-12' });
    expect(extended.state.view.subtasks?.[0]).toMatchObject({ status: 'in_progress', due: '2026-06-12' });
    // The very same state object: the workflow loop does not wake for it.
    expect(noteSubtaskStatus(extended.state, { taskId: ECON_ID, status: 'in_progress', due: '2026-06-12' }).state).toBe(extended.state);
    expect(noteSubtaskStatus(extended.state, { taskId: `${t4.taskId}.LUOHU`, status: 'accepted', due: '2026-06-12' }).state).toBe(extended.state);
  });
});

describe('a sub-task', () => {
  const parent = assigned().view;
  const child = (): TaskState => assignTask(newTaskState(subtaskAssignment(parent, parent.subtasks![0]!), NOW), NOW).state;

  it('is a task of the department with its own deadline and ladder, naming its parent in its view and events', () => {
    const d = assignTask(newTaskState(subtaskAssignment(parent, parent.subtasks![0]!), NOW), NOW);
    expect(d.state.view).toMatchObject({ taskId: ECON_ID, unit: 'FUTIAN_ECON', coUnits: [], due: '2026-05-29', parentTaskId: t4.taskId, parentUnit: 'FUTIAN', taskCode: 'T4' });
    expect(d.state.view).not.toHaveProperty('departments');
    expect(d.state.view.ladder.map((s) => s.kind)).toEqual(['reminder', 'reminder', 'reminder', 'yellow', 'red', 'leading-group']);
    expect(d.events.map((e) => e.type)).toEqual([EventType.TaskAssigned]);
    expect(d.events[0]?.data).toMatchObject({ taskId: ECON_ID, unit: 'FUTIAN_ECON', due: '2026-05-29', parentTaskId: t4.taskId, parentUnit: 'FUTIAN' });
  });

  it('sends its escalations to the parent’s unit as well (notify includes it); its reminders stay its own', () => {
    const afterDeadline = '2026-05-30T01:00:00.000Z';
    const d = wakeTask(child(), afterDeadline);
    const raised = d.events.filter((e) => e.type === EventType.EscalationRaised).map((e) => e.data as EventData<typeof EventType.EscalationRaised>);
    expect(raised.map((e) => [e.level, e.unit, e.notify])).toEqual([['yellow', 'FUTIAN_ECON', ['FUTIAN_ECON', 'DUCHA', 'FUTIAN']]]);
    const reminders = d.events.filter((e) => e.type === EventType.DeadlineReminder).map((e) => e.data as EventData<typeof EventType.DeadlineReminder>);
    expect(reminders.length).toBeGreaterThan(0);
    for (const r of reminders) expect(r.notify).toEqual(['FUTIAN_ECON']);
    // The parent's own escalations notify whom they always did.
    const parentRaised = wakeTask(assigned(), '2026-07-01T01:00:00.000Z').events.filter((e) => e.type === EventType.EscalationRaised);
    expect(parentRaised.map((e) => (e.data as EventData<typeof EventType.EscalationRaised>).notify)).toEqual([['FUTIAN', 'DUCHA']]);
  });
});
