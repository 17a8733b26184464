import { measureFirstInteractive, scanAxe, screenshots } from '@duban/testing';
import { useConsoleSession } from '../support/console-session';

/**
 * The console's sign-in, in Debian's chromium against the real apps and servers (issue 13): the
 * sign-in page lists the API's dev users; choosing the Futian official lands on 我的待办 with the
 * unit's own T4 of a plan loaded for this test. Each page is scanned with axe-core, shot at 1280
 * and 390 px into reports/console/sign-in/, and its time to interactive is reported.
 */
const FOLDER = 'sign-in';
const planId = `e2e-console-sign-in-${Date.now().toString(36)}`;
const futianTask = `${planId}.T4.FUTIAN`;

const session = useConsoleSession('console-sign-in', async ({ duban }) => {
  const admin = await duban.token({ sub: 'root', unit: 'LGO', roles: ['admin'] });
  const loaded = await duban.api.post('/plans', { template: 'shenzhen-2009-98', planId, rebaseTo: new Date().toISOString().slice(0, 10) }, admin);
  expect(loaded.status).toBe(201);
  // The inbox is a projection: wait until it holds Futian's T4 before a browser looks for it.
  const futian = await duban.token({ sub: 'dev.futian', unit: 'FUTIAN', roles: ['official'] });
  await duban.eventually<{ items: { href: string }[] }, true>(`${futianTask} in Futian's inbox`, '/inbox', futian, (body) =>
    body.items.some((i) => i.href === `/console/tasks/${futianTask}`) ? true : undefined,
  );
});

it('the sign-in page lists every dev user the API offers, passes axe, and is shot at both widths', async () => {
  const { page } = await session.newPage();
  // A fresh context: nothing cached, so this is the cold first visit.
  await measureFirstInteractive(page, `${session.baseUrl}/console/sign-in`, 'sign-in (cold)');
  // The list: an official of each unit, 督查室, the leading group office, 绩效办, an admin.
  expect(session.devUsers.map((u) => `${u.unit}:${u.roles.join('+')}`)).toEqual(
    expect.arrayContaining(['FUTIAN:official', 'LUOHU:official', 'STIIC:official', 'DUCHA:supervisor', 'LGO:supervisor', 'PERF:performance', 'LGO:admin']),
  );
  for (const user of session.devUsers) {
    await expect(page.getByRole('button', { name: `登录：${user.name}` }).isVisible()).resolves.toBe(true);
  }
  // Shots first: a page that fails axe is the one worth looking at.
  await screenshots(page, FOLDER, 'sign-in');
  await scanAxe(page, 'the sign-in page at 1280 px');
  await page.setViewportSize({ width: 390, height: 844 });
  await scanAxe(page, 'the sign-in page at 390 px');
});

it("signing in as the Futian official lands on 我的待办 with Futian's T4, and the inbox passes axe", async () => {
  const { page } = await session.newPage();
  await measureFirstInteractive(page, `${session.baseUrl}/console/`, 'root, signed out (redirects to sign-in)');
  expect(new URL(page.url()).pathname).toBe('/console/sign-in');
  const futian = session.userOf('FUTIAN', 'official');
  await page.getByRole('button', { name: `登录：${futian.name}` }).click();
  await page.waitForURL(`${session.baseUrl}/console/inbox`);
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
  await measureFirstInteractive(page, `${session.baseUrl}/console/inbox`, 'inbox, signed in (warm)');
  await task.waitFor();
});
