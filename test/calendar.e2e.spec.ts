import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CALENDAR_OPERATIONS, TASK_OPERATIONS, type ProblemDetails, type TaskResponse } from '@duban/contracts';
import { waitFor } from '@duban/testing';
import { DubanHarness, type AuditItem } from './support/duban-harness';
import { today } from './support/dates';
import { expectProblem } from './support/expect-problem';

/**
 * The run-time calendar end to end, against the real Temporal, Kafka and FerretDB servers: a task
 * due 2027-01-29 is planned on the provisional 2027 (statutory holidays only: 春节 from 除夕 with its
 * 补假, no make-up working days), then a "2027 notice" is loaded whose make-up Sunday falls inside
 * the red card's window; the running task moves its red card, and the event says why.
 *
 * The notice is made up for the test (the State Council's real 2027 notice is not assumed): 元旦
 * 1–3 January, 春节 6–14 February with Sunday 31 January worked.
 */
let duban: DubanHarness;
let admin: string;
let supervisor: string;
let official: string;
const noticesDir = mkdtempSync(path.join(tmpdir(), 'duban-notices-'));

const run = Date.now().toString(36);
const planId = `e2e-cal-${run}`;
const taskId = `${planId}.T1.FUTIAN`;
const REPLANNED = 'duban.deadline.ladder-replanned.v1';

