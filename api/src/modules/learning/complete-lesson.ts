import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor';
import { type Clock, localDate } from '../../common/dates';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { emitDomainEvent } from '../../common/events';
import { proposeTrainingEvidence } from '../competency/evidence-proposal.service';
import { type CreditRequest, creditLedger, previewCredit } from '../record/ledger.service';
import { LearningForm } from '../record/learning-form.entity';
import { LearningRecord } from '../record/learning-record.entity';
import { CreditMode, RecordSource } from '../record/record.enums';
import { readSettings } from '../setting/setting.service';
import { CourseModule, Lesson, ModuleCompetency } from './course-module.entity';
import { Enrollment, LessonProgress } from './enrollment.entity';
import { moduleVisible, progressOf } from './enrollment.service';
import type { LessonCompletion } from './learning.types';
import { measuredMinutesOnDates } from './lesson-heartbeat';
import { completionRefusal } from './completion-rules';
import { learnerCompletes } from './lesson-kinds';

const DEFAULT_ORGANISER = 'Komunitas Pintar';

/**
 * Marks a lesson done for the learner. When that completes every required lesson, the
 * enrolment is completed and the module's JP are credited to the ledger, in the year of
 * completion (regional calendar). The activity's dates are the distinct local dates on which the
 * learner did lessons of this enrolment (so a daily cap counts days of learning, not days since
 * joining, and what each of those days already holds for the form), and the credit never exceeds
 * the module's stated JP whatever its form's rule.
 * A module credits a learner once across all its versions: finishing a newer version after an
 * earlier one was credited completes the enrolment and earns no JP (`creditedEarlier` names the
 * record that holds them). Doing a lesson twice, or finishing a version twice, changes nothing.
 * A completion rule another module registers (`completion-rules.ts`) may keep the module open
 * after its last required lesson; `completionRefusal` then says why.
 */
export async function completeLesson(
  em: EntityManager,
  actor: Actor,
  input: { lessonId: string; how: string },
  clock: Clock,
): Promise<LessonCompletion> {
  const { lessonId } = input;
  if (!actor.employeeId) throw new ForbiddenError('Only employees take modules');
  const lesson = await em.findOne(Lesson, lessonId, { populate: ['module'] });
  // A lesson of a draft one may not see does not exist for the learner, like a made-up id.
  if (!lesson || !(await moduleVisible(em, actor, lesson.module.getEntity()))) throw new NotFoundError('Lesson', lessonId);
  if (!learnerCompletes(lesson.kind))
    throw new ConflictError('This lesson is done by its own rule (a quiz is done when it is passed), not by marking it');
  const employeeId = actor.employeeId;
  return em.transactional((tx) => recordLessonDone(tx, { employeeId, lessonId: lesson.id, how: input.how }, clock));
}

/**
 * Records a lesson done for an employee inside the caller's transaction (`tx`), completing the
 * module and crediting its JP when that was the last required lesson (see `completeLesson`).
 * Modules that own a lesson kind (a quiz) call this when their rule is met. Flushes `tx`.
 */
