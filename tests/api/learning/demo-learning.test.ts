import { type Clock, fixedClock, localDate, systemClock } from '../../../api/src/common/dates';
import { DEMO_ACCOUNTS, seedDemo } from '../../../api/src/db/seed/demo';
import { type ModuleSeed, PESERTA_LEARNING, seedDemoLearning } from '../../../api/src/db/seed/demo-learning';
import { readSeed } from '../../../api/src/db/seed/seed-files';
import { toActor } from '../../../api/src/modules/identity/identity.service';
import { User } from '../../../api/src/modules/identity/user.entity';
import { CourseModule } from '../../../api/src/modules/learning/course-module.entity';
import { Enrollment, LessonProgress } from '../../../api/src/modules/learning/enrollment.entity';
import { ModuleStatus } from '../../../api/src/modules/learning/learning.enums';
import { DevelopmentPlan } from '../../../api/src/modules/record/development-plan.entity';
import { LearningRecord } from '../../../api/src/modules/record/learning-record.entity';
import { jpSummaryOf } from '../../../api/src/modules/record/ledger.service';
import { CreditMode } from '../../../api/src/modules/record/record.enums';
import { setupTestApp, type TestApp } from '../../support/test-app';
import { CREATE, MODULES, PUBLISH } from './support';

/** The demo content that `npm start` loads: modules, this year's learning, plans to review. */

const YEAR = Number(localDate(new Date(), 'Asia/Jakarta').slice(0, 4));
const ACCOUNTS = { trainer: 'pelatih', learner: 'peserta', supervisor: 'pengawas', all: DEMO_ACCOUNTS.map((a) => a.username) };

const MY_LEARNING = `query MyLearning { myLearning {
  enrollments { progressPercent completedAt enrolledAt module { code version } }
  jp { approvedJp targetJp reached remainingJp }
  recentRecords { title jp status }
} }`;
const GAP = `query Gap($input: CompetencyGapInput!) { competencyGap(input: $input) { recommendedModules { closesLevels competencyCodes module { code } } } }`;
const PLANS = `query DevelopmentPlans($filter: PlanFilter) { developmentPlans(filter: $filter) {
  total items { status year totalJp supervisorComment employee { name opd { code } } events { action } viewerCan { decide } }
} }`;

/**
 * Seeding the whole demo regency takes seconds on a quiet machine and minutes on a loaded one;
 * the hooks that seed wait this long rather than fail (and leave a seed running into the next file).
 */
const SEEDING = 600_000;

async function seeded(clock: (t: TestApp) => Clock): Promise<TestApp> {
  const t = await setupTestApp();
  await seedDemo(t.em(), t.config.seedsDir, clock(t));
  return t;
}

async function actor(t: TestApp, username: string) {
  return toActor(await t.em().findOneOrFail(User, { username }));
}

function seeds(t: TestApp): ModuleSeed[] {
  return readSeed<ModuleSeed[]>(t.config.seedsDir, 'demo/modules.json');
}

