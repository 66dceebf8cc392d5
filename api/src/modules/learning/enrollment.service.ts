import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/dates';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { byKeys, groupByKeys, requestLoader } from '../../common/loaders';
import { CourseModule, Lesson } from './course-module.entity';
import { Enrollment, LessonProgress } from './enrollment.entity';
import type { MyLearning } from './learning.types';
import { learningPolicy } from './learning.policy';
import { ModuleStatus } from './learning.enums';
import { LedgerService } from '../record/ledger.service';
import { LearningRecord } from '../record/learning-record.entity';

export interface ModuleProgress {
  requiredLessons: number;
  doneRequired: number;
  doneLessonIds: string[];
  /** The first lesson, in outline order, not done yet. */
  nextLessonId: string | null;
  percent: number;
}

/** Percent of required lessons done (all lessons count when none is marked required); `lessons` in outline order. */
export function progressOf(lessons: Pick<Lesson, 'id' | 'required'>[], doneIds: Set<string>): ModuleProgress {
  const required = lessons.some((l) => l.required) ? lessons.filter((l) => l.required) : lessons;
  const doneRequired = required.filter((l) => doneIds.has(l.id)).length;
  return {
    requiredLessons: required.length,
    doneRequired,
    doneLessonIds: lessons.filter((l) => doneIds.has(l.id)).map((l) => l.id),
    nextLessonId: lessons.find((l) => !doneIds.has(l.id))?.id ?? null,
    percent: required.length ? Math.floor((100 * doneRequired) / required.length) : 0,
  };
}

/**
 * Whether the actor may know the module exists (the read policy): published modules are seen by
 * all; drafts and archived versions only by their authors, admins and (archived) its learners.
 * Acting on a module one may not see answers NOT_FOUND, like a module that does not exist.
 */
export async function moduleVisible(em: EntityManager, actor: Actor, module: CourseModule): Promise<boolean> {
  if (module.status === ModuleStatus.PUBLISHED) return true;
  const enrolled = !!actor.employeeId && (await em.count(Enrollment, { employee: actor.employeeId, module: module.id })) > 0;
  const authorIds = (await module.authors.load()).getIdentifiers() as string[];
  return learningPolicy.read(actor, module, authorIds, enrolled);
}

