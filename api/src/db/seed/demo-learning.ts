import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { groupBy } from '../../common/collections';
import { withClock } from '../../common/clock-stamps';
import { type Clock, daysBetween, fixedClock } from '../../common/dates';
import { Competency } from '../../modules/competency/competency.entity';
import { PositionCompetency } from '../../modules/competency/position-competency.entity';
import { toActor } from '../../modules/identity/identity.service';
import { User } from '../../modules/identity/user.entity';
import { completeLesson } from '../../modules/learning/complete-lesson';
import { CourseModule, Lesson, ModuleCompetency } from '../../modules/learning/course-module.entity';
import { CourseModuleService } from '../../modules/learning/course-module.service';
import { EnrollmentService } from '../../modules/learning/enrollment.service';
import { LessonTime } from '../../modules/learning/lesson-time.entity';
import { CreditMode } from '../../modules/record/record.enums';
import { LessonKind } from '../../modules/learning/learning.enums';
import type { SectionInput } from '../../modules/learning/learning.inputs';
import { EmployeeType, PositionType } from '../../modules/organisation/organisation.enums';
import { DevelopmentPlanService } from '../../modules/record/development-plan.service';
import { LearningForm } from '../../modules/record/learning-form.entity';
import { proposeDevelopmentPlan } from '../../modules/record/propose-development-plan';
import { Random } from './random';
import { readSeed } from './seed-files';

interface LessonSeed {
  title: string;
  kind: LessonKind;
  body?: string;
  url?: string;
  durationMinutes: number;
  required?: boolean;
}

interface SectionSeed {
  title: string;
  lessons: LessonSeed[];
}

/** A module of `seeds/demo/modules.json`: the shape of `createCourseModule`, with competency codes. */
export interface ModuleSeed {
  code: string;
  title: string;
  summary: string;
  formId: number;
  jpValue: number;
  organiser: string;
  /** Completing it earns a registered certificate. */
  certifying?: boolean;
  competencies: { code: string; level: number }[];
  sections: SectionSeed[];
  /** A second version, published after the learning history: a new summary and added lessons. */
  revision?: { summary?: string; addLessons?: { section: number; lesson: LessonSeed }[] };
}

/**
 * The demo learner's year, the same on every day of the year: two modules finished on curriculum
 * forms (no daily cap, so 5 + 3 JP whatever the dates) and two of the five lessons of an
 * e-learning module done (no credit yet, so nothing counts against her daily e-learning cap).
 */
export const PESERTA_LEARNING = {
  completed: [
    { code: 'DATA-01', lastDayAgo: 45, days: 3 },
    { code: 'KOM-01', lastDayAgo: 14, days: 2 },
  ],
  inProgress: { code: 'SPBE-01', lessonsDone: 2, lastDayAgo: 2 },
} as const;

/** How many other employees have learned this year. */
const LEARNERS = 45;
/** Employees seeded at the same time (each holds one connection). */
const PARALLEL = 4;
/** The demo supervisor's comment on the plan he approved. */
const APPROVAL_COMMENT = 'Rencana sesuai kebutuhan bidang. Dahulukan pelatihan yang menutup kesenjangan terbesar pada semester pertama.';

export interface DemoLearningCounts {
  modules: number;
  completions: number;
  plans: number;
}

interface Taking {
  module: CourseModule;
  lessons: Lesson[];
  /** Local dates (YYYY-MM-DD) on which each lesson is done, in lesson order; shorter when unfinished. */
  lessonDays: string[];
}

/** Makes local dates and times into instants of the regency's time zone, never after `clock.now()`. */
export class Timeline {
  readonly today: string;
  readonly yearStart: string;
  readonly days: string[];
  private readonly now: number;
  private readonly earliest: number;
  /** "YYYY-MM-DD, HH:MM" in the regency's time zone. */
  private readonly format: Intl.DateTimeFormat;