/** Rows of the tables the demo learning writes. */
async function counts(t: TestApp): Promise<Record<string, number>> {
  const rows: { name: string; n: string }[] = await t
    .em()
    .getConnection()
    .execute(
      `select 'module' as name, count(*) as n from course_module union all select 'lesson', count(*) from lesson
     union all select 'enrollment', count(*) from enrollment union all select 'progress', count(*) from lesson_progress
     union all select 'record', count(*) from learning_record union all select 'plan', count(*) from development_plan
     union all select 'event', count(*) from development_plan_event union all select 'employee', count(*) from employee
     union all select 'assessment', count(*) from competency_assessment`,
    );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

/**
 * Seeded in the middle of this year: early in January the demo's dates crowd onto 1 January and
 * their order would tie (the January case has its own suite below).
 */
const MID_YEAR = `${YEAR}-06-15T10:00:00+07:00`;

describe('demo learning, seeded mid-year', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await seeded((app) => fixedClock(MID_YEAR, app.config.timeZone));
  }, SEEDING);
  afterAll(() => t?.close());

  it("the catalog shows the trainer's published modules; one is in its second version", async () => {
    const peserta = await actor(t, 'peserta');
    const catalog = (await t.gql(MODULES, { page: { limit: 50 } }, peserta)).data!.courseModules;
    const codes = seeds(t).map((s) => s.code);
    expect(codes.length).toBeGreaterThanOrEqual(8);
    expect(catalog.total).toBe(codes.length);
    expect(catalog.items.map((m: { code: string }) => m.code).sort()).toEqual([...codes].sort());
    expect(catalog.items.every((m: { status: string }) => m.status === 'PUBLISHED')).toBe(true);
    expect(catalog.items.find((m: { code: string }) => m.code === 'YAN-01').version).toBe(2);

    // The trainer's own list holds every version: the first of YAN-01 is archived.
    const mine = (await t.gql(MODULES, { filter: { mine: true }, page: { limit: 50 } }, await actor(t, 'pelatih'))).data!.courseModules;
    expect(mine.total).toBe(codes.length + 1);
    expect(
      mine.items
        .filter((m: { code: string }) => m.code === 'YAN-01')
        .map((m: { status: string; version: number }) => `${m.version}:${m.status}`)
        .sort(),
    ).toEqual(['1:ARCHIVED', '2:PUBLISHED']);
  });

  it('the demo learner has finished two modules for 8 JP, below the 20 JP target, and has one under way', async () => {
    const result = await t.gql(MY_LEARNING, {}, await actor(t, 'peserta'));
    expect(result.errors).toBeUndefined();
    const { enrollments, jp, recentRecords } = result.data!.myLearning;
    expect(jp).toEqual({ approvedJp: 8, targetJp: 20, reached: false, remainingJp: 12 });
    // In progress first: two of the five lessons of SPBE-01 are done.
    expect(
      enrollments.map((e: { module: { code: string }; progressPercent: number; completedAt: string | null }) => [
        e.module.code,
        e.progressPercent,
        !!e.completedAt,
      ]),
    ).toEqual([
      [PESERTA_LEARNING.inProgress.code, 40, false],
      ['KOM-01', 100, true],
      ['DATA-01', 100, true],
    ]);
    for (const e of enrollments.filter((x: { completedAt: string | null }) => x.completedAt)) {
      expect(new Date(e.enrolledAt).getTime()).toBeLessThanOrEqual(new Date(e.completedAt).getTime());
    }
    expect(recentRecords).toEqual([
      { title: 'Komunikasi Efektif di Tempat Kerja', jp: 3, status: 'APPROVED' },
      { title: 'Analisis Data dengan Spreadsheet', jp: 5, status: 'APPROVED' },
    ]);
  });

  it('her gap recommends the modules that build what she misses, not those she finished', async () => {
    const peserta = await actor(t, 'peserta');
    const result = await t.gql(GAP, { input: { employeeId: peserta.employeeId } }, peserta);
    expect(result.errors).toBeUndefined();
    expect(result.data!.competencyGap.recommendedModules).toEqual([
      { closesLevels: 2, competencyCodes: ['M.07', 'T.TIK.03'], module: { code: 'SPBE-01' } },
      { closesLevels: 1, competencyCodes: ['T.REN.03'], module: { code: 'ANG-01' } },
    ]);
  });

  it('the supervisor has a submitted plan to review, and has approved another; the demo learner has none yet', async () => {
    const supervisor = await actor(t, 'pengawas');
    const toDecide = (await t.gql(PLANS, { filter: { toDecide: true } }, supervisor)).data!.developmentPlans;
    expect(toDecide.total).toBe(1);
    const [plan] = toDecide.items;
    expect(plan).toMatchObject({ status: 'SUBMITTED', year: YEAR, employee: { opd: { code: 'DISKOMINFO' } }, viewerCan: { decide: true } });
    expect(plan.employee.name).not.toBe('Dewi Lestari, S.Kom.');
    expect(plan.totalJp).toBeGreaterThanOrEqual(20);
    expect(plan.events.map((e: { action: string }) => e.action)).toEqual(['PROPOSED', 'SUBMITTED']);

    const all = (await t.gql(PLANS, {}, supervisor)).data!.developmentPlans;
    const approved = all.items.filter((p: { status: string }) => p.status === 'APPROVED');
    expect(approved).toHaveLength(1);
    expect(approved[0]).toMatchObject({ employee: { opd: { code: 'BKD' } }, viewerCan: { decide: false } });
    expect(approved[0].supervisorComment).toBeTruthy();
    expect(approved[0].events.map((e: { action: string }) => e.action)).toEqual(['PROPOSED', 'SUBMITTED', 'APPROVED']);

    expect((await t.gql(PLANS, {}, await actor(t, 'peserta'))).data!.developmentPlans.total).toBe(0);
  });

  it('about 45 other employees learned this year, never after the day of seeding', async () => {
    const em = t.em();
    const peserta = await actor(t, 'peserta');
    const enrollments = await em.find(Enrollment, {});
    const learners = new Set(enrollments.map((e) => e.employee.id).filter((id) => id !== peserta.employeeId));
    expect(learners.size).toBeGreaterThanOrEqual(40);
    expect(learners.size).toBeLessThanOrEqual(80);
    const records = await em.find(LearningRecord, {});
    expect(new Set(records.map((r) => r.employee.id)).size).toBeGreaterThanOrEqual(40);

    const now = new Date(MID_YEAR).getTime();
    const today = localDate(new Date(now), t.config.timeZone);
    for (const r of records) {
      expect(r.year).toBe(YEAR);
      expect(r.startDate >= `${YEAR}-01-01` && r.endDate <= today && r.startDate <= r.endDate).toBe(true);
      expect(r.status).toBe('APPROVED');
    }
    for (const p of await em.find(LessonProgress, {})) expect(p.completedAt.getTime()).toBeLessThanOrEqual(now);
    for (const e of enrollments) {
      expect(e.createdAt.getTime()).toBeLessThanOrEqual(e.lastActivityAt!.getTime());
      if (e.completedAt) expect(e.completedAt.getTime()).toBeLessThanOrEqual(now);
    }
  });

  it('seeding again changes nothing', async () => {
    const before = await counts(t);
    expect(await seedDemo(t.em(), t.config.seedsDir, systemClock(t.config.timeZone))).toEqual({
      employees: 0,
      assessments: 0,
      learning: { modules: 0, completions: 0, plans: 0 },
    });
    // The learning part has its own guard too: modules exist, so it adds nothing.
    expect(await seedDemoLearning(t.em(), t.config.seedsDir, systemClock(t.config.timeZone), ACCOUNTS)).toEqual({
      modules: 0,
      completions: 0,
      plans: 0,
    });
    expect(await counts(t)).toEqual(before);
  });
});

