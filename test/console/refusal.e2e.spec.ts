import type { Page } from 'playwright-core';
import type { EnterpriseRegistration } from '@duban/domain';
import { scanAxe, screenshots, waitFor } from '@duban/testing';
import { useConsoleSession } from '../support/console-session';

/**
 * Another unit's pages in the console (issue 13, on the API's issue-12 rule that another unit's
 * task or enterprise answers like a missing one): a Luohu official who opens Futian's task page or
 * enterprise page by its deep link sees the refusal and nothing of the task or the enterprise. The
 * Futian official opens the same two links first, so the data the refusal must hide is shown to
 * someone who may see it (a page that showed nothing to anyone would pass the refusal check).
 */
const FOLDER = 'refusal';
const RUN = Date.now().toString(36);
const planId = `e2e-console-refusal-${RUN}`;
const taskId = `${planId}.T4.FUTIAN`;
const enterpriseId = `E2E-CONSOLE-REFUSAL-${RUN.toUpperCase()}`;
const registration: EnterpriseRegistration = {
  id: enterpriseId,
  name: `深圳市拒绝页测试${RUN}电子有限公司`,
  district: 'FUTIAN',
  industry: 'electronics-it',
  indicators: { technology: 0.2, valueAddedRate: 8, taxContribution: 5, energyPerOutput: 1.5, labourIntensity: 120, scale: 800, growth: -5 },
  flags: { highTechCertified: false, headquartersInShenzhen: false, productionInShenzhen: true },
  redLines: [],
};

/** What Futian's task page shows and a refusal must not: the title and the due date (YYYY-MM-DD). */
let taskFacts: string[];

/**
 * The text of the page's main region once the page has drawn either its data or its refusal. A
 * 503 (the API's "retry later", e.g. a Temporal call past its deadline on a loaded machine) is
 * neither an answer nor a refusal of access: the page is loaded again, within a deadline.
 */
async function mainText(page: Page, url: string, shown: string): Promise<string> {
  return waitFor(
    `${url} to show its data or a refusal (not "retry later")`,
    async () => {
      await page.goto(url);
      const main = page.locator('main#main');
      await main.getByText(shown).or(main.getByTestId('refusal')).first().waitFor();
      const text = await main.innerText();
      return text.includes('DEPENDENCY.') ? undefined : text;
    },
    { timeoutMs: 90_000, intervalMs: 1_000 },
  );
}

const session = useConsoleSession('console-refusal', async ({ duban }) => {
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  expect((await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: new Date().toISOString().slice(0, 10) }, admin)).status).toBe(201);
  const futian = await duban.token({ sub: 'dev.futian', unit: 'FUTIAN', roles: ['official'] });
  // A plan busy starting its tasks may not answer within the request's budget (503): asked again,
  // a first answer that did apply shows as 409 (already registered).
  await waitFor(
    `${enterpriseId} registered`,
    async () => {
      const res = await duban.api.post('/enterprises', { planId, enterprise: registration }, futian);
      if (res.status === 503) return undefined;
      if (res.status === 201 || res.status === 409) return true;
      throw new Error(`POST /enterprises answered ${res.status}: ${JSON.stringify(res.body)}`);
    },
    { timeoutMs: 90_000, intervalMs: 1_000 },
  );
  const task = await duban.eventually<{ title: string; due: string }, { title: string; due: string }>(`${taskId} readable`, `/tasks/${taskId}`, futian, (t) => t);
  taskFacts = [task.title, task.due];
});

it("the Futian official sees the unit's task and enterprise (the data the refusal must hide)", async () => {
  const page = await session.pageAs('dev.futian');
  const task = await mainText(page, `${session.baseUrl}/console/tasks/${taskId}`, taskFacts[0] as string);
  for (const fact of taskFacts) expect(task).toContain(fact);
  const enterprise = await mainText(page, `${session.baseUrl}/console/enterprises/${enterpriseId}`, registration.name);
  expect(enterprise).toContain(registration.name);
});

it("a Luohu official sees only the refusal on Futian's task page", async () => {
  const page = await session.pageAs('dev.luohu');
  const text = await mainText(page, `${session.baseUrl}/console/tasks/${taskId}`, taskFacts[0] as string);
  expect(text).toContain('没有此事项，或您无权查看');
  for (const fact of taskFacts) expect(text).not.toContain(fact);
  await expect(page.getByTestId('refusal').count()).resolves.toBe(1);
  await screenshots(page, FOLDER, 'task-refused');
  await scanAxe(page, "the refusal of Futian's task, as Luohu");
});

it("a Luohu official sees only the refusal on Futian's enterprise page", async () => {
  const page = await session.pageAs('dev.luohu');
  const text = await mainText(page, `${session.baseUrl}/console/enterprises/${enterpriseId}`, registration.name);
  expect(text).toContain('没有此事项，或您无权查看');
  expect(text).not.toContain(registration.name);
  await expect(page.getByTestId('enterprise').count()).resolves.toBe(0);
  await screenshots(page, FOLDER, 'enterprise-refused');
  await scanAxe(page, "the refusal of Futian's enterprise, as Luohu");
});
