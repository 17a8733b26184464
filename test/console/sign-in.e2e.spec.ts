import type { Browser } from 'playwright-core';
import type { DevUserList } from '@duban/contracts';
import { ensureConsoleBuilt, launchBrowser, measureFirstInteractive, openConsolePage, scanAxe, screenshots, type ConsolePage } from '@duban/testing';
import { DubanHarness } from '../support/duban-harness';

/**
 * The console's sign-in, in Debian's chromium against the real apps and servers (issue 13): the
 * sign-in page lists the API's dev users; choosing the Futian official lands on 我的待办 with the
 * unit's own T4 of a plan loaded for this test. Each page is scanned with axe-core, shot at 1280
 * and 390 px into reports/console/sign-in/, and its time to interactive is reported.
 */
const FOLDER = 'sign-in';
let duban: DubanHarness;
let browser: Browser;
let baseUrl: string;
let devUsers: DevUserList['items'];
const planId = `e2e-console-sign-in-${Date.now().toString(36)}`;
const futianTask = `${planId}.T4.FUTIAN`;
const open: ConsolePage[] = [];

async function newPage(): Promise<ConsolePage> {
  const page = await openConsolePage(browser);
  open.push(page);
  return page;
}

// Before the API starts (it reads the built console's index.html at boot); a cold build takes minutes.
beforeAll(() => ensureConsoleBuilt({ echo: false }), 700_000);

beforeAll(async () => {
  duban = await DubanHarness.start('console-sign-in', { DEV_SIGN_IN: 'on' });
  baseUrl = duban.api.baseUrl;
  browser = await launchBrowser();
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  const loaded = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: new Date().toISOString().slice(0, 10) }, admin);
  expect(loaded.status).toBe(201);
  const users = await duban.api.get<DevUserList>('/dev/users');
  expect(users.status).toBe(200);
  devUsers = users.body.items;
  // The inbox is a projection: wait until it holds Futian's T4 before a browser looks for it.
  const futian = await duban.token({ sub: 'dev.futian', unit: 'FUTIAN', roles: ['official'] });
  await duban.eventually<{ items: { href: string }[] }, true>(`${futianTask} in Futian's inbox`, '/inbox', futian, (body) =>
    body.items.some((i) => i.href === `/console/tasks/${futianTask}`) ? true : undefined,
  );
}, 400_000);

afterEach(async () => {
  for (const page of open.splice(0)) {
    const uncaught = page.errors.filter((e) => e.startsWith('uncaught:'));
    await page.context.close();
    expect(uncaught).toEqual([]);
  }
});

afterAll(async () => {
  await browser?.close();
  await duban?.cleanUp();
  await duban?.stop();
});

it('the sign-in page lists every dev user the API offers, passes axe, and is shot at both widths', async () => {
  const { page } = await newPage();
  // A fresh context: nothing cached, so this is the cold first visit.
  await measureFirstInteractive(page, `${baseUrl}/console/sign-in`, 'sign-in (cold)');
  // The list: an official of each unit, 督查室, the leading group office, 绩效办, an admin.
  expect(devUsers.map((u) => `${u.unit}:${u.roles.join('+')}`)).toEqual(
    expect.arrayContaining(['FUTIAN:official', 'LUOHU:official', 'STIIC:official', 'DUCHA:supervisor', 'LGO:supervisor', 'PERF:performance', 'LGO:admin']),
  );
  for (const user of devUsers) {
    await expect(page.getByRole('button', { name: `登录：${user.name}` }).isVisible()).resolves.toBe(true);
  }
  // Shots first: a page that fails axe is the one worth looking at.
  await screenshots(page, FOLDER, 'sign-in');
  await scanAxe(page, 'the sign-in page at 1280 px');
  await page.setViewportSize({ width: 390, height: 844 });
  await scanAxe(page, 'the sign-in page at 390 px');
});

it("signing in as the Futian official lands on 我的待办 with Futian's T4, and the inbox passes axe", async () => {
  const { page } = await newPage();
  await measureFirstInteractive(page, `${baseUrl}/console/`, 'root, signed out (redirects to sign-in)');
  expect(new URL(page.url()).pathname).toBe('/console/sign-in');
  const futian = devUsers.find((u) => u.unit === 'FUTIAN' && u.roles.includes('official'));
  if (!futian) throw new Error(`no Futian official among the dev users: ${JSON.stringify(devUsers)}`);
  await page.getByRole('button', { name: `登录：${futian.name}` }).click();
  await page.waitForURL(`${baseUrl}/console/inbox`);
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
  const task = page.locator(`a[href="/console/tasks/${futianTask}"]`);
  await task.waitFor();
  // Only the unit's own work: no other district's T4 of this plan.
  await expect(page.locator(`a[href^="/console/tasks/${planId}.T4."]`).count()).resolves.toBe(1);
  await expect(page.getByTestId('who').innerText()).resolves.toContain(futian.id);
  await screenshots(page, FOLDER, 'inbox');
  await scanAxe(page, 'the inbox (我的待办) at 1280 px');
  await page.setViewportSize({ width: 390, height: 844 });
  await scanAxe(page, 'the inbox (我的待办) at 390 px');
  await page.setViewportSize({ width: 1280, height: 800 });
  // Signed in (the token stays in this tab's sessionStorage): a reload of the inbox, assets cached.
  await measureFirstInteractive(page, `${baseUrl}/console/inbox`, 'inbox, signed in (warm)');
  await task.waitFor();
});