describe('demo learning seeded late in a year', () => {
  const year = YEAR - 1;
  let t: TestApp;
  beforeAll(async () => {
    t = await seeded((app) => fixedClock(`${year}-10-01T10:00:00+07:00`, app.config.timeZone));
  }, SEEDING);
  afterAll(() => t?.close());

  it('spreads completions over the months, credits each module its JP, and some employees reach 20 JP', async () => {
    const em = t.em();
    const modules = new Map((await em.find(CourseModule, {}, { populate: ['form'] })).map((m) => [m.id, m]));
    const records = await em.find(LearningRecord, {});
    // Curriculum forms credit the stated JP: the demo spreads lessons over enough days for the daily caps.
    // E-learning credits the minutes measured (each demo learner spent every lesson's duration on it) on
    // the dates measured, so a date shared with another e-learning module, or minutes that do not
    // fill a tenth of a JP, may leave it below the stated JP, never above, and never at nothing.
    for (const r of records) {
      const module = modules.get(r.sourceId!)!;
      if (module.form.getEntity().creditMode === CreditMode.ACTUAL) {
        expect(r.minutes).toBeGreaterThan(0);
        expect(r.jp).toBeLessThanOrEqual(module.jpValue);
        expect(r.jp).toBeGreaterThan(0);
      } else expect(r.jp).toBe(module.jpValue);
    }
    const elearning = records.filter((r) => modules.get(r.sourceId!)!.form.getEntity().creditMode === CreditMode.ACTUAL);
    expect(elearning.length).toBeGreaterThanOrEqual(20);
    expect(new Set(records.map((r) => r.endDate.slice(0, 7))).size).toBeGreaterThanOrEqual(8);
    expect(records.every((r) => r.year === year && r.endDate <= `${year}-10-01`)).toBe(true);

    const totals = new Map<string, number>();
    for (const r of records) totals.set(r.employee.id, (totals.get(r.employee.id) ?? 0) + r.jp);
    const values = [...totals.values()];
    expect(values.filter((jp) => jp >= 20).length).toBeGreaterThanOrEqual(2);
    expect(values.filter((jp) => jp < 20).length).toBeGreaterThanOrEqual(20);
    expect(new Set(values).size).toBeGreaterThanOrEqual(8);

    const peserta = await em.findOneOrFail(User, { username: 'peserta' }, { populate: ['employee'] });
    expect((await jpSummaryOf(em, peserta.employee!.getEntity(), year)).approvedJp).toBe(8);
  });

  it('every demo module passes the rules of createCourseModule and publishCourseModule', async () => {
    const trainer = await actor(t, 'pelatih');
    const ids = new Map(
      (await t.em().getConnection().execute<{ id: string; code: string }[]>('select id, code from competency')).map((c) => [c.code, c.id]),
    );
    for (const seed of seeds(t)) {
      const { revision: _revision, competencies, ...rest } = seed;
      const input = {
        ...rest,
        code: `${seed.code}-CHK`,
        competencies: competencies.map((c) => ({ competencyId: ids.get(c.code), level: c.level })),
      };
      const created = await t.gql(CREATE, { input }, trainer);
      expect({ code: seed.code, errors: created.errors }).toEqual({ code: seed.code, errors: undefined });
      const published = await t.gql(PUBLISH, { input: { id: created.data!.createCourseModule.id } }, trainer);
      expect({ code: seed.code, errors: published.errors }).toEqual({ code: seed.code, errors: undefined });
    }
  });
});

