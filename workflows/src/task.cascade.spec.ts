import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import {
  ErrorCode,
  EventType,
  cascadeTaskUpdate,
  reviewTaskUpdate,
  submitTaskUpdate,
  taskViewQuery,
  taskWorkflowId,
  type Actor,
  type DubanEvent,
  type EventData,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { expandAssignments, parsePlanDefinition, type PlanDefinitionInput } from '@duban/domain';
import { bundleWorkflows, recordHistory, recordingActivities, refusalCode, timeSkippingEnv, waitFor } from '@duban/testing';
import { taskWorkflow } from './task.workflow';

/**
 * 逐级落实 wired through Temporal, under time skipping: a district's task starts the sub-task of
 * its definition as a child workflow, an update adds a second one (answered once it exists), the
 * first sub-task's yellow card notifies the district too, the district's submit waits for both
 * sub-tasks, whose status reaches it by signal, and then it is submitted and accepted. With
 * `RECORD_HISTORIES=1` it records the parent's and a sub-task's histories for the replay test.
 */
const unit = (code: string, parent?: string) => ({ code, name: code, nameEn: code, ...(parent && { parent }) });
const official = (code: string): Actor => ({ sub: `${code.toLowerCase()}.official`, unit: code, roles: ['official'] });
const ducha: Actor = { sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] };
const DAY_MS = 86_400_000;

let env: TestWorkflowEnvironment;
let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  env = await timeSkippingEnv();
  bundle = await bundleWorkflows();
});
afterAll(async () => {
  await env?.teardown();
});

it('runs a district’s task with two sub-tasks to acceptance: children started, escalations shared, status signalled, submit held until both are accepted', async () => {
  const taskQueue = 'task-cascade';
  const now = await env.currentTimeMs();
  const date = (days: number): string => new Date(now + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
  const definition: PlanDefinitionInput = {
    planId: 'spec-cascade',
    title: '逐级落实',
    titleEn: 'Cascade',
    issuedOn: date(0),
    timeZone: 'Asia/Shanghai',
    units: [unit('FUTIAN'), unit('FUTIAN_ECON', 'FUTIAN'), unit('FUTIAN_DRC', 'FUTIAN'), unit('DUCHA')],
    tasks: [
      {
        code: 'T4',
        title: '招商引资',
        titleEn: 'Investment promotion',
        lead: 'FUTIAN',
        deliverable: '区产业转移规划',
        due: date(60),
        subtasks: [{ unit: 'FUTIAN_ECON', title: '组织企业考察', due: date(10) }],
      },
    ],
  };
  const [assignment] = expandAssignments(parsePlanDefinition(definition));
  if (!assignment) throw new Error('fixture: no assignment');
  const parentId = assignment.taskId;
  const econId = `${parentId}.FUTIAN_ECON`;
  const drcId = `${parentId}.FUTIAN_DRC`;
  const input: TaskWorkflowInput = { assignment };

  const { events, activities } = recordingActivities();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: bundle, activities });
  const of = (subject: string): DubanEvent[] => events.filter((e) => e.subject === subject);
  const histories: Awaited<ReturnType<WorkflowHandle['fetchHistory']>>[] = [];

  const view = await worker.runUntil(async () => {
    const parent = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: taskWorkflowId(parentId), args: [input] });
    const econ = env.client.workflow.getHandle(taskWorkflowId(econId));
    const drc = env.client.workflow.getHandle(taskWorkflowId(drcId));

    const cascaded = await parent.executeUpdate(cascadeTaskUpdate, { args: [{ actor: official('FUTIAN'), unit: 'FUTIAN_DRC', title: '配套政策', due: date(30) }] });
    expect(cascaded.subtasks?.map((s) => s.taskId)).toEqual([econId, drcId]);
    // Answered once the child exists: it can be asked at once.
    expect(await drc.query(taskViewQuery)).toMatchObject({ unit: 'FUTIAN_DRC', parentTaskId: parentId, parentUnit: 'FUTIAN', due: date(30) });
    expect(await econ.query(taskViewQuery)).toMatchObject({ unit: 'FUTIAN_ECON', parentTaskId: parentId, due: date(10) });

    // Past ECON's deadline: its yellow card notifies FUTIAN as well.
    await env.sleep(12 * DAY_MS);
    const yellow = await waitFor(`${econId}'s yellow card`, () =>
      of(econId).find((e): e is DubanEvent<typeof EventType.EscalationRaised> => e.type === EventType.EscalationRaised),
    );
    expect(yellow.data).toMatchObject({ level: 'yellow', unit: 'FUTIAN_ECON', notify: ['FUTIAN_ECON', 'DUCHA', 'FUTIAN'] });

    expect(await refusalCode(parent.executeUpdate(submitTaskUpdate, { args: [{ actor: official('FUTIAN'), summary: '规划' }] }))).toBe(ErrorCode.SubtasksPending);

    await econ.executeUpdate(submitTaskUpdate, { args: [{ actor: official('FUTIAN_ECON'), summary: '考察名单' }] });
    await econ.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
    await drc.executeUpdate(submitTaskUpdate, { args: [{ actor: official('FUTIAN_DRC'), summary: '政策草案' }] });
    await drc.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
    await waitFor('the parent to hear both sub-tasks accepted', async () => {
      const v = await parent.query(taskViewQuery);
      return v.subtasks?.every((s) => s.status === 'accepted') ? v : undefined;
    });

    await parent.executeUpdate(submitTaskUpdate, { args: [{ actor: official('FUTIAN'), summary: '区产业转移规划' }] });
    await parent.executeUpdate(reviewTaskUpdate, { args: [{ actor: ducha, decision: 'accept' }] });
    const final = await parent.result();
    await recordHistory('task-workflow.cascade-parent', parent);
    await recordHistory('task-workflow.cascade-subtask', econ);
    histories.push(await parent.fetchHistory(), await econ.fetchHistory());
    return final;
  });
  // The async cascade handler (it waits for the child's start) and the signals replay as they ran.
  for (const [i, history] of histories.entries()) await Worker.runReplayHistory({ workflowBundle: bundle, replayName: `cascade-${i}` }, history);

  expect(view.status).toBe('accepted');
  expect(view.subtasks?.map((s) => [s.taskId, s.status])).toEqual([
    [econId, 'accepted'],
    [drcId, 'accepted'],
  ]);
  expect(of(parentId).map((e) => e.type)).toEqual([
    EventType.TaskAssigned,
    EventType.TaskCascaded,
    EventType.TaskCascaded,
    ...of(parentId).slice(3, -2).map((e) => e.type), // the parent's reminders that fell due on the way
    EventType.TaskSubmitted,
    EventType.TaskAccepted,
  ]);
  expect(of(parentId).slice(3, -2).every((e) => e.type === EventType.DeadlineReminder)).toBe(true);
  const assigned = of(drcId)[0]?.data as EventData<typeof EventType.TaskAssigned>;
  expect(assigned).toMatchObject({ taskId: drcId, unit: 'FUTIAN_DRC', parentTaskId: parentId, parentUnit: 'FUTIAN' });
  // Accepted late: its yellow card is resolved as completed.
  expect(of(econId).slice(-2).map((e) => [e.type, (e.data as { resolution?: string }).resolution])).toEqual([
    [EventType.TaskAccepted, undefined],
    [EventType.EscalationResolved, 'completed'],
  ]);
});