const NOTICE_2027 = {
  year: 2027,
  notice: '国办发明电〔2026〕测试号 (test notice)',
  periods: [
    { name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03', days: 3, workingWeekendDays: [] },
    { name: '春节', firstDay: '2027-02-06', lastDay: '2027-02-14', days: 9, workingWeekendDays: ['2027-01-31', '2027-02-20'] },
  ],
};

const plan = {
  planId,
  title: '日历重排测试方案',
  titleEn: 'Calendar re-planning test plan',
  issuedOn: today(),
  timeZone: 'Asia/Shanghai',
  units: [
    { code: 'FUTIAN', name: '福田区政府', nameEn: 'Futian District' },
    { code: 'DUCHA', name: '市政府督查室', nameEn: 'Supervision Office' },
  ],
  tasks: [{ code: 'T1', title: '春节前完成的任务', titleEn: 'A task due before the Spring Festival', lead: 'FUTIAN', deliverable: '报告', due: '2027-01-29' }],
};

beforeAll(async () => {
  duban = await DubanHarness.start('calendar', { CALENDAR_NOTICES_DIR: noticesDir });
  admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  supervisor = await duban.token({ sub: 'wang.fang', unit: 'DUCHA', roles: ['supervisor'] });
  official = await duban.token({ sub: 'chen.jing', unit: 'FUTIAN', roles: ['official'] });
  const started = await duban.api.post<{ tasks: string[] }>('/plans', plan, admin);
  expect(started.status).toBe(201);
  await duban.auditOf(taskId, supervisor, 1);
});

afterAll(async () => {
  await duban?.stop();
  await duban?.cleanUp();
  rmSync(noticesDir, { recursive: true, force: true });
});

const viewTask = async (): Promise<TaskResponse> => {
  const res = await duban.api.call(TASK_OPERATIONS.viewTask, { params: { taskId } }, supervisor);
  if (!res.ok) throw new Error(`task view answered ${res.status}`);
  return res.body;
};
const step = (view: TaskResponse, kind: string) => view.ladder.find((s) => s.kind === kind && s.epoch === 0 && s.repeat === undefined);

describe('a year without a notice is provisional', () => {
  it('serves 2027 as provisional: the statutory holidays, 春节 from 除夕, no make-up days', async () => {
    const res = await duban.api.call(CALENDAR_OPERATIONS.viewCalendarYear, { params: { year: 2027 } }, official);
    if (!res.ok) throw new Error(`calendar answered ${res.status}`);
    expect(res.body).toMatchObject({ year: 2027, source: 'provisional' });
    expect(res.body.regulation).toMatch(/795/);
    const spring = res.body.periods.find((p) => p.name.includes('春节'));
    expect(spring?.firstDay).toBe('2027-02-05');
    expect(res.body.periods.every((p) => p.workingWeekendDays.length === 0)).toBe(true);
  });

  it('plans the task’s ladder on it and says so', async () => {
    const view = await viewTask();
    expect(view.calendar).toEqual({ version: 0, provisionalYears: [2027] });
    // 5 working days after Friday 29 January: 1–4 February, then 除夕 to 初三 (5–8) and the 补假 for
    // the weekend inside them (9–10) are off, so Thursday 11 February.
    expect(step(view, 'red')).toMatchObject({ at: '2027-02-11T23:59:59.999+08:00', provisionalYears: [2027] });
    expect(step(view, 'yellow')?.provisionalYears).toBeUndefined();
  });
});

describe('loading the 2027 notice', () => {
  it('refuses an invalid notice, naming each broken rule, and changes nothing', async () => {
    const bad = { ...NOTICE_2027, periods: [{ ...NOTICE_2027.periods[1], workingWeekendDays: ['2027-02-01'] }] };
    const res = await duban.api.post<ProblemDetails>('/calendar/years', bad, admin);
    expectProblem(res, 400, 'CALENDAR.NOTICE_INVALID');
    expect(res.body.errors?.map((e) => e.field)).toContain('body.periods.0.workingWeekendDays.0');
    const year = await duban.api.get<{ source: string }>('/calendar/years/2027', official);
    expect(year.body.source).toBe('provisional');
  });

  it('is for admins only', async () => {
    expectProblem(await duban.api.post('/calendar/years', NOTICE_2027, supervisor), 403, 'AUTH.FORBIDDEN');
  });

  it('loads it as version 1 and re-plans the running ladder: the red card moves, the event says why', async () => {
    const res = await duban.api.call(CALENDAR_OPERATIONS.loadCalendarNotice, { body: NOTICE_2027 }, admin);
    if (!res.ok) throw new Error(`load answered ${res.status}: ${JSON.stringify(res.body)}`);
    expect(res.body).toMatchObject({ year: 2027, version: 1, changed: true, calendarYear: { source: 'loaded', version: 1, notice: NOTICE_2027.notice } });

    // Sunday 31 January is worked: 31 Jan, 1, 2, 3, 4 February are the five working days.
    const moved = await waitFor('the red card re-planned', async () => {
      const view = await viewTask();
      return view.calendar?.version === 1 ? view : undefined;
    });
    expect(step(moved, 'red')).toEqual(expect.objectContaining({ at: '2027-02-04T23:59:59.999+08:00', fired: false }));
    expect(step(moved, 'red')?.provisionalYears).toBeUndefined();
    expect(moved.calendar).toEqual({ version: 1, provisionalYears: [] });

    const events = await waitFor('the re-planning event in the audit log', async () => {
      const audit = await duban.api.get<{ items: AuditItem[] }>(`/audit/events?subject=${encodeURIComponent(taskId)}&type=${REPLANNED}`, supervisor);
      return audit.body.items.length > 0 ? audit.body.items : undefined;
    });
    expect(events).toHaveLength(1);
    const data = (events[0] as unknown as { data: { reason: string; calendarVersion: number; changes: { kind: string; repeat: boolean; from: string; to: string }[] } }).data;
    expect(data.calendarVersion).toBe(1);
    expect(data.reason).toContain(NOTICE_2027.notice);
    expect(data.changes).toContainEqual({ kind: 'red', repeat: false, from: '2027-02-11T23:59:59.999+08:00', to: '2027-02-04T23:59:59.999+08:00' });

    const loaded = await duban.auditOf('calendar', supervisor, 1);
    expect(loaded.map((e) => e.type)).toContain('duban.calendar.notice-loaded.v1');
  });

  it('changes nothing when the same notice is loaded again', async () => {
    const res = await duban.api.post<{ version: number; changed: boolean }>('/calendar/years', NOTICE_2027, admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 1, changed: false });
    const audit = await duban.api.get<{ items: AuditItem[] }>(`/audit/events?subject=calendar`, supervisor);
    expect(audit.body.items.filter((e) => e.type === 'duban.calendar.notice-loaded.v1')).toHaveLength(1);
  });

  it('loads a notice dropped into the watched folder', async () => {
    writeFileSync(
      path.join(noticesDir, '2028.json'),
      JSON.stringify({ year: 2028, notice: '国办发明电〔2027〕测试号 (test notice)', periods: [{ name: '元旦', firstDay: '2028-01-01', lastDay: '2028-01-03', days: 3, workingWeekendDays: [] }] }),
    );
    const year = await waitFor('2028 loaded from the folder', async () => {
      const res = await duban.api.get<{ source: string; version?: number }>('/calendar/years/2028', official);
      return res.body.source === 'loaded' ? res.body : undefined;
    });
    expect(year.version).toBe(2);
  });
});
