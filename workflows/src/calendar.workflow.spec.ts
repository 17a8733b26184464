import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  EventType,
  calendarChangedSignal,
  calendarInForceOf,
  calendarStateQuery,
  calendarWorkflowId,
  loadCalendarNoticeUpdate,
  taskViewQuery,
  type Actor,
  type CalendarChange,
  type DubanActivities,
  type DubanEvent,
  type TaskWorkflowInput,
} from '@duban/contracts';
import { bundleWorkflows, localEnv, recordHistory, refusalCode, waitFor } from '@duban/testing';
import { calendarWorkflow } from './calendar.workflow';
import { taskWorkflow } from './task.workflow';
import { TEST_NOTICE_2027, taskDueBeforeSpringFestival } from './testing/calendar-fixtures';

/**
 * The calendar workflow with running tasks, on the real Temporal dev server: loading a notice is
 * recorded and announced; a running task re-plans its ladder on the announcement; a task started
 * after the load plans on the loaded notice from the start. The activities are the worker's, bound
 * to this test's client (apps/worker/src/calendar.activities.ts does the same with a listing).
 */
const admin: Actor = { sub: 'root', unit: 'LGO', roles: ['admin'] };
const NOTICE_2027 = TEST_NOTICE_2027;
const assignment = taskDueBeforeSpringFestival;
const red = (view: { ladder: { kind: string; repeat?: number; at: string }[] }) => view.ladder.find((s) => s.kind === 'red' && s.repeat === undefined)?.at;

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await localEnv();
});
afterAll(async () => {
  await env?.teardown();
});

it('records a loaded notice, re-plans a running task and starts a new one on it', async () => {
  const taskQueue = 'calendar-spec';
  const events: DubanEvent[] = [];
  const announced: CalendarChange[] = [];
  const running = ['task/calendar-spec.T1.RUNNING'];
  const activities: DubanActivities = {
    async publishEvent(event) {
      events.push(event);
    },
    async calendarInForce() {
      try {
        return calendarInForceOf(await env.client.workflow.getHandle(calendarWorkflowId(taskQueue)).query(calendarStateQuery));
      } catch {
        return { version: 0, notices: [] };
      }
    },
    async announceCalendar(change) {
      announced.push(change);
      for (const id of running) await env.client.workflow.getHandle(id).signal(calendarChangedSignal, change);
      return running.length;
    },
  };
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: await bundleWorkflows(), activities });

  await worker.runUntil(async () => {
    const first = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: running[0]!, args: [{ assignment: assignment('calendar-spec.T1.RUNNING') } satisfies TaskWorkflowInput] });
    const before = await waitFor('the first task planned', async () => red(await first.query(taskViewQuery)));
    expect(before).toBe('2027-02-11T23:59:59.999+08:00');

    const calendar = await env.client.workflow.start(calendarWorkflow, { taskQueue, workflowId: calendarWorkflowId(taskQueue), args: [{ taskQueue }] });
    expect(await refusalCode(calendar.executeUpdate(loadCalendarNoticeUpdate, { args: [{ notice: { ...NOTICE_2027, periods: [] }, source: 'api' }] }))).toBe('CALENDAR.NOTICE_INVALID');
    expect(await calendar.executeUpdate(loadCalendarNoticeUpdate, { args: [{ notice: NOTICE_2027, source: 'api', actor: admin }] })).toEqual({ year: 2027, version: 1, changed: true });
    expect(await calendar.executeUpdate(loadCalendarNoticeUpdate, { args: [{ notice: NOTICE_2027, source: 'file:2027.json' }] })).toEqual({ year: 2027, version: 1, changed: false });

    const moved = await waitFor('the running task re-planned', async () => {
      const view = await first.query(taskViewQuery);
      return view.calendar?.version === 1 ? view : undefined;
    });
    expect(red(moved)).toBe('2027-02-04T23:59:59.999+08:00');
    expect(announced[0]?.reason).toContain('test notice 2027');

    const second = await env.client.workflow.start(taskWorkflow, { taskQueue, workflowId: 'task/calendar-spec.T1.LATER', args: [{ assignment: assignment('calendar-spec.T1.LATER') } satisfies TaskWorkflowInput] });
    const adopted = await waitFor('the later task on the loaded notice', async () => {
      const view = await second.query(taskViewQuery);
      return view.calendar?.version === 1 ? view : undefined;
    });
    expect(red(adopted)).toBe('2027-02-04T23:59:59.999+08:00');

    await waitFor('the events published', async () => (events.some((e) => e.type === EventType.LadderReplanned) ? true : undefined));
    expect(events.filter((e) => e.type === EventType.CalendarNoticeLoaded)).toHaveLength(1);
    const replanned = events.filter((e) => e.type === EventType.LadderReplanned);
    expect(replanned.map((e) => e.subject)).toEqual(['calendar-spec.T1.RUNNING']);

    await recordHistory('calendar-workflow.notice-loaded', calendar);
    await recordHistory('task-workflow.calendar-replanned', first);
    await recordHistory('task-workflow.calendar-adopted-at-start', second);
    for (const h of [first, second, calendar]) await h.terminate('test done');
  });
});
