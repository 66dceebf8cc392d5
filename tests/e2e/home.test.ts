import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/db/seed/demo';
import { Role } from '../../api/src/modules/identity/role';
import { makeUser, TEST_PASSWORD } from '../support/factories';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible, overflow } from './support/page-checks';

let b: BrowserTest;
beforeAll(async () => {
  b = await startBrowserTest();
});
afterAll(() => b?.close());

/** The page's section headings (h2) from top to bottom. */
async function sections(page: Page): Promise<string[]> {
  return (await page.getByRole('heading', { level: 2 }).allTextContents()).map((s) => s.trim());
}

describe('a home page for each role', () => {
  it('a supervisor lands on their team, with their own JP second', async () => {
    const page = await b.page('pengawas');
    await expectVisible(page.getByRole('heading', { name: 'Tim saya' }));
    await expectVisible(page.getByText('Anggota'));
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    const headings = await sections(page);
    expect(headings.indexOf('Tim saya')).toBeLessThan(headings.findIndex((h) => h.startsWith('JP tahun')));
    await b.screenshot(page, 'home-supervisor');
    await page.context().close();
  });

  it('a trainer lands on their modules and learners', async () => {
    const page = await b.page('pelatih');
    await expectVisible(page.getByRole('heading', { name: 'Modul dan peserta saya' }));
    await expectVisible(page.getByRole('heading', { name: 'Peserta macet' }));
    // The shortcuts carry each module's menu label with its line, none of them a bare key.
    const shortcuts = page.getByRole('navigation', { name: 'Menu', exact: true });
    await expectVisible(shortcuts.getByText('Penilaian peserta atas modul dan pelatih'));
    await expectVisible(shortcuts.getByText('Nilai esai peserta kuis'));
    expect(await page.getByText(/^nav\./).count()).toBe(0);
    await b.screenshot(page, 'home-trainer');
    await page.context().close();
  });

  it('a committee member lands on the talent search, and keeps their own JP', async () => {
    const page = await b.page('komite');
    await expectVisible(page.getByRole('link', { name: 'Buka pencarian' }));
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await b.screenshot(page, 'home-committee');
    await page.context().close();
  });

  it("an administrator lands on the regency's JP compliance and the accounts, on a phone too", async () => {
    const page = await b.page('admin', 375);
    await expectVisible(page.getByRole('heading', { name: 'Kepatuhan JP' }));
    await expectVisible(page.getByText('PNS aktif', { exact: true }));
    await expectVisible(page.getByRole('heading', { name: 'Akun pengguna' }));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await b.screenshot(page, 'home-admin-phone');
    await page.context().close();
  });

  it("shows each page's strings in the language picked, fetched with the page", async () => {
    const page = await b.page('peserta');
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expectVisible(page.getByRole('heading', { name: /^JP in/ }));
    // A page first opened in English (its module's strings not yet fetched) is in English.
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    await expectVisible(menu.getByRole('link', { name: 'Learning claims' }));
    await menu.getByRole('link', { name: 'Module catalog' }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Module catalog' }));
    // Back to Bahasa Indonesia: the strings fetched in English are there in Indonesian too.
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Katalog modul' }));
    await page.goBack();
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await page.context().close();
  });
});

/** The GraphQL operation a request sends, if it is one. */
function operation(request: Request): string | undefined {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return undefined;
  return (request.postDataJSON() as { operationName?: string } | null)?.operationName;
}

/** What a browser context asks for that belongs to the learner dashboard card: its query and its code. */
function dashboardRequests(context: BrowserContext): string[] {
  const asked: string[] = [];
  context.on('request', (r) => {
    if (operation(r) === 'MyLearning') asked.push('query MyLearning');
    else if (/\/assets\/LearnerDashboard-[^/]*\.js$/.test(r.url())) asked.push(r.url());
  });
  return asked;
}

/** Logs in on the login page, as a person does. */
async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna atau NIP').fill(username);
  await page.getByLabel('Kata sandi').first().fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/**
 * Logs a learner in on this browser, then opens the start page again with the session's answer
 * held back until a request `asked` picks out is sent: whether it was (else the answer goes on after a minute).
 */
async function heldSessionUntil(asked: (request: Request) => boolean): Promise<boolean> {
  const page = await b.page(null, 1280, '/login');
  await logIn(page, 'peserta', DEMO_PASSWORD);
  await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
  let sent: () => void = () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const wanted = new Promise<boolean>((resolve) => {
    sent = () => resolve(true);
    timer = setTimeout(() => resolve(false), 60_000);
  });
  let held = false;
  page.on('request', (r) => asked(r) && sent());
  await page.route('**/graphql', async (route) => {
    if (operation(route.request()) === 'Me') held = await wanted;
    await route.continue();
  });
  await page.goto(`${b.baseUrl}/`);
  await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
  clearTimeout(timer);
  await page.context().close();
  return held;
}

describe("the start page asks early for a card's query and code only for users who see the card", () => {
  it('a logged-out visitor is sent to the login page without the dashboard being asked for', async () => {
    const page = await b.page(null);
    const asked = dashboardRequests(page.context());
    await page.goto(`${b.baseUrl}/`);
    await expectVisible(page.getByLabel('Nama pengguna atau NIP'));
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    await page.context().close();
  });

  it('an administrator without an employee record: neither after logging in, on the next visit, nor with only the session cookie', async () => {
    const admin = await makeUser(b.app.em(), [Role.ADMIN], { withEmployee: false });
    const page = await b.page(null, 1280, '/login');
    const asked = dashboardRequests(page.context());
    await logIn(page, admin.user.username, TEST_PASSWORD);
    await expectVisible(page.getByRole('heading', { name: 'Kepatuhan JP' }));
    // The next visit in this browser, which remembers the login, and a browser with only the cookie.
    await page.goto(`${b.baseUrl}/`);
    await expectVisible(page.getByRole('heading', { name: 'Kepatuhan JP' }));
    await page.waitForLoadState('networkidle');
    const cookieOnly = await b.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    await cookieOnly.addCookies(await page.context().cookies());
    const askedWithCookie = dashboardRequests(cookieOnly);
    const other = await cookieOnly.newPage();
    await other.goto(`${b.baseUrl}/`);
    await expectVisible(other.getByRole('heading', { name: 'Kepatuhan JP' }));
    await other.waitForLoadState('networkidle');
    expect([asked, askedWithCookie]).toEqual([[], []]);
    await cookieOnly.close();
    await page.context().close();
  });

  it('a learner who logged in on this browser gets the dashboard query asked for before the session answers', async () => {
    expect(await heldSessionUntil((r) => operation(r) === 'MyLearning')).toBe(true);
  });
});

describe("the start page's cards", () => {
  it.each([1280, 375])(
    'at %i px, the cards below the dashboard come once it shows its figures, so nothing on screen moves',
    async (width) => {
      const page = await b.page('peserta', width, '');
      await page.addInitScript(() => {
        const w = window as unknown as { shifted: number };
        w.shifted = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
          }[])
            if (!e.hadRecentInput) w.shifted += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${b.baseUrl}/`);
      await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
      await expectVisible(page.getByRole('navigation', { name: 'Menu', exact: true }));
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.01);
      await page.context().close();
    },
  );

  it("with only the session cookie, the other cards' code is asked for once the dashboard shows, not beside its code", async () => {
    const page = await b.page('peserta', 1280, '');
    const otherCard = /\/assets\/(EvaluationDueCard|Shortcuts)-[^/]*\.js$/;
    const asked: string[] = [];
    page.on('request', (r) => otherCard.test(r.url()) && asked.push(r.url()));
    // The dashboard's answer is held until its own code has arrived.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (operation(route.request()) === 'MyLearning') await released;
      await route.fallback();
    });
    const dashboardCode = page.waitForResponse((r) => /\/assets\/LearnerDashboard-[^/]*\.js$/.test(r.url()));
    const query = page.waitForRequest((r) => operation(r) === 'MyLearning');
    const otherCode = page.waitForRequest((r) => otherCard.test(r.url()));
    await page.goto(`${b.baseUrl}/`);
    await Promise.all([dashboardCode, query]);
    const beforeShown = [...asked];
    release();
    await expectVisible(page.getByRole('heading', { name: /^JP tahun/ }));
    await otherCode;
    expect(beforeShown).toEqual([]);
    await page.context().close();
  });

  it('a card that never shows its content holds the cards below it back only for a while', async () => {
    const page = await b.page('peserta', 1280, '');
    // The dashboard's query is never answered: its card keeps its skeleton.
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('"operationName":"MyLearning"') ? undefined : route.fallback(),
    );
    // The page's clock, so that the wait of the cards below (15 s) passes at once rather than in real time.
    await page.clock.install();
    await page.goto(`${b.baseUrl}/`);
    await expectVisible(page.getByTestId('loading'));
    const menu = page.getByRole('navigation', { name: 'Menu', exact: true });
    expect(await menu.count()).toBe(0);
    await page.clock.fastForward(16_000);
    await expectVisible(menu);
    expect(await page.getByTestId('loading').count()).toBe(1);
    await page.context().close();
  });
});

/**
 * The file of the client build that holds the menu and bar around logged-in pages (the Layout
 * part), named by content hash in Vite's manifest. What it imports is not checked: the shared
 * `layout` group holds parts of most logged-in pages too and comes with the page at the address.
 */
function layoutFile(): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../client/dist/.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  return manifest['src/app/Layout.tsx'].file;
}

describe('the menu and bar are asked for early only in a browser whose login lasts', () => {
  let file: string;
  beforeAll(() => {
    file = layoutFile();
  });
  const isLayout = (r: Request) => r.url().endsWith(`/${file}`);

  it('a logged-out visitor sent to the login page fetches no menu and bar, nor once the session there is over', async () => {
    expect(file).toMatch(/^assets\/Layout-.*\.js$/);
    const page = await b.page(null);
    const asked: string[] = [];
    page.context().on('request', (r) => isLayout(r) && asked.push(r.url()));
    await page.goto(`${b.baseUrl}/`);
    await expectVisible(page.getByLabel('Nama pengguna atau NIP'));
    await page.waitForLoadState('networkidle');
    // The same browser, told by an earlier login here of a session that has ended since.
    await page.evaluate(() => localStorage.setItem('kp.sessionEnds', new Date(Date.now() - 60_000).toISOString()));
    await page.goto(`${b.baseUrl}/`);
    await expectVisible(page.getByLabel('Nama pengguna atau NIP'));
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    await page.context().close();
  });

  it('a learner who logged in on this browser gets them asked for before the session answers', async () => {
    expect(await heldSessionUntil(isLayout)).toBe(true);
  });
});