  constructor(clock: Clock) {
    this.format = new Intl.DateTimeFormat('en-CA', {
      timeZone: clock.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    this.now = clock.now().getTime();
    this.today = clock.today();
    this.yearStart = `${this.today.slice(0, 4)}-01-01`;
    this.days = daysBetween(this.yearStart, this.today);
    this.earliest = this.instant(this.yearStart, 0, false).getTime();
  }

  /** The date `n` days before today, not before 1 January. */
  daysAgo(n: number): string {
    return this.days[Math.max(0, this.days.length - 1 - n)];
  }

  /** `minutes` after local midnight of `date`, clamped to this year up to now. */
  instant(date: string, minutes: number, clamp = true): Date {
    const wanted = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
    // Shift by the zone's offset at that moment (twice, in case the first guess crossed a change).
    let t = wanted;
    for (let i = 0; i < 2; i++) t += wanted - this.wallClock(t);
    return clamp ? new Date(Math.max(this.earliest, Math.min(this.now - 1000, t))) : new Date(t);
  }

  /** The local wall-clock time of an instant, read as if it were UTC. */
  private wallClock(t: number): number {
    const [date, time] = this.format.format(new Date(t)).split(', ');
    const [h, m] = time.split(':').map(Number);
    return Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000 + (t % 60_000);
  }
}

function sectionsOf(seed: ModuleSeed, withRevision = false): SectionInput[] {
  return seed.sections.map((s, si) => ({
    title: s.title,
    lessons: [
      ...s.lessons,
      ...(withRevision ? (seed.revision?.addLessons ?? []).filter((a) => a.section === si).map((a) => a.lesson) : []),
    ].map((l) => ({
      title: l.title,
      kind: l.kind,
      body: l.body ?? null,
      url: l.url ?? null,
      durationMinutes: l.durationMinutes,
      required: l.required ?? true,
    })),
  }));
}

/**
 * Creates and publishes the demo modules as the trainer, through the authoring service. The catalog
 * existed before this year's learning: each module is written and published on a day of the
 * previous year, a week apart, by a clock set to that day.
 */
async function createModules(
  em: EntityManager,
  trainer: Actor,
  seeds: ModuleSeed[],
  timeline: Timeline,
  timeZone: string,
): Promise<CourseModule[]> {
  const competencies = new Map(
    (await em.find(Competency, { code: { $in: seeds.flatMap((s) => s.competencies.map((c) => c.code)) } })).map((c) => [c.code, c.id]),
  );
  const modules: CourseModule[] = [];
  for (const [i, seed] of seeds.entries()) {
    const clock = fixedClock(timeline.instant(timeline.yearStart, 9 * 60 - (seeds.length - i) * 7 * 24 * 60, false), timeZone);
    const service = new CourseModuleService(withClock(em, clock), clock);
    const created = await service.create(trainer, {
      code: seed.code,
      title: seed.title,
      summary: seed.summary,
      formId: seed.formId,
      jpValue: seed.jpValue,
      certifying: seed.certifying ?? false,
      organiser: seed.organiser,
      competencies: seed.competencies.map((c) => {
        const competencyId = competencies.get(c.code);
        if (!competencyId) throw new Error(`Demo module ${seed.code}: no competency ${c.code}`);
        return { competencyId, level: c.level };
      }),
      sections: sectionsOf(seed),
    });
    modules.push(await service.publish(trainer, created.id));
  }
  return modules;
}

/**
 * Lesson days of one module taken within `[first, last]` (indexes into the year's days): over as
 * many days as the form's daily cap needs for the module's JP, so credits are not cut by the cap.
 */
function planDays(
  rnd: Random,
  timeline: Timeline,
  module: CourseModule,
  form: LearningForm,
  lessons: number,
  first: number,
  last: number,
): string[] {
  const needed = form.maxJpPerDay ? Math.ceil(module.jpValue / form.maxJpPerDay) : 1;
  const span = Math.min(lessons, needed + rnd.int(0, 1));
  const start = rnd.int(first, Math.max(first, last - span + 1));
  return Array.from(
    { length: lessons },
    (_, i) => timeline.days[Math.min(timeline.days.length - 1, start + Math.floor((i * span) / lessons))],
  );
}

/**
 * Enrols the learner and does the lessons on their days, in working hours, through the learning
 * services, each step with a clock set to its moment (so every row is stamped when it happened).
 */
async function take(em: EntityManager, actor: Actor, taking: Taking, timeline: Timeline, rnd: Random, timeZone: string): Promise<boolean> {
  const moments: Date[] = [];
  let day = '';
  let minute = 0;
  for (const [i, date] of taking.lessonDays.entries()) {
    const lesson = taking.lessons[i];
    if (date !== day) {
      day = date;
      minute = rnd.int(8 * 60, 13 * 60);
    }
    moments.push(timeline.instant(date, Math.min(minute + (lesson.durationMinutes ?? 30), 22 * 60)));
    minute += (lesson.durationMinutes ?? 30) + rnd.int(5, 40);
  }
  const joined = fixedClock(moments[0], timeZone);
  await new EnrollmentService(withClock(em, joined), joined).enroll(actor, taking.module.id);
  // A form crediting actual time credits the minutes measured on the lessons: the demo learners
  // spent each lesson's stated duration on it, on the day they did it.
  const measured = (await taking.module.form.load())?.creditMode === CreditMode.ACTUAL;
  let completed = false;
  for (const [i, lesson] of taking.lessons.entries()) {
    const clock = fixedClock(moments[i], timeZone);
    if (measured && lesson.durationMinutes) {
      await em.insert(LessonTime, {
        employee: actor.employeeId!,
        lesson: lesson.id,
        date: taking.lessonDays[i],
        ms: lesson.durationMinutes * 60_000,
        createdAt: moments[i],
        updatedAt: moments[i],
      });
    }
    const how = lesson.kind === LessonKind.LINK ? 'MANUAL' : 'VIEWED_TO_END';
    const result = await completeLesson(withClock(em, clock), actor, { lessonId: lesson.id, how }, clock);
    completed ||= result.moduleCompleted;
  }
  return completed;
}

/** Picks `count` modules without repeats, favouring those that build competencies of the employee's position. */
function pickModules(rnd: Random, modules: CourseModule[], relevant: Set<string>, count: number): CourseModule[] {
  const pool = [...modules];
  const picked: CourseModule[] = [];
  while (picked.length < count && pool.length) {
    const weights = pool.map((m) => (relevant.has(m.id) ? 4 : 1));
    let r = rnd.next() * weights.reduce((s, w) => s + w, 0);
    let i = 0;
    while (r >= weights[i] && i < pool.length - 1) r -= weights[i++];
    picked.push(pool.splice(i, 1)[0]);
  }
  return picked;
}

/**
 * This year's learning of the demo employees, done through the real enrolment and lesson services
 * with backdated clocks, so progress, completions and JP credits follow the ledger rules.
 */
async function seedHistory(
  em: EntityManager,
  modules: CourseModule[],
  pesertaUsername: string,
  excluded: string[],
  timeline: Timeline,
  timeZone: string,
): Promise<number> {
  const rnd = new Random(2017);
  const moduleIds = modules.map((m) => m.id);
  const lessons = groupBy(
    await em.find(Lesson, { module: { $in: moduleIds } }, { orderBy: { section: { sortOrder: 'asc' }, sortOrder: 'asc' } }),
    (lesson) => lesson.module.id,
  );
  const forms = new Map((await em.find(LearningForm, { id: { $in: modules.map((m) => m.form.id) } })).map((f) => [f.id, f]));
  const byCode = new Map(modules.map((m) => [m.code, m]));
  const doneLessons = (module: CourseModule, count?: number) => (lessons.get(module.id) ?? []).slice(0, count);

  // The demo learner: a fixed story (see PESERTA_LEARNING).
  const peserta = await em.findOneOrFail(User, { username: pesertaUsername });
  const work: { user: User; takings: Taking[] }[] = [
    {
      user: peserta,
      takings: [
        ...PESERTA_LEARNING.completed.map((c) => {
          const module = byCode.get(c.code)!;
          const list = doneLessons(module);
          return {
            module,
            lessons: list,
            lessonDays: list.map((_, i) => timeline.daysAgo(c.lastDayAgo + c.days - 1 - Math.floor((i * c.days) / list.length))),
          };
        }),
        (() => {
          const p = PESERTA_LEARNING.inProgress;
          const module = byCode.get(p.code)!;
          const list = doneLessons(module, p.lessonsDone);
          return { module, lessons: list, lessonDays: list.map(() => timeline.daysAgo(p.lastDayAgo)) };
        })(),
      ],
    },
  ];

  // Other employees: a deterministic sample, each with 0–4 finished modules and maybe one under way.
  const users = await em.find(
    User,
    { employee: { $ne: null }, username: { $nin: excluded } },
    { populate: ['employee'], orderBy: { employee: { nip: 'asc' } } },
  );
  const relevantByPosition = new Map<string, Set<string>>();
  const moduleIdsByCompetency = groupBy(
    await em.find(ModuleCompetency, { module: { $in: moduleIds } }),
    (c) => c.competency.id,
    (c) => c.module.id,
  );
  for (const row of await em.find(PositionCompetency, {})) {
    const set = relevantByPosition.get(row.position.id) ?? new Set<string>();
    for (const id of moduleIdsByCompetency.get(row.competency.id) ?? []) set.add(id);
    relevantByPosition.set(row.position.id, set);
  }
  for (let i = users.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [users[i], users[j]] = [users[j], users[i]];
  }
  for (const user of users.slice(0, LEARNERS)) {
    const employee = user.employee!.getEntity();
    const finished = Number(rnd.weighted({ 0: 1, 1: 3, 2: 4, 3: 3, 4: 3 }));
    const underway = rnd.chance(finished === 0 ? 1 : 0.2);
    const relevant = relevantByPosition.get(employee.position?.id ?? '') ?? new Set<string>();
    const picked = pickModules(rnd, modules, relevant, finished + (underway ? 1 : 0));
    // The year so far is cut into one stretch per module, so each is taken in its own weeks.
    const stretch = timeline.days.length / picked.length;
    const takings: Taking[] = [];
    for (const [n, module] of picked.entries()) {
      const all = doneLessons(module);
      const unfinished = underway && n === picked.length - 1;
      // Unfinished: some lessons done, but not the last required one.
      const lastRequired = Math.max(...all.map((l, i) => (l.required ? i : 0)));
      const list = unfinished ? all.slice(0, rnd.int(1, lastRequired)) : all;
      const first = Math.floor(n * stretch);
      const last = Math.max(first, Math.floor((n + 1) * stretch) - 1);
      const days = planDays(rnd, timeline, module, forms.get(module.form.id)!, all.length, first, last).slice(0, list.length);
      takings.push({ module, lessons: list, lessonDays: days });
    }
    work.push({ user, takings });
  }
  // Employees learn side by side, a few at a time (their ledgers are apart), each with a generator
  // of their own so the result does not depend on the order in which they run. Each service call
  // gets a fresh context, as a request does.
  const seeds = work.map(() => rnd.int(1, 2 ** 31));
  let completions = 0;
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const i = next++;
      const { user, takings } = work[i];
      const own = new Random(seeds[i]);
      // One employee's modules in order: the ledger's caps look at what came before.
      for (const taking of takings) if (await take(em, toActor(user), taking, timeline, own, timeZone)) completions++;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return completions;
}

/** Staff (functional or executing positions) whom a section head like the demo supervisor oversees. */
const STAFF_POSITION_TYPES = [PositionType.FUNGSIONAL, PositionType.PELAKSANA];

/** The first PNS staff member (by NIP) of an OPD with a learner account, other than the demo accounts. */
async function planEmployee(em: EntityManager, opdCode: string, excluded: string[]): Promise<User> {
  const user = await em.findOne(
    User,
    {
      username: { $nin: excluded },
      employee: { opd: { code: opdCode }, employeeType: EmployeeType.PNS, position: { positionType: { $in: STAFF_POSITION_TYPES } } },
    },
    { populate: ['employee'], orderBy: { employee: { nip: 'asc' } } },
  );
  if (!user) throw new Error(`No demo employee in ${opdCode} for a development plan`);
  return user;
}

/**
 * Plans for the supervisor: one submitted plan to review (DISKOMINFO) and one already approved
 * (BKD), each proposed from the employee's gap and submitted by the employee.
 */
async function seedPlans(em: EntityManager, supervisorUsername: string, excluded: string[], clock: Clock): Promise<number> {
  const year = Number(clock.today().slice(0, 4));
  const supervisor = toActor(await em.findOneOrFail(User, { username: supervisorUsername }));
  const stamped = withClock(em, clock);
  const service = new DevelopmentPlanService(stamped, clock);
  for (const [opd, approve] of [
    ['DISKOMINFO', false],
    ['BKD', true],
  ] as const) {
    const actor = toActor(await planEmployee(em, opd, excluded));
    const draft = await proposeDevelopmentPlan(stamped, actor, { employeeId: actor.employeeId!, year }, clock);
    await service.submit(actor, draft.id);
    if (approve) await service.approve(supervisor, { planId: draft.id, comment: APPROVAL_COMMENT });
  }
  return 2;
}

/** Publishes the second version of modules that have a revision (their learners keep version 1). */
async function publishRevisions(
  em: EntityManager,
  clock: Clock,
  trainer: Actor,
  seeds: ModuleSeed[],
  modules: CourseModule[],
): Promise<number> {
  const service = new CourseModuleService(withClock(em, clock), clock);
  let count = 0;
  for (const seed of seeds) {
    if (!seed.revision) continue;
    const v1 = modules.find((m) => m.code === seed.code)!;
    const draft = await service.update(trainer, { id: v1.id, summary: seed.revision.summary, sections: sectionsOf(seed, true) });
    await service.publish(trainer, draft.id);
    count++;
  }
  return count;
}

/**
 * Demo learning content: the trainer's published modules, this year's learning history of the demo
 * learner and of about 45 other employees, and development plans for the demo supervisor to
 * review. Runs only while there are no modules yet.
 */
export async function seedDemoLearning(
  em: EntityManager,
  seedsDir: string,
  clock: Clock,
  accounts: { trainer: string; learner: string; supervisor: string; all: string[] },
): Promise<DemoLearningCounts> {
  if (await em.count(CourseModule, {})) return { modules: 0, completions: 0, plans: 0 };
  const seeds = readSeed<ModuleSeed[]>(seedsDir, 'demo/modules.json');
  const timeline = new Timeline(clock);
  const trainer = toActor(await em.findOneOrFail(User, { username: accounts.trainer }));
  const modules = await createModules(em, trainer, seeds, timeline, clock.timeZone);
  const completions = await seedHistory(em, modules, accounts.learner, accounts.all, timeline, clock.timeZone);
  const plans = await seedPlans(em, accounts.supervisor, accounts.all, clock);
  const revisions = await publishRevisions(em, clock, trainer, seeds, modules);
  return { modules: modules.length + revisions, completions, plans };
}
