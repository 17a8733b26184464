import type { Page } from 'playwright-core';
import { scanAxe, screenshots } from '@duban/testing';
import { useConsoleSession } from '../support/console-session';

/**
 * The first story, in Debian's chromium against the real apps and servers: a Futian
 * official submits T4 with an uploaded evidence file; 督查室 finds it on the board and rejects it
 * with a reason; the official sees the reason and resubmits; 督查室 accepts; the audit timeline
 * shows each step with its actor. Screenshots in reports/console/review-cycle/.
 */
const FOLDER = 'review-cycle';
const planId = `e2e-console-review-${Date.now().toString(36)}`;
const taskId = `${planId}.T4.FUTIAN`;
const REASON = '招商引资情况报告缺少签约项目清单，请补充后重新报送。';
// The smallest file that is a PDF by its content (the API checks the magic bytes, not the name).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const session = useConsoleSession('console-review', async ({ duban }) => {
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  const loaded = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: new Date().toISOString().slice(0, 10) }, admin);
  expect(loaded.status).toBe(201);
});

/** A fresh browser context signed in as `userId`, on `path` of the console, once the page is ready. */
async function pageAs(userId: string, path: string): Promise<Page> {
  const page = await session.pageAs(userId);
  await goto(page, path);
  return page;
}

async function goto(page: Page, path: string): Promise<void> {
  await page.goto(`${session.baseUrl}/console${path}`);
  // A selector, not a string predicate: the page's CSP forbids evaluating strings in it.
  await page.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 30_000 });
}

const statusOf = (page: Page) => page.getByTestId('task-status').getAttribute('data-status');

async function waitForStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="task-status"][data-status="${status}"]`).waitFor({ timeout: 30_000 });
}

async function submit(page: Page, summary: string, withFile: boolean): Promise<void> {
  await page.getByRole('tab', { name: '报送' }).click();
  const form = page.getByTestId('form-submit');
  await form.getByLabel('办理情况').fill(summary);
  if (withFile) {
    await form.locator('input[type=file]').setInputFiles({ name: '招商引资情况报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByTestId('evidence-chosen').filter({ hasText: '招商引资情况报告.pdf' }).waitFor();
  }
  await form.locator('button[type=submit]').click();
  await waitForStatus(page, 'submitted');
}

async function review(page: Page, decision: '通过' | '退回', reason?: string): Promise<void> {
  await page.getByRole('tab', { name: '审核' }).click();
  const form = page.getByTestId('form-review');
  await form.getByRole('radio', { name: decision, exact: true }).check();
  if (reason) await form.getByLabel('退回理由（退回时必填）').fill(reason);
  await form.locator('button[type=submit]').click();
}

it('submit with evidence → rejected with a reason → resubmitted → accepted, each step in the audit timeline with its actor', async () => {
  const futian = session.userOf('FUTIAN', 'official').id;
  const ducha = session.userOf('DUCHA', 'supervisor').id;

  // 1. The Futian official submits T4 with an uploaded PDF.
  const official = await pageAs(futian, `/tasks/${taskId}`);
  await expect(statusOf(official)).resolves.toBe('assigned');
  await scanAxe(official, 'the task page (official, assigned)');
  await screenshots(official, FOLDER, 'task-official');
  await submit(official, '已制定本区产业转移方案，赴汕尾、潮州开展招商引资。', true);
  await official.getByTestId('evidence-file').filter({ hasText: '招商引资情况报告.pdf' }).waitFor();

  // 2. 督查室 finds it among the submissions to review on the board and rejects it with a reason.
  const supervisor = await pageAs(ducha, '/board');
  await supervisor.locator(`[data-testid="review-task"][data-task-id="${taskId}"]`).waitFor({ timeout: 30_000 });
  await scanAxe(supervisor, 'the board');
  await screenshots(supervisor, FOLDER, 'board');
  await supervisor.locator(`[data-testid="review-task"][data-task-id="${taskId}"]`).click();
  await waitForStatus(supervisor, 'submitted');
  // The evidence opens for 督查室 too (the download is the API's, with the supervisor's rights).
  const download = supervisor.waitForEvent('download');
  await supervisor.getByTestId('evidence-file').first().click();
  expect((await download).suggestedFilename()).toBe('招商引资情况报告.pdf');
  await review(supervisor, '退回', REASON);
  await waitForStatus(supervisor, 'in_progress');

  // 3. The official sees the reason (the live stream refreshes the open page) and resubmits.
  await official.getByTestId('rejection-reason').filter({ hasText: REASON }).waitFor({ timeout: 30_000 });
  await screenshots(official, FOLDER, 'task-rejected');
  await submit(official, '已补充签约项目清单（附件二）。', false);

  // 4. 督查室 accepts.
  await goto(supervisor, `/tasks/${taskId}`);
  await waitForStatus(supervisor, 'submitted');
  await review(supervisor, '通过');
  await waitForStatus(supervisor, 'accepted');

  // 5. The audit timeline: every step, in order, each with its actor.
  await goto(supervisor, `/audit?subject=${encodeURIComponent(taskId)}`);
  const timeline = supervisor.getByTestId('audit-timeline');
  await timeline.getByTestId('audit-event').first().waitFor();
  const steps = await timeline.getByTestId('audit-event').evaluateAll((nodes) =>
    nodes.map((n) => ({ type: n.getAttribute('data-type') ?? '', actor: n.querySelector('[data-testid="audit-actor"]')?.textContent ?? '' })),
  );
  const decided = steps.filter((s) => /^duban\.task\.(submitted|rejected|accepted)\.v1$/.test(s.type));
  expect(decided.map((s) => s.type)).toEqual(['duban.task.submitted.v1', 'duban.task.rejected.v1', 'duban.task.submitted.v1', 'duban.task.accepted.v1']);
  expect(decided.map((s) => s.actor.split(' · ')[0])).toEqual([futian, ducha, futian, ducha]);
  await scanAxe(supervisor, 'the audit timeline');
  await screenshots(supervisor, FOLDER, 'audit-timeline');
  // The task page's own history says the same with actors.
  await goto(official, `/tasks/${taskId}`);
  await waitForStatus(official, 'accepted');
  const history = await official.getByTestId('history-step').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
  expect(history).toEqual(expect.arrayContaining(['submitted', 'rejected', 'accepted']));
  await screenshots(official, FOLDER, 'task-accepted');
});