export async function recordLessonDone(
  tx: EntityManager,
  input: { employeeId: string; lessonId: string; how: string },
  clock: Clock,
): Promise<LessonCompletion> {
  const { employeeId } = input;
  const lesson = await tx.findOneOrFail(Lesson, input.lessonId);
  // Locked, so two lessons finished at the same moment see each other's progress and the
  // second of them completes the module.
  const enrollment = await tx.findOne(
    Enrollment,
    { employee: employeeId, module: lesson.module.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!enrollment) throw new ConflictError('Join the module before doing its lessons');
  const now = clock.now();
  await tx
    .createQueryBuilder(LessonProgress)
    .insert({ enrollment: enrollment.id, lesson: lesson.id, completedAt: now, how: input.how, createdAt: now, updatedAt: now })
    .onConflict(['enrollment', 'lesson'])
    .ignore()
    .execute('run');
  enrollment.lastActivityAt = now;
  const lessons = await tx.find(Lesson, { module: lesson.module.id });
  const done = await tx.find(LessonProgress, { enrollment }, { fields: ['lesson', 'completedAt'] });
  const progress = progressOf(lessons, new Set(done.map((d) => d.lesson.id)));
  let moduleCompleted = false;
  let record = null;
  let creditedEarlier = null;
  let refusal: string | null = null;
  const module =
    !enrollment.completedAt && progress.doneRequired === progress.requiredLessons
      ? await tx.findOneOrFail(CourseModule, lesson.module.id)
      : null;
  // Conditions other modules own (the post-test passed) may keep the module open: the lesson is
  // still done, and the module completes when the condition is met (that module records its lesson done).
  if (module) refusal = await completionRefusal(tx, module, employeeId);
  if (module && !refusal) {
    moduleCompleted = true;
    enrollment.completedAt = now;
    const request = await moduleCreditRequest(
      tx,
      employeeId,
      module,
      lessons,
      done.map((d) => d.completedAt),
      now,
      clock,
    );
    const result = await creditLedger(tx, request);
    if (result.created || result.record.sourceId === module.id) record = result.record;
    else creditedEarlier = result.record;
    const competencies = await tx.find(ModuleCompetency, { module }, { populate: ['competency'], orderBy: { level: 'desc' } });
    // The levels it builds are proposed for the learner's profile, to count once accepted.
    await proposeTrainingEvidence(
      tx,
      {
        employeeId,
        sourceId: module.id,
        sourceTitle: module.title,
        completedOn: clock.today(),
        competencies: competencies.map((c) => ({ competencyId: c.competency.id, level: c.level })),
      },
      clock,
    );
    await emitDomainEvent(
      'moduleCompleted',
      {
        moduleId: module.id,
        employeeId,
        learningRecordId: result.record.id,
        completedAt: now,
        certifying: module.certifying,
        competencies: competencies.map((c) => ({ name: c.competency.getEntity().name, level: c.level ?? null })),
      },
      { em: tx, clock },
    );
  }
  await tx.flush();
  return { enrollment, lesson, moduleCompleted, record, creditedEarlier, completionRefusal: refusal };
}

/**
 * What finishing a module on `now` asks the ledger for: its days of learning, its minutes, its stated
 * JP as the most. A module of a form crediting actual time (e-learning, komunitas belajar) credits
 * the minutes measured on its lessons (`lesson-heartbeat.ts`) on the dates they were measured, never
 * the durations its author typed; other forms credit the stated JP on the dates lessons were done.
 */
async function moduleCreditRequest(
  em: EntityManager,
  employeeId: string,
  module: CourseModule,
  lessons: Lesson[],
  doneAt: Date[],
  now: Date,
  clock: Clock,
): Promise<CreditRequest> {
  const endDate = localDate(now, clock.timeZone);
  // Through the caller's EntityManager, so within its transaction and on its connection.
  const form = await em.findOne(LearningForm, module.form.id);
  const measured =
    form?.creditMode === CreditMode.ACTUAL
      ? await measuredMinutesOnDates(
          em,
          employeeId,
          lessons.map((l) => l.id),
        )
      : null;
  const learningDays = measured
    ? [...new Set([...Object.keys(measured).filter((d) => d < endDate), endDate])].sort()
    : [...new Set([...doneAt.map((d) => localDate(d, clock.timeZone)).filter((d) => d < endDate), endDate])].sort();
  const minutes = measured ? Object.values(measured).reduce((s, m) => s + m, 0) : lessons.reduce((s, l) => s + (l.durationMinutes ?? 0), 0);
  const versions = await em.find(CourseModule, { moduleKey: module.moduleKey, id: { $ne: module.id } }, { fields: ['id'] });
  return {
    employeeId,
    source: RecordSource.MODULE,
    sourceId: module.id,
    sameSourceIds: versions.map((v) => v.id),
    formId: module.form.id,
    title: module.version > 1 ? `${module.title} (v${module.version})` : module.title,
    organiser: module.organiser ?? DEFAULT_ORGANISER,
    startDate: learningDays[0],
    endDate,
    dates: learningDays,
    minutes,
    claimedJp: measured ? null : module.jpValue,
    minutesOnDates: measured,
    maxJp: module.jpValue,
  };
}

/** Why finishing a module credits what it does. */
export type CompletionCreditReason = 'FULL' | 'LESS_THAN_STATED' | 'NOTHING_LEFT_TODAY' | 'CREDITED_EARLIER' | 'MEASURED_TIME';

export interface CompletionCreditPreview {
  jp: number;
  statedJp: number;
  reason: CompletionCreditReason;
  formName: string;
  maxJpPerDay: number | null;
  /** Minutes measured on the module's lessons, for a form crediting actual time; null for forms crediting the stated JP. */
  measuredMinutes: number | null;
}

/**
 * What finishing the enrolment's module today would credit, and why: the ledger's own computation
 * over the days of learning so far and today, against what those days already hold. Writes nothing.
 */
export async function previewModuleCredit(em: EntityManager, enrollment: Enrollment, clock: Clock): Promise<CompletionCreditPreview> {
  const module = await em.findOneOrFail(CourseModule, enrollment.module.id, { populate: ['form'] });
  const statedJp = Number(module.jpValue);
  const formName = module.form.getEntity().name;
  const maxJpPerDay = module.form.getEntity().maxJpPerDay ?? null;
  const lessons = await em.find(Lesson, { module: module.id });
  const done = await em.find(LessonProgress, { enrollment }, { fields: ['completedAt'] });
  const request = await moduleCreditRequest(
    em,
    enrollment.employee.id,
    module,
    lessons,
    done.map((d) => d.completedAt),
    clock.now(),
    clock,
  );
  const measuredMinutes = request.minutesOnDates ? request.minutes : null;
  const earlier = await em.count(LearningRecord, {
    employee: request.employeeId,
    source: request.source,
    sourceId: { $in: [module.id, ...(request.sameSourceIds ?? [])] },
  });
  if (earlier) return { jp: 0, statedJp, reason: 'CREDITED_EARLIER', formName, maxJpPerDay, measuredMinutes };
  const { credit } = await previewCredit(em, request);
  let reason: CompletionCreditReason = credit.jp >= statedJp ? 'FULL' : credit.jp === 0 ? 'NOTHING_LEFT_TODAY' : 'LESS_THAN_STATED';
  if (reason !== 'FULL' && request.minutesOnDates) {
    // What the measured minutes earn before any daily cap: when that is all the credit, the time is why.
    const { ['jp.minutesPerJp']: minutesPerJp } = await readSettings(em);
    const measuredTenths = Object.values(request.minutesOnDates).reduce((s, m) => s + Math.floor((m * 10) / minutesPerJp), 0);
    if (measuredTenths <= Math.round(credit.jp * 10)) reason = 'MEASURED_TIME';
  }
  return { jp: credit.jp, statedJp, reason, formName, maxJpPerDay, measuredMinutes };
}
