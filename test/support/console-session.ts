import type { Browser, Page } from 'playwright-core';
import type { DevUserList } from '@duban/contracts';
import { ensureConsoleBuilt, launchBrowser, openConsolePage, signIn, type ConsolePage } from '@duban/testing';
import { DubanHarness } from './duban-harness';

type DevUser = DevUserList['items'][number];

/** One console browser test file's apps, browser and pages (see {@link useConsoleSession}). */
export interface ConsoleSession {
  /** The apps, on their own database and task queue, with the dev sign-in on. */
  readonly duban: DubanHarness;
  /** The API's origin; the console is under `/console/`. */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** `GET /dev/users`: the users the sign-in page lists. */
  readonly devUsers: readonly DevUser[];
  /** The dev user of `unit` with `role`; throws when there is none. */
  userOf(unit: string, role: string): DevUser;
  /** A fresh browser context (no token stored), closed after the test. */
  newPage(): Promise<ConsolePage>;
  /** A fresh browser context signed in as `userId` through the sign-in page. */
  pageAs(userId: string): Promise<Page>;
}

/**
 * Registers the hooks every console browser test needs, in jest's order, and returns the session
 * they fill: the console built (before the API starts: it reads the built index.html at boot; a
 * cold build takes minutes), the apps started with `DEV_SIGN_IN=on`, chromium launched, the dev
 * users read, then `setUp` (the test's own data). After each test every page it opened is closed
 * and the test fails if a page threw an uncaught error; after all, the browser and the apps stop.
 */
export function useConsoleSession(name: string, setUp?: (session: ConsoleSession) => Promise<void>, setUpTimeoutMs = 400_000): ConsoleSession {
  const opened: ConsolePage[] = [];
  let state: { duban: DubanHarness; browser: Browser; devUsers: DevUser[] } | undefined;
  const started = () => {
    if (!state) throw new Error(`the console session ${name} has not started (use it inside a test or a later hook)`);
    return state;
  };
  const session: ConsoleSession = {
    get duban() {
      return started().duban;
    },
    get baseUrl() {
      return started().duban.api.baseUrl;
    },
    get browser() {
      return started().browser;
    },
    get devUsers() {
      return started().devUsers;
    },
    userOf(unit, role) {
      const user = started().devUsers.find((u) => u.unit === unit && u.roles.includes(role as never));
      if (!user) throw new Error(`no dev user ${unit}/${role} among ${started().devUsers.map((u) => u.id).join(', ')}`);
      return user;
    },
    async newPage() {
      const page = await openConsolePage(started().browser);
      opened.push(page);
      return page;
    },
    async pageAs(userId) {
      const { page } = await session.newPage();
      await signIn(page, session.baseUrl, userId);
      return page;
    },
  };

  beforeAll(() => ensureConsoleBuilt({ echo: false }), 700_000);

  let duban: DubanHarness | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    duban = await DubanHarness.start(name, { DEV_SIGN_IN: 'on' });
    browser = await launchBrowser();
    const users = await duban.api.get<DevUserList>('/dev/users');
    if (users.status !== 200) throw new Error(`GET /dev/users answered ${users.status}: ${JSON.stringify(users.body)}`);
    state = { duban, browser, devUsers: users.body.items };
    await setUp?.(session);
  }, setUpTimeoutMs);

  afterEach(async () => {
    for (const page of opened.splice(0)) {
      const uncaught = page.errors.filter((e) => e.startsWith('uncaught:'));
      await page.context.close();
      expect(uncaught).toEqual([]);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await duban?.cleanUp();
    await duban?.stop();
  }, 120_000);

  return session;
}
