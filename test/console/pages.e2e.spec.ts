import type { Page } from 'playwright-core';
import { generateSampleEnterprises, measureFirstInteractive, scanAxe, screenshots } from '@duban/testing';
import { useConsoleSession } from '../support/console-session';

/**
 * Every page of the console, as the role it is for, in Debian's chromium against the real apps:
 * each is scanned with axe-core at 1280 and 390 px (no serious or critical violation) and shot at
 * both widths into reports/console/pages/. And the 绩效办 story: the score table, the chart and a
 * drill-down to the events behind a unit's points.
 */
const FOLDER = 'pages';
const planId = `e2e-console-pages-${Date.now().toString(36)}`;
let enterpriseId: string;

const session = useConsoleSession('console-pages', async ({ duban }) => {
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  // A plan a year behind: its early tasks are overdue, so the board, the scores and the cockpit have figures.
  const rebaseTo = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
  const loaded = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo }, admin);
  expect(loaded.status).toBe(201);
  // Ids are per database: this harness's own, so a fixed sample does not collide.
  const enterprises = generateSampleEnterprises(2009, 12);
  const imported = await duban.api.post<{ registered: string[] }>('/enterprises/import', { planId, enterprises }, admin);
  expect([200, 201]).toContain(imported.status);
  enterpriseId = enterprises.find((e) => e.district === 'FUTIAN')!.id;
  const supervisor = await duban.token({ sub: 'ducha', unit: 'DUCHA', roles: ['supervisor'] });
  await duban.eventually<{ items: unknown[] }, true>('open escalations of the overdue plan', '/escalations', supervisor, (b) => (b.items.length > 0 ? true : undefined));
});
const pageAs = (unit: string, role: string): Promise<Page> => session.pageAs(session.userOf(unit, role).id);

/** Opens `path`, waits for its first data, checks it with axe at both widths and shoots it. */
async function visit(page: Page, path: string, name: string): Promise<void> {
  await measureFirstInteractive(page, `${session.baseUrl}/console${path}`, `${name} (signed in)`);
  // Shot first: a page that fails axe is still seen.
  await screenshots(page, FOLDER, name);
  await scanAxe(page, `${name} at 1280 px`);
  await page.setViewportSize({ width: 390, height: 844 });
  await scanAxe(page, `${name} at 390 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

it("an official's pages: 我的待办, a task, enterprises, an enterprise's case, notifications", async () => {
  const page = await pageAs('FUTIAN', 'official');
  await visit(page, '/inbox', 'official-inbox');
  await visit(page, `/tasks/${planId}.T4.FUTIAN`, 'official-task');
  await visit(page, '/enterprises', 'official-enterprises');
  await visit(page, `/enterprises/${enterpriseId}`, 'official-enterprise');
  await visit(page, '/notifications', 'official-notifications');
});

it("督查室's pages: the board, the audit timeline with the integrity check, a directive for print", async () => {
  const page = await pageAs('DUCHA', 'supervisor');
  await visit(page, '/board', 'supervisor-board');
  await page.getByTestId('overdue-board').locator('tbody tr.ant-table-row').first().waitFor();
  await visit(page, `/audit?subject=${encodeURIComponent(`${planId}.T1.STIIC`)}`, 'supervisor-audit');
  await page.getByTestId('integrity-result').waitFor();
  // A 督办单 on an overdue task, then its printable page.
  const supervisor = await session.duban.token({ sub: 'ducha', unit: 'DUCHA', roles: ['supervisor'] });
  const taskId = `${planId}.T1.STIIC`;
  const committedDate = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const issued = await session.duban.api.post<{ directives: { id: string }[] }>(`/tasks/${taskId}/directive`, { committedDate, instructions: '请于承诺日期前报送工业企业综合评价指标体系。' }, supervisor);
  expect(issued.status).toBe(200);
  const directiveId = issued.body.directives.at(-1)!.id;
  await visit(page, `/directives/${encodeURIComponent(taskId)}/${encodeURIComponent(directiveId)}/print`, 'supervisor-directive-print');
  await expect(page.getByTestId('directive-sheet').innerText()).resolves.toContain(committedDate);
  // Printed on A4 without the console around it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.duban-no-print').first().isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'screen' });
});

it('绩效办: the score table, the chart and a drill-down to the events behind the points', async () => {
  // The overdue plan's cards and days cost some unit points: wait until the scores projection has a deduction.
  const performance = await session.duban.token({ sub: 'perf', unit: 'PERF', roles: ['performance'] });
  type Row = { unit: string; year: number; items: { points: number; reason: string }[] };
  const charged = await session.duban.eventually<{ items: Row[] }, { unit: string; year: number; reason: string }>(
    `a deduction scored for ${planId}`,
    `/scores?planId=${planId}&limit=200`,
    performance,
    (b) => {
      for (const row of b.items) {
        const item = row.items.find((i) => i.points < 0);
        if (item) return { unit: row.unit, year: row.year, reason: item.reason };
      }
      return undefined;
    },
  );
  const page = await pageAs('PERF', 'performance');
  await visit(page, `/scores?year=${charged.year}&plan=${encodeURIComponent(planId)}`, 'performance-scores');
  const table = page.getByTestId('scores-table');
  await table.locator('tbody tr.ant-table-row').first().waitFor();
  await page.getByTestId('score-chart').locator('canvas, svg').first().waitFor({ timeout: 30_000 });
  // Drill into that unit's points: the event that cost them is a row, with the API's reason.
  await table.locator(`tr[data-unit="${charged.unit}"]`).getByTestId('score-drill').click();
  const drill = page.getByTestId('score-drilldown');
  await drill.waitFor();
  await drill.getByTestId('score-event').filter({ hasText: charged.reason }).first().waitFor();
  await scanAxe(page, 'the score drill-down');
  await screenshots(page, FOLDER, 'performance-drilldown');
});

it("the leading group office's cockpit and the admin's plan page", async () => {
  const lgo = await pageAs('LGO', 'supervisor');
  await visit(lgo, '/cockpit', 'lgo-cockpit');
  const admin = await pageAs('LGO', 'admin');
  await visit(admin, '/plans', 'admin-plans');
  // A definition with problems: every one listed with its path before anything starts.
  await admin.locator('input[type=file]').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ planId: 'x', title: '', tasks: [] })) });
  const dryRun = admin.getByTestId('dry-run');
  await dryRun.waitFor();
  await expect(dryRun.getAttribute('data-valid')).resolves.toBe('false');
  await expect(dryRun.locator('tbody tr.ant-table-row').count()).resolves.toBeGreaterThan(1);
  await scanAxe(admin, 'the plan dry run');
  await screenshots(admin, FOLDER, 'admin-plan-problems');
});
