import type { Page } from 'playwright-core';
import { Competency } from '../../../api/src/modules/competency/competency.entity';
import { User } from '../../../api/src/modules/identity/user.entity';
import { CourseModule } from '../../../api/src/modules/learning/course-module.entity';
import { ModuleStatus } from '../../../api/src/modules/learning/learning.enums';
import { Position } from '../../../api/src/modules/organisation/position.entity';
import { DevelopmentPlan } from '../../../api/src/modules/record/development-plan.entity';
import { PlanStatus } from '../../../api/src/modules/record/record.enums';
import { seriousViolations, type Violation } from './accessibility';
import { startBrowserTest, type BrowserTest } from './browser';
import { expectVisible } from './page-checks';

type PathName =
  'module' | 'lesson' | 'editor' | 'competency' | 'position' | 'employee' | 'employeeCompetencies' | 'plan' | 'quiz' | 'quizSettings';

/**
 * What the accessibility test files share (`tests/e2e/accessibility-*.test.ts`, split so that both
 * jest workers can take a part): the browser test with the demo data, the paths of pages with a
 * record in them, and a sweep of pages with axe-core. Call `accessibilitySweep()` at the top of a
 * test file: it starts the browser test in `beforeAll` and closes it in `afterAll`.
 */
export interface AccessibilitySweep {
  /** The browser test; there once `beforeAll` has run. */
  browser(): BrowserTest;
  /** Pages with a record in their path, found in the demo data; there once `beforeAll` has run. */
  path(name: PathName): string;
  /** Visits each path in one page and returns what axe-core finds on each, by path. */
  sweep(user: string, pathsToCheck: string[], width?: number): Promise<Record<string, Violation[]>>;
  /** The navigation's links for the logged-in user, as the layout lists them. */
  navigation(user: string): Promise<string[]>;
}

export function accessibilitySweep(): AccessibilitySweep {
  let b: BrowserTest;
  /** Pages with a record in their path, found in the demo data. */
  let paths: Record<PathName, string>;

  beforeAll(async () => {
    b = await startBrowserTest();
    const em = b.app.em();
    const module = await em.findOneOrFail(
      CourseModule,
      { status: ModuleStatus.PUBLISHED },
      { populate: ['sections.lessons'], orderBy: { code: 'asc' } },
    );
    const dewi = await em.findOneOrFail(User, { username: 'peserta' });
    const plan = await em.findOneOrFail(DevelopmentPlan, { status: PlanStatus.SUBMITTED });
    const quizLessons = (await em.findOneOrFail(CourseModule, { code: 'AKH-01' }, { populate: ['sections.lessons'] })).sections
      .getItems()
      .flatMap((s) => s.lessons.getItems());
    paths = {
      module: `/modul/${module.id}`,
      lesson: `/modul/${module.id}/pelajaran/${module.sections[0].lessons[0].id}`,
      editor: `/pelatih/modul/${module.id}`,
      competency: `/kompetensi/${(await em.findOneOrFail(Competency, { code: 'M.01' })).id}`,
      position: `/jabatan/${(await em.findOneOrFail(Position, { code: 'KABID' })).id}`,
      employee: `/pegawai/${dewi.employee!.id}`,
      employeeCompetencies: `/pegawai/${dewi.employee!.id}/kompetensi`,
      plan: `/rencana/${plan.id}`,
      quiz: `/modul/${quizLessons[0].module.id}/kuis/${quizLessons[0].id}`,
      quizSettings: `/pelatih/kuis/${quizLessons[3].id}`,
    };
  });
  afterAll(() => b?.close());

  /**
   * Shows `path` as a link inside the app would: no reload, so a sweep of pages stays quick. The
   * page before stays on screen while the next one's code loads, so its heading is marked first;
   * the next page is there once a heading without the mark is, and no skeleton waits for data. A
   * path the page already shows is only waited for.
   */
  async function show(page: Page, path: string): Promise<void> {
    await page.evaluate((to) => {
      // Already there (the first path of a sweep is often the start page the browser opened on): the
      // heading on screen is this page's, and marking it would wait for one that never comes.
      if (window.location.pathname + window.location.search === to) return;
      document.querySelectorAll('main h1').forEach((h) => h.setAttribute('data-left', ''));
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    try {
      await page.waitForFunction(
        () => !!document.querySelector('main h1:not([data-left])') && !document.querySelector('main .MuiSkeleton-root'),
      );
    } catch (error) {
      throw new Error(`${path} did not show a page with a heading: ${(error as Error).message}`);
    }
  }

  /** Visits each path in one page and returns what axe-core finds on each, by path. */
  async function sweep(user: string, pathsToCheck: string[], width = 1280): Promise<Record<string, Violation[]>> {
    const page = await b.page(user, width);
    const found: Record<string, Violation[]> = {};
    try {
      for (const path of pathsToCheck) {
        await show(page, path);
        const violations = await seriousViolations(page);
        if (violations.length) found[path] = violations;
      }
    } finally {
      await page.context().close();
    }
    return found;
  }

  /** The navigation's links for the logged-in user, as the layout lists them. */
  async function navigation(user: string): Promise<string[]> {
    const page = await b.page(user);
    const links = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link');
    await expectVisible(links);
    const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
    await page.context().close();
    return hrefs;
  }

  return { browser: () => b, path: (name) => paths[name], sweep, navigation };
}