describe('demo learning seeded on 1 January, just after midnight', () => {
  const clock = fixedClock(`${YEAR}-01-01T00:30:00+07:00`, 'Asia/Jakarta');
  let t: TestApp;
  beforeAll(async () => {
    t = await seeded(() => clock);
  }, SEEDING);
  afterAll(() => t?.close());

  it('keeps all learning within the new year up to that moment, and the demo learner still has 8 JP', async () => {
    const em = t.em();
    const start = new Date(`${YEAR}-01-01T00:00:00+07:00`).getTime();
    for (const p of await em.find(LessonProgress, {})) {
      expect(p.completedAt.getTime()).toBeGreaterThanOrEqual(start);
      expect(p.completedAt.getTime()).toBeLessThanOrEqual(clock.now().getTime());
    }
    const records = await em.find(LearningRecord, {});
    expect(records.length).toBeGreaterThan(40);
    expect(records.every((r) => r.year === YEAR && r.startDate === `${YEAR}-01-01` && r.endDate === `${YEAR}-01-01`)).toBe(true);
    const peserta = await em.findOneOrFail(User, { username: 'peserta' }, { populate: ['employee'] });
    expect((await jpSummaryOf(em, peserta.employee!.getEntity(), YEAR)).approvedJp).toBe(8);
    expect(await em.count(DevelopmentPlan, { year: YEAR })).toBe(2);
    expect(await em.count(CourseModule, { status: ModuleStatus.PUBLISHED })).toBe(seeds(t).length);
  });
});
