import type { Page } from 'playwright-core';
import { Competency } from '../../api/src/modules/competency/competency.entity';
import { User } from '../../api/src/modules/identity/user.entity';
import { CourseModule } from '../../api/src/modules/learning/course-module.entity';
import { ModuleStatus } from '../../api/src/modules/learning/learning.enums';
import { Position } from '../../api/src/modules/organisation/position.entity';
import { DevelopmentPlan } from '../../api/src/modules/record/development-plan.entity';
import { PlanStatus } from '../../api/src/modules/record/record.enums';
import { seriousViolations, type Violation } from './support/accessibility';
import { startBrowserTest, type BrowserTest } from './support/browser';
import { expectVisible } from './support/page-checks';

let b: BrowserTest;
/** Pages with a record in their path, found in the demo data. */
let paths: Record<
  'module' | 'lesson' | 'editor' | 'competency' | 'position' | 'employee' | 'employeeCompetencies' | 'plan' | 'quiz' | 'quizSettings',
  string
>;

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
 * the next page is there once a heading without the mark is, and no skeleton waits for data.
 */
async function show(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
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

describe('accessibility: no critical or serious axe-core violations', () => {
  it('on the login page, wide and on a phone, before and after a failed login', async () => {
    for (const width of [1280, 375]) {
      const page = await b.page(null, width, '/login');
      await expectVisible(page.getByRole('button', { name: 'Masuk' }));
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Nama pengguna atau NIP').fill('bukan-pengguna');
      await page.getByLabel('Kata sandi').first().fill('salah');
      await page.getByRole('button', { name: 'Masuk' }).click();
      await expectVisible(page.getByText('Nama pengguna atau kata sandi salah.'));
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('on every page a learner reaches', async () => {
    const nav = await navigation('peserta');
    expect(nav).toEqual([
      '/',
      '/katalog',
      '/kelompok',
      '/absen',
      '/profil-kompetensi',
      '/rencana',
      '/klaim',
      '/sertifikat',
      '/kompetensi',
      '/jabatan',
      '/akses-riwayat',
      '/profil',
    ]);
    expect(
      await sweep('peserta', [...nav, paths.module, paths.lesson, paths.quiz, paths.competency, paths.position, '/halaman-yang-tidak-ada']),
    ).toEqual({});
  });

  it('on the learner pages on a phone', async () => {
    expect(await sweep('peserta', ['/', '/katalog', paths.module, paths.lesson, paths.quiz, '/profil-kompetensi'], 375)).toEqual({});
  });

  it('on every page a trainer reaches, the module editor, question bank and quiz settings included', async () => {
    const nav = await navigation('pelatih');
    expect(nav).toEqual(expect.arrayContaining(['/pelatih/modul', '/pelatih/bank-soal', '/pelatih/penilaian']));
    expect(await sweep('pelatih', [...nav, paths.editor, paths.quizSettings])).toEqual({});
  });

  it('on every page a supervisor reaches, the plan to review and an employee included', async () => {
    const nav = await navigation('pengawas');
    expect(nav).toContain('/pegawai');
    expect(await sweep('pengawas', [...nav, paths.plan, paths.employee, paths.employeeCompetencies])).toEqual({});
  });

  it('on every page the career committee reaches', async () => {
    const nav = await navigation('komite');
    expect(nav).toContain('/rencana');
    expect(nav).toContain('/komite/pencarian');
    const purpose = encodeURIComponent('Rapat Baperjakat Desember');
    const search = `/komite/pencarian?q=${encodeURIComponent(JSON.stringify({ competencies: [] }))}&tujuan=${purpose}`;
    const history = `${paths.employee.replace('/pegawai/', '/komite/pegawai/')}?tujuan=${purpose}`;
    expect(await sweep('komite', [...nav, paths.employee, search, history])).toEqual({});
    expect(await sweep('komite', [search, history], 375)).toEqual({});
  });

  it('on every page an administrator reaches', async () => {
    const nav = await navigation('admin');
    expect(nav).toEqual(expect.arrayContaining(['/admin/opd', '/admin/impor-pegawai', '/admin/referensi', '/pegawai']));
    expect(await sweep('admin', [...nav, paths.employee, paths.position, paths.competency])).toEqual({});
  });
});