export class EnrollmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Joins a version of a module. Learners keep the version they joined until they finish it: while
   * they have an unfinished enrolment in any version of the module, joining (this or another
   * version) returns that enrolment. Once finished, a newer version may be joined as a refresher.
   */
  async enroll(actor: Actor, moduleId: string): Promise<Enrollment> {
    const module = await this.em.findOne(CourseModule, moduleId);
    if (!module || !(await moduleVisible(this.em, actor, module))) throw new NotFoundError('Course module', moduleId);
    if (!actor.employeeId) throw new ForbiddenError('Only employees enrol in modules');
    const employeeId = actor.employeeId;
    return this.em.transactional(async (tx) => {
      // Two joins at the same moment, of the same or of different versions, wait for each other
      // and so give one enrolment.
      await tx
        .getConnection()
        .execute(
          'select pg_advisory_xact_lock(hashtext(?))',
          [`enroll:${employeeId}:${module.moduleKey}`],
          'all',
          tx.getTransactionContext(),
        );
      const existing = await tx.findOne(Enrollment, { employee: employeeId, module: module.id });
      if (existing) return existing;
      const unfinished = await tx.findOne(
        Enrollment,
        { employee: employeeId, completedAt: null, module: { moduleKey: module.moduleKey } },
        { orderBy: { createdAt: 'asc' } },
      );
      if (unfinished) return unfinished;
      if (!learningPolicy.enroll(actor, module)) throw new ConflictError('Only a published module can be joined');
      await tx
        .createQueryBuilder(Enrollment)
        .insert({ employee: employeeId, module: module.id, createdAt: this.clock.now(), updatedAt: this.clock.now() })
        .onConflict(['employee', 'module'])
        .ignore()
        .execute('run');
      return tx.findOneOrFail(Enrollment, { employee: employeeId, module: module.id });
    });
  }

  /**
   * The viewer's unfinished enrolment in another version of a module (the version they keep until
   * they finish it), for each of many modules in one query per request.
   */
  async myOtherVersionEnrollment(actor: Actor, module: CourseModule): Promise<Enrollment | null> {
    const employeeId = actor.employeeId;
    if (!employeeId) return null;
    const unfinished = await requestLoader<string, Enrollment[]>(this.em, 'unfinishedByModuleKey', async (keys) => {
      const rows = await this.em.find(
        Enrollment,
        { employee: employeeId, completedAt: null, module: { moduleKey: { $in: [...keys] } } },
        { populate: ['module'], orderBy: { createdAt: 'asc' } },
      );
      return groupByKeys(keys, rows, (e) => e.module.getEntity().moduleKey);
    }).load(module.moduleKey);
    return unfinished?.find((e) => e.module.id !== module.id) ?? null;
  }

  /** The viewer's enrolment in each of many modules, in one query per request. */
  myEnrollment(actor: Actor, moduleId: string): Promise<Enrollment | null> {
    const employeeId = actor.employeeId;
    if (!employeeId) return Promise.resolve(null);
    return requestLoader<string, Enrollment>(this.em, 'myEnrollment', async (ids) =>
      byKeys(ids, await this.em.find(Enrollment, { employee: employeeId, module: { $in: [...ids] } }), (e) => e.module.id),
    ).load(moduleId);
  }

  /** Lessons of each of many modules, in outline order, in one query per request. */
  private lessonsOf(moduleId: string): Promise<Lesson[]> {
    return requestLoader<string, Lesson[]>(this.em, 'lessonsOfModule', async (ids) => {
      const lessons = await this.em.find(
        Lesson,
        { module: { $in: [...ids] } },
        { orderBy: { section: { sortOrder: 'asc' }, sortOrder: 'asc' } },
      );
      return groupByKeys(ids, lessons, (l) => l.module.id);
    })
      .load(moduleId)
      .then((l) => l ?? []);
  }

  /** Lesson count and expected minutes of each of many modules (for the catalog), without loading lesson texts. */
  lessonStats(_actor: Actor, moduleId: string): Promise<{ lessons: number; minutes: number }> {
    return requestLoader<string, { lessons: number; minutes: number }>(this.em, 'lessonStats', async (ids) => {
      const rows: { module_id: string; lessons: string; minutes: string }[] = await this.em.getConnection().execute(
        `select module_id, count(*) as lessons, coalesce(sum(duration_minutes), 0) as minutes
           from lesson where module_id in (${ids.map(() => '?').join(', ')}) group by module_id`,
        [...ids],
      );
      const byModule = new Map(rows.map((r) => [r.module_id, { lessons: Number(r.lessons), minutes: Number(r.minutes) }]));
      return ids.map((id) => byModule.get(id) ?? { lessons: 0, minutes: 0 });
    })
      .load(moduleId)
      .then((s) => s ?? { lessons: 0, minutes: 0 });
  }

  /** Progress of each of many enrolments, in one query per request. */
  async progress(_actor: Actor, enrollment: Enrollment): Promise<ModuleProgress> {
    const [lessons, done] = await Promise.all([
      this.lessonsOf(enrollment.module.id),
      requestLoader<string, string[]>(this.em, 'doneLessons', async (ids) => {
        const rows = await this.em.find(LessonProgress, { enrollment: { $in: [...ids] } }, { fields: ['enrollment', 'lesson'] });
        return groupByKeys(
          ids,
          rows,
          (r) => r.enrollment.id,
          (r) => r.lesson.id,
        );
      }).load(enrollment.id),
    ]);
    return progressOf(lessons, new Set(done ?? []));
  }

  /**
   * The learner's dashboard: enrolments, the JP of the period containing today (by the clock's
   * local date: a PNS's calendar year, a PPPK's current contract year) and the latest credited
   * learning.
   */
  async dashboard(actor: Actor): Promise<MyLearning> {
    const today = this.clock.today();
    const enrollments = await this.myEnrollments(actor);
    if (!actor.employeeId) return { enrollments, jp: null, recentRecords: [] };
    const ledger = new LedgerService(this.em, this.clock);
    // The JP period holding today: the calendar year, or a PPPK's contract year.
    const jp = await ledger.summaryOn(actor, actor.employeeId, today);
    const recentRecords = await this.em.find(LearningRecord, { employee: actor.employeeId }, { orderBy: { createdAt: 'desc' }, limit: 5 });
    return { enrollments, jp, recentRecords };
  }

  private async myEnrollments(actor: Actor): Promise<Enrollment[]> {
    if (!actor.employeeId) return [];
    return this.em.find(
      Enrollment,
      { employee: actor.employeeId },
      { orderBy: { completedAt: 'desc nulls first', lastActivityAt: 'desc nulls last', createdAt: 'desc' } },
    );
  }
}
